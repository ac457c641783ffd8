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
} as const;

/** The finding for `count` imported chunks, or none. */
export function importedChunkFindings(count: number): Finding[] {
  return count === 0 ? [] : [{ code: "eingebettet-nicht-gelesen", severity: "error", location: { type: "document" }, params: { anzahl: String(count) } }];
}
