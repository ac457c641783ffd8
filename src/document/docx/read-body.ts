import type { Element as XmlElement, Node as XmlNode } from "@xmldom/xmldom";
import { parseTag, type Tag } from "../tags";
import { W_NS } from "./ooxml";

/**
 * The body of document.xml as the add-in sees it: paragraphs in document order, each with
 * the content controls around it (block level) and inside it (inline), and its text as a
 * reader sees it — inserted text counts, deleted text, field codes and drawings do not.
 */
export interface Segment {
  readonly text: string;
  /** The innermost inline control of ours around this text, if any. */
  readonly tag?: Tag;
}

export interface BodyParagraph {
  readonly segments: readonly Segment[];
  /** Our block-level controls around the paragraph, outermost first. */
  readonly blocks: readonly Tag[];
  /** The w:sdt elements of those controls (two copies of one block have equal tags, not equal elements). */
  readonly blockElements: readonly XmlElement[];
  /** True when some control around it had a tag that is not ours (another add-in's). */
  readonly foreign: boolean;
  /** The w:p element, for adapters that change the document in place. */
  readonly element: XmlElement;
}

export const paragraphText = (p: BodyParagraph): string => p.segments.map((s) => s.text).join("");

const SKIP = new Set(["del", "moveFrom", "instrText", "delText", "drawing", "pict", "object", "AlternateContent", "footnoteReference", "endnoteReference", "commentReference", "rPr", "pPr", "sdtPr", "sdtEndPr", "fldChar", "tblPr", "tblGrid", "trPr", "tcPr", "sectPr", "bookmarkStart", "bookmarkEnd", "proofErr", "lastRenderedPageBreak"]);

function tagOf(sdt: XmlElement): { tag?: Tag; foreign: boolean } {
  for (let n = sdt.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as XmlElement).localName === "sdtPr") {
      for (let m = n.firstChild; m; m = m.nextSibling) {
        if (m.nodeType === 1 && (m as XmlElement).localName === "tag") {
          const value = (m as XmlElement).getAttributeNS(W_NS, "val") ?? (m as XmlElement).getAttribute("w:val") ?? "";
          const tag = parseTag(value);
          return tag ? { tag, foreign: false } : { foreign: value !== "" };
        }
      }
    }
  }
  return { foreign: false };
}

function child(el: XmlElement, localName: string): XmlElement | undefined {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as XmlElement).localName === localName) return n as XmlElement;
  return undefined;
}

/** Text runs of a paragraph, split where our inline controls begin and end. */
function segmentsOf(p: XmlElement): Segment[] {
  const out: { text: string; tag?: Tag }[] = [];
  const emit = (text: string, tag: Tag | undefined) => {
    const last = out[out.length - 1];
    if (last && last.tag === tag) last.text += text;
    else out.push(tag ? { text, tag } : { text });
  };
  const walk = (node: XmlNode, tag: Tag | undefined): void => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const el = n as XmlElement;
      const name = el.localName ?? "";
      if (SKIP.has(name)) continue;
      switch (name) {
        case "t":
          emit(el.textContent ?? "", tag);
          break;
        case "tab":
        case "ptab":
          emit("\t", tag);
          break;
        case "br":
        case "cr":
          emit("\v", tag);
          break;
        case "noBreakHyphen":
          emit("-", tag);
          break;
        case "sdt": {
          const own = tagOf(el).tag;
          const content = child(el, "sdtContent");
          if (content) walk(content, own ?? tag);
          break;
        }
        default:
          walk(el, tag);
      }
    }
  };
  walk(p, undefined);
  return out;
}

/** A paragraph's text as the recogniser sees it. */
export const textOfParagraph = (p: XmlElement): string => segmentsOf(p).map((s) => s.text).join("");

/** All paragraphs of the body (tables included, cell by cell), in document order. */
export function readBody(body: XmlElement): BodyParagraph[] {
  const out: BodyParagraph[] = [];
  const walk = (node: XmlElement, blocks: readonly Tag[], elements: readonly XmlElement[], foreign: boolean): void => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const el = n as XmlElement;
      const name = el.localName ?? "";
      if (name === "p") out.push({ segments: segmentsOf(el), blocks, blockElements: elements, foreign, element: el });
      else if (name === "sdt") {
        const { tag, foreign: theirs } = tagOf(el);
        const content = child(el, "sdtContent");
        if (content) walk(content, tag ? [...blocks, tag] : blocks, tag ? [...elements, el] : elements, foreign || theirs);
      } else if (!SKIP.has(name)) walk(el, blocks, elements, foreign);
    }
  };
  walk(body, [], [], false);
  return out;
}
