import type { Element as XmlElement } from "@xmldom/xmldom";
import { section, clause } from "../../../src/core/model/builders";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { WordPort } from "../../../src/document/word/word-port";
import { completeVorlage } from "../../fixtures/builders";
import { bookmarkText, REF_ERROR } from "../../word-simulator/fields-and-bookmarks";
import { WordSimulator } from "../../word-simulator/word-simulator";

/**
 * Issue 24, item 1, in Word: where the host writes fields (WordApi 1.5 on the desktop), a
 * reference inserted with the pane is a REF field to the bookmark BV_<id> on its target's number,
 * the names the .docx adapter uses; after renumbering the bookmark is on the number again and the
 * field's result is the new number. On the web (fields read-only) it stays text the add-in rewrites.
 */
const tagged = (sim: WordSimulator, tag: string): XmlElement => sim.controls((sdt) => sdt.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttribute("w:val") === tag)[0] as XmlElement;
const xmlOf = (el: XmlElement) => el.toString();
const root = (sim: WordSimulator) => sim.dom.documentElement as XmlElement;

function wordOn(platform: "desktop" | "web") {
  const sim = new WordSimulator(DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save());
  sim.platform = platform;
  return { sim, port: new WordPort(sim.host(), WIESBADEN, sequentialIds("w")) };
}

describe("references as REF fields in Word (simulator)", () => {
  it("on the desktop: „Verweis einfügen“ writes a REF field to BV_<id> on the target's number, in one read and one write", async () => {
    const { sim, port } = wordOn("desktop");
    const before = sim.cost.syncs;
    await port.insertReference("b2", "b1");
    expect(sim.cost.syncs - before).toBe(2);
    expect(xmlOf(tagged(sim, "bv:verweis:b1"))).toContain('w:instr=" REF BV_b1 \\h "');
    expect(bookmarkText(root(sim), "BV_b1")).toBe("2.1");
    expect(xmlOf(tagged(sim, "bv:nr:b1"))).toContain('w:name="BV_b1"');
    const v = (await port.read()).vorlage;
    expect(v.sections[1]?.clauses[1]?.text).toBe("die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt. Ziffer 2.1");
    // The .docx side reads the same reference from the saved file.
    const docx = DocxDocument.open(sim.bytes()).read(WIESBADEN, sequentialIds("r")).vorlage;
    expect(docx.sections[1]?.clauses[1]?.verweise).toEqual(v.sections[1]?.clauses[1]?.verweise);
  });

  it("reports a REF field whose bookmark the document lacks, as check does on the .docx: Word would print its error there", async () => {
    const { sim, port } = wordOn("desktop");
    await port.insertReference("b2", "b1");
    expect((await port.read()).findings.filter((f) => f.code === "verweis-textmarke-fehlt")).toEqual([]);
    // Somebody deleted the bookmark (Insert → Bookmark → Delete): the field stays and names it.
    const all = (name: string) => Array.from(root(sim).getElementsByTagNameNS(W_NS, name) as unknown as ArrayLike<XmlElement>);
    const start = all("bookmarkStart").find((m) => m.getAttribute("w:name") === "BV_b1") as XmlElement;
    const end = all("bookmarkEnd").find((m) => m.getAttribute("w:id") === start.getAttribute("w:id"));
    for (const m of [start, end]) m?.parentNode?.removeChild(m);
    const fresh = new WordPort(sim.host(), WIESBADEN, sequentialIds("v"));
    const found = (await fresh.read()).findings.filter((f) => f.code === "verweis-textmarke-fehlt");
    expect(found).toEqual(DocxDocument.open(sim.bytes()).read(WIESBADEN).findings.filter((f) => f.code === "verweis-textmarke-fehlt"));
    expect(found).toEqual([expect.objectContaining({ severity: "error", params: expect.objectContaining({ textmarke: "BV_b1", anzeige: "2.1" }) })]);
  });

  it("after renumbering, the bookmark is on the new number and the field shows it", async () => {
    const { sim, port } = wordOn("desktop");
    await port.insertReference("b2", "b1");
    await port.insertSection(section("neu", "beschluss", [clause("neu1", "zuerst dies.")]), { after: "k" });
    expect(bookmarkText(root(sim), "BV_b1")).toBe("3.1");
    const field = xmlOf(tagged(sim, "bv:verweis:b1"));
    expect(field).toContain("REF BV_b1");
    expect(field).toContain(">3.1<");
    expect((await port.read()).vorlage.sections[2]?.clauses[1]?.text).toBe("die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt. Ziffer 3.1");
  });

  it("on the web (fields read-only) the reference is text the add-in rewrites", async () => {
    const { sim, port } = wordOn("web");
    await port.insertReference("b2", "b1");
    expect(xmlOf(tagged(sim, "bv:verweis:b1"))).not.toContain("REF");
    expect(bookmarkText(root(sim), "BV_b1")).toBeUndefined();
    await port.insertSection(section("neu", "beschluss", [clause("neu1", "zuerst dies.")]), { after: "k" });
    expect((await port.read()).vorlage.sections[2]?.clauses[1]?.text).toBe("die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt. Ziffer 3.1");
  });

  it("a reference to a sub-point („b“ of „b)“) stays text: a bookmark on part of a number is not written", async () => {
    const base = completeVorlage();
    const v0 = { ...base, sections: base.sections.map((s) => ({ ...s, clauses: s.clauses.map((c) => (c.id === "b1" ? { ...c, unterpunkte: [{ id: "u1", text: "rot" }, { id: "u2", text: "wie" }] } : c)) })) };
    const sim = new WordSimulator(DocxDocument.create(v0, WIESBADEN, "2025-05-06T09:00:00Z").save());
    await new WordPort(sim.host(), WIESBADEN, sequentialIds("w")).insertReference("u2", "u1");
    expect(xmlOf(tagged(sim, "bv:verweis:u1"))).not.toContain("REF");
  });
});

