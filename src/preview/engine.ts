import type { Profile } from "../core/profile/profile";
import { chooseProfile, type ProfileUse } from "../core/profile/profile-choice";
import { DocxDocument } from "../document/docx/docx-document";
import type { DocxPort } from "../document/docx/docx-port";
import { DEFAULT_LIMITS } from "../document/docx/zip-package";
import { DocxError } from "../document/ooxml/docx-error";
import { stylesXml } from "../document/ooxml/house-style-parts";
import type { PreviewOpenProblem } from "../i18n/preview-messages";
import { PANE_PROFILES } from "../taskpane/pane-profile";
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

/** The largest file the preview opens, in MB: the engine's own limit, said before the bytes are read. */
export const MAX_FILE_MB = DEFAULT_LIMITS.maxFileBytes / (1024 * 1024);

/** A chosen file opened for the preview: its port, the styles of its own that hide their text, and the profile it is edited and checked with (and why). */
export type PreviewOpened =
  | { readonly ok: true; readonly port: DocxPort; readonly hidden: ReadonlySet<string>; readonly profile: Profile; readonly use: ProfileUse }
  | { readonly ok: false; readonly problem: PreviewOpenProblem };

/** The compound-file signature of the old binary .doc format (and of other OLE files). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Opens a user's .docx for the preview, as the CLI opens one for editing (with the built-in
 * profile it names, unless the profile was `chosen`), and reads it once, so
 * that a file the engine refuses is said in the bar and the document shown stays as it was.
 * Corrupt or hostile input is a problem with its reason; anything else thrown is a bug.
 */
export async function openPreviewDocument(bytes: Uint8Array, given: Profile, chosen = false): Promise<PreviewOpened> {
  if (bytes.length === 0) return { ok: false, problem: "empty-file" };
  try {
    const doc = DocxDocument.open(bytes, { edit: true });
    // A draft made in Karlsruhe's house style is edited and checked as Karlsruhe's, as `check` reads it, unless ?profile= chose one.
    const { profile, use } = chooseProfile(doc.storedProfileId(), given, chosen, PANE_PROFILES);
    const port = new PreviewPort(doc, profile);
    await port.read();
    // The styles Word uses are the part the main part's relationship names, as check reads them: not a decoy word/styles.xml.
    return { ok: true, port, hidden: doc.stylesHidingText(), profile, use };
  } catch (e) {
    if (!(e instanceof DocxError)) throw e;
    const legacy = e.reason === "not-a-zip" && OLE.every((b, i) => bytes[i] === b);
    return { ok: false, problem: legacy ? "legacy-doc" : e.reason };
  }
}
