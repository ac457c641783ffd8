import { clause, vorlage } from "../../../src/core/model/builders";
import { sequentialIds } from "../../../src/core/model/ids";
import { deepEqual } from "../../../src/core/model/deep-equal";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { WordError } from "../../../src/document/word/word-error";
import { WordPort, type WordHost } from "../../../src/document/word/word-port";
import { staleDocument } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";
import { SimOfficeError, WordSimulator } from "../../word-simulator/word-simulator";

const NOW = "2025-05-06T09:00:00Z";


async function syncsOf(sim: WordSimulator, op: () => Promise<unknown>): Promise<number> {
  const before = sim.syncs;
  await op();
  return sim.syncs - before;
}

describe("the Word adapter's round trips", () => {
  it.each([10, 100])("stay constant at %i blocks: read 1, renumber 2, insert 2 (3 once, adding the missing house style), delete 2, metadata 2", async (n) => {
    const sim = new WordSimulator(staleDocument(n));
    const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("n"));
    expect(await syncsOf(sim, () => port.read())).toBe(1);
    expect(await syncsOf(sim, () => port.renumber())).toBe(2);
    // The document lacks „BV Ziffer“: Word adds it in a sync of its own, once (a refusal, office-js #3728, must not cost the insertion).
    expect(await syncsOf(sim, () => port.insertClause(clause("neu", "neu"), "s", "c0"))).toBe(3);
    expect(await syncsOf(sim, () => port.insertClause(clause("neu2", "neu"), "s", "neu"))).toBe(2);
    expect(await syncsOf(sim, () => port.deleteBlock("c1"))).toBe(2);
    expect(await syncsOf(sim, () => port.moveBlock("c2", "c3"))).toBe(2);
    expect(await syncsOf(sim, () => port.writeMetadata(reference0057()))).toBe(2);
    const numbers = (await port.read()).vorlage.sections[0]?.clauses.map((c) => c.writtenNumber);
    expect(numbers).toEqual(Array.from({ length: n + 1 }, (_, i) => `1.${i + 1}`));
  });
});

describe("the Word adapter's document properties", () => {
  it("keeps a property of one of our names that we did not write (a DMS column), says so, and still replaces its own on the next write", async () => {
    const sim = new WordSimulator(DocxDocument.create(vorlage(), WIESBADEN, NOW).save());
    sim.properties.set("Betreff", "Aus dem DMS: Sporthalle");
    const port = new WordPort(sim.host(), WIESBADEN);
    expect((await port.writeMetadata(reference0057())).kept).toEqual(["Betreff"]);
    expect(sim.properties.get("Betreff")).toBe("Aus dem DMS: Sporthalle");
    expect(sim.properties.get("Vorlagen-Nr.")).toBe("24-V-07-0001");
    expect(String(sim.properties.get("Eigenschaften der Vorlage"))).toContain("Vorlagen-Nr.");
    expect(String(sim.properties.get("Eigenschaften der Vorlage"))).not.toContain("Betreff");
    const next = { ...reference0057(), header: { ...reference0057().header, vorlagenNr: "24-V-07-0002" } };
    expect((await port.writeMetadata(next)).kept).toEqual(["Betreff"]);
    expect(sim.properties.get("Vorlagen-Nr.")).toBe("24-V-07-0002");
    expect(sim.properties.get("Betreff")).toBe("Aus dem DMS: Sporthalle");
  });

  it("removes a property it wrote that the Vorlage no longer has, and no one else's", async () => {
    const sim = new WordSimulator(DocxDocument.create(vorlage(), WIESBADEN, NOW).save());
    sim.properties.set("Ablage", "Ordner 7");
    const port = new WordPort(sim.host(), WIESBADEN);
    await port.writeMetadata(reference0057());
    expect(sim.properties.has("Vorlagen-Nr.")).toBe(true);
    await port.writeMetadata({ ...reference0057(), header: { ...reference0057().header, vorlagenNr: "" } });
    expect(sim.properties.has("Vorlagen-Nr.")).toBe(false);
    expect(sim.properties.get("Ablage")).toBe("Ordner 7");
  });
});

