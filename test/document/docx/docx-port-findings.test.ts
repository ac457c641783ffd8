import { strToU8 } from "fflate";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { COMMENTS, docxFromBody, paragraphXml } from "../../fixtures/docx";

/** Clause 2.2 changed from 1.000 € to 1.200 € under Track Changes, not accepted, with a comment on it. */
const CHANGED_CLAUSE = `<w:p><w:r><w:t xml:space="preserve">2.2 Der Mitgliedsbeitrag von </w:t></w:r><w:del w:id="1" w:author="Kämmerei" w:date="2024-03-01T10:00:00Z"><w:r><w:delText>1.000</w:delText></w:r></w:del><w:ins w:id="2" w:author="Kämmerei" w:date="2024-03-01T10:00:00Z"><w:r><w:t>1.200</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> € jährlich wird bereitgestellt.</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`;
/** Clause 2.3 refers by a REF field to a bookmark the document lacks: Word prints „Fehler! Verweisquelle …“. */
const BROKEN_REF = `<w:p><w:r><w:t xml:space="preserve">2.3 die Verwaltung nach Ziffer </w:t></w:r><w:fldSimple w:instr=" REF _Ref999 \\r \\h "><w:r><w:t>2.1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> berichtet.</w:t></w:r></w:p>`;

const changed = (): Uint8Array => {
  const lines = ["Vorlagen-Nr. 25-V-03-0012", "Beitritt zum Verein NExT e. V.", "1. Es wird zur Kenntnis genommen, dass", "1.1 die Stadt dem Verein beitreten kann.", "2. Es wird beschlossen, dass", "2.1 die Stadt dem Verein beitritt."];
  return docxFromBody([...lines.map(paragraphXml), CHANGED_CLAUSE, BROKEN_REF].join(""), { "word/comments.xml": strToU8(COMMENTS) });
};

// Found by the third tryout: the preview's „Prüfen“ said „5 Fehler“ where check and the reviewers'
// page said 7 — the open tracked change and the comment were missing, because the .docx port passed
// the pane only structure and accessibility findings, while Word's port passes these too.
describe("what the .docx port (the preview's document) gives the pane of the document itself", () => {
  it("names unaccepted tracked changes, comments and REF fields without their bookmark, as check does", async () => {
    const bytes = changed();
    const port = DocxPort.fromBytes(bytes, WIESBADEN);
    const codes = (await port.read()).findings.map((f) => f.code);
    const checked = DocxDocument.open(bytes).read(WIESBADEN).findings.map((f) => f.code);
    for (const code of ["ueberarbeitung-offen", "kommentar-offen", "verweis-textmarke-fehlt"]) {
      expect([code, checked.includes(code)]).toEqual([code, true]);
      expect([code, codes.includes(code)]).toEqual([code, true]);
    }
  });

  it("leaves to the pane's own validation what it validates itself (no finding twice)", async () => {
    const port = DocxPort.fromBytes(changed(), WIESBADEN);
    const codes = (await port.read()).findings.map((f) => f.code);
    expect(codes.filter((c) => c.startsWith("recognize-") || c === "required-field-missing")).toEqual([]);
  });
});
