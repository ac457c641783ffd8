import type { Document as XmlDocument, Element as XmlElement } from "@xmldom/xmldom";
import { W_NS } from "../ooxml/ooxml";
import { textOfParagraph } from "../ooxml/read-body";

/**
 * Wraps characters [start, end) of a paragraph in an inline content control, splitting
 * runs where the range cuts through them. Offsets count text the way `read-body` does
 * (a tab or a line break is one character), so anchors from the recogniser fit. Returns
 * false, and changes nothing, when the range crosses anything but plain runs: a number
 * inside a hyperlink, a tracked insertion, a field or a smartTag stays where it is, as it
 * is (wrapping around it would move it out of its container; inserting a second number
 * would show it twice). Such a construct elsewhere in the paragraph (a tracked insertion
 * after the number) does not matter: it stays where it is, and only its length is counted.
 */
const CHAR_ELEMENTS = new Set(["tab", "ptab", "br", "cr", "noBreakHyphen"]);

const childElements = (node: XmlElement): XmlElement[] => {
  const out: XmlElement[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as XmlElement);
  return out;
};

const runLength = (run: XmlElement): number => {
  let n = 0;
  for (const el of childElements(run)) {
    if (el.namespaceURI !== W_NS) continue;
    if (el.localName === "t") n += (el.textContent ?? "").length;
    else if (CHAR_ELEMENTS.has(el.localName ?? "")) n += 1;
  }
  return n;
};

/** A direct child of the paragraph that holds text: a run, or an inline control we made earlier (opaque, never cut). */
interface Unit {
  readonly el: XmlElement;
  readonly run: boolean;
}

function unitLength(u: Unit): number {
  if (u.run) return runLength(u.el);
  // Its content holds only runs and marks (isPlainInlineSdt): read directly, not by a live list the DOM builds anew per call.
  let n = 0;
  for (const content of childElements(u.el)) {
    if (content.localName !== "sdtContent") continue;
    for (const r of childElements(content)) if (r.namespaceURI === W_NS && r.localName === "r") n += runLength(r);
  }
  return n;
}

/** Marks that hold no text and only say where something begins or ends: they move with the runs around them. */
const MARKS = new Set(["bookmarkStart", "bookmarkEnd", "proofErr"]);

/**
 * An inline control whose content is nothing but plain runs, and perhaps bookmarks between them:
 * ours from an earlier wrap in this paragraph, or one LibreOffice left of ours (it keeps the
 * control but drops its tag, and keeps our bookmark on a number inside it).
 */
function isPlainInlineSdt(el: XmlElement): boolean {
  if (el.localName !== "sdt" || el.namespaceURI !== W_NS) return false;
  const content = childElements(el).find((c) => c.localName === "sdtContent");
  return content !== undefined && childElements(content).every((c) => c.namespaceURI === W_NS && (c.localName === "r" || MARKS.has(c.localName ?? "")));
}

/** Splits a run at `offset` characters (offset inside one w:t); returns the second half, inserted after the first. */
function splitRun(doc: XmlDocument, run: XmlElement, offset: number): XmlElement | undefined {
  // Check first, change after: a cut through anything but w:t text refuses without touching the run.
  let probe = 0;
  for (const el of childElements(run)) {
    if (el.localName === "rPr") continue;
    const len = el.localName === "t" ? (el.textContent ?? "").length : CHAR_ELEMENTS.has(el.localName ?? "") ? 1 : 0;
    if (probe + len > offset && probe < offset && el.localName !== "t") return undefined;
    if (probe + len > offset) break;
    probe += len;
  }
  let seen = 0;
  const second = run.cloneNode(false) as XmlElement;
  const rPr = childElements(run).find((c) => c.localName === "rPr");
  if (rPr) second.appendChild(rPr.cloneNode(true));
  let moving = false;
  for (let c = run.firstChild; c; ) {
    const next = c.nextSibling;
    if (c.nodeType === 1 && (c as XmlElement).localName !== "rPr") {
      const el = c as XmlElement;
      const len = el.localName === "t" ? (el.textContent ?? "").length : CHAR_ELEMENTS.has(el.localName ?? "") ? 1 : 0;
      if (moving) second.appendChild(el);
      else if (seen + len > offset) {
        const text = el.textContent ?? "";
        const cut = offset - seen;
        if (cut === 0) {
          second.appendChild(el);
        } else {
          const tail = doc.createElementNS(W_NS, "w:t");
          tail.setAttribute("xml:space", "preserve");
          tail.appendChild(doc.createTextNode(text.slice(cut)));
          el.textContent = text.slice(0, cut);
          el.setAttribute("xml:space", "preserve");
          second.appendChild(tail);
        }
        moving = true;
      } else if (seen + len === offset) moving = true;
      seen += len;
    } else if (moving && c.nodeType === 1) second.appendChild(c);
    c = next;
  }
  run.parentNode?.insertBefore(second, run.nextSibling);
  return second;
}

