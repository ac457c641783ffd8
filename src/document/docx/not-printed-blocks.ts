import type { Element as XmlElement } from "@xmldom/xmldom";
import type { NotPrinted } from "../../core/metadata/not-printed";
import { parseTag } from "../tags";
import { hiddenParagraph } from "../ooxml/hidden-text";
import { STYLE_IDS, W_NS } from "../ooxml/ooxml";
import { readBody } from "../ooxml/read-body";

/**
 * The hidden paragraphs in which earlier versions kept what the house style does not print:
 * our Zuständigkeit and Finanzierung controls, our Beratung entries, and the „BV Angaben“
 * lines inside our Kopf, each only when every paragraph of it is hidden (by its style or its
 * own w:vanish) and the profile does not print it. Anything else, hidden or not, is not ours
 * to remove. The next write moves their values to the metadata part and removes these
 * elements (DocxDocument.save).
 */
export function oldNotPrintedElements(body: XmlElement, hiddenStyles: ReadonlySet<string>, np: NotPrinted): XmlElement[] {
  const found: XmlElement[] = [];
  const allHidden = (el: XmlElement): boolean => {
    const paragraphs = readBody(el, hiddenStyles);
    return paragraphs.length > 0 && paragraphs.every((p) => hiddenParagraph(p, hiddenStyles));
  };
  const sdts = body.getElementsByTagNameNS(W_NS, "sdt");
  for (let i = 0; i < sdts.length; i++) {
    const sdt = sdts.item(i) as XmlElement;
    const pr = sdt.getElementsByTagNameNS(W_NS, "sdtPr").item(0);
    const tag = parseTag(pr?.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttributeNS(W_NS, "val") ?? "");
    if (!tag) continue;
    const kind = tag.kind;
    if ((kind === "zustaendigkeit" && np.zustaendigkeit) || (kind === "finanzierung" && np.finanzierung) || (kind === "beratung" && np.beratungsfolge)) {
      if (allHidden(sdt)) found.push(sdt);
    } else if (kind === "kopf" && np.header.length > 0) {
      for (const p of readBody(sdt, hiddenStyles)) {
        if (p.style === STYLE_IDS.angaben && p.element && hiddenParagraph(p, hiddenStyles)) found.push(p.element as XmlElement);
      }
    }
  }
  // A control inside another found one goes with it.
  return found.filter((el) => !found.some((other) => other !== el && contains(other, el)));
}

function contains(outer: XmlElement, inner: XmlElement): boolean {
  for (let n = inner.parentNode; n; n = n.parentNode) if (n === outer) return true;
  return false;
}
