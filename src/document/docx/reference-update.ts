import type { Document as XmlDocument, Element as XmlElement } from "@xmldom/xmldom";
import type { Numbering } from "../../core/numbering/derive-numbers";
import { referenceNumber } from "../../core/references/follow-references";
import { parseTag } from "../tags";
import { W_NS } from "../ooxml/ooxml";
import { bookmarkName, bookmarkTarget, refInstruction, splitNumber } from "../ooxml/reference-fields";
import { refFieldsInBody } from "./references-in-body";

/** What the pass needs from the document it edits. */
export interface ReferenceHost {
  readonly doc: XmlDocument;
  readonly body: XmlElement;
}

const sdtTag = (sdt: XmlElement): string | undefined => {
  const pr = sdt.getElementsByTagNameNS(W_NS, "sdtPr").item(0);
  return pr?.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttributeNS(W_NS, "val") ?? undefined;
};

const contentOf = (sdt: XmlElement): XmlElement | undefined => {
  for (let n = sdt.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as XmlElement).localName === "sdtContent") return n as XmlElement;
  return undefined;
};

const textOf = (el: XmlElement): string => {
  let out = "";
  const ts = el.getElementsByTagNameNS(W_NS, "t");
  for (let i = 0; i < ts.length; i++) out += ts.item(i)?.textContent ?? "";
  return out;
};

/** The first run's properties in a control, to keep the look of what we rewrite. */
const firstRunProperties = (content: XmlElement): XmlElement | undefined => {
  const run = content.getElementsByTagNameNS(W_NS, "r").item(0);
  const rPr = run?.getElementsByTagNameNS(W_NS, "rPr").item(0);
  return rPr && rPr.parentNode === run ? (rPr.cloneNode(true) as XmlElement) : undefined;
};

function run(doc: XmlDocument, text: string, rPr: XmlElement | undefined): XmlElement {
  const r = doc.createElementNS(W_NS, "w:r");
  if (rPr) r.appendChild(rPr.cloneNode(true));
  const t = doc.createElementNS(W_NS, "w:t");
  t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
  t.appendChild(doc.createTextNode(text));
  r.appendChild(t);
  return r;
}

/**
 * Brings every reference in the body up to date after numbers changed (the .docx adapter
 * runs it after each insert, move, delete and renumber, and when it creates a document):
 *
 * - each reference (`bv:verweis:<target>`) whose target exists holds a REF field to the
 *   target's bookmark with the target's current number as its result; one whose target is
 *   gone keeps its text as plain runs (a field to a missing bookmark would print Word's
 *   „Fehler! Verweisquelle konnte nicht gefunden werden.“ when fields are updated), and
 *   validation reports it (`verweis-ziel-geloescht`);
 * - each referenced target's number control holds the bookmark around the core of its
 *   number; bookmarks of ours that nothing refers to any more are removed. A bookmark that a
 *   REF field outside our controls names is never removed (LibreOffice keeps the field but
 *   drops our control around it; removing the bookmark would make it print Word's error).
 *
 * Only references, our bookmarks and the number controls of referenced targets change, and
 * only where they differ from what they should be. Answers how many references changed their
 * number (`changed`) and whether anything in the body changed at all (`edited`).
 */
