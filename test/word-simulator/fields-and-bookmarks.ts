import type { Element as XmlElement, Node as XmlNode } from "@xmldom/xmldom";
import { W_NS } from "../../src/document/ooxml/ooxml";
import { SimOfficeError, type SimContext } from "./word-simulator";

/**
 * Bookmarks and REF fields in the simulator (issue 24: a reference as a REF field to a bookmark on
 * its target's number). Installed into the simulator's Range by word-simulator.ts
 * (`installFieldsAndBookmarks`), so that this lives apart from the simulator's core. Rules, each
 * with its source (@types/office-js 1.0.612, generated from the Word JavaScript API reference at
 * https://learn.microsoft.com/javascript/api/word/) or marked as an assumption:
 *
 * - `Range.insertBookmark(name)`, [Api set: WordApi 1.4]: „Inserts a bookmark on the range. If a
 *   bookmark of the same name exists somewhere, it is deleted first.“ The name „Only alphanumeric
 *   and underscore characters … must begin with a letter … Names can't be longer than 40
 *   characters“; case-insensitive. Another name fails (InvalidArgument: assumption, the code is
 *   not documented). Assumption: a bookmark is no edit of the text, so it may go into a control
 *   whose content is locked (cannotEdit).
 * - `Range.insertField(location, fieldType, text, removeFormatting)`, [Api set: WordApi 1.5]:
 *   „Inserts a field at the specified location“; „In Word on the web, fields are mainly
 *   read-only“: on the web it fails (NotAllowed: assumption of how). Modelled: „Replace“ of a
 *   control's content with a REF field. Assumption: Word writes w:fldChar runs; the simulator
 *   writes the equivalent w:fldSimple, which every reader here treats alike.
 * - A REF field's result is the text its bookmark marks („REF … Inserts the text or graphics
 *   represented by the specified bookmark“, Word's field-code reference, support.microsoft.com
 *   „Field codes: Ref field“), or, where there is no such bookmark, Word's error text „Fehler!
 *   Verweisquelle konnte nicht gefunden werden.“ (German Word; the README quotes it). Word
 *   computes it when the field is inserted (assumption: the reference's own sample loads
 *   `result` right after insertField) and when `Field.updateResult()` ([Api set: WordApi 1.5],
 *   „Updates the field“) runs — never by itself when the bookmarked text changes.
 * - Replacing a control's text (`insertText(…, "Replace")`) removes a bookmark inside it (the
 *   simulator's insertText replaces the content's children; the adapter's architecture note
 *   says Word keeps no bookmark inside a number control it rewrites).
 */
declare module "./word-simulator" {
  interface SimRange {
    insertBookmark(name: string): void;
    insertField(location: "Replace" | "Start" | "End" | "Before" | "After", fieldType?: string, text?: string, removeFormatting?: boolean): { updateResult(): void };
  }
}

export const REF_ERROR = "Fehler! Verweisquelle konnte nicht gefunden werden.";

interface RangeThis {
  readonly context: SimContext;
  readonly target: { readonly kind: string; readonly resolve?: () => XmlElement | null; readonly location?: string };
}

const children = (el: XmlElement, local: string): XmlElement[] => {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as XmlElement).localName === local && (n as XmlElement).namespaceURI === W_NS) out.push(n as XmlElement);
  return out;
};
const all = (root: XmlNode, local: string): XmlElement[] => {
  const list = (root as XmlElement).getElementsByTagNameNS(W_NS, local);
  return Array.from({ length: list.length }, (_, i) => list.item(i) as XmlElement);
};

