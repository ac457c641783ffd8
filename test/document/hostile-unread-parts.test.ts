import { strToU8 } from "fflate";
import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import type { Finding } from "../../src/core/validation/finding";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { W_NS } from "../../src/document/ooxml/ooxml";
import { shownFindings } from "../../src/document/shown-findings";
import { WordPort } from "../../src/document/word/word-port";
import { formatFinding } from "../../src/i18n/format-finding";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { WordSimulator } from "../word-simulator/word-simulator";

/**
 * What a document holds that the reading does not see as it is printed, said instead of a clean bill: a list number
 * its numbering level formats itself (`w:lvl/w:rPr`) as hidden, white or 1-point (read as the clause's number, not seen
 * on paper: `listennummer-unsichtbar`), and text in text boxes (`w:txbxContent` in `w:drawing` or `w:pict`: printed,
 * never read: `textfeld-nicht-gelesen`). Imported chunks (`w:altChunk`) were already `eingebettet-nicht-gelesen`.
 */
const run = (t: string): string => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const numbered = (t: string): string => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(t)}</w:p>`;
const numbering = (rPr: string): Uint8Array =>
  strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>${rPr === "" ? "" : `<w:rPr>${rPr}</w:rPr>`}</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  );
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;
const HEAD = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:"].map(paragraphXml).join("");
const TAIL = ["Dem Magistrat", "mit der Bitte um Kenntnisnahme", "Wiesbaden, 02.06.2025", "Müller"].map(paragraphXml).join("");
const listed = (rPr: string): Uint8Array =>
  docxFromBody(HEAD + numbered("Die Stadt beschafft zehn Lastenräder.") + numbered("Die Verwaltung wartet sie.") + TAIL, { "word/numbering.xml": numbering(rPr), "word/_rels/document.xml.rels": strToU8(RELS) });
const VML_BOX = `<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="t1"><v:textbox><w:txbxContent><w:p>${run("3. Zusätzlich zahlt die Stadt 9.000.000 €.")}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
const DRAWING_BOX = (text: string): string =>
  `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="9" name="Textfeld 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent><w:p>${run(text)}</w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
const findings = (bytes: Uint8Array, code: string): Finding[] => DocxDocument.open(bytes).read(WIESBADEN).findings.filter((f) => f.code === code);

describe("what the reading does not see as printed is said", () => {
  it.each([
    ["<w:vanish/>", "ausgeblendet", "ausgeblendet"],
    ['<w:color w:val="FFFFFF"/>', "unsichtbar", "unsichtbar (weiß"],
    ['<w:color w:val="000000" w:themeColor="background1"/>', "unsichtbar", "unsichtbar (weiß"],
    ['<w:sz w:val="2"/>', "unsichtbar", "höchstens 1 Punkt"],
  ])("a list level formatted %s: its numbers are said, with the first one's number and words", (rPr, art, words) => {
    const found = findings(listed(rPr), "listennummer-unsichtbar");
    expect(found.map((f) => f.params)).toEqual([{ anzahl: "2", nummer: "1.", auszug: "Die Stadt beschafft zehn Lastenräder.", art }]);
    const de = formatFinding(found[0] as Finding, "de", WIESBADEN);
    expect(de).toContain("Die Listennummer „1.“ vor „Die Stadt beschafft zehn Lastenräder.“");
    expect(de).toContain(words);
    expect(formatFinding(found[0] as Finding, "en", WIESBADEN)).toContain('The list number "1."');
    // In black, bold or with w:vanish off it is seen.
    for (const seen of ["", "<w:b/>", '<w:color w:val="000000"/>', '<w:vanish w:val="0"/>']) expect(findings(listed(seen), "listennummer-unsichtbar")).toEqual([]);
  });

  it.each([
    ["a VML text box", VML_BOX],
    ["a drawing's text box", DRAWING_BOX("3. Zusätzlich zahlt die Stadt 9.000.000 €.")],
  ])("text in %s is said as not read, with its words; an empty one is not", (_, box) => {
    const bytes = docxFromBody(HEAD + numbered("x") + box + TAIL);
    const found = findings(bytes, "textfeld-nicht-gelesen");
    expect(found.map((f) => [f.severity, f.params])).toEqual([["warning", { anzahl: "1", auszug: "3. Zusätzlich zahlt die Stadt 9.000.000 €." }]]);
    expect(formatFinding(found[0] as Finding, "de", WIESBADEN)).toContain("nicht als Text der Vorlage gelesen");
    expect(formatFinding(found[0] as Finding, "en", WIESBADEN)).toContain("not read");
    expect(findings(docxFromBody(HEAD + DRAWING_BOX(" ") + TAIL), "textfeld-nicht-gelesen")).toEqual([]);
  });

  it("a text box of two paragraphs is quoted with its words apart", () => {
    const two = DRAWING_BOX("Beschlussvorlage").replace("</w:p></w:txbxContent>", `</w:p><w:p>${run("Gedruckt auf Recyclingpapier")}</w:p></w:txbxContent>`);
    expect(findings(docxFromBody(HEAD + two + TAIL), "textfeld-nicht-gelesen")[0]?.params["auszug"]).toBe("Beschlussvorlage Gedruckt auf Recyclingpapier");
  });

  it("the pane says them as check does", async () => {
    const bytes = docxFromBody(HEAD + numbered("Die Stadt beschafft zehn Lastenräder.") + VML_BOX + TAIL, { "word/numbering.xml": numbering("<w:vanish/>"), "word/_rels/document.xml.rels": strToU8(RELS) });
    const codes = ["listennummer-unsichtbar", "textfeld-nicht-gelesen"];
    const check = DocxDocument.open(bytes).read(WIESBADEN).findings.filter((f) => codes.includes(f.code));
    expect(check.map((f) => f.code).sort()).toEqual(codes);
    const pane = shownFindings(await new WordPort(new WordSimulator(bytes).host(), WIESBADEN, sequentialIds("w")).read(), WIESBADEN);
    expect(pane.filter((f) => codes.includes(f.code)).sort((a, b) => a.code.localeCompare(b.code))).toEqual(check.sort((a, b) => a.code.localeCompare(b.code)));
  });
});
