import type { Finding } from "../../core/validation/finding";
import { firstWords } from "../../core/german/first-words";
import { paragraphText, type BodyParagraph } from "./read-body";

/** Findings about list numbers Word computes (numbering.xml) that nobody sees. */
export const LIST_NUMBER_FINDING_CODES = {
  /**
   * A list number whose numbering level formats it itself (`w:lvl/w:rPr`) as hidden (`w:vanish`),
   * white or of at most 1 point: Word does not print it, or prints it so that nobody sees it, while
   * the reading takes it as the paragraph's number (a clause numbered „2.“ on paper without a
   * number, or numbered otherwise than it reads). Said, not corrected: which number the decision
   * means is the author's to say.
   */
  "listennummer-unsichtbar": "warning",
} as const;

/** One finding for the read paragraphs whose list number is not seen: how many, and the first one's number and words. */
export function unseenListNumberFindings(paragraphs: readonly BodyParagraph[]): Finding[] {
  const unseen = paragraphs.filter((p) => p.listLabelUnseen !== undefined && (p.listLabel ?? "").trim() !== "");
  const first = unseen[0];
  if (first === undefined) return [];
  return [
    {
      code: "listennummer-unsichtbar",
      severity: "warning",
      location: { type: "document" },
      params: { anzahl: String(unseen.length), nummer: (first.listLabel ?? "").trim(), auszug: firstWords(paragraphText(first), 40), art: first.listLabelUnseen === "hidden" ? "ausgeblendet" : "unsichtbar" },
    },
  ];
}
