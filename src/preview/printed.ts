import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import { formatTag } from "../document/tags";
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

const isOn = (el: XmlElement): boolean => {
  const val = el.getAttributeNS(W_NS, "val");
  return val === null || val === "" || (val !== "0" && val !== "false" && val !== "off");
};

const children = (el: XmlElement, local: string): XmlElement[] =>
  Array.from(el.childNodes as unknown as ArrayLike<XmlElement>).filter((n) => n.nodeType === 1 && n.namespaceURI === W_NS && n.localName === local);

/** Whether run or paragraph-mark properties (`w:rPr`) under `el` switch `w:vanish` on. */
const vanishes = (el: XmlElement): boolean => children(el, "rPr").some((rPr) => children(rPr, "vanish").some(isOn));

/** The ids of the paragraph and character styles in a styles part that hide their text (`w:vanish` in the style's run properties, also through `w:basedOn`). */
export function hiddenStyleIds(stylesXml: string): ReadonlySet<string> {
  const doc = new DOMParser().parseFromString(stylesXml, "text/xml");
  const styles = Array.from(doc.getElementsByTagNameNS(W_NS, "style") as unknown as ArrayLike<XmlElement>);
  const byId = new Map(styles.map((s) => [s.getAttributeNS(W_NS, "styleId") ?? "", s]));
  const hidden = (id: string, seen: ReadonlySet<string>): boolean => {
    const style = byId.get(id);
    if (!style || seen.has(id)) return false;
    const own = children(style, "rPr").flatMap((rPr) => children(rPr, "vanish"));
    if (own.length > 0) return own.some(isOn);
    const base = children(style, "basedOn")[0]?.getAttributeNS(W_NS, "val");
    return base ? hidden(base, new Set([...seen, id])) : false;
  };
  return new Set([...byId.keys()].filter((id) => id !== "" && hidden(id, new Set())));
}

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
  if (p.style !== undefined && hiddenStyles.has(p.style)) return undefined;
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
