import type { MarkedParagraph } from "../../core/validation/rules/open-revisions";
import { scanXml } from "../ooxml/xml-scanner";
import { W_NS } from "../ooxml/ooxml";
import { relationships, relsOf, resolveTarget } from "./package-parts";

const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
/** The stories beside the body, by relationship type, and the part of the Vorlage a finding names. */
const STORIES: Readonly<Record<string, "fussnoten" | "kopfzeilen">> = { [`${REL}footnotes`]: "fussnoten", [`${REL}endnotes`]: "fussnoten", [`${REL}header`]: "kopfzeilen", [`${REL}footer`]: "kopfzeilen" };
/** What the body reader counts as a tracked change (a formatting change, w:rPrChange, leaves the text settled). */
const REVISIONS = new Set(["ins", "del", "moveFrom", "moveTo", "pPrChange"]);
/** A start tag of a revision or a comment reference, prefixed or not: the cheap test before a part is scanned. */
const MARK_ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?(?:ins|del|moveFrom|moveTo|pPrChange|commentReference)[\s/>]/u;

/**
 * Tracked changes and comment anchors in a part: all of them, or (`inTextBoxes`) only those in
 * text boxes (w:txbxContent), which the body reader skips with the drawing around them. Of an
 * mc:AlternateContent only the first branch counts (a text box is written twice, as DrawingML and
 * as VML).
 */
function marksIn(xml: string, part: string, inTextBoxes: boolean): { revisions: number; comments: number } {
  let revisions = 0;
  let comments = 0;
  let boxes = 0;
  let skipped = 0;
  const branches: number[] = [];
  scanXml(xml, part, {
    open(uri, local) {
      if (skipped > 0) {
        skipped++;
        return;
      }
      if (uri === MC_NS && local === "AlternateContent") branches.push(0);
      else if (uri === MC_NS && (local === "Choice" || local === "Fallback") && branches.length > 0) {
        const seen = branches[branches.length - 1] as number;
        branches[branches.length - 1] = seen + 1;
        if (seen > 0) skipped++;
        return;
      }
      if (uri !== W_NS) return;
      if (local === "txbxContent") boxes++;
      if (inTextBoxes && boxes === 0) return;
      if (REVISIONS.has(local)) revisions++;
      else if (local === "commentReference") comments++;
    },
    close(uri, local) {
      if (skipped > 0) skipped--;
      else if (uri === W_NS && local === "txbxContent") boxes--;
      else if (uri === MC_NS && local === "AlternateContent") branches.pop();
    },
    text() {},
  });
  return { revisions, comments };
}

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
