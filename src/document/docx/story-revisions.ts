import type { MarkedParagraph } from "../../core/validation/rules/open-revisions";
import { MARK_ELEMENT, marksIn } from "../ooxml/story-marks";
import { relationships, relsOf, resolveTarget } from "./package-parts";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
/** The stories beside the body, by relationship type, and the part of the Vorlage a finding names. */
const STORIES: Readonly<Record<string, "fussnoten" | "kopfzeilen">> = { [`${REL}footnotes`]: "fussnoten", [`${REL}endnotes`]: "fussnoten", [`${REL}header`]: "kopfzeilen", [`${REL}footer`]: "kopfzeilen" };

/**
 * Tracked changes and comments that Word prints and publishes but the body's paragraphs do not
 * hold: in footnotes and endnotes, page headers and footers (each part the main part relates,
 * once), and in text boxes of the main part. As the body's, each is an open revision
 * (`openRevisionFindings`), named by where it stands. `mainXml` gives the main part's text where it
 * may hold a text box, undefined where its bytes hold none: the streamed read never decodes the body
 * otherwise, and a check of many files should not decode it for this.
 */
export function storyMarks(parts: ReadonlyMap<string, Uint8Array>, mainPart: string, mainXml: () => string | undefined, text: (name: string) => string | undefined): MarkedParagraph[] {
  const out: MarkedParagraph[] = [];
  const rels = relsOf(mainPart);
  const seen = new Set<string>();
  for (const r of relationships(parts, rels)) {
    const teil = STORIES[r.type];
    if (teil === undefined || r.external) continue;
    const name = resolveTarget(rels, r.target);
    const xml = seen.has(name) ? undefined : text(name);
    seen.add(name);
    // A part without any element of those names (with or without a prefix) holds no mark: not scanned.
    if (xml === undefined || !MARK_ELEMENT.test(xml)) continue;
    const marks = marksIn(xml, name, false);
    if (marks.revisions + marks.comments > 0) out.push({ location: { type: "document" }, teil, ...marks });
  }
  const main = mainXml();
  if (main !== undefined && main.includes("txbxContent")) {
    const marks = marksIn(main, mainPart, true);
    if (marks.revisions + marks.comments > 0) out.push({ location: { type: "document" }, teil: "textfelder", ...marks });
  }
  return out;
}
