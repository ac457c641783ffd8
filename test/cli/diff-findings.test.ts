import { strToU8 } from "fflate";
import type { Vorlage } from "../../src/core/model/vorlage";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { COMMENTS, docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

const { file } = tempFolder("beschluss-diff-findings-");

const REV = `w:author="Kämmerei" w:date="2024-03-01T10:00:00Z"`;
const CHANGED_CLAUSE = `<w:p><w:r><w:t xml:space="preserve">2.2 Der Mitgliedsbeitrag von </w:t></w:r><w:del w:id="1" ${REV}><w:r><w:delText>1.000</w:delText></w:r></w:del><w:ins w:id="2" ${REV}><w:r><w:t>1.200</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> € jährlich wird bereitgestellt.</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`;
const LINES = ["Vorlagen-Nr. 25-V-03-0012", "Beitritt zum Verein NExT e. V.", "1. Es wird zur Kenntnis genommen, dass", "1.1 die Stadt dem Verein beitreten kann.", "2. Es wird beschlossen, dass", "2.1 die Stadt dem Verein beitritt."];

const plain = (tail: readonly string[] = []): Uint8Array =>
  docxFromBody([...LINES.map(paragraphXml), CHANGED_CLAUSE, paragraphXml("2.3 die Verwaltung berichtet."), ...tail.map(paragraphXml)].join(""), { "word/comments.xml": strToU8(COMMENTS) });

/** The same document with our metadata part, written from a read that gave other ids (the preview's .docx download). */
function withPart(bytes: Uint8Array): Uint8Array {
  const doc = DocxDocument.open(bytes, { edit: true });
  const v = doc.read(WIESBADEN).vorlage;
  const other: Vorlage = { ...v, sections: v.sections.map((s, i) => ({ ...s, id: `p-s${i}`, clauses: s.clauses.map((c, j) => ({ ...c, id: `p-${i}-${j}` })) })) };
  doc.writeMetadata(other, WIESBADEN);
  return doc.save();
}

describe("beschluss diff: the content decides, the findings are compared by code and place", () => {
  // Tryout 3, item 8: diff 08 against the preview's download of 08 listed the same two errors as „neu“ and „entfallen“, exit 1.
  it("finds a Vorlage and its download with our metadata part equal, and lists no finding as new or gone", async () => {
    const r = await run("diff", file("alt.docx", plain()), file("download.docx", withPart(plain())));
    expect(r.out).not.toMatch(/^\s+(neu|entfallen):/mu);
    expect(r.out).toContain("Ergebnis: Die Fassungen sind inhaltlich gleich.");
    expect(r.code).toBe(0);
  });

  // Tryout 3, item 8: `diff 06 06.rec.docx` exited 1 only because hints of recognition went.
  it("exits 0 where only hints differ (a line recognition placed nowhere)", async () => {
    const r = await run("diff", file("mit-zeile.docx", plain(["Stadtrat"])), file("ohne-zeile.docx", plain()));
    expect(r.out).toContain("Ziffern: 0 geändert, 0 hinzugefügt, 0 entfernt, 0 verschoben, 0 nur neu nummeriert");
    expect(r.out).not.toContain("Hinweis –");
    expect(r.code).toBe(0);
  });

  it("says that only the check results differ where a comment was added to the same text, and exits 0", async () => {
    const commented = `<w:p><w:r><w:t xml:space="preserve">2.2 Der Mitgliedsbeitrag wird bereitgestellt.</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`;
    const doc = (clause22: string, parts = {}) => docxFromBody([...LINES.map(paragraphXml), clause22, paragraphXml("2.3 die Verwaltung berichtet.")].join(""), parts);
    const r = await run("diff", file("ohne.docx", doc(paragraphXml("2.2 Der Mitgliedsbeitrag wird bereitgestellt."))), file("kommentiert.docx", doc(commented, { "word/comments.xml": strToU8(COMMENTS) })));
    expect(r.out).toMatch(/^ {2}neu: Fehler – In Ziffer 2\.2 steht ein Kommentar\./mu);
    expect(r.out).toContain("Ergebnis: Die Fassungen sind inhaltlich gleich; nur die Prüfergebnisse unterscheiden sich.");
    expect(r.code).toBe(0);
  });
});
