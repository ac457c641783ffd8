import { strFromU8, unzipSync } from "fflate";
import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { recognizeDocx } from "../../src/cli/recognize-docx";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { paragraphText } from "../../src/document/ooxml/read-body";
import { docxFromBody, paragraphXml } from "../fixtures/docx";

/**
 * Clause numbers that are Word fields: „{ SEQ Ziffer }“ whose cached results both show „1“ (the
 * instruction would count 1, 2 when Word updates the fields). `recognize --renumber` wrapped the
 * field's runs (begin, code, result, end) into our number control and wrote the new number over
 * them: the user's fields were gone. A number in a field is Word's, like one in a w:fldSimple:
 * it stays where it is, is said to stay (`structure-number-typed`), and is never renumbered.
 * `check` reports what Word shows (two clauses numbered „1.“), never a number the field code holds.
 */
const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const seq = (cached: string) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> SEQ Ziffer \\* ARABIC </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(cached)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const input = docxFromBody(
  [
    ...["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Beschlussvorschlag:"].map(paragraphXml),
    `<w:p>${seq("1")}${run(". Die Stadt beschafft zehn Lastenräder.")}</w:p>`,
    `<w:p>${seq("1")}${run(". Die Verwaltung wartet die Räder.")}</w:p>`,
    ...["Dem Magistrat", "mit der Bitte um Kenntnisnahme", "Wiesbaden, 02.06.2025", "Müller"].map(paragraphXml),
  ].join(""),
);
const fields = (bytes: Uint8Array): number => (strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array).match(/<w:instrText[^>]*> SEQ Ziffer/gu) ?? []).length;

describe("clause numbers that are Word fields (SEQ) with stale cached results", () => {
  it("check reads what Word shows: two clauses numbered „1.“, a duplicate", () => {
    const read = DocxDocument.open(input).read(WIESBADEN);
    expect(read.vorlage.sections.flatMap((s) => s.clauses.map((c) => c.writtenNumber))).toEqual(["1.", "1."]);
  });

  it("recognize --renumber keeps both fields and their results, and says the numbers stay as they are", () => {
    const out = recognizeDocx(input, WIESBADEN, { ids: sequentialIds("x"), renumber: true });
    expect(fields(out.bytes)).toBe(2);
    expect(out.renumbered).toBe(0);
    expect(out.outcome.left?.map((l) => l.text)).toEqual(["1.", "1."]);
    expect(DocxDocument.open(out.bytes).paragraphs().map(paragraphText)).toEqual(DocxDocument.open(input).paragraphs().map(paragraphText));
    expect(DocxDocument.open(out.bytes).read(WIESBADEN).findings.map((f) => f.code)).toContain("structure-number-typed");
  });
});
