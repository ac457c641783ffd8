import type { Profile } from "../../core/profile/profile";
import type { Finding } from "../../core/validation/finding";
import { paragraphText } from "../ooxml/read-body";
import { ownOutlineOf, shownFindings } from "../shown-findings";
import type { DocxDocument, DocxRead } from "./docx-document";

/**
 * What checking a read .docx finds: the rules on its Vorlage and what reading found, as every port shows them
 * (shown-findings.ts). A section numbered in the document's own outline („II. Beschluss“ after „I. Vortrag“) is no
 * numbering fault, since `recognize --renumber` keeps it; the body's lines are read (a tree of the body) only where
 * such a section may be.
 */
export function checkedFindings(doc: DocxDocument, read: DocxRead, profile: Profile): Finding[] {
  return shownFindings({ vorlage: read.vorlage, findings: read.findings, ownOutline: ownOutlineOf(read.vorlage, profile, () => doc.paragraphs().map(paragraphText)) }, profile);
}