/** Whether `wrapRange` would succeed, decided on a copy: nothing in the document changes. */
export function canWrapRanges(doc: XmlDocument, p: XmlElement, ranges: readonly { readonly start: number; readonly end: number }[]): boolean {
  const copy = p.cloneNode(true) as XmlElement;
  return ranges.every((r) => wrapRange(doc, copy, r.start, r.end, doc.createElementNS(W_NS, "w:sdt")));
}

/** Revision marks: nothing may move across them, or the tracked change would say something else. */
const REVISIONS = new Set(["ins", "del", "moveFrom", "moveTo"]);

/** The text a child of the paragraph that is no plain unit holds, counted as `read-body` counts it (a w:del holds none). */
function opaqueLength(p: XmlElement, child: XmlElement): number {
  const holder = p.cloneNode(false) as XmlElement;
  holder.appendChild(child.cloneNode(true));
  return textOfParagraph(holder).length;
}

export function wrapRange(doc: XmlDocument, p: XmlElement, start: number, end: number, sdt: XmlElement): boolean {
  if (end <= start) return false;
  // Every child in order: plain runs and our earlier controls can be cut or moved; anything else
  // (a hyperlink, a field, a tracked change, another control) keeps its place and its text, and
  // only its length counts, so that the offsets after it fit.
  type Item = { readonly unit: Unit } | { readonly el: XmlElement; readonly length: number; readonly revision: boolean };
  const items: Item[] = childElements(p).map((c): Item => {
    if (c.namespaceURI === W_NS && c.localName === "r") return { unit: { el: c, run: true } };
    if (isPlainInlineSdt(c)) return { unit: { el: c, run: false } };
    return { el: c, length: opaqueLength(p, c), revision: c.namespaceURI === W_NS && REVISIONS.has(c.localName ?? "") };
  });
  const lengthOf = (item: Item): number => ("unit" in item ? unitLength(item.unit) : item.length);
  // Counted otherwise than the reader counts: the offsets would not fit, so refuse.
  if (items.reduce((n, item) => n + lengthOf(item), 0) !== textOfParagraph(p).length) return false;
  // The range must not touch text inside such a construct, nor hold a revision mark (wrapping the
  // runs around a w:del would move them across the tracked change); an earlier control is never cut.
  let probe = 0;
  for (const item of items) {
    const len = lengthOf(item);
    if ("unit" in item) {
      for (const cut of [start, end]) if (probe < cut && probe + len > cut && !item.unit.run) return false;
    } else if (len > 0 ? probe < end && probe + len > start : item.revision && probe > start && probe < end) return false;
    probe += len;
  }
  let pos = 0;
  const inside: XmlElement[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    if (!("unit" in item)) {
      pos += item.length;
      continue;
    }
    const unit = item.unit;
    let len = unitLength(unit);
    if (pos < start && pos + len > start) {
      const tail = splitRun(doc, unit.el, start - pos);
      if (!tail) return false;
      pos += runLength(unit.el);
      items.splice(i + 1, 0, { unit: { el: tail, run: true } });
      continue;
    }
    if (pos >= start && pos < end) {
      if (pos + len > end) {
        const tail = splitRun(doc, unit.el, end - pos);
        if (!tail) return false;
        items.splice(i + 1, 0, { unit: { el: tail, run: true } });
        len = runLength(unit.el);
      }
      inside.push(unit.el);
    }
    pos += len;
  }
  if (inside.length === 0) return false;
  let content = sdt.getElementsByTagNameNS(W_NS, "sdtContent").item(0) as XmlElement | null;
  if (!content) {
    content = doc.createElementNS(W_NS, "w:sdtContent");
    sdt.appendChild(content);
  }
  p.insertBefore(sdt, inside[0] as XmlElement);
  for (const r of inside) content.appendChild(r);
  return true;
}