describe("the simulator's fields and bookmarks catch a wrong adapter", () => {
  it("a REF field inserted without the bookmark on the number shows Word's error text", async () => {
    const { sim } = wordOn("desktop");
    await sim.run(async (context) => {
      const cc = context.document.body.contentControls.getByTag("bv:nr:k1").getFirst();
      cc.getRange("Content").insertField("Replace", "Ref", "BV_nirgends \\h", true);
      await context.sync();
    });
    expect(xmlOf(tagged(sim, "bv:nr:k1"))).toContain(REF_ERROR);
  });

  it("renumbering without putting the bookmark back leaves the field on the error text after its update", async () => {
    const { sim, port } = wordOn("desktop");
    await port.insertReference("b2", "b1");
    // A wrong adapter: rewrites the target's number (the bookmark inside goes with it) and updates the field.
    await sim.run(async (context) => {
      context.document.body.contentControls.getByTag("bv:nr:b1").getFirst().cannotEdit = false;
      context.document.body.contentControls.getByTag("bv:nr:b1").getFirst().insertText("3.1", "Replace");
      context.document.body.contentControls.getByTag("bv:verweis:b1").getFirst().getRange("Content").insertField("Replace", "Ref", "BV_b1 \\h", true).updateResult();
      await context.sync();
    });
    expect(xmlOf(tagged(sim, "bv:verweis:b1"))).toContain(REF_ERROR);
  });

  it("refuses a bookmark name Word refuses, and fields on the web", async () => {
    const { sim } = wordOn("desktop");
    await expect(
      sim.run(async (context) => {
        context.document.body.contentControls.getByTag("bv:nr:k1").getFirst().getRange("Content").insertBookmark("1-falsch");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    sim.platform = "web";
    await expect(
      sim.run(async (context) => {
        context.document.body.contentControls.getByTag("bv:verweis:x").getFirst();
        context.document.body.contentControls.getByTag("bv:nr:k1").getFirst().getRange("Content").insertField("Replace", "Ref", "BV_k1 \\h", true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "NotAllowed" });
  });
});
