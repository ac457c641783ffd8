import type { Element as XmlElement } from "@xmldom/xmldom";
import type { Vorlage } from "../../core/model/vorlage";
import { deriveNumbers } from "../../core/numbering/derive-numbers";
import type { Profile } from "../../core/profile/profile";
import { referenceTargets, ReferenceTargetError } from "../../core/references/insert-reference";
import { formatTag, parseTag } from "../tags";
import { runs, W_NS } from "../ooxml/ooxml";
import { textOfParagraph } from "../ooxml/read-body";
import { verweisSdt } from "../ooxml/reference-fields";

/** What appending needs from the document it edits. */
export interface AppendHost {
  readonly body: XmlElement;
  /** Parses our markup into the document's tree (control ids assigned as for every block we add). */
  fragment(xml: string): XmlElement[];
}

const tagOf = (sdt: XmlElement): string =>
  sdt.getElementsByTagNameNS(W_NS, "sdtPr").item(0)?.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttributeNS(W_NS, "val") ?? "";

/** The owner's control: a clause's or a sub-point's. */
function ownerControl(body: XmlElement, ownerId: string): XmlElement | undefined {
  const sdts = body.getElementsByTagNameNS(W_NS, "sdt");
  const wanted = new Set([formatTag({ kind: "ziffer", id: ownerId }), formatTag({ kind: "unterpunkt", id: ownerId })]);
  for (let i = 0; i < sdts.length; i++) if (wanted.has(tagOf(sdts.item(i) as XmlElement))) return sdts.item(i) as XmlElement;
  return undefined;
}

/** The last paragraph of the owner's own text: a direct paragraph of its control, not one of a sub-point inside it. */
function lastOwnParagraph(sdt: XmlElement): XmlElement | undefined {
  let content: XmlElement | undefined;
  for (let n = sdt.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as XmlElement).localName === "sdtContent") content = n as XmlElement;
  let last: XmlElement | undefined;
  for (let n = content?.firstChild ?? null; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as XmlElement;
    if (el.localName === "p") last = el;
    else if (el.localName === "sdt" && parseTag(tagOf(el))?.kind === "unterpunkt") break;
  }
  return last;
}

/**
 * The pane's „Verweis einfügen“ on a .docx: „Ziffer 2.1“ (or „Buchstabe b“) appended at the end
 * of the owner's text, its number in a `bv:verweis` control; the caller's renumber then puts
 * the REF field and the bookmark in place. Nothing else in the paragraph changes. Throws
 * ReferenceTargetError for an owner or target the document does not have.
 */
export function appendReference(host: AppendHost, v: Vorlage, ownerId: string, zielId: string, profile: Profile): void {
  const target = referenceTargets(v, deriveNumbers(v, profile.numbering)).find((t) => t.id === zielId);
  if (!target || zielId === ownerId) throw new ReferenceTargetError(zielId);
  const control = ownerControl(host.body, ownerId);
  const p = control ? lastOwnParagraph(control) : undefined;
  if (!p) throw new ReferenceTargetError(ownerId);
  const text = textOfParagraph(p);
  const space = text === "" || /\s$/u.test(text) ? "" : " ";
  const [holder] = host.fragment(`<w:p>${runs(`${space}${target.word} `)}${verweisSdt(target.id, target.shown)}</w:p>`);
  const made: XmlElement[] = [];
  for (let n = holder?.firstChild ?? null; n; n = n.nextSibling) if (n.nodeType === 1) made.push(n as XmlElement);
  for (const node of made) p.appendChild(node);
}
