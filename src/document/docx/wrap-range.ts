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

/**
 * A run that holds text in other markup than w:t and Word's character elements: Word writes an emoji as an
 * mc:AlternateContent in its run (a w16se:symEx, the character as w:t in the Fallback). Its text is what the reader
 * reads (read-body's branch), so it is counted so, and the run is kept whole, like a hyperlink: a number beside it is
 * wrapped, one inside it stays the user's text.
 */
function holdsOtherText(run: XmlElement): boolean {
  return childElements(run).some((el) => el.namespaceURI !== W_NS);
}

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
export function isPlainInlineSdt(el: XmlElement): boolean {
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
  // Ranges that do not overlap are decided in one pass (wrappableRanges), in any order: wrapping one never
  // decides another. Wrapping on a copy moved every run of a range out of the copy's child list, which the
  // DOM re-indexes at each removal: a Betreff of 32,000 one-character runs took half a minute.
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const once = wrappableRanges(p, sorted);
  if (once) return once.every(Boolean);
  const copy = p.cloneNode(true) as XmlElement;
  return ranges.every((r) => wrapRange(doc, copy, r.start, r.end, doc.createElementNS(W_NS, "w:sdt")));
}

/**
 * The paragraph's children, each with whether it belongs to a complex field (from its w:fldChar
 * begin to its end: the code and the result Word shows). Such runs are Word's, like a w:fldSimple:
 * a number in a field's result („{ SEQ Ziffer }“ showing „1“) is never wrapped, and nothing is
 * wrapped across a field; else the field's runs went into our control, and a new number written
 * there replaced the field.
 */
