import { clause, section, vorlage } from "../../src/core/model/builders";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { SimOfficeError, WordSimulator, type SimContext } from "./word-simulator";

const doc = () => DocxDocument.create(vorlage({ sections: [section("s", "beschluss", [clause("a", "eins")])] }), WIESBADEN, "x").save();
const codeOf = async (run: () => Promise<unknown>): Promise<string> => {
  try {
    await run();
  } catch (e) {
    if (e instanceof SimOfficeError) return e.code;
    throw e;
  }
  return "no error";
};

describe("the Word simulator keeps office.js's rules", () => {
  it("catches a property read before load", async () => {
    const sim = new WordSimulator(doc());
    const wrong = () =>
      sim.run(async (context: SimContext) => {
        const cc = context.document.contentControls.getByTag("bv:nr:a").getFirst();
        await context.sync();
        return cc.text; // never loaded
      });
    expect(await codeOf(wrong)).toBe("PropertyNotLoaded");
  });

  it("catches a missing sync between load and read", async () => {
    const sim = new WordSimulator(doc());
    const wrong = () =>
      sim.run(async (context: SimContext) => {
        const cc = context.document.contentControls.getByTag("bv:nr:a").getFirst();
        cc.load("text");
        return cc.text; // loaded, but not synced
      });
    expect(await codeOf(wrong)).toBe("PropertyNotLoaded");
  });

  it("reads a property loaded and synced", async () => {
    const sim = new WordSimulator(doc());
    const text = await sim.run(async (context: SimContext) => {
      const cc = context.document.contentControls.getByTag("bv:nr:a").getFirst();
      cc.load("text");
      await context.sync();
      return cc.text;
    });
    expect(text).toBe("1.1");
  });

  it("applies writes at sync, not before, and counts every sync", async () => {
    const sim = new WordSimulator(doc());
    const seen = await sim.run(async (context: SimContext) => {
      context.document.contentControls.getByTag("bv:nr:a").getFirst().insertText("9.9", "Replace");
      const before = DocxDocument.open(sim.bytes()).read(WIESBADEN).vorlage.sections[0]?.clauses[0]?.writtenNumber;
      await context.sync();
      const after = DocxDocument.open(sim.bytes()).read(WIESBADEN).vorlage.sections[0]?.clauses[0]?.writtenNumber;
      return [before, after];
    });
    expect(seen).toEqual(["1.1", "9.9"]);
    expect(sim.syncs).toBe(1);
  });

  it("syncs what is still queued when the batch ends, as Word.run does", async () => {
    const sim = new WordSimulator(doc());
    await sim.run(async (context: SimContext) => {
      context.document.contentControls.getByTag("bv:nr:a").getFirst().insertText("4.2", "Replace");
    });
    expect(sim.syncs).toBe(1);
    expect(DocxDocument.open(sim.bytes()).read(WIESBADEN).vorlage.sections[0]?.clauses[0]?.writtenNumber).toBe("4.2");
  });

  it("invalidates proxies after their Word.run has ended", async () => {
    const sim = new WordSimulator(doc());
    const leaked = await sim.run(async (context: SimContext) => {
      const cc = context.document.contentControls.getByTag("bv:nr:a").getFirst();
      cc.load("text");
      await context.sync();
      return cc;
    });
    expect(() => leaked.text).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
    expect(() => leaked.insertText("x", "Replace")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  it("gives null objects for *OrNullObject and fails plain getters on what is missing", async () => {
    const sim = new WordSimulator(doc());
    const isNull = await sim.run(async (context: SimContext) => {
      const cc = context.document.contentControls.getByTag("bv:nr:fehlt").getFirstOrNullObject();
      cc.load("isNullObject");
      await context.sync();
      return cc.isNullObject;
    });
    expect(isNull).toBe(true);
    const plain = () =>
      sim.run(async (context: SimContext) => {
        context.document.contentControls.getByTag("bv:nr:fehlt").getFirst().load("text");
        await context.sync();
      });
    expect(await codeOf(plain)).toBe("ItemNotFound");
  });

  it("has no custom XML parts on Office 2019 (WordApi 1.3)", async () => {
    const sim = new WordSimulator(doc());
    sim.setMaxWordApi("1.3");
    expect(await codeOf(() => sim.run(async (context: SimContext) => context.document.customXmlParts))).toBe("ApiNotFound");
  });

  it("refuses getByNamespace('') as Word does", async () => {
    const sim = new WordSimulator(doc());
    expect(await codeOf(() => sim.run(async (context: SimContext) => context.document.customXmlParts.getByNamespace("")))).toBe("InvalidArgument");
  });
});
