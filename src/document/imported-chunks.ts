import { firstWords } from "../core/german/first-words";
import type { Finding } from "../core/validation/finding";

/** Findings about parts of a document its reader cannot see (`DocxDocument.read`). */
export const IMPORTED_CHUNK_FINDING_CODES = {
  /**
   * The main part imports content (w:altChunk: HTML, RTF or a Word document that a document-
   * management system or a mail merge embedded); Word converts it into text when it opens the
   * file. Its text is not read, so it may hold clauses, amounts or personal data nobody
   * checked: the document is not called complete until it has been opened and saved in Word.
   */
  "eingebettet-nicht-gelesen": "error",
  /**
   * Text in text boxes (`w:txbxContent` in a `w:drawing` or a VML `w:pict`): Word prints it, but it
   * lies beside the text's order and is not read as text of the Vorlage (a letterhead's address
   * box would be taken for its content), so no clause, amount or personal data in it is checked.
   * A warning, not an error: unlike an imported chunk, its text is in the file and quoted.
   */
  "textfeld-nicht-gelesen": "warning",
} as const;

/** The finding for `count` imported chunks, or none. */
export function importedChunkFindings(count: number): Finding[] {
  return count === 0 ? [] : [{ code: "eingebettet-nicht-gelesen", severity: "error", location: { type: "document" }, params: { anzahl: String(count) } }];
}

/** The finding for the text boxes that hold text (`texts`, one per box, in order), or none: how many, and the first one's words. */
export function unreadTextBoxFindings(texts: readonly string[]): Finding[] {
  const full = texts.filter((t) => t.trim() !== "");
  const first = full[0];
  return first === undefined ? [] : [{ code: "textfeld-nicht-gelesen", severity: "warning", location: { type: "document" }, params: { anzahl: String(full.length), auszug: firstWords(first, 60) } }];
}
