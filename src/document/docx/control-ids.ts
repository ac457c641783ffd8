import type { Document as XmlDocument, Element as XmlElement } from "@xmldom/xmldom";
import { W_NS } from "../ooxml/ooxml";

/** The largest id Word writes for a content control: a signed 32-bit integer. */
const MAX_ID = 2_147_483_647;

/** The `w:id` element of a control's properties, if it has one. */
function idElement(sdtPr: XmlElement): XmlElement | undefined {
  for (let n = sdtPr.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as XmlElement).localName === "id" && (n as XmlElement).namespaceURI === W_NS) return n as XmlElement;
  }
  return undefined;
}

/** Every `w:sdtPr` in `root` and below (the root itself included). */
function propertiesIn(root: XmlElement): XmlElement[] {
  const found = root.getElementsByTagNameNS(W_NS, "sdtPr");
  const out = Array.from({ length: found.length }, (_, i) => found.item(i) as XmlElement);
  return root.localName === "sdtPr" && root.namespaceURI === W_NS ? [root, ...out] : out;
}

/**
 * Ids for the content controls we add to a document (`w:id` in `w:sdtPr`, ECMA-376 Part 1,
 * §17.5.2.18: unique among the document's controls). The renderers number controls with a
 * counter of their own process, which starts again at 1 in every process: a document another
 * process wrote already holds those ids. So every control we put into a document is given
 * an id above the largest the document holds, whoever wrote it; past Word's largest id, the
 * smallest positive id no control uses.
 */
export class ControlIds {
  private next: number | undefined;
  private used: Set<number> | undefined;

  constructor(private readonly doc: () => XmlDocument) {}

  /** Gives every control in `nodes` (which are about to be inserted, or just were) a fresh id. */
  assign(nodes: readonly XmlElement[]): void {
    const fresh = new Set(nodes.flatMap(propertiesIn));
    if (fresh.size === 0) return;
    if (this.next === undefined) {
      this.used = new Set();
      let max = 0;
      for (const pr of propertiesIn(this.doc().documentElement as XmlElement)) {
        if (fresh.has(pr)) continue;
        const id = Number(idElement(pr)?.getAttributeNS(W_NS, "val"));
        if (!Number.isInteger(id)) continue;
        this.used.add(id);
        max = Math.max(max, id);
      }
      this.next = max + 1;
    }
    // A control without an id (none of ours) cannot repeat one.
    for (const pr of fresh) idElement(pr)?.setAttributeNS(W_NS, "w:val", String(this.take()));
  }

  private take(): number {
    const used = this.used as Set<number>;
    let id = this.next as number;
    if (id > MAX_ID) {
      id = 1;
      while (used.has(id)) id++;
    } else this.next = id + 1;
    used.add(id);
    return id;
  }
}