export function updateReferences(host: ReferenceHost, numbering: Numbering): { readonly changed: number; readonly edited: boolean } {
  const { doc, body } = host;
  const sdts = body.getElementsByTagNameNS(W_NS, "sdt");
  const references: { sdt: XmlElement; ziel: string }[] = [];
  const numbersById = new Map<string, XmlElement>();
  for (let i = 0; i < sdts.length; i++) {
    const sdt = sdts.item(i) as XmlElement;
    const tag = parseTag(sdtTag(sdt) ?? "");
    if (tag?.kind === "verweis") references.push({ sdt, ziel: tag.id });
    else if (tag?.kind === "nr" && !numbersById.has(tag.id)) numbersById.set(tag.id, sdt);
  }
  const referenced = new Set(references.filter((r) => numbering.byId.has(r.ziel) && numbersById.has(r.ziel)).map((r) => r.ziel));

  // Our bookmarks: keep those that are in place, drop the rest (they are rebuilt below).
  const starts = body.getElementsByTagNameNS(W_NS, "bookmarkStart");
  let maxId = 0;
  const ours: { start: XmlElement; ziel: string; id: string }[] = [];
  for (let i = 0; i < starts.length; i++) {
    const b = starts.item(i) as XmlElement;
    const id = b.getAttributeNS(W_NS, "id") ?? "";
    maxId = Math.max(maxId, Number(id) || 0);
    const ziel = bookmarkTarget(b.getAttributeNS(W_NS, "name") ?? "");
    if (ziel !== undefined) ours.push({ start: b, ziel, id });
  }
  const ends = new Map<string, XmlElement>();
  const endList = body.getElementsByTagNameNS(W_NS, "bookmarkEnd");
  for (let i = 0; i < endList.length; i++) {
    const e = endList.item(i) as XmlElement;
    ends.set(e.getAttributeNS(W_NS, "id") ?? "", e);
  }
  const inPlace = new Set<string>();
  let edited = false;
  // Bookmarks that fields we do not rewrite still show.
  let named: ReadonlySet<string> | undefined;
  for (const b of ours) {
    const nr = numbersById.get(b.ziel);
    const end = ends.get(b.id);
    const content = nr ? contentOf(nr) : undefined;
    const core = splitNumber(content ? textOf(content) : "").core;
    const marked = end && content && b.start.parentNode === content && end.parentNode === content && bookmarkedText(b.start, end) === core;
    if (referenced.has(b.ziel) && marked && !inPlace.has(b.ziel)) {
      inPlace.add(b.ziel);
      continue;
    }
    // Rebuilt below when referenced; else kept where it is for the field that names it.
    if (!referenced.has(b.ziel) && (named ??= new Set(refFieldsInBody(body).flatMap((f) => (f.managed ? [] : [f.bookmark])))).has(b.start.getAttributeNS(W_NS, "name") ?? "")) continue;
    b.start.parentNode?.removeChild(b.start);
    end?.parentNode?.removeChild(end);
    edited = true;
  }
  for (const ziel of referenced) {
    if (inPlace.has(ziel)) continue;
    const content = contentOf(numbersById.get(ziel) as XmlElement);
    if (!content) continue;
    const id = String(++maxId);
    const start = doc.createElementNS(W_NS, "w:bookmarkStart");
    start.setAttributeNS(W_NS, "w:id", id);
    start.setAttributeNS(W_NS, "w:name", bookmarkName(ziel));
    const end = doc.createElementNS(W_NS, "w:bookmarkEnd");
    end.setAttributeNS(W_NS, "w:id", id);
    edited = true;
    // A number that holds more than plain runs (another add-in's control, a tracked change, a
    // comment's anchor) is not rebuilt, which would drop them: the bookmark goes around all of it.
    if (!holdsOnlyPlainRuns(content)) {
      content.insertBefore(start, content.firstChild);
      content.appendChild(end);
      continue;
    }
    const rPr = firstRunProperties(content);
    const { before, core, after } = splitNumber(textOf(content));
    // Other bookmarks on the number (a REF field of another writer may name one) stay on it.
    const kept = ["bookmarkStart", "bookmarkEnd"].map((name) => Array.from({ length: content.getElementsByTagNameNS(W_NS, name).length }, (_, i) => content.getElementsByTagNameNS(W_NS, name).item(i) as XmlElement));
    const [otherStarts, otherEnds] = kept as [XmlElement[], XmlElement[]];
    while (content.firstChild) content.removeChild(content.firstChild);
    if (before !== "") content.appendChild(run(doc, before, rPr));
    for (const b of [...otherStarts, start]) content.appendChild(b);
    content.appendChild(run(doc, core, rPr));
    for (const b of [end, ...otherEnds]) content.appendChild(b);
    if (after !== "") content.appendChild(run(doc, after, rPr));
  }

  let changed = 0;
  for (const r of references) {
    const content = contentOf(r.sdt);
    if (!content) continue;
    const shown = textOf(content);
    const number = referenced.has(r.ziel) ? referenceNumber(r.ziel, numbering) : undefined;
    const field = content.getElementsByTagNameNS(W_NS, "fldSimple").item(0);
    const fieldRight = field?.getAttributeNS(W_NS, "instr") === refInstruction(r.ziel);
    if (number === undefined ? !field : number === shown && fieldRight) continue;
    edited = true;
    const rPr = firstRunProperties(content);
    while (content.firstChild) content.removeChild(content.firstChild);
    if (number === undefined) {
      content.appendChild(run(doc, shown, rPr));
      continue;
    }
    const simple = doc.createElementNS(W_NS, "w:fldSimple");
    simple.setAttributeNS(W_NS, "w:instr", refInstruction(r.ziel));
    simple.appendChild(run(doc, number, rPr));
    content.appendChild(simple);
    if (number !== shown) changed++;
  }
  return { changed, edited };
}

/** Whether a control's content is only runs of text of one formatting, and bookmarks: what rebuilding it keeps. */
function holdsOnlyPlainRuns(content: XmlElement): boolean {
  let formatting: string | undefined;
  for (let c = content.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== 1) continue;
    const el = c as XmlElement;
    if (el.namespaceURI !== W_NS) return false;
    if (el.localName === "bookmarkStart" || el.localName === "bookmarkEnd") continue;
    if (el.localName !== "r") return false;
    let rPr = "";
    for (let k = el.firstChild; k; k = k.nextSibling) {
      if (k.nodeType !== 1) continue;
      const child = k as XmlElement;
      if (!(child.namespaceURI === W_NS && ["rPr", "t"].includes(child.localName ?? ""))) return false;
      if (child.localName === "rPr") rPr = child.toString();
    }
    // Runs of different formatting („2“ bold, „.“ italic) would all take the first one's.
    if (formatting !== undefined && rPr !== formatting) return false;
    formatting = rPr;
  }
  return true;
}

/** The text between a bookmark's start and end when both stand in one parent. */
function bookmarkedText(start: XmlElement, end: XmlElement): string {
  let out = "";
  for (let n = start.nextSibling; n && n !== end; n = n.nextSibling) if (n.nodeType === 1) out += textOf(n as XmlElement);
  return out;
}
