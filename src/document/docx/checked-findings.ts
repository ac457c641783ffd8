import type { Profile } from "../../core/profile/profile";
import { mayHaveOwnOutline, ownOutlineSections, withoutOwnOutlineNumbering } from "../../core/recognize/own-outline";
import type { Finding } from "../../core/validation/finding";
import { withUncertainAmount, withUnreadVerteiler } from "../../core/validation/uncertain-amount";
import { withIncomeOnly } from "../../core/validation/income-only";
import { validate } from "../../core/validation/validate";
import { paragraphText } from "../ooxml/read-body";
import type { DocxDocument, DocxRead } from "./docx-document";

/**
 * What checking a read .docx finds: the rules on its Vorlage and what reading found. A section
 * numbered in the document's own outline („II. Beschluss“ after „I. Vortrag“) is no numbering
 * fault, since `recognize --renumber` keeps it; the body's lines are read (a tree of the body)
 * only where such a section may be. One function, so that `check` and the reviewers' page say
 * the same of the same file.
 */
export function checkedFindings(doc: DocxDocument, read: DocxRead, profile: Profile): Finding[] {
  const own = mayHaveOwnOutline(read.vorlage, profile) ? ownOutlineSections(read.vorlage, profile, doc.paragraphs().map(paragraphText)) : new Set<string>();
  return [...withIncomeOnly(withUnreadVerteiler(withUncertainAmount(withoutOwnOutlineNumbering(validate(read.vorlage, profile), read.vorlage, own), read.findings), read.findings), read.findings), ...read.findings];
}
