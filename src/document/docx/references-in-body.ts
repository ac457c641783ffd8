import type { Element as XmlElement } from "@xmldom/xmldom";
import { parseTag } from "../tags";
import { W_NS } from "../ooxml/ooxml";
import { refFieldBookmark, wordsBefore, type BrokenRefField } from "../ooxml/reference-fields";
import { textOfParagraph } from "../ooxml/read-body";

/**
 * A REF field as the body holds it: a `w:fldSimple` (as we write it), or a complex field whose
 * runs go from `w:fldChar begin` to `w:fldChar end` (as LibreOffice and Word write it; the
 * field code may be split over several `w:instrText`). `first` and `last` are the outermost
 * nodes of the field (the fldSimple itself, or the begin and end runs).
 */
export interface RefFieldInBody {
  /** The bookmark the field shows („BV_b1“ of „ REF BV_b1 \h “). */
  readonly bookmark: string;
  readonly first: XmlElement;
  readonly last: XmlElement;
  /** Whether one of our reference controls (`bv:verweis`) holds it: those we rewrite ourselves. */
  readonly managed: boolean;
}

const tagOf = (sdt: XmlElement): string | undefined => {
  for (let n = sdt.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as XmlElement).localName === "sdtPr") return (n as XmlElement).getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttributeNS(W_NS, "val") ?? undefined;
  }
  return undefined;
};

/** Whether a control of ours of that kind holds the node. */
export function insideOurControl(node: XmlElement, kinds: readonly string[]): boolean {
  for (let n = node.parentNode as XmlElement | null; n && n.nodeType === 1; n = n.parentNode as XmlElement | null) {
    if (n.localName === "sdt" && n.namespaceURI === W_NS) {
      const kind = parseTag(tagOf(n) ?? "")?.kind;
      if (kind !== undefined && kinds.includes(kind)) return true;
    }
  }
  return false;
}

/** Every REF field in the body: the simple ones first, then the complex ones in the order their ends stand. */
export function refFieldsInBody(body: XmlElement): RefFieldInBody[] {
  const out: RefFieldInBody[] = [];
  const add = (instruction: string, first: XmlElement, last: XmlElement) => {
    const bookmark = refFieldBookmark(instruction);
    if (bookmark !== undefined) out.push({ bookmark, first, last, managed: insideOurControl(first, ["verweis"]) });
  };
  const simple = body.getElementsByTagNameNS(W_NS, "fldSimple");
  for (let i = 0; i < simple.length; i++) {
    const f = simple.item(i) as XmlElement;
    add(f.getAttributeNS(W_NS, "instr") ?? "", f, f);
  }
  if (body.getElementsByTagNameNS(W_NS, "fldChar").length === 0) return out;
  // Complex fields: a stack, since a field's code may hold another field.
  const open: { begin: XmlElement; code: string; inCode: boolean }[] = [];
  const runs = body.getElementsByTagNameNS(W_NS, "r");
  for (let i = 0; i < runs.length; i++) {
    const r = runs.item(i) as XmlElement;
    for (let c = r.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1 || (c as XmlElement).namespaceURI !== W_NS) continue;
      const el = c as XmlElement;
      if (el.localName === "instrText") {
        const top = open[open.length - 1];
        if (top?.inCode) top.code += el.textContent ?? "";
      } else if (el.localName === "fldChar") {
        const type = el.getAttributeNS(W_NS, "fldCharType");
        if (type === "begin") open.push({ begin: r, code: "", inCode: true });
        else if (type === "separate") {
          const top = open[open.length - 1];
          if (top) top.inCode = false;
        } else if (type === "end") {
          const top = open.pop();
          if (top) add(top.code, top.begin, r);
        }
      }
    }
  }
  return out;
}

/** The REF fields in the body whose bookmark the body does not hold (as `brokenRefFields` reads them from the part's text). */
export function brokenRefFieldsInBody(body: XmlElement): BrokenRefField[] {
  const fields = refFieldsInBody(body);
  if (fields.length === 0) return [];
  const names = new Set<string>();
  const starts = body.getElementsByTagNameNS(W_NS, "bookmarkStart");
  for (let i = 0; i < starts.length; i++) names.add((starts.item(i) as XmlElement).getAttributeNS(W_NS, "name") ?? "");
  return fields.filter((f) => !names.has(f.bookmark)).map((f) => ({ textmarke: f.bookmark, anzeige: shownBy(f), davor: wordsBefore(textBefore(f.first)) }));
}

/** The paragraph's text before a node of it: the paragraph cut there, read as the reader reads it. */
function textBefore(node: XmlElement): string {
  let p = node.parentNode as XmlElement | null;
  while (p && !(p.localName === "p" && p.namespaceURI === W_NS)) p = p.parentNode as XmlElement | null;
  if (!p) return "";
  const copy = p.cloneNode(true) as XmlElement;
  // The same node in the copy, by its path of child positions.
  const path: number[] = [];
  for (let n: XmlElement = node; n !== p; n = n.parentNode as XmlElement) {
    let i = 0;
    for (let s = n.previousSibling; s; s = s.previousSibling) i++;
    path.unshift(i);
  }
  let at: XmlElement = copy;
  for (const i of path) at = at.childNodes.item(i) as XmlElement;
  // Everything from that node on goes: what stays is the text before it.
  for (let n: XmlElement | null = at; n && n !== copy; n = n.parentNode as XmlElement | null) {
    while (n.nextSibling) n.parentNode?.removeChild(n.nextSibling);
  }
  at.parentNode?.removeChild(at);
  return textOfParagraph(copy);
}

/** The result a field shows: the text of its runs (a complex field's code is no w:t). */
function shownBy(f: RefFieldInBody): string {
  let out = "";
  for (let n: XmlElement | null = f.first; n; n = n === f.last ? null : (n.nextSibling as XmlElement | null)) {
    if (n.nodeType !== 1) continue;
    const ts = n.localName === "t" ? [n] : Array.from({ length: n.getElementsByTagNameNS(W_NS, "t").length }, (_, i) => n!.getElementsByTagNameNS(W_NS, "t").item(i) as XmlElement);
    for (const t of ts) out += t.textContent ?? "";
  }
  return out;
}
