import type { Element as XmlElement } from "@xmldom/xmldom";
import { formatTag } from "../document/tags";
import { hiddenStyleIds, toggleOn, UNSTYLED } from "../document/ooxml/hidden-text";
import { W_NS } from "../document/ooxml/ooxml";
import type { BodyParagraph } from "../document/ooxml/read-body";

/**
 * What of a document prints, for the preview to show only that: hidden text (`w:vanish`)
 * stays in the file for the machine (Wiesbaden keeps Vorlagenart, Zuständigkeit and the
 * Finanzierung sentence there for recognition and `check`; a Bitte shared by the next
 * Verteiler entry; the „ja“ of „Finanzielle Auswirkungen“), but neither Word's printout nor
 * LibreOffice's shows it, so the preview must not either. Text is hidden by its paragraph
 * style, by its run, or, for a whole paragraph, by the paragraph mark as well.
 *
 * Part of the engine chunk: it needs the XML reader, which the pane loads lazily.
 */

const isOn = (el: XmlElement): boolean => toggleOn(el.getAttributeNS(W_NS, "val"));

const children = (el: XmlElement, local: string): XmlElement[] =>
  Array.from(el.childNodes as unknown as ArrayLike<XmlElement>).filter((n) => n.nodeType === 1 && n.namespaceURI === W_NS && n.localName === local);

/** Whether run or paragraph-mark properties (`w:rPr`) under `el` switch `w:vanish` on. */
const vanishes = (el: XmlElement): boolean => children(el, "rPr").some((rPr) => children(rPr, "vanish").some(isOn));

/** The styles that hide their text: the one rule the readers of the body use too (src/document/ooxml/hidden-text.ts). */
export { hiddenStyleIds };

/** The tags of our inline controls in a paragraph whose every run is hidden text. */
function hiddenControls(p: XmlElement, hiddenStyles: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const sdt of Array.from(p.getElementsByTagNameNS(W_NS, "sdt") as unknown as ArrayLike<XmlElement>)) {
    const tag = children(sdt, "sdtPr").flatMap((pr) => children(pr, "tag"))[0]?.getAttributeNS(W_NS, "val");
    const runs = children(sdt, "sdtContent").flatMap((c) => Array.from(c.getElementsByTagNameNS(W_NS, "r") as unknown as ArrayLike<XmlElement>));
    const runHidden = (r: XmlElement) => vanishes(r) || children(r, "rPr").some((rPr) => children(rPr, "rStyle").some((s) => hiddenStyles.has(s.getAttributeNS(W_NS, "val") ?? "")));
    if (tag && runs.length > 0 && runs.every(runHidden)) out.add(tag);
  }
  return out;
}

/**
 * The paragraph as it prints: without its hidden controls' text, or undefined when nothing
 * of it prints (its style hides it, or its mark is hidden and no visible text is left).
 * A paragraph read without its element (not from the DOM) is taken as it is.
 */
export function printedParagraph(p: BodyParagraph, hiddenStyles: ReadonlySet<string>): BodyParagraph | undefined {
  if (hiddenStyles.has(p.style ?? UNSTYLED)) return undefined;
  const el = p.element;
  if (!el) return p;
  const hidden = hiddenControls(el, hiddenStyles);
  const segments = hidden.size === 0 ? p.segments : p.segments.filter((s) => !(s.tag && hidden.has(formatTag(s.tag))));
  const markHidden = children(el, "pPr").some(vanishes);
  if (markHidden && segments.every((s) => s.text.trim() === "")) return undefined;
  return segments === p.segments ? p : { ...p, segments };
}

/** The paragraphs that print, in order. */
export function printedParagraphs(paragraphs: readonly BodyParagraph[], hiddenStyles: ReadonlySet<string>): BodyParagraph[] {
  return paragraphs.flatMap((p) => printedParagraph(p, hiddenStyles) ?? []);
}
