import type { Vorlage } from "../../core/model/vorlage";
import type { Finding } from "../../core/validation/finding";
import { dateFields, formulaFieldFindings, formulaFields, withoutFieldDates } from "../ooxml/date-fields";
import { disguisedTextFindings, disguisedTexts } from "../ooxml/disguised-text";

/**
 * What check finds in the main part's text beside its structure (docx-document.ts, with the same scanners): a DATE,
 * TIME, PRINTDATE or SAVEDATE field (`datum-feld`; a date of the Vorlage it showed is not taken), a formula field (`rechenfeld`),
 * and text in white or 1-point type (`text-unsichtbar`). Read from the document.xml of the body's OOXML that the
 * read's sync has handed over anyway (Body.getOoxml carries the fields' instructions and the runs' direct formatting):
 * no round trip of its own. A part without field instructions, white or tiny type is not looked through.
 */
export function mainPartFindings(documentXml: string, vorlage: Vorlage): { readonly vorlage: Vorlage; readonly findings: readonly Finding[] } {
  const fields = documentXml.includes("instr");
  const dated = withoutFieldDates(vorlage, fields ? dateFields(documentXml) : []);
  return { vorlage: dated.vorlage, findings: [...dated.findings, ...formulaFieldFindings(fields ? formulaFields(documentXml) : []), ...disguisedTextFindings(disguisedTexts(documentXml))] };
}
