import { strFromU8, unzipSync } from "fflate";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { docxFromBody, paragraphXml } from "../fixtures/docx";

/**
 * Hostile but valid documents given to `recognize` (structure in place): each is a document a
 * user could have, and the command must end in bounded time with the user's text kept.
 */
jest.setTimeout(120_000);

const LINES = ["Vorlagen-Nr. 25-V-03-0012", "Betreff: Beschaffung von Lastenrädern", "1. Es wird beschlossen, dass", "1.1 zwei Lastenräder beschafft werden;"];

/** A clause followed by one table row of `cells` cells: the row is one line of the clause. */
function clauseWithWideTable(cells: number): Uint8Array {
  const row = Array.from({ length: cells }, (_, i) => `<w:tc><w:p><w:r><w:t>Posten ${i}</w:t></w:r></w:p></w:tc>`).join("");
  return docxFromBody([...LINES.map(paragraphXml), `<w:tbl><w:tr>${row}</w:tr></w:tbl>`].join(""));
}

describe("recognize on a clause that holds a large table", () => {
  it("structures a clause whose table has 20,000 cells and keeps every cell (each cell's paragraphs were listed anew per cell: hours)", () => {
    const doc = DocxDocument.open(clauseWithWideTable(20_000), { edit: true });
    const outcome = doc.structure(WIESBADEN);
    expect(outcome.wrapped).toBe(true);
    const xml = strFromU8(unzipSync(doc.save())["word/document.xml"] as Uint8Array);
    expect(xml.match(/<w:tc>/g)?.length).toBe(20_000);
    expect(xml).toContain("Posten 19999");
    expect(xml).toContain('w:val="bv:ziffer:');
  });
});

describe("recognize --references on a paragraph of hundreds of references", () => {
  it("links every one in bounded time (each was tried on a fresh copy with every earlier one wrapped again: cubic, 600 took minutes)", () => {
    const refs = Array.from({ length: 600 }, (_, i) => `Ziffer ${1 + (i % 2)}.1`).join(", ");
    const lines = ["Vorlagen-Nr. 25-V-03-0012", "Betreff: Lastenräder", "1. Es wird zur Kenntnis genommen, dass", "1.1 die Räder fehlen;", "2. Es wird beschlossen, dass", "2.1 zwei Räder beschafft werden;", `2.2 gilt wie ${refs}.`];
    const doc = DocxDocument.open(docxFromBody(lines.map(paragraphXml).join("")), { edit: true });
    expect(doc.structure(WIESBADEN).wrapped).toBe(true);
    const { linked } = doc.linkReferences(WIESBADEN);
    expect(linked).toBe(600);
    const xml = strFromU8(unzipSync(doc.save())["word/document.xml"] as Uint8Array);
    expect(xml.match(/bv:verweis:/g)?.length).toBe(600);
  });
});

describe("recognize --references on a number another add-in's control holds", () => {
  it("keeps that control (and its tag) when it puts the bookmark on the number; it was replaced by a plain run", () => {
    const number = `<w:p><w:sdt><w:sdtPr><w:tag w:val="dms:nr"/></w:sdtPr><w:sdtContent><w:r><w:t>2.1</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> zwei Räder beschafft werden;</w:t></w:r></w:p>`;
    const lines = ["Vorlagen-Nr. 25-V-03-0012", "Betreff: Lastenräder", "1. Es wird zur Kenntnis genommen, dass", "1.1 die Räder fehlen;", "2. Es wird beschlossen, dass"].map(paragraphXml);
    const doc = DocxDocument.open(docxFromBody([...lines, number, paragraphXml("2.2 gilt wie Ziffer 2.1.")].join("")), { edit: true });
    expect(doc.structure(WIESBADEN).wrapped).toBe(true);
    expect(doc.linkReferences(WIESBADEN).linked).toBe(1);
    const xml = strFromU8(unzipSync(doc.save())["word/document.xml"] as Uint8Array);
    expect(xml).toMatch(/<w:tag w:val="dms:nr"\/><\/w:sdtPr><w:sdtContent><w:r><w:t>2\.1<\/w:t><\/w:r><\/w:sdtContent>/);
    expect(xml).toMatch(/<w:bookmarkStart w:id="\d+" w:name="BV_[^"]+"\/><w:sdt><w:sdtPr><w:tag w:val="dms:nr"\/>/);
  });
});

describe("recognize --references on a number typed in runs of different formatting", () => {
  it("keeps each run's formatting when it puts the bookmark on the number; all took the first run's", () => {
    const number = `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>2</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>.</w:t></w:r><w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:t xml:space="preserve">1 zwei Räder</w:t></w:r><w:r><w:t xml:space="preserve"> beschafft werden;</w:t></w:r></w:p>`;
    const lines = ["Vorlagen-Nr. 25-V-03-0012", "Betreff: Lastenräder", "1. Es wird zur Kenntnis genommen, dass", "1.1 die Räder fehlen;", "2. Es wird beschlossen, dass"].map(paragraphXml);
    const doc = DocxDocument.open(docxFromBody([...lines, number, paragraphXml("2.2 gilt wie Ziffer 2.1.")].join("")), { edit: true });
    expect(doc.structure(WIESBADEN).wrapped).toBe(true);
    expect(doc.linkReferences(WIESBADEN).linked).toBe(1);
    const xml = strFromU8(unzipSync(doc.save())["word/document.xml"] as Uint8Array);
    expect(xml).toContain("<w:rPr><w:b/></w:rPr><w:t>2</w:t>");
    expect(xml).toContain("<w:rPr><w:i/></w:rPr><w:t>.</w:t>");
    expect(xml).toMatch(/<w:rPr><w:color w:val="FF0000"\/><\/w:rPr><w:t[^>]*>1<\/w:t>/);
  });
});
