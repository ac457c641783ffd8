import type { Document as XmlDocument, Element as XmlElement } from "@xmldom/xmldom";
import { W_NS } from "./ooxml";
import { textOfParagraph } from "./read-body";

/**
 * Wraps characters [start, end) of a paragraph in an inline content control, splitting
 * runs where the range cuts through them. Offsets count text the way `read-body` does
 * (a tab or a line break is one character), so anchors from the recogniser fit. Returns
 * false, and changes nothing, when the range crosses anything but plain runs.
 */
const textLength = (node: XmlElement): number => {
  let n = 0;
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== 1) continue;
    const name = (c as XmlElement).localName;
    if (name === "t") n += ((c as XmlElement).textContent ?? "").length;
    else if (name === "tab" || name === "ptab" || name === "br" || name === "cr" || name === "noBreakHyphen") n += 1;
  }
  return n;
};

/** Splits a run at `offset` characters (offset inside one w:t); returns the second half, inserted after the first. */
function splitRun(doc: XmlDocument, run: XmlElement, offset: number): XmlElement | undefined {
  let seen = 0;
  const second = run.cloneNode(false) as XmlElement;
  const rPr = [...Array.from({ length: run.childNodes.length }, (_, i) => run.childNodes.item(i))].find((c) => c?.nodeType === 1 && (c as XmlElement).localName === "rPr");
  if (rPr) second.appendChild(rPr.cloneNode(true));
  let moving = false;
  for (let c = run.firstChild; c; ) {
    const next = c.nextSibling;
    if (c.nodeType === 1 && (c as XmlElement).localName !== "rPr") {
      const el = c as XmlElement;
      const len = el.localName === "t" ? (el.textContent ?? "").length : ["tab", "ptab", "br", "cr", "noBreakHyphen"].includes(el.localName ?? "") ? 1 : 0;
      if (moving) second.appendChild(el);
      else if (seen + len > offset) {
        if (el.localName !== "t") return undefined;
        const text = el.textContent ?? "";
        const cut = offset - seen;
        const tail = doc.createElementNS(W_NS, "w:t");
        tail.setAttribute("xml:space", "preserve");
        tail.appendChild(doc.createTextNode(text.slice(cut)));
        el.textContent = text.slice(0, cut);
        el.setAttribute("xml:space", "preserve");
        second.appendChild(tail);
        moving = true;
      } else if (seen + len === offset) moving = true;
      seen += len;
    }
    c = next;
  }
  run.parentNode?.insertBefore(second, run.nextSibling);
  return second;
}

export function wrapRange(doc: XmlDocument, p: XmlElement, start: number, end: number, sdt: XmlElement): boolean {
  const runs: XmlElement[] = [];
  for (let c = p.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (c as XmlElement).localName === "r") runs.push(c as XmlElement);
  // Text outside direct runs (hyperlinks, fields, tracked insertions, controls) would shift the offsets: refuse.
  let direct = 0;
  for (const r of runs) direct += textLength(r);
  if (direct !== textOfParagraph(p).length) return false;
  let pos = 0;
  const inside: XmlElement[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as XmlElement;
    let len = textLength(run);
    if (pos < start && pos + len > start) {
      const tail = splitRun(doc, run, start - pos);
      if (!tail) return false;
      pos += textLength(run);
      runs.splice(i + 1, 0, tail);
      continue;
    }
    if (pos >= start && pos < end) {
      if (pos + len > end) {
        const tail = splitRun(doc, run, end - pos);
        if (!tail) return false;
        runs.splice(i + 1, 0, tail);
        len = textLength(run);
      }
      inside.push(run);
    }
    pos += len;
  }
  if (inside.length === 0) return false;
  const content = sdt.getElementsByTagNameNS(W_NS, "sdtContent").item(0) as XmlElement;
  p.insertBefore(sdt, inside[0] as XmlElement);
  for (const r of inside) content.appendChild(r);
  return true;
}
