import type { Element as XmlElement } from "@xmldom/xmldom";
import { formatTag, parseTag } from "../tags";
import { W_NS } from "../ooxml/ooxml";
import { bookmarkTarget } from "../ooxml/reference-fields";
import { insideOurControl, refFieldsInBody } from "./references-in-body";

/** What adopting needs from the document it edits. */
export interface AdoptHost {
  readonly body: XmlElement;
  /** A new, empty inline control with our tag, as the document's controls are made. */
  emptyInlineSdt(tag: string, alias: string): XmlElement;
}

const childElements = (node: XmlElement): XmlElement[] => {
  const out: XmlElement[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as XmlElement);
  return out;
};

const tagValue = (sdt: XmlElement): string | undefined => {
  const pr = childElements(sdt).find((c) => c.localName === "sdtPr");
  return pr?.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttributeNS(W_NS, "val") ?? undefined;
};

/** A run that shows nothing (LibreOffice puts one at the start of each control it writes). */
const emptyRun = (el: XmlElement): boolean => el.localName === "r" && el.namespaceURI === W_NS && childElements(el).every((c) => c.localName === "rPr");

/**
 * Makes the REF fields that show one of our bookmarks on a number our references again, after
 * `recognize` has given a document its structure. A Vorlage of ours saved by LibreOffice keeps
 * the bookmark `BV_<id>` on the target's number and the REF field to it, but not the tags of
 * our controls: the number is recognised and wrapped anew (with its bookmark inside), and here
 * the field is put back into a `bv:verweis` control naming that number's clause. The field,
 * its result and the text around it stay as they are; the caller then brings field and bookmark
 * up to the new ids (`updateReferences`). A field that does not stand as a whole among its
 * siblings (its runs split over a hyperlink or a tracked change), or that stands in another
 * control of ours, is left alone: its bookmark stays too. Returns how many fields were adopted.
 */
export function adoptReferenceFields(host: AdoptHost): number {
  const { body } = host;
  // Fields first: a document without a REF field to a bookmark of ours (nearly every one) costs no search of its controls.
  const fields = refFieldsInBody(body).filter((f) => !f.managed && bookmarkTarget(f.bookmark) !== undefined);
  if (fields.length === 0) return 0;
  // Our bookmarks in our number controls: the bookmark's name → the id of the number's clause.
  const targets = new Map<string, string>();
  const sdts = body.getElementsByTagNameNS(W_NS, "sdt");
  for (let i = 0; i < sdts.length; i++) {
    const sdt = sdts.item(i) as XmlElement;
    const tag = parseTag(tagValue(sdt) ?? "");
    if (tag?.kind !== "nr") continue;
    const marks = sdt.getElementsByTagNameNS(W_NS, "bookmarkStart");
    const on: XmlElement[] = Array.from({ length: marks.length }, (_, j) => marks.item(j) as XmlElement);
    // A bookmark put around the control rather than inside it (its start just before it) is on the number too.
    for (let n = sdt.previousSibling as XmlElement | null; n && (n.nodeType !== 1 || n.localName === "bookmarkStart" || emptyRun(n)); n = n.previousSibling as XmlElement | null) {
      if (n.nodeType === 1 && n.localName === "bookmarkStart") on.push(n);
    }
    for (const mark of on) {
      const name = mark.getAttributeNS(W_NS, "name") ?? "";
      if (bookmarkTarget(name) !== undefined && !targets.has(name)) targets.set(name, tag.id);
    }
  }
  if (targets.size === 0) return 0;
  let adopted = 0;
  for (const f of fields) {
    const ziel = targets.get(f.bookmark);
    const parent = f.first.parentNode as XmlElement | null;
    if (ziel === undefined || f.managed || !parent || f.last.parentNode !== parent || insideOurControl(f.first, ["nr", "feld", "verweis"])) continue;
    let from: XmlElement = f.first;
    let to: XmlElement = f.last;
    // The control LibreOffice left of ours around the field goes in whole when it holds nothing else.
    const holder = parent.localName === "sdtContent" ? (parent.parentNode as XmlElement | null) : null;
    if (holder && tagValue(holder) === undefined) {
      const kids = childElements(parent);
      const a = kids.indexOf(f.first);
      const b = kids.indexOf(f.last);
      if (kids.every((k, i) => (i >= a && i <= b) || emptyRun(k))) from = to = holder;
    }
    const sdt = host.emptyInlineSdt(formatTag({ kind: "verweis", id: ziel }), "Verweis");
    const content = sdt.getElementsByTagNameNS(W_NS, "sdtContent").item(0) as XmlElement;
    const container = from.parentNode as XmlElement;
    container.insertBefore(sdt, from);
    for (let n: XmlElement | null = from; n; ) {
      const next: XmlElement | null = n === to ? null : (n.nextSibling as XmlElement | null);
      content.appendChild(n);
      n = next;
    }
    adopted++;
  }
  return adopted;
}
