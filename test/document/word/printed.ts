import { DOMParser, XMLSerializer, type Element as XmlElement } from "@xmldom/xmldom";
import type { Profile } from "../../../src/core/profile/profile";
import { stylesXml } from "../../../src/document/ooxml/house-style-parts";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import type { WordSimulator } from "../../word-simulator/word-simulator";

const elementsOf = (el: XmlElement): XmlElement[] => {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
};
const childOf = (el: XmlElement | undefined, local: string): XmlElement | undefined => (el ? elementsOf(el).find((c) => c.localName === local) : undefined);
const val = (el: XmlElement | undefined): string | undefined => el?.getAttributeNS(W_NS, "val") ?? undefined;
const on = (el: XmlElement | undefined): boolean | undefined => (el === undefined ? undefined : !["0", "false", "off"].includes(val(el) ?? "true"));

/** What a paragraph's properties print: room above and below, indents, alignment, a new page, a hidden mark. */
interface ParagraphLook {
  before?: string;
  after?: string;
  left?: string;
  hanging?: string;
  firstLine?: string;
  jc?: string;
  newPage?: boolean;
  hidden?: boolean;
}
/** What a run prints: bold, size, colour, hidden. */
interface RunLook {
  b?: boolean;
  sz?: string;
  color?: string;
  vanish?: boolean;
}

function paragraphLook(pPr: XmlElement | undefined, look: ParagraphLook): void {
  if (!pPr) return;
  const spacing = childOf(pPr, "spacing");
  const ind = childOf(pPr, "ind");
  const attr = (el: XmlElement | undefined, name: string): string | undefined => (el?.hasAttributeNS(W_NS, name) ? (el.getAttributeNS(W_NS, name) ?? undefined) : undefined);
  look.before = attr(spacing, "before") ?? look.before;
  look.after = attr(spacing, "after") ?? look.after;
  look.left = attr(ind, "left") ?? look.left;
  look.hanging = attr(ind, "hanging") ?? look.hanging;
  look.firstLine = attr(ind, "firstLine") ?? look.firstLine;
  look.jc = val(childOf(pPr, "jc")) ?? look.jc;
  look.newPage = on(childOf(pPr, "pageBreakBefore")) ?? look.newPage;
  const mark = childOf(pPr, "rPr");
  look.hidden = on(childOf(mark, "vanish")) ?? look.hidden;
}
function runLook(rPr: XmlElement | undefined, look: RunLook): void {
  if (!rPr) return;
  look.b = on(childOf(rPr, "b")) ?? look.b;
  look.sz = val(childOf(rPr, "sz")) ?? look.sz;
  look.color = val(childOf(rPr, "color"))?.toUpperCase() ?? look.color;
  look.vanish = on(childOf(rPr, "vanish")) ?? look.vanish;
}
const shown = (look: object): string =>
  Object.entries(look)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? k : `${k}=${String(v)}`))
    .join(",");

/**
 * What the document prints, paragraph by paragraph, whether its formatting comes from a named house style or
 * is set directly (issue 21, item 4: an entry built with Word's API in a document without the „BV …“ styles
 * must print as the insertOoxml path printed it, which brought the styles along): the controls around the
 * paragraph (tag, title, placeholder state), the paragraph's resolved room above and below, indents,
 * alignment, whether it starts a new page (w:pageBreakBefore, or a page break before its first text) and
 * whether its mark is hidden; then its text as runs of the same resolved bold, size, colour and hidden state,
 * line breaks as „\v“, fields marked with tag and title. A field showing its placeholder prints its prompt,
 * dimmed (BV Platzhalter and Word's own placeholder text are both grey): its run formatting but hidden is
 * left out. The styles are resolved from the profile's house styles (what our documents and the insertOoxml
 * package carry) where the document's styles part lacks them. Left out: control ids, how runs are split,
 * the document defaults (the same document on both sides), and keep-with-next, which Word's API sets on a
 * style only (a direct-formatted entry may be split across pages; build-entry.ts says so).
 */
export function printed(sim: WordSimulator, profile: Profile): string[] {
  const house = new DOMParser().parseFromString(stylesXml(profile), "text/xml");
  const styleOf = (id: string | undefined): XmlElement | undefined => {
    if (id === undefined) return undefined;
    for (const part of [sim.styles, house]) {
      const list = part.getElementsByTagNameNS(W_NS, "style");
      for (let i = 0; i < list.length; i++) if (list.item(i)?.getAttributeNS(W_NS, "styleId") === id) return list.item(i) as XmlElement;
    }
    return undefined;
  };
  const lines: string[] = [];
  const control = (sdt: XmlElement): string => {
    const pr = childOf(sdt, "sdtPr");
    return `${val(childOf(pr, "tag")) ?? ""}(${val(childOf(pr, "alias")) ?? ""}${childOf(pr, "showingPlcHdr") ? ",placeholder" : ""})`;
  };
  const walk = (el: XmlElement, path: readonly string[]): void => {
    for (const n of elementsOf(el)) {
      if (n.localName === "sdt") walk(childOf(n, "sdtContent") as XmlElement, [...path, control(n)]);
      else if (n.localName === "p") lines.push(paragraph(n, path));
      else if (n.localName !== "sectPr") lines.push(`${path.join(" > ")} | <${n.localName}>`);
    }
  };
  const paragraph = (p: XmlElement, path: readonly string[]): string => {
    const pPr = childOf(p, "pPr");
    const pStyle = styleOf(val(childOf(pPr, "pStyle")));
    const look: ParagraphLook = {};
    paragraphLook(childOf(pStyle, "pPr"), look);
    paragraphLook(pPr, look);
    const runs: [string, string][] = [];
    let text = false;
    const inline = (parent: XmlElement, placeholder: boolean): void => {
      for (const n of elementsOf(parent)) {
        if (n.localName === "ins") inline(n, placeholder);
        else if (n.localName === "r") {
          const rPr = childOf(n, "rPr");
          const r: RunLook = {};
          runLook(childOf(pStyle, "rPr"), r);
          runLook(childOf(styleOf(val(childOf(rPr, "rStyle"))), "rPr"), r);
          runLook(rPr, r);
          let t = "";
          for (const c of elementsOf(n)) {
            if (c.localName === "t") t += c.textContent ?? "";
            else if (c.localName === "tab") t += "\t";
            else if (c.localName === "br" && c.getAttributeNS(W_NS, "type") === "page" && !text) look.newPage = true;
            else if (c.localName === "br") t += c.getAttributeNS(W_NS, "type") === "page" ? "\f" : "\v";
          }
          if (t === "") continue;
          text = true;
          const format = placeholder ? `[placeholder${r.vanish ? ",vanish" : ""}]` : `[${shown(r)}]`;
          const last = runs[runs.length - 1];
          if (last && last[0] === format) last[1] += t;
          else runs.push([format, t]);
        } else if (n.localName === "sdt") {
          runs.push(["", `{${control(n)}:`]);
          inline(childOf(n, "sdtContent") as XmlElement, childOf(childOf(n, "sdtPr"), "showingPlcHdr") !== undefined);
          runs.push(["", "}"]);
        } else if (n.localName !== "pPr" && n.localName !== "proofErr") runs.push(["", `<${n.localName}>`]);
      }
    };
    inline(p, false);
    return `${path.join(" > ")} | ${shown(look)} | ${runs.map(([f, t]) => f + t).join("")}`;
  };
  walk(sim.body, []);
  return lines;
}

/** The document as XML, for tests that compare it whole. */
export const xmlOf = (sim: WordSimulator): string => new XMLSerializer().serializeToString(sim.dom);
