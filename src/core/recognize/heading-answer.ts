/** A form's check box, ticked or not. */
const BOX = /[☒☐☑]/u;

/** What may stand beside the boxes of an answer: the answer's own words. */
const ANSWER_WORDS = /^(?:ja|nein)$/iu;

/**
 * Whether the words after a part heading on its line are only the form's ticked answer to it:
 * „Ja ☒ Nein ☐“, „☒ ja ☐ nein“ (Karlsruhe's „Finanzielle Auswirkungen Ja ☒ Nein ☐“, where
 * the PDF or LibreOffice's import puts heading and boxes on one line). Then the line is the
 * heading, as on a line of its own with the boxes below; any other word after the heading
 * keeps it prose („Finanzierung der Maßnahme ☒ gesichert“).
 */
export function isBoxAnswer(after: string): boolean {
  const trimmed = after.trim();
  if (!BOX.test(trimmed)) return false;
  const words = trimmed
    .split(/[\s☒☐☑]+/u)
    .filter((w) => w !== "");
  return words.length > 0 && words.length <= 3 && words.every((w) => ANSWER_WORDS.test(w));
}
