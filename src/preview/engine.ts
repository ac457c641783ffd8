import type { Profile } from "../core/profile/profile";
import { DocxDocument } from "../document/docx/docx-document";
import type { DocxPort } from "../document/docx/docx-port";
import { stylesXml } from "../document/ooxml/house-style-parts";
import { hiddenStyleIds, printedParagraphs } from "./printed";
import { PreviewPort } from "./preview-port";
import { PREVIEW_START } from "./preview-start";

/**
 * The .docx engine of the preview (reading, editing, rendering, zip): a chunk of its own,
 * loaded while the pane renders, so that the pane's own code arrives and starts first.
 * The document stays in memory as parts: no zip is written or read until the user downloads it.
 */
export function createPreviewPort(profile: Profile): DocxPort {
  return new PreviewPort(DocxDocument.create(PREVIEW_START.vorlage, profile, new Date().toISOString()), profile);
}

/**
 * The paragraph and character styles that hide their text in the preview's document: the
 * document is created from `profile`, so its styles part is the profile's house style.
 */
export function previewHiddenStyles(profile: Profile): ReadonlySet<string> {
  return hiddenStyleIds(stylesXml(profile));
}

export { printedParagraphs };
