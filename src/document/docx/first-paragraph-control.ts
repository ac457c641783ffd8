import type { Document as XmlDocument, Element as XmlElement } from "@xmldom/xmldom";
import { W_NS } from "../ooxml/ooxml";

/**
 * LibreOffice (7.4, which many offices use) reads the first paragraph of a block content control
 * wrongly until an inline content control begins in it: text before a comment's reference is
 * dropped, a field prints its code („REF _Ref1 \r \h 2.1“), a hyperlink too, and tracked
 * changes and comment anchors there are lost when Writer saves the file. A paragraph that
 * begins with an inline control is read right (measured with soffice 7.4.7: a control around
 * its first run, around all its content, or an empty one at its start; one that begins after
 * the comment or field does not help, nor does anything in a later paragraph need it).
 *
 * The documents we create begin every clause and section paragraph with its number control,
 * so they have that shape. A recognised document whose numbers are list numbering (or whose
 * section heading has no number) would not: its first paragraph in each block is given one
 * inline control around all its content, untagged (readers take its text as the paragraph's,
 * Word and Writer show it as the paragraph it was), so that a comment, field or tracked change
 * there — now, or added later in Word — stays in Writer. The user's text, runs, marks and
 * revisions stay exactly as they are, only moved into the control: every child of the
 * paragraph after its properties may stand in an inline control (ECMA-376 CT_SdtContentRun
 * holds EG_PContent).
 */

/** Markers that may stand before the inline control without harm (measured: a bookmark may). */
const LEADING_MARKERS = new Set(["bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd"]);

/** What a plain run holds: text as typed, no field, mark, object or tracked formatting. */
const PLAIN_IN_RUN = new Set(["rPr", "t", "tab", "br", "cr", "softHyphen", "noBreakHyphen", "lastRenderedPageBreak"]);

/** A run of plain text (measured: plain text before the inline control is read right, „- “ before a number control). */
function plainRun(el: XmlElement): boolean {
  if (el.localName !== "r") return false;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const child = n as XmlElement;
    if (child.namespaceURI !== W_NS || !PLAIN_IN_RUN.has(child.localName ?? "")) return false;
    if (child.localName === "rPr" && child.getElementsByTagNameNS(W_NS, "rPrChange").length > 0) return false;
  }
  return true;
}

/**
 * Whether an inline content control begins in `p` before anything but its properties,
 * bookmarks and plain runs, or `p` holds no run at all: then LibreOffice reads it right, also
 * once a comment, field or tracked change is added later in Word. A paragraph of plain text
 * alone is read right today but not once a comment is anchored in it, so it is no such paragraph.
 */
export function beginsWithInlineControl(p: XmlElement): boolean {
  let runs = false;
  for (let n = p.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as XmlElement;
    if (el.namespaceURI !== W_NS) return false;
    if (el.localName === "pPr" || LEADING_MARKERS.has(el.localName ?? "")) continue;
    if (plainRun(el)) {
      runs = true;
      continue;
    }
    return el.localName === "sdt";
  }
  return !runs;
}

/** The first paragraph of a block made of `nodes` (a paragraph, or the first one inside a table or control), if any. */
export function firstParagraphOf(nodes: readonly XmlElement[]): XmlElement | undefined {
  for (const n of nodes) {
    if (n.namespaceURI === W_NS && n.localName === "p") return n;
    const inner = n.getElementsByTagNameNS(W_NS, "p").item(0);
    if (inner) return inner as XmlElement;
  }
  return undefined;
}

/** The id a control made here carries until the caller numbers it (no number, so never a user's). */
export const PENDING_ID = "bv-pending";

/**
 * Moves all content of `p` after its properties into one new inline content control, so that
 * the paragraph begins with it. Returns whether it did (not when it already begins with one or
 * holds nothing). The control has no tag or title: it names nothing, it only keeps the paragraph
 * readable in LibreOffice. Its id is `id` (PENDING_ID until the caller, having made its other
 * controls, gives it a number no other control of the body has).
 */
export function wrapParagraphContent(doc: XmlDocument, p: XmlElement, id: string): boolean {
  if (beginsWithInlineControl(p)) return false;
  const sdt = doc.createElementNS(W_NS, "w:sdt");
  const pr = doc.createElementNS(W_NS, "w:sdtPr");
  const idEl = doc.createElementNS(W_NS, "w:id");
  idEl.setAttributeNS(W_NS, "w:val", id);
  pr.appendChild(idEl);
  const content = doc.createElementNS(W_NS, "w:sdtContent");
  sdt.appendChild(pr);
  sdt.appendChild(content);
  let first = p.firstChild;
  while (first && first.nodeType === 1 && (first as XmlElement).localName === "pPr") first = first.nextSibling;
  const moving: XmlElement[] = [];
  for (let n = first; n; n = n.nextSibling) moving.push(n as XmlElement);
  p.insertBefore(sdt, first);
  for (const n of moving) content.appendChild(n);
  return true;
}
