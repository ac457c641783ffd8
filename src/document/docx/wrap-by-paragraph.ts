import type { Document as XmlDocument, Element as XmlElement } from "@xmldom/xmldom";
import { wrapRanges } from "./wrap-range";

/** One inline wrap `recognize` planned: characters [start, end) of paragraph `p` into `sdt`. */
export interface PlannedWrap {
  readonly p: XmlElement;
  readonly start: number;
  readonly end: number;
  readonly sdt: XmlElement;
}

/**
 * Makes the inline wraps `recognize` planned and checked, paragraph by paragraph with
 * `wrapRanges`, which builds a paragraph anew where that is cheaper than moving its runs one by
 * one (the DOM re-indexes a paragraph's child list at every removal: a Betreff typed in 32,000
 * one-character runs took half a minute). The controls are made by the caller beforehand, so
 * their ids keep the order of the plan. Returns the paragraphs built anew: old element → the one
 * that now stands in the document, for the caller's lists of nodes.
 */
export function wrapByParagraph(doc: XmlDocument, wraps: readonly PlannedWrap[]): Map<XmlElement, XmlElement> {
  const byParagraph = new Map<XmlElement, PlannedWrap[]>();
  for (const w of wraps) byParagraph.set(w.p, [...(byParagraph.get(w.p) ?? []), w]);
  const replaced = new Map<XmlElement, XmlElement>();
  for (const [p, planned] of byParagraph) {
    // Ranges that do not overlap wrap alike in any order; in order of their text, one pass does them all.
    const sorted = [...planned].sort((a, b) => a.start - b.start);
    const apart = sorted.every((w, i) => i === 0 || w.start >= (sorted[i - 1] as PlannedWrap).end);
    const ranges = apart ? sorted : planned;
    const now = wrapRanges(doc, p, ranges, (i) => (ranges[i] as PlannedWrap).sdt);
    if (now !== p) replaced.set(p, now);
  }
  return replaced;
}
