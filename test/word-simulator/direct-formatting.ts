import type { Document as XmlDocument, Element as XmlElement, Node as XmlNode } from "@xmldom/xmldom";
import { W_NS } from "../../src/document/ooxml/ooxml";
import { SimOfficeError, type SimContext } from "./word-simulator";

/**
 * Direct formatting, breaks and placeholder text in the simulator (issue 21, item 4: entries built with
 * Word's API where the document lacks the house styles, with an empty field, or with a page break before).
 * Installed into the simulator's classes by word-simulator.ts (`installDirectFormatting`), apart from its
 * core. Rules, each with its source (@types/office-js, generated from the Word JavaScript API reference at
 * https://learn.microsoft.com/javascript/api/word/) or marked as an assumption:
 *
 * - `Paragraph.spaceAfter` [WordApi 1.1], „the spacing, in points, after the paragraph“
 *   (https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-spaceafter-member):
 *   `w:spacing w:after` in twentieths of a point (ECMA-376 §17.3.1.33).
 * - `Paragraph.styleBuiltIn` [WordApi 1.3], „the built-in style name for the paragraph“
 *   (https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-stylebuiltin-member):
 *   "Normal" is the document's default paragraph style, so the paragraph names none (`w:pStyle` removed).
 *   Other built-in names are not modelled.
 * - `Paragraph.font` [WordApi 1.1], „the text format of the paragraph“ (Word.Font: `bold`, `size` in
 *   points, `color` as "#RRGGBB" [WordApi 1.1], `hidden` [WordApiDesktop 1.2], which Word on the web lacks,
 *   https://learn.microsoft.com/javascript/api/word/word.font#word-word-font-hidden-member): written on
 *   every run of the paragraph as it stands when the batch runs (`w:b`, `w:sz` in half-points, `w:color`,
 *   `w:vanish`, in the order of ECMA-376 §17.3.2). Assumption: `hidden` hides the paragraph mark too
 *   (the paragraph's range includes it), as render-vorlage's hidden paragraphs do.
 * - `Range.insertBreak(breakType, insertLocation)` [WordApi 1.1], „Inserts a break at the specified
 *   location in the main document“, location "Before" or "After"
 *   (https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-insertbreak-member(1)):
 *   "Page" is a run `w:br w:type="page"` (the text after it starts a new page, ECMA-376 §17.3.3.1),
 *   "Line" a run `w:br`. Assumption (no public page): the break stays a run of the paragraph it is
 *   inserted into; Word's UI may split the paragraph at a page break, the reference does not say the API
 *   does. Modelled on a range of inserted text only; other ranges and types fail loudly.
 * - `Range.insertContentControl()` on the collapsed end of a paragraph (`Paragraph.getRange("End")`,
 *   WordApi 1.3): an empty rich-text control; Word shows its placeholder text (assumption: common
 *   experience, as Insert → Rich Text Content Control on a caret does).
 * - `ContentControl.placeholderText` [WordApi 1.1], „Specifies the placeholder text of the content
 *   control. Dimmed text will be displayed when the content control is empty.“
 *   (https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-placeholdertext-member):
 *   setting it on an empty control shows the new text (`w:showingPlcHdr`, ECMA-376 §17.5.2.39); on a
 *   control with text it changes nothing that prints.
 */

interface ProxyThis {
  readonly context: SimContext;
}
interface ParagraphThis extends ProxyThis {
  element(): XmlElement;
}
interface RangeThis extends ProxyThis {
  readonly target: { readonly kind: string; readonly runs?: XmlElement[]; readonly resolve?: () => XmlElement | null; readonly location?: string };
}
interface ControlThis extends ProxyThis {
  element(): XmlElement;
}

const isW = (n: XmlNode | null, local: string): n is XmlElement => n !== null && n.nodeType === 1 && (n as XmlElement).localName === local && (n as XmlElement).namespaceURI === W_NS;
const kids = (el: XmlElement): XmlElement[] => {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
};
const all = (el: XmlElement, local: string): XmlElement[] => {
  const list = el.getElementsByTagNameNS(W_NS, local);
  return Array.from({ length: list.length }, (_, i) => list.item(i) as XmlElement);
};
const docOf = (n: XmlNode): XmlDocument => n.ownerDocument as XmlDocument;

/** ECMA-376 §17.3.1.26 / §17.3.2.28: the order of paragraph and run properties (the ones modelled and their neighbours). */
const P_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "spacing", "ind", "jc", "outlineLvl", "rPr", "sectPr", "pPrChange"];
const R_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "ins", "del"];

/** The child `local` of properties element `pr`, made in its schema place where missing. */
function prop(pr: XmlElement, local: string, order: readonly string[]): XmlElement {
  const found = kids(pr).find((c) => isW(c, local));
  if (found) return found;
  const made = docOf(pr).createElementNS(W_NS, `w:${local}`);
  const rank = order.indexOf(local);
  const later = kids(pr).find((c) => order.indexOf(c.localName ?? "") > rank);
  pr.insertBefore(made, later ?? null);
  return made;
}
function firstChildPr(el: XmlElement, local: "pPr" | "rPr"): XmlElement {
  if (isW(el.firstChild, local)) return el.firstChild as XmlElement;
  const made = docOf(el).createElementNS(W_NS, `w:${local}`);
  el.insertBefore(made, el.firstChild);
  return made;
}

