import { strFromU8, unzipSync } from "fflate";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { parsePart } from "../../../src/document/ooxml/parse-xml";
import { paragraphText, readBody, readBodyXml, type BodyParagraph } from "../../../src/document/ooxml/read-body";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { reference0057 } from "../../fixtures/reference-0057";
import { docxFromBody, richDocx } from "../../fixtures/docx";

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

describe("reading text as Word shows it", () => {
  const read = (body: string) => bothWays(docxFromBody(body));
  const shown = (ps: readonly BodyParagraph[]) => ps.map(paragraphText);

  it("shows inserted text and hides deleted text, field codes and a deleted paragraph mark's numbering", () => {
    const body =
      `<w:p><w:r><w:t xml:space="preserve">Zuschuss von </w:t></w:r><w:del w:id="1" w:author="K" w:date="2025-01-01T00:00:00Z"><w:r><w:delText>15.000 €</w:delText></w:r></w:del><w:ins w:id="2" w:author="K" w:date="2025-01-01T00:00:00Z"><w:r><w:t>12.000 €</w:t></w:r></w:ins></w:p>` +
      `<w:p><w:r><w:t xml:space="preserve">Wiesbaden, </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> CREATEDATE \\@ "dd.MM.yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>02.12.2025</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
      `<w:p><w:fldSimple w:instr=" DOCPROPERTY Betreff "><w:r><w:t>Bürgerhaushalt</w:t></w:r></w:fldSimple></w:p>` +
      `<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="K" w:date="2025-01-01T00:00:00Z"/></w:rPr></w:pPr></w:p>`;
    const { stream, tree } = read(body);
    expect(shown(stream)).toEqual(["Zuschuss von 12.000 €", "Wiesbaden, 02.12.2025", "Bürgerhaushalt", ""]);
    expect(stream[3]?.markDeleted).toBe(true);
    expect(tree.map((p) => [paragraphText(p), p.markDeleted ?? false])).toEqual(stream.map((p) => [paragraphText(p), p.markDeleted ?? false]));
  });

  it("drops soft hyphens and shows non-breaking hyphens as hyphens", () => {
    const { stream } = read(`<w:p><w:r><w:t>Kultur</w:t><w:softHyphen/><w:t>erbe Rhein</w:t><w:noBreakHyphen/><w:t>Main</w:t></w:r></w:p>`);
    expect(shown(stream)).toEqual(["Kulturerbe Rhein-Main"]);
  });

  it("says where a paragraph stands in a table, row by row and cell by cell", () => {
    const row = (...cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc><w:tcPr/><w:p><w:r><w:t>${c}</w:t></w:r></w:p></w:tc>`).join("")}</w:tr>`;
    const { stream, tree } = read(`<w:tbl><w:tblPr/>${row("Haushaltsjahr", "2025")}${row("Produkt", "1.03.01")}</w:tbl><w:p><w:r><w:t>danach</w:t></w:r></w:p>`);
    expect(stream.map((p) => [paragraphText(p), p.cell])).toEqual([
      ["Haushaltsjahr", { table: 0, row: 0, col: 0 }],
      ["2025", { table: 0, row: 0, col: 1 }],
      ["Produkt", { table: 0, row: 1, col: 0 }],
      ["1.03.01", { table: 0, row: 1, col: 1 }],
      ["danach", undefined],
    ]);
    expect(tree.map((p) => p.cell)).toEqual(stream.map((p) => p.cell));
  });
});