describe("the Word adapter on Office 2019 / LTSC 2021 (WordApi 1.3)", () => {
  it("writes the custom XML part through the Common API (requirement set CustomXmlParts) and reads it back", async () => {
    const sim = new WordSimulator(DocxDocument.create(vorlage(), WIESBADEN, NOW).save());
    sim.setMaxWordApi("1.3");
    const port = new WordPort(sim.host(), WIESBADEN);
    expect(await port.writeMetadata(reference0057())).toEqual({ xmlPart: "written", properties: "written", kept: [] });
    expect((await port.readMetadata())?.vorlage?.header.vorlagenNr).toBe("24-V-07-0001");
    expect(sim.xmlParts).toHaveLength(1);
    await port.writeMetadata(reference0057());
    expect(sim.xmlParts).toHaveLength(1);
  });

  it("writes the document properties and says that the custom XML part is not available where neither API is", async () => {
    const sim = new WordSimulator(DocxDocument.create(vorlage(), WIESBADEN, NOW).save());
    sim.setMaxWordApi("1.3");
    sim.commonXmlParts = false;
    const port = new WordPort(sim.host(), WIESBADEN);
    expect(await port.writeMetadata(reference0057())).toEqual({ xmlPart: "unsupported", properties: "written", kept: [] });
    expect((await port.readProperties()).get("Vorlagen-Nr.")).toBe("24-V-07-0001");
    expect(await port.readMetadata()).toBeUndefined();
  });

  it("says that comments are not available, and changes nothing", async () => {
    const sim = new WordSimulator(DocxDocument.create(reference0057(), WIESBADEN, NOW).save());
    sim.setMaxWordApi("1.3");
    const port = new WordPort(sim.host(), WIESBADEN);
    const before = sim.syncs;
    expect(await port.commentFindings([{ tag: undefined, text: "x" }])).toBe("unsupported");
    expect(await port.removeFindingComments()).toBe("unsupported");
    expect(sim.syncs).toBe(before);
    expect(sim.comments).toEqual([]);
  });
});

describe("the Word adapter on a host whose collections come in another order", () => {
  it("reads and renumbers exactly as in document order", async () => {
    const bytes = staleDocument(12);
    const normal = new WordSimulator(bytes);
    const reversed = new WordSimulator(bytes);
    reversed.reverseCollections = true;
    const a = new WordPort(normal.host(), WIESBADEN);
    const b = new WordPort(reversed.host(), WIESBADEN);
    await a.renumber();
    await b.renumber();
    expect(deepEqual((await a.read()).vorlage, (await b.read()).vorlage)).toBe(true);
  });
});

describe("Office errors", () => {
  const failing = (code: string): WordHost => ({
    run: async () => {
      throw new SimOfficeError(code, "refused");
    },
    resume: async () => {
      throw new SimOfficeError(code, "refused");
    },
    supports: () => true,
  });

  it.each([
    ["NotAllowed", "not-allowed"],
    ["InvalidObjectPath", "stale"],
    ["GeneralException", "general"],
    ["ApiNotFound", "unsupported"],
    ["SomethingNew", "general"],
  ])("%s becomes a WordError with reason %s, keeping the original", async (code, reason) => {
    const error = await new WordPort(failing(code), WIESBADEN).read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordError);
    expect((error as WordError).reason).toBe(reason);
    expect(((error as WordError).cause as SimOfficeError).code).toBe(code);
  });

  it("lets a bug in our own code through unchanged", async () => {
    const host: WordHost = { run: async () => { throw new TypeError("our bug"); }, resume: async () => { throw new TypeError("our bug"); }, supports: () => true };
    await expect(new WordPort(host, WIESBADEN).read()).rejects.toThrow(TypeError);
  });
});
