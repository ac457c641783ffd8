import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { isComplete } from "../../../src/core/validation/finding";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { findingPlace } from "../../../src/i18n/finding-place";
import { formatFinding } from "../../../src/i18n/format-finding";
import { COMMENTS, docxFromBody, paragraphXml } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";

/** Clause 2.2 of the tryout's 0057: 1.000 € changed to 1.200 € under Track Changes, not accepted, with a comment on it. */
const CHANGED_CLAUSE = `<w:p><w:r><w:t xml:space="preserve">2.2 Der Mitgliedsbeitrag von </w:t></w:r><w:del w:id="1" w:author="Kämmerei" w:date="2024-03-01T10:00:00Z"><w:r><w:delText>1.000</w:delText></w:r></w:del><w:ins w:id="2" w:author="Kämmerei" w:date="2024-03-01T10:00:00Z"><w:r><w:t>1.200</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> € jährlich wird bereitgestellt.</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`;

function plainWithChange(): Uint8Array {
  const lines = ["Vorlagen-Nr. 25-V-03-0012", "Beitritt zum Verein NExT e. V.", "1. Es wird zur Kenntnis genommen, dass", "1.1 die Stadt dem Verein beitreten kann.", "2. Es wird beschlossen, dass", "2.1 die Stadt dem Verein beitritt."];
  return docxFromBody([...lines.map(paragraphXml), CHANGED_CLAUSE, paragraphXml("2.3 die Verwaltung berichtet.")].join(""), { "word/comments.xml": strToU8(COMMENTS) });
}

