import type { Element as XmlElement } from "@xmldom/xmldom";
import { W_NS } from "../ooxml/ooxml";
import type { UserMark } from "../marked-numbers";

/** What the walk does not read as the paragraph's shown text (deleted text, field codes, properties, drawings). */
const SKIP = new Set(["delText", "instrText", "drawing", "pict", "object", "fldData", "pPr", "sdtPr", "sdtEndPr", "bookmarkStart", "bookmarkEnd", "proofErr", "lastRenderedPageBreak", "tblPr", "tblGrid", "trPr", "tcPr", "sectPr"]);
const CHAR: Readonly<Record<string, string>> = { tab: "\t", ptab: "\t", br: "\v", cr: "\v", noBreakHyphen: "-" };

interface Walked {
  text: string;
  /** Shown-text spans of tracked changes: an insertion or move-to covers its text, a deletion or move-from stands at one offset. */
  readonly revisions: { start: number; end: number }[];
  /** Per comment id: where its range starts and ends, and where its reference mark stands. */
  readonly comments: Map<string, { start?: number; end?: number; ref?: number }>;
  readonly notes: number[];
}

function walk(node: XmlElement, w: Walked): void {
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as XmlElement;
    const name = el.namespaceURI === W_NS ? (el.localName ?? "") : "";
    if (SKIP.has(name)) continue;
    const at = w.text.length;
    const comment = (): { start?: number; end?: number; ref?: number } => {
      const id = el.getAttributeNS(W_NS, "id") ?? "";
      const c = w.comments.get(id) ?? {};
      w.comments.set(id, c);
      return c;
    };
    if (name === "t") w.text += el.textContent ?? "";
    else if (name in CHAR) w.text += CHAR[name] as string;
    else if (name === "del" || name === "moveFrom") w.revisions.push({ start: at, end: at });
    else if (name === "commentRangeStart") comment().start = at;
    else if (name === "commentRangeEnd") comment().end = at;
    else if (name === "commentReference") comment().ref = at;
    else if (name === "footnoteReference" || name === "endnoteReference") w.notes.push(at);
    else {
      walk(el, w);
      const formatted = name === "r" && Array.from({ length: el.childNodes.length }, (_, i) => el.childNodes.item(i) as XmlElement).some((c) => c.localName === "rPr" && c.getElementsByTagNameNS(W_NS, "rPrChange").length > 0);
      if (name === "ins" || name === "moveTo" || formatted) w.revisions.push({ start: at, end: w.text.length });
    }
  }
}

/**
 * The user's marks that the number `written` at the start of paragraph `p` carries: a tracked change in it or at its
 * place (a deleted old number before it), a comment anchored on it (its range starts or ends inside it, or lies
 * within the number and the blanks after it, or a reference mark of a comment without range stands on it), a
 * footnote or endnote reference in it or right after it. A comment on the whole clause is on the clause's words,
 * not on its number: renumbering leaves those words, and the comment stays true. Empty where the paragraph does not
 * show `written` as text (a list number Word draws).
 */
export function marksOnNumber(p: XmlElement, written: string): readonly UserMark[] {
  const w: Walked = { text: "", revisions: [], comments: new Map(), notes: [] };
  walk(p, w);
  const number = written.trim();
  const s = number === "" ? -1 : w.text.indexOf(number);
  if (s < 0 || w.text.slice(0, s).trim() !== "") return [];
  const e = s + number.length;
  // The blanks after the number (a tab, a space) belong to it for a comment: a user selects „2.4 “ to comment on it.
  const after = e + (/^[\s\v]*/u.exec(w.text.slice(e))?.[0].length ?? 0);
  const marks = new Set<UserMark>();
  if (w.revisions.some((r) => (r.start === r.end ? r.start >= s && r.start < e : r.start < e && r.end > s))) marks.add("revision");
  const inside = (x: number | undefined): boolean => x !== undefined && x > s && x < e;
  for (const c of w.comments.values()) {
    const within = c.start !== undefined && c.end !== undefined && c.start >= s && c.end <= after;
    const pointed = c.start === undefined && c.end === undefined && c.ref !== undefined && c.ref > s && c.ref <= after;
    if (inside(c.start) || inside(c.end) || within || pointed) marks.add("comment");
  }
  if (w.notes.some((x) => x > s && x <= e)) marks.add("note");
  return [...marks];
}