function childrenWithFields(p: XmlElement): { readonly el: XmlElement; readonly inField: boolean }[] {
  let depth = 0;
  return childElements(p).map((el) => {
    let touches = depth > 0;
    if (el.namespaceURI === W_NS && el.localName === "r") {
      for (const c of childElements(el)) {
        if (c.localName !== "fldChar" || c.namespaceURI !== W_NS) continue;
        touches = true;
        const type = c.getAttributeNS(W_NS, "fldCharType");
        if (type === "begin") depth++;
        else if (type === "end") depth = Math.max(0, depth - 1);
      }
    }
    return { el, inField: touches };
  });
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
  const items: Item[] = childrenWithFields(p).map(({ el: c, inField }): Item => {
    // A field's runs keep their place like a tracked change: its text counts, nothing moves across it.
    if (inField) return { el: c, length: c.localName === "r" && !holdsOtherText(c) ? runLength(c) : opaqueLength(p, c), revision: true };
    if (c.namespaceURI === W_NS && c.localName === "r" && !holdsOtherText(c)) return { unit: { el: c, run: true } };
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

/** A child of the paragraph with its place in the text, as `wrapRange` sees it. */
interface Placed {
  readonly el: XmlElement;
  /** A plain run (cut where a range begins or ends), our earlier control (never cut), or anything else (kept in place, never touched). */
  readonly kind: "run" | "control" | "opaque";
  readonly pos: number;
  readonly length: number;
  readonly revision: boolean;
}

function placed(p: XmlElement): Placed[] | undefined {
  const out: Placed[] = [];
  let pos = 0;
  for (const { el: c, inField } of childrenWithFields(p)) {
    const run = c.namespaceURI === W_NS && c.localName === "r" && !holdsOtherText(c);
    const kind = inField ? "opaque" : run ? "run" : isPlainInlineSdt(c) ? "control" : "opaque";
    const length = run ? runLength(c) : kind === "control" ? unitLength({ el: c, run: false }) : opaqueLength(p, c);
    out.push({ el: c, kind, pos, length, revision: inField || (kind === "opaque" && c.namespaceURI === W_NS && REVISIONS.has(c.localName ?? "")) });
    pos += length;
  }
  // Counted otherwise than the reader counts: the offsets would not fit, so nothing is wrapped.
  return pos === textOfParagraph(p).length ? out : undefined;
}

/**
 * Which of `ranges` `wrapRange` would wrap if it were called on each in turn, on the paragraph as
 * the earlier calls left it; decided in one pass over the paragraph, nothing changed. Calling
 * `wrapRange` once per range re-reads the whole paragraph each time: 3,000 references in one
 * paragraph took minutes. Only for ranges in order that do not overlap (then an earlier wrap
 * never decides a later one: its control lies wholly before it); otherwise undefined.
 */
export function wrappableRanges(p: XmlElement, ranges: readonly { readonly start: number; readonly end: number }[]): boolean[] | undefined {
  for (let i = 1; i < ranges.length; i++) if ((ranges[i] as { start: number }).start < (ranges[i - 1] as { end: number }).end) return undefined;
  const items = placed(p);
  if (!items) return ranges.map(() => false);
  const total = items.reduce((n, x) => n + x.length, 0);
  let first = 0;
  return ranges.map(({ start, end }) => {
    if (end <= start || start >= total) return false;
    // Items wholly before this range are wholly before every later one too.
    while (first < items.length && (items[first] as Placed).pos + (items[first] as Placed).length <= start) first++;
    for (let i = first; i < items.length; i++) {
      const x = items[i] as Placed;
      if (x.pos >= end) break;
      if (x.kind === "control" && [start, end].some((cut) => x.pos < cut && x.pos + x.length > cut)) return false;
      if (x.kind === "opaque" && (x.length > 0 ? x.pos < end && x.pos + x.length > start : x.revision && x.pos > start && x.pos < end)) return false;
    }
    return true;
  });
}

/**
 * How many children of the paragraph wrapping `ranges` (in order, not overlapping) in place would
 * move into controls: runs and our earlier controls that hold text of a range.
 */
function movedChildren(p: XmlElement, ranges: readonly { readonly start: number; readonly end: number }[]): number {
  const items = placed(p);
  if (!items) return 0;
  let k = 0;
  let moved = 0;
  for (const x of items) {
    while (k < ranges.length && (ranges[k] as { end: number }).end <= x.pos) k++;
    const r = ranges[k];
    if (r && x.kind !== "opaque" && x.pos < r.end && x.pos + x.length > r.start) moved++;
  }
  return moved;
}

/**
 * Wraps each of `ranges` (in order, not overlapping, each one `wrappableRanges` accepted) in the
 * control `sdtFor(i)` gives, exactly as `wrapRange` called on each in turn would. The DOM
 * re-indexes a paragraph's child list on every insertion or removal that is not an append at its
 * end; so where many ranges stand in one paragraph, the paragraph is built anew once and put in
 * its place (which re-indexes its parent's list once). Returns the paragraph element that now
 * stands in the document: `p`, or its new copy.
 */
export function wrapRanges(
  doc: XmlDocument,
  p: XmlElement,
  ranges: readonly { readonly start: number; readonly end: number }[],
  sdtFor: (i: number) => XmlElement,
  /** Which way, for the tests that prove both give the same; by default the cheaper one. */
  way?: "in-place" | "rebuild",
): XmlElement {
  const parent = p.parentNode as XmlElement | null;
  const children = childElements(p).length;
  // A paragraph that holds paragraphs (a text box) stays the element it is: the caller may hold those.
  const inOrder = ranges.every((r, i) => i === 0 || r.start >= (ranges[i - 1] as { end: number }).end);
  // In place, each range's insertion and each child moved into its control re-index the paragraph's child list.
  const inPlaceCost = (): number => (ranges.length + movedChildren(p, ranges)) * children;
  const rebuild = parent !== null && inOrder && p.getElementsByTagNameNS(W_NS, "p").length === 0 && (way === "rebuild" || (way === undefined && inPlaceCost() > 2 * parent.childNodes.length + children));
  if (!rebuild) {
    ranges.forEach((r, i) => {
      if (!wrapRange(doc, p, r.start, r.end, sdtFor(i))) throw new Error(`wrapRange refused a range it had accepted (${r.start}–${r.end})`);
    });
    return p;
  }
  const items = placed(p);
  if (!items) throw new Error("wrapRanges: the paragraph's text is not counted as the reader counts it");
  const fresh = p.cloneNode(false) as XmlElement;
  let k = 0;
  let opened = 0;
  let content: XmlElement | undefined;
  // Each child in order, as a copy: what wrapRange leaves in the paragraph is appended to the new one, what it moves goes into the range's control.
  const place = (child: Placed): void => {
    let node = child.el.cloneNode(true) as XmlElement;
    if (child.kind === "opaque") {
      fresh.appendChild(node);
      return;
    }
    let pos = child.pos;
    let len = child.length;
    // The run is cut at `at` (a range's start or end): the part before it goes into `into`, the rest is placed on.
    const cutAt = (at: number, into: XmlElement): void => {
      const rest = child.kind === "run" ? splitRun(doc, node, at - pos) : undefined;
      if (!rest) throw new Error("wrapRanges: a range cuts a control");
      into.appendChild(node);
      len -= at - pos;
      pos = at;
      node = rest;
    };
    for (;;) {
      while (k < ranges.length && (ranges[k] as { end: number }).end <= pos) {
        k++;
        content = undefined;
      }
      const r = ranges[k];
      if (r && pos < r.start && pos + len > r.start) {
        cutAt(r.start, fresh);
        continue;
      }
      if (!r || pos < r.start || pos >= r.end) {
        fresh.appendChild(node);
        return;
      }
      if (!content) {
        const sdt = sdtFor(k);
        content = (sdt.getElementsByTagNameNS(W_NS, "sdtContent").item(0) as XmlElement | null) ?? undefined;
        if (!content) {
          content = doc.createElementNS(W_NS, "w:sdtContent");
          sdt.appendChild(content);
        }
        fresh.appendChild(sdt);
        opened++;
      }
      if (pos + len <= r.end) {
        content.appendChild(node);
        return;
      }
      cutAt(r.end, content);
    }
  };
  let next = 0;
  for (let n = p.firstChild; n; n = n.nextSibling) {
    // Nodes that are no elements (text, comments between the children) keep their place among them.
    if (n.nodeType === 1) place(items[next++] as Placed);
    else fresh.appendChild(n.cloneNode(true));
  }
  if (opened !== ranges.length) throw new Error(`wrapRanges: ${ranges.length - opened} range(s) found nothing to wrap`);
  (parent as XmlElement).replaceChild(fresh, p);
  return fresh;
}