describe("tracked changes and comments left in a document", () => {
  // Found by a new-user tryout: 0057-auto.docx had an unaccepted change 1.000 € → 1.200 € in clause 2.2 and a
  // comment „Bitte Haushaltsstelle ergänzen“; check said „vollständig – bereit zur Vorlage“ and reported 1.200 €.
  it("reports unaccepted tracked changes and comments in a recognised Vorlage by clause and number, and does not call it complete", () => {
    const read = DocxDocument.open(plainWithChange()).read(WIESBADEN);
    const open = read.findings.filter((f) => f.code === "ueberarbeitung-offen" || f.code === "kommentar-offen");
    expect(open.map((f) => [f.code, f.severity, f.params["anzahl"], findingPlace(f.location, read.vorlage, "de", WIESBADEN)])).toEqual([
      ["ueberarbeitung-offen", "error", 2, "Ziffer 2.2"],
      ["kommentar-offen", "error", 1, "Ziffer 2.2"],
    ]);
    expect(isComplete(read.findings)).toBe(false);
    expect(formatFinding(open[0]!, "de", WIESBADEN)).toMatch(/^In Ziffer 2\.2 stehen 2 nachverfolgte Änderungen, die noch nicht angenommen oder abgelehnt wurden\./u);
    expect(formatFinding(open[1]!, "de", WIESBADEN)).toMatch(/^In Ziffer 2\.2 steht ein Kommentar\. .*veröffentlicht/u);
    expect(formatFinding(open[1]!, "en", WIESBADEN)).toMatch(/^Clause 2\.2 holds a comment\./u);
  });

  it("reports them in a Vorlage with our controls by the clause control around them, read streaming and for editing alike", () => {
    const files = unzipSync(DocxDocument.create(reference0057(), WIESBADEN, "2024-03-21T10:00:00Z").save());
    const doc = strFromU8(files["word/document.xml"] as Uint8Array);
    const clause = reference0057().sections[1]!.clauses[0]!;
    const words = clause.text.split(" ");
    const last = words[words.length - 1]!;
    // The clause's last word deleted and typed anew under Track Changes.
    const at = doc.indexOf(`${last}</w:t>`);
    expect(at).toBeGreaterThan(0);
    const runEnd = doc.indexOf("</w:r>", at) + "</w:r>".length;
    const tracked = `<w:del w:id="91" w:author="A" w:date="2024-03-01T10:00:00Z"><w:r><w:delText>alt</w:delText></w:r></w:del><w:ins w:id="92" w:author="A" w:date="2024-03-01T10:00:00Z"><w:r><w:t>neu</w:t></w:r></w:ins>`;
    files["word/document.xml"] = strToU8(doc.slice(0, runEnd) + tracked + doc.slice(runEnd));
    const bytes = zipSync(files);
    for (const edit of [false, true]) {
      const read = DocxDocument.open(bytes, { edit }).read(WIESBADEN);
      const open = read.findings.filter((f) => f.code === "ueberarbeitung-offen");
      expect(open.map((f) => [f.location, f.params["anzahl"]])).toEqual([[{ type: "clause", id: clause.id }, 2]]);
      expect(formatFinding(open[0]!, "de", WIESBADEN)).toMatch(/^In Ziffer 2\.1 stehen 2 nachverfolgte Änderungen/u);
      expect(isComplete(read.findings)).toBe(false);
    }
  });

  it("does not count a character formatting change (w:rPrChange on a run or on the paragraph mark), whose text is settled, but counts a paragraph property change, which may change a list number (second tryout)", () => {
    const REV = `w:author="A" w:date="2024-03-01T10:00:00Z"`;
    const lines = ["Vorlagen-Nr. 25-V-03-0012", "Beitritt zum Verein NExT e. V.", "1. Es wird beschlossen, dass", "1.1 die Stadt dem Verein beitritt."];
    const bold = `<w:p><w:pPr><w:rPr><w:b/><w:rPrChange w:id="5" ${REV}><w:rPr/></w:rPrChange></w:rPr></w:pPr><w:r><w:rPr><w:b/><w:rPrChange w:id="6" ${REV}><w:rPr/></w:rPrChange></w:rPr><w:t>1.2 die Verwaltung berichtet.</w:t></w:r></w:p>`;
    const formatted = DocxDocument.open(docxFromBody([...lines.map(paragraphXml), bold].join(""))).read(WIESBADEN);
    expect(formatted.findings.map((f) => f.code)).not.toContain("ueberarbeitung-offen");
    const justified = `<w:p><w:pPr><w:jc w:val="both"/><w:pPrChange w:id="7" ${REV}><w:pPr/></w:pPrChange></w:pPr><w:r><w:t>1.2 die Verwaltung berichtet.</w:t></w:r></w:p>`;
    const paragraph = DocxDocument.open(docxFromBody([...lines.map(paragraphXml), justified].join(""))).read(WIESBADEN);
    expect(paragraph.findings.filter((f) => f.code === "ueberarbeitung-offen").map((f) => f.params["anzahl"])).toEqual([1]);
  });

  it("does not count an insertion that inserts nothing (an empty w:ins, or one around an empty run), read streaming and for editing alike, but counts one that inserts a tab", () => {
    const REV = `w:author="A" w:date="2024-03-01T10:00:00Z"`;
    const lines = ["Vorlagen-Nr. 25-V-03-0012", "Beitritt zum Verein NExT e. V.", "1. Es wird beschlossen, dass"];
    const emptyIns = [
      `<w:p><w:r><w:t xml:space="preserve">1.1 die Stadt dem Verein </w:t></w:r><w:ins w:id="8" ${REV}/><w:r><w:t>beitritt.</w:t></w:r></w:p>`,
      `<w:p><w:r><w:t xml:space="preserve">1.2 die Verwaltung </w:t></w:r><w:ins w:id="9" ${REV}></w:ins><w:ins w:id="10" ${REV}><w:r><w:rPr><w:b/></w:rPr></w:r></w:ins><w:r><w:t>berichtet.</w:t></w:r></w:p>`,
    ];
    const bytes = docxFromBody([...lines.map(paragraphXml), ...emptyIns].join(""));
    for (const edit of [false, true]) {
      const read = DocxDocument.open(bytes, { edit }).read(WIESBADEN);
      expect(read.findings.map((f) => f.code)).not.toContain("ueberarbeitung-offen");
    }
    const tab = `<w:p><w:r><w:t xml:space="preserve">1.1 die Stadt</w:t></w:r><w:ins w:id="11" ${REV}><w:r><w:tab/></w:r></w:ins><w:r><w:t>beitritt.</w:t></w:r></w:p>`;
    for (const edit of [false, true]) {
      const read = DocxDocument.open(docxFromBody([...lines.map(paragraphXml), tab].join("")), { edit }).read(WIESBADEN);
      expect(read.findings.filter((f) => f.code === "ueberarbeitung-offen").map((f) => f.params["anzahl"])).toEqual([1]);
    }
  });

  it("says nothing of a document without tracked changes or comments", () => {
    const read = DocxDocument.open(DocxDocument.create(reference0057(), WIESBADEN, "2024-03-21T10:00:00Z").save()).read(WIESBADEN);
    expect(read.findings.map((f) => f.code)).not.toContain("ueberarbeitung-offen");
    expect(read.findings.map((f) => f.code)).not.toContain("kommentar-offen");
  });
});
