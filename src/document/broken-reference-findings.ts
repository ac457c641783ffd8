import type { Finding } from "../core/validation/finding";
import type { BrokenRefField } from "./ooxml/reference-fields";

/**
 * The findings for REF fields whose bookmark the document lacks: Word prints „Fehler!
 * Verweisquelle konnte nicht gefunden werden.“ there, so the document is not ready, whichever
 * adapter read it (`check` on the .docx, the pane in Word on the body's OOXML).
 */
export function brokenReferenceFindings(fields: readonly BrokenRefField[]): Finding[] {
  return fields.map((f) => ({ code: "verweis-textmarke-fehlt", severity: "error", location: { type: "document" }, params: { textmarke: f.textmarke, anzeige: f.anzeige, davor: f.davor } }));
}
