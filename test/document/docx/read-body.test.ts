import { strFromU8, unzipSync } from "fflate";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { W_NS } from "../../../src/document/docx/ooxml";
import { parsePart } from "../../../src/document/docx/parse-xml";
import { paragraphText, readBody, readBodyXml, type BodyParagraph } from "../../../src/document/docx/read-body";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { reference0057 } from "../../fixtures/reference-0057";
import { richDocx } from "../../fixtures/docx";

const comparable = (ps: readonly BodyParagraph[]) => ps.map((p) => ({ segments: p.segments, blocks: p.blocks, foreign: p.foreign }));

function bothWays(docx: Uint8Array) {
  const xml = strFromU8(unzipSync(docx)["word/document.xml"] as Uint8Array);
  const body = parsePart(xml, "document.xml").getElementsByTagNameNS(W_NS, "body").item(0)!;
  return { stream: readBodyXml(xml, "document.xml"), tree: readBody(body) };
}

describe("reading the body", () => {
  it("sees the same paragraphs streaming as walking the tree", () => {
    for (const docx of [richDocx(["1. Es wird beschlossen, dass", "1.1 etwas"]), DocxDocument.create(reference0057(), WIESBADEN, "2024-03-21T10:00:00Z").save()]) {
      const { stream, tree } = bothWays(docx);
      expect(stream.length).toBeGreaterThan(5);
      expect(comparable(stream)).toEqual(comparable(tree));
    }
  });

  it("marks text inside another add-in's control as foreign and keeps table cells in order", () => {
    const { stream } = bothWays(richDocx(["Nach der Tabelle"]));
    expect(stream.map((p) => [paragraphText(p), p.foreign])).toEqual([
      ["Aktenzeichen 16.1-0815", true],
      ["Gremium", false],
      ["Termin", false],
      ["", false],
      ["Nach der Tabelle", false],
      ["Die Verwaltung wird ausdrücklich beauftragt.", false],
    ]);
  });

  it("gives each copy of a block its own key, so that pasted copies stay apart", () => {
    const { stream } = bothWays(DocxDocument.create(reference0057(), WIESBADEN, "x").save());
    const clauseKeys = stream.filter((p) => p.blocks.some((b) => b.kind === "ziffer")).map((p) => p.blockKeys[p.blockKeys.length - 1]);
    expect(new Set(clauseKeys).size).toBe(9);
  });
});
