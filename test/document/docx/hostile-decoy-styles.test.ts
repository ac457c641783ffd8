import { strToU8 } from "fflate";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { docxFromBody, paragraphXml } from "../../fixtures/docx";

/**
 * Styles Word uses are the part the main part's `styles` relationship names. A package whose
 * relationship names word/house.xml, in which the clause's style hides its text or makes it
 * white, and that carries a harmless decoy word/styles.xml: the reading took the decoy by its
 * default name and read the clause, with no word of it, as if printed. Now the styles are taken
 * through the relationship, reading and editing alike; without one, word/styles.xml as before.
 */
const CLAUSE = "Die Verwaltung zahlt 5.000.000 € an den Verein.";
const HEAD = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder."].map(paragraphXml).join("");
const TAIL = ["Dem Magistrat", "mit der Bitte um Kenntnisnahme", "Wiesbaden, 02.06.2025", "Müller"].map(paragraphXml).join("");
const styles = (rPr: string): Uint8Array =>
  strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="Ziffer2"><w:name w:val="Ziffer2"/><w:rPr>${rPr}</w:rPr></w:style></w:styles>`);
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="house.xml"/></Relationships>`;
const vorlage = (real: string, decoy: string): Uint8Array =>
  docxFromBody(`${HEAD}<w:p><w:pPr><w:pStyle w:val="Ziffer2"/></w:pPr><w:r><w:t xml:space="preserve">2. ${CLAUSE}</w:t></w:r></w:p>${TAIL}`, {
    "word/_rels/document.xml.rels": strToU8(RELS),
    "word/house.xml": styles(real),
    "word/styles.xml": styles(decoy),
  });
const clauses = (bytes: Uint8Array, edit: boolean): string[] => (DocxDocument.open(bytes, { edit }).read(WIESBADEN).vorlage.sections ?? []).flatMap((s) => s.clauses.map((c) => c.text));

describe("a decoy styles part beside the one the relationship names", () => {
  it.each([false, true])("the clause hidden by the related styles is no clause (opened for editing: %s)", (edit) => {
    expect(clauses(vorlage("<w:vanish/>", "<w:b/>"), edit)).not.toContain(CLAUSE);
    expect(clauses(vorlage("<w:b/>", "<w:vanish/>"), edit)).toContain(CLAUSE);
  });

  it("white type from the related styles is named, not from the decoy", () => {
    const named = (bytes: Uint8Array) => DocxDocument.open(bytes).read(WIESBADEN).findings.filter((f) => f.code === "text-unsichtbar").length;
    expect(named(vorlage('<w:color w:val="FFFFFF"/>', "<w:b/>"))).toBe(1);
    expect(named(vorlage("<w:b/>", '<w:color w:val="FFFFFF"/>'))).toBe(0);
  });
});