/** Sets run property `local` (with `w:val` where given) on every run of paragraph `p`. */
function onRuns(p: XmlElement, local: string, val?: string, mark = false): void {
  for (const r of all(p, "r")) {
    const el = prop(firstChildPr(r, "rPr"), local, R_ORDER);
    if (val !== undefined) el.setAttributeNS(W_NS, "w:val", val);
  }
  if (mark) {
    const el = prop(prop(firstChildPr(p, "pPr"), "rPr", P_ORDER), local, R_ORDER);
    if (val !== undefined) el.setAttributeNS(W_NS, "w:val", val);
  }
}

/** Gives the simulator's Paragraph, Range and ContentControl the members described above. */
export function installDirectFormatting(classes: { readonly paragraph: { prototype: object }; readonly range: { prototype: object }; readonly control: { prototype: object } }): void {
  Object.defineProperty(classes.paragraph.prototype, "spaceAfter", {
    set(this: ParagraphThis, points: number) {
      this.context.enqueue(() => prop(firstChildPr(this.element(), "pPr"), "spacing", P_ORDER).setAttributeNS(W_NS, "w:after", String(Math.round(points * 20))));
    },
  });
  Object.defineProperty(classes.paragraph.prototype, "styleBuiltIn", {
    set(this: ParagraphThis, name: string) {
      this.context.enqueue(() => {
        if (name !== "Normal") throw new SimOfficeError("InvalidArgument", `The simulator models styleBuiltIn "Normal" only, not "${name}".`);
        const pPr = firstChildPr(this.element(), "pPr");
        for (const s of kids(pPr).filter((c) => isW(c, "pStyle"))) pPr.removeChild(s);
      });
    },
  });
  Object.defineProperty(classes.paragraph.prototype, "font", {
    get(this: ParagraphThis) {
      const context = this.context;
      const element = (): XmlElement => this.element();
      const never = (): never => {
        throw new SimOfficeError("PropertyNotLoaded", "The simulator's paragraph font is write-only.");
      };
      return {
        get bold(): boolean {
          return never();
        },
        set bold(value: boolean) {
          if (value) context.enqueue(() => onRuns(element(), "b"));
        },
        get size(): number {
          return never();
        },
        set size(points: number) {
          context.enqueue(() => onRuns(element(), "sz", String(Math.round(points * 2))));
        },
        get color(): string {
          return never();
        },
        set color(value: string) {
          context.enqueue(() => onRuns(element(), "color", value.replace(/^#/, "").toUpperCase()));
        },
        get hidden(): boolean {
          return never();
        },
        set hidden(value: boolean) {
          context.check();
          // WordApiDesktop 1.2: Word on the web has no Font.hidden.
          if (context.sim.platform !== "desktop") throw new SimOfficeError("ApiNotFound", "Font.hidden needs WordApiDesktop 1.2 (not on the web).");
          if (value) context.enqueue(() => onRuns(element(), "vanish", undefined, true));
        },
      };
    },
  });
  Object.assign(classes.range.prototype, {
    insertBreak(this: RangeThis, breakType: string, location: "Before" | "After"): void {
      this.context.enqueue(() => {
        const runs = this.target.kind === "runs" ? (this.target.runs ?? []) : [];
        if (runs.length === 0) throw new Error("The simulator models insertBreak on a range of inserted text only.");
        if (breakType !== "Page" && breakType !== "Line") throw new Error(`The simulator models page and line breaks only, not ${breakType}.`);
        const outer = (r: XmlElement): XmlElement => (isW(r.parentNode, "ins") ? (r.parentNode as XmlElement) : r);
        const anchor = outer((location === "Before" ? runs[0] : runs[runs.length - 1]) as XmlElement);
        const doc = docOf(anchor);
        const r = doc.createElementNS(W_NS, "w:r");
        const br = doc.createElementNS(W_NS, "w:br");
        if (breakType === "Page") br.setAttributeNS(W_NS, "w:type", "page");
        r.appendChild(br);
        anchor.parentNode?.insertBefore(r, location === "Before" ? anchor : anchor.nextSibling);
        this.context.sim.tracked("insert", r);
      });
    },
  });
  const wrap = (classes.range.prototype as { insertContentControl(this: RangeThis): unknown }).insertContentControl;
  const Control = classes.control as unknown as new (context: SimContext, resolve: () => XmlElement | null, nullable: boolean) => unknown;
  Object.assign(classes.range.prototype, {
    insertContentControl(this: RangeThis): unknown {
      const t = this.target;
      if (t.kind !== "element" || t.location !== "End") return wrap.call(this);
      let made: XmlElement | null = null;
      this.context.enqueue(() => {
        const p = t.resolve?.();
        if (!p || !isW(p, "p")) throw new Error("The simulator models a control on the collapsed end of a paragraph only.");
        const sdt = this.context.sim.newSdt(docOf(p));
        p.appendChild(sdt);
        this.context.sim.showPlaceholder(sdt);
        this.context.sim.tracked("insert", sdt);
        made = sdt;
      });
      return new Control(this.context, () => made, false);
    },
  });
  Object.defineProperty(classes.control.prototype, "placeholderText", {
    get(this: ControlThis & { loaded(name: string): unknown }) {
      return this.loaded("placeholderText");
    },
    set(this: ControlThis, text: string) {
      this.context.enqueue(() => {
        const sdt = this.element();
        const content = kids(sdt).find((c) => isW(c, "sdtContent"));
        const hasText = content !== undefined && all(content, "t").some((t) => (t.textContent ?? "") !== "");
        const showing = kids(kids(sdt).find((c) => isW(c, "sdtPr")) as XmlElement).some((c) => isW(c, "showingPlcHdr"));
        if (hasText && !showing) return;
        this.context.sim.showPlaceholder(sdt, text);
      }, text.length);
    },
  });
}