/** The content of the control a range of `location` Content or Whole stands for; other ranges are not modelled. */
function controlContent(self: RangeThis, what: string): XmlElement {
  const t = self.target;
  const el = t.kind === "element" ? t.resolve?.() : undefined;
  if (!el || el.localName !== "sdt" || (t.location !== "Content" && t.location !== "Whole")) throw new Error(`The simulator models ${what} only on a content control's Content or Whole range.`);
  const content = children(el, "sdtContent")[0];
  if (!content) throw new SimOfficeError("ItemNotFound", "The content control has no content.");
  return content;
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function removeBookmark(root: XmlElement, name: string): void {
  for (const start of all(root, "bookmarkStart")) {
    if (!sameName(start.getAttributeNS(W_NS, "name") ?? "", name)) continue;
    const id = start.getAttributeNS(W_NS, "id");
    for (const end of all(root, "bookmarkEnd")) if (end.getAttributeNS(W_NS, "id") === id) end.parentNode?.removeChild(end);
    start.parentNode?.removeChild(start);
  }
}

/** The text a bookmark marks (its w:t between start and end, in document order), or undefined where there is none. */
export function bookmarkText(root: XmlElement, name: string): string | undefined {
  const start = all(root, "bookmarkStart").find((s) => sameName(s.getAttributeNS(W_NS, "name") ?? "", name));
  if (!start) return undefined;
  const id = start.getAttributeNS(W_NS, "id");
  let inside = false;
  let text = "";
  let done = false;
  const walk = (n: XmlNode): void => {
    for (let c = n.firstChild; c && !done; c = c.nextSibling) {
      if (c === start) inside = true;
      else if (c.nodeType === 1 && (c as XmlElement).localName === "bookmarkEnd" && (c as XmlElement).getAttributeNS(W_NS, "id") === id) done = true;
      else if (inside && c.nodeType === 1 && (c as XmlElement).localName === "t") text += c.textContent ?? "";
      else walk(c);
    }
  };
  walk(root);
  return text;
}

function refResult(root: XmlElement, code: string): string {
  const name = /^\s*REF\s+(\S+)/i.exec(code)?.[1] ?? "";
  return bookmarkText(root, name) ?? REF_ERROR;
}

function setResult(field: XmlElement, text: string): void {
  const t = all(field, "t")[0];
  if (t) t.textContent = text;
}

/** Gives the simulator's Range `insertBookmark` and `insertField` (see the rules above). */
export function installFieldsAndBookmarks(range: { prototype: object }): void {
  Object.assign(range.prototype, {
    insertBookmark(this: RangeThis, name: string): void {
      this.context.check();
      const sim = this.context.sim;
      sim.requireSet("1.4", "Range.insertBookmark");
      this.context.enqueue(() => {
        if (!/^[A-Za-z_][A-Za-z0-9_]{0,39}$/.test(name)) throw new SimOfficeError("InvalidArgument", `"${name}" is no valid bookmark name.`);
        const content = controlContent(this, "insertBookmark");
        const root = sim.dom.documentElement as XmlElement;
        removeBookmark(root, name);
        const ids = [...all(root, "bookmarkStart"), ...all(root, "bookmarkEnd")].map((b) => Number(b.getAttributeNS(W_NS, "id")) || 0);
        const id = String(Math.max(900, ...ids) + 1);
        const start = sim.dom.createElementNS(W_NS, "w:bookmarkStart");
        start.setAttributeNS(W_NS, "w:id", id);
        start.setAttributeNS(W_NS, "w:name", name);
        const end = sim.dom.createElementNS(W_NS, "w:bookmarkEnd");
        end.setAttributeNS(W_NS, "w:id", id);
        content.insertBefore(start, content.firstChild);
        content.appendChild(end);
      }, name.length);
    },

    insertField(this: RangeThis, location: string, fieldType = "Empty", text = ""): { updateResult(): void } {
      this.context.check();
      const context = this.context;
      const sim = context.sim;
      sim.requireSet("1.5", "Range.insertField");
      if (location !== "Replace" || fieldType !== "Ref") throw new Error("The simulator models insertField only as „Replace“ with a REF field.");
      let made: XmlElement | undefined;
      context.enqueue(() => {
        if (sim.platform === "web") throw new SimOfficeError("NotAllowed", "Fields are read-only in Word on the web.");
        const content = controlContent(this, "insertField");
        const rPr = all(content, "rPr")[0]?.cloneNode(true) ?? null;
        const code = ` REF ${text.trim()} `;
        const field = sim.dom.createElementNS(W_NS, "w:fldSimple");
        field.setAttributeNS(W_NS, "w:instr", code);
        const r = sim.dom.createElementNS(W_NS, "w:r");
        if (rPr) r.appendChild(rPr);
        const t = sim.dom.createElementNS(W_NS, "w:t");
        t.setAttribute("xml:space", "preserve");
        r.appendChild(t);
        field.appendChild(r);
        while (content.firstChild) content.removeChild(content.firstChild);
        content.appendChild(field);
        setResult(field, refResult(sim.dom.documentElement as XmlElement, code));
        made = field;
      }, text.length);
      return {
        updateResult: () => {
          context.check();
          context.enqueue(() => {
            if (!made) throw new SimOfficeError("ItemNotFound", "The field no longer exists.");
            setResult(made, refResult(sim.dom.documentElement as XmlElement, made.getAttributeNS(W_NS, "instr") ?? ""));
          });
        },
      };
    },
  });
}
