/**
 * Which labels of a form line are ticked. Forms put the box on either side of its label, and a
 * line keeps one side throughout: „☒ Ja ☐ Nein“ (box first: most forms, python-docx and Word's
 * check-box content controls) or „Ja ☒ Nein ☐“ (box after: Karlsruhe's Finanzielle Auswirkungen,
 * its CO2-Relevanz). Reading „Ja ☒ Nein ☐“ box-first would tick „Nein“ — the opposite of what the
 * form says. The side is the one the line starts or ends with; a line with text on both ends
 * („IQ-relevant Nein ☒ Ja ☐ Korridorthema:“) has its boxes after the labels where an option word
 * (ja, nein, keine) stands right before the first box, and before them otherwise
 * („Finanzielle Auswirkungen: ☒ ja ☐ nein, siehe Anlage“).
 */

const BOX = /[☒☑☐]/gu;
/** Text before the first box that ends with an option word, not a colon: „IQ-relevant Nein ☒ Ja ☐ Korridorthema:“. */
const OPTION_BEFORE = /(?:^|\s)(?:ja|nein|keine)$/iu;
const TICKED = /[☒☑]/u;

export interface BoxLabel {
  readonly label: string;
  readonly ticked: boolean;
}

/** Each box of `line` with the label it belongs to, in order; empty for a line without boxes. */
export function boxLabels(line: string): readonly BoxLabel[] {
  const boxes = [...line.matchAll(BOX)];
  if (boxes.length === 0) return [];
  const text = line.trim();
  const before = line.slice(0, boxes[0]?.index ?? 0).trim();
  const boxAfter = !/^[☒☑☐]/u.test(text) && (/[☒☑☐]$/u.test(text) || OPTION_BEFORE.test(before));
  return boxes.map((b, i) => {
    const at = b.index ?? 0;
    const label = boxAfter
      ? line.slice(i === 0 ? 0 : (boxes[i - 1]?.index ?? 0) + 1, at)
      : line.slice(at + 1, i + 1 < boxes.length ? (boxes[i + 1]?.index ?? line.length) : line.length);
    return { label: label.replace(/\s+/gu, " ").trim(), ticked: TICKED.test(b[0]) };
  });
}

/** The labels of `line` whose box is ticked. */
export function tickedLabels(line: string): readonly string[] {
  return boxLabels(line)
    .filter((b) => b.ticked)
    .map((b) => b.label);
}
