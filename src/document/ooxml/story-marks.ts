import { scanXml } from "./xml-scanner";
import { W_NS } from "./ooxml";

const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
/** What the body reader counts as a tracked change (a formatting change, w:rPrChange, leaves the text settled). */
const REVISIONS = new Set(["ins", "del", "moveFrom", "moveTo", "pPrChange"]);
/** A start tag of a revision or a comment reference, prefixed or not: the cheap test before a part is scanned. */
export const MARK_ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?(?:ins|del|moveFrom|moveTo|pPrChange|commentReference)[\s/>]/u;

/** Tracked changes and comment anchors counted in a story. */
export interface StoryCount {
  readonly revisions: number;
  readonly comments: number;
}

/**
 * Tracked changes and comment anchors in a part: all of them, or (`inTextBoxes`) only those in
 * text boxes (w:txbxContent), which the body reader skips with the drawing around them. Of an
 * mc:AlternateContent only the first branch counts (a text box is written twice, as DrawingML and
 * as VML). The one count of the stories beside the body's text, for the .docx engine's `check`
 * (docx/story-revisions.ts) and the pane in Word (word/story-revisions-word.ts) alike.
 */
export function marksIn(xml: string, part: string, inTextBoxes: boolean): StoryCount {
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
