import type { Finding } from "../../core/validation/finding";
import { firstWords } from "../../core/german/first-words";
import type { HiddenPiece } from "./hidden-text";

/** Findings about hidden text (`w:vanish`) of others, which the reading leaves out. */
export const HIDDEN_TEXT_FINDING_CODES = {
  /**
   * Text formatted as hidden (`w:vanish` or `w:specVanish` on the run or the paragraph mark, by
   * a character or paragraph style or the document defaults). Word neither shows nor prints it
   * while hidden text is off, so it is no text of the Vorlage and is not read (hidden-text.ts);
   * but it stays in the file and is published with it, and whoever prints with hidden text on
   * puts it on paper. A code of its own, not `text-unsichtbar`: that text is read as part of the
   * Vorlage, this is not, and the remedy differs (Word's Document Inspector removes hidden text).
   */
  "text-ausgeblendet": "warning",
} as const;

/** How many characters of a hidden text are quoted, and of the visible text before it that names its place. */
const QUOTED = 60;
const PLACE = 40;

/** The last words of a text, cut at a word boundary: „… zahlt die Stadt“. */
function lastWords(text: string, max: number): string {
  const t = text.replace(/\s+/gu, " ").trim();
  if (t.length <= max) return t;
  const room = t.slice(t.length - max + 1);
  const space = room.indexOf(" ");
  return `…${space >= 0 && space < room.length - 1 ? room.slice(space + 1) : room}`;
}

/** One finding for the hidden text of others: how many places, the first one's text, and the visible words right before it. */
export function hiddenTextFindings(pieces: readonly HiddenPiece[]): Finding[] {
  const first = pieces[0];
  if (first === undefined) return [];
  return [{ code: "text-ausgeblendet", severity: "warning", location: { type: "document" }, params: { anzahl: String(pieces.length), beispiel: firstWords(first.text, QUOTED), nach: lastWords(first.after, PLACE) } }];
}
