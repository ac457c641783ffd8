import { vorlage } from "../core/model/builders";
import type { PortRead } from "../document/port";

/**
 * The document the preview starts with, as a read of it gives it: an empty Vorlage, structured,
 * with no findings about the document itself but its missing title (there is no Betreff yet). The preview creates its document from this model,
 * so the pane knows it before the .docx engine has arrived and can be used at once; the engine's
 * first read confirms it (test/preview/preview-start.test.ts keeps the two equal).
 */
export const PREVIEW_START: PortRead = {
  vorlage: vorlage(),
  structured: true,
  // An empty Vorlage has no Betreff, so its document has no title yet (src/core/accessibility).
  findings: [{ code: "accessibility-title-missing", severity: "warning", location: { type: "document" }, params: {} }],
};
