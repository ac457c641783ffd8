import type { Element as XmlElement } from "@xmldom/xmldom";
import { parseTag } from "../tags";
import { W_NS } from "../ooxml/ooxml";
import { refFieldBookmark } from "../ooxml/reference-fields";

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
