import { strToU8 } from "fflate";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { findingPlace } from "../../../src/i18n/finding-place";
import { formatFinding } from "../../../src/i18n/format-finding";
import { COMMENTS, docxFromBody, paragraphXml } from "../../fixtures/docx";

/** Clause 2.2 changed under Track Changes, not accepted, with a comment on it. */
const CHANGED_CLAUSE = `<w:p><w:r><w:t xml:space="preserve">2.2 Der Mitgliedsbeitrag von </w:t></w:r><w:del w:id="1" w:author="Kämmerei" w:date="2024-03-01T10:00:00Z"><w:r><w:delText>1.000</w:delText></w:r></w:del><w:ins w:id="2" w:author="Kämmerei" w:date="2024-03-01T10:00:00Z"><w:r><w:t>1.200</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> € jährlich wird bereitgestellt.</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`;

function plainWithChange(): Uint8Array {
  const lines = ["Vorlagen-Nr. 25-V-03-0012", "Beitritt zum Verein NExT e. V.", "1. Es wird zur Kenntnis genommen, dass", "1.1 die Stadt dem Verein beitreten kann.", "2. Es wird beschlossen, dass", "2.1 die Stadt dem Verein beitritt."];
  return docxFromBody([...lines.map(paragraphXml), CHANGED_CLAUSE, paragraphXml("2.3 die Verwaltung berichtet.")].join(""), { "word/comments.xml": strToU8(COMMENTS) });
}

/** The ids another reader (the preview's pane) gave the same Vorlage: ours are new on every read of a plain document. */
const otherIds = (v: Vorlage): Vorlage => ({ ...v, sections: v.sections.map((s, i) => ({ ...s, id: `gespeichert-s${i}`, clauses: s.clauses.map((c, j) => ({ ...c, id: `gespeichert-${i}-${j}` })) })) });

describe("tracked changes and comments in a plain document that carries our metadata part (the preview's .docx download)", () => {
  // Tryout 3, item 7: out/preview-export-08_….docx read „In dieser Ziffer stehen 2 nachverfolgte Änderungen …“, no number, no place.
  it("names the clause by its number and locates the finding at a clause of the Vorlage read, whose ids come from the part", () => {
    const doc = DocxDocument.open(plainWithChange(), { edit: true });
    doc.writeMetadata(otherIds(doc.read(WIESBADEN).vorlage), WIESBADEN);
    const read = DocxDocument.open(doc.save()).read(WIESBADEN);
    expect(read.recovered).toBe(true);
    const open = read.findings.filter((f) => f.code === "ueberarbeitung-offen" || f.code === "kommentar-offen");
    expect(open.map((f) => [f.code, f.location, findingPlace(f.location, read.vorlage, "de", WIESBADEN)])).toEqual([
      ["ueberarbeitung-offen", { type: "clause", id: "gespeichert-1-1" }, "Ziffer 2.2"],
      ["kommentar-offen", { type: "clause", id: "gespeichert-1-1" }, "Ziffer 2.2"],
    ]);
    expect(formatFinding(open[0]!, "de", WIESBADEN)).toMatch(/^In Ziffer 2\.2 stehen 2 nachverfolgte Änderungen/u);
    expect(formatFinding(open[1]!, "de", WIESBADEN)).toMatch(/^In Ziffer 2\.2 steht ein Kommentar\./u);
  });
});
