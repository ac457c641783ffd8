import type { Document as XmlDocument, Element as XmlElement, Node as XmlNode } from "@xmldom/xmldom";
import { W_NS } from "../../src/document/ooxml/ooxml";
import { parsePart } from "../../src/document/ooxml/parse-xml";
import { SimOfficeError, SimProxy, SimResult, type SimContext, type WordSimulator } from "./word-simulator";

/**
 * The page headers (Kopfzeilen) of the first section, as the Word API hands them over. Installed into the
 * simulator's Document by word-simulator.ts (`installPageHeaders`), apart from its core. Rules, each with its
 * source (the Word JavaScript API reference, https://learn.microsoft.com/javascript/api/word/, as
 * @types/office-js carries it), or marked as an assumption:
 *
 * - `Document.sections` [WordApi 1.1] and `SectionCollection.getFirst()` [WordApi 1.3]: „Gets the first section
 *   in this collection“ (https://learn.microsoft.com/javascript/api/word/word.sectioncollection). The first
 *   section's properties are the first `w:sectPr` in document order (ECMA-376 §17.6.17: a paragraph's sectPr
 *   ends its section, the body's own the last one; one inside `w:sectPrChange` is a former version).
 * - `Section.getHeader(type)` [WordApi 1.1], „Gets one of the section's headers“, type "Primary" | "FirstPage" |
 *   "EvenPages" (Word.HeaderFooterType: primary „on all pages of a section, but excludes the first page or even
 *   pages if they are different“, https://learn.microsoft.com/javascript/api/word/word.headerfootertype):
 *   the Body of the header part the section's `w:headerReference` of type default / first / even names through
 *   the main part's relationships (ECMA-376 §17.10.5). Assumption (the reference does not say): a header the
 *   section does not have is an empty Body; the simulator does not create one (office-js #1904 reports Word for
 *   Mac adding header references on `getHeader`, which it cannot model).
 * - `Body.text` [WordApi 1.1]: paragraphs separated by "\r", a soft line break as "\v", a tab as "\t"; like every
 *   `text`, it includes text deleted under Track Changes (office-js #1267: the stricter case, as for the body).
 *   It does not include a text box's text: the body's `text` of a document whose content stands in text boxes
 *   lacks it (office-js #5282; text boxes are reached through `Body.shapes`, WordApiDesktop 1.2). The same is
 *   assumed of a header.
 * - `Body.getReviewedText("Current" | "Original")` [WordApi 1.4]
 *   (https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-getreviewedtext-member(1)):
 *   the text as it reads once the changes are accepted (without `w:del`), or as it read before them (without
 *   `w:ins`), separated like `text`.
 * - office.js's object model as everywhere in the simulator: `text` read before load and sync throws
 *   PropertyNotLoaded, a ClientResult read before sync throws, a proxy of an ended Word.run is dead.
 */

const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const isW = (n: XmlNode | null, local: string): n is XmlElement => n !== null && n.nodeType === 1 && (n as XmlElement).localName === local && (n as XmlElement).namespaceURI === W_NS;
const all = (el: XmlElement | XmlDocument, local: string): XmlElement[] => {
  const list = el.getElementsByTagNameNS(W_NS, local);
  return Array.from({ length: list.length }, (_, i) => list.item(i) as XmlElement);
};
const inside = (n: XmlNode, local: string): boolean => {
  for (let p = n.parentNode; p; p = p.parentNode) if (isW(p, local)) return true;
  return false;
};

/** A header's Body as the simulator gives it (Word.Body: `text`, getReviewedText). */
export interface SimHeader {
  load(props?: string | string[]): SimHeader;
  readonly text: string;
  getReviewedText(version?: "Current" | "Original"): SimResult<string>;
}

/** Document.sections as far as the simulator models it. */
export interface SimSections {
  getFirst(): { getHeader(type: "Primary" | "FirstPage" | "EvenPages"): SimHeader };
}

const TYPE: Readonly<Record<string, string>> = { Primary: "default", FirstPage: "first", EvenPages: "even" };

/** The header part of the first section of type `type` ("Primary" …), or undefined where the section has none. */
export function headerStory(sim: WordSimulator, type: string): XmlDocument | undefined {
  const wanted = TYPE[type];
  if (wanted === undefined) throw new SimOfficeError("InvalidArgument", `No header type „${type}“.`);
  const sectPr = all(sim.dom, "sectPr").find((s) => !inside(s, "sectPrChange"));
  const reference = sectPr ? all(sectPr, "headerReference").find((r) => (r.getAttributeNS(W_NS, "type") || "default") === wanted) : undefined;
  const id = reference?.getAttributeNS(RELS, "id");
  if (!id) return undefined;
  const rels = sim.partText("word/_rels/document.xml.rels");
  if (rels === undefined) return undefined;
  const relations = parsePart(rels, "word/_rels/document.xml.rels").getElementsByTagName("Relationship");
  for (let i = 0; i < relations.length; i++) {
    const r = relations.item(i) as XmlElement;
    if (r.getAttribute("Id") !== id || !r.getAttribute("Type")?.endsWith("/header")) continue;
    const target = (r.getAttribute("Target") ?? "").replace(/^\/?word\//, "").replace(/^\//, "");
    return sim.stories.find((s) => s.part === `word/${target}`)?.dom;
  }
  return undefined;
}

/**
 * A header's text as `text` or getReviewedText gives it: its paragraphs outside text boxes joined by "\r" (a
 * table cell's paragraphs among them, in order); `deleted` / `inserted`: whether tracked deletions / insertions count.
 */
export function headerText(story: XmlDocument | undefined, deleted: boolean, inserted: boolean): string {
  if (!story?.documentElement) return "";
  const paragraphs = all(story, "p").filter((p) => !inside(p, "txbxContent"));
  return paragraphs
    .map((p) => {
      const out: string[] = [];
      const walk = (n: XmlNode): void => {
        for (let c = n.firstChild; c; c = c.nextSibling) {
          if (c.nodeType !== 1) continue;
          const e = c as XmlElement;
          const is = (local: string): boolean => e.namespaceURI === W_NS && e.localName === local;
          if (e.namespaceURI === MC && e.localName === "Fallback") continue;
          if (is("txbxContent") || is("pPr") || is("rPr") || is("p")) continue;
          if ((!deleted && is("del")) || (!inserted && is("ins"))) continue;
          if (is("t") || (deleted && is("delText"))) out.push(e.textContent ?? "");
          else if (is("tab")) out.push("\t");
          else if (is("br") || is("cr")) out.push("\v");
          else walk(e);
        }
      };
      walk(p);
      return out.join("");
    })
    .join("\r");
}

/** Adds `Document.sections` (getFirst → getHeader → Body with `text` and getReviewedText) to the simulator's Document. */
export function installPageHeaders(document: { prototype: object }): void {
  class SimHeaderBody extends SimProxy {
    constructor(
      context: SimContext,
      private readonly type: string,
    ) {
      super(context);
    }
    private story(): XmlDocument | undefined {
      return headerStory(this.context.sim, this.type);
    }
    protected read(name: string): unknown {
      if (name === "text") return headerText(this.story(), true, true);
      throw new SimOfficeError("PropertyNotLoaded", `The simulator does not provide a header's ${name}.`);
    }
    get text(): string {
      return this.loaded("text") as string;
    }
    getReviewedText(version: "Current" | "Original" = "Current"): SimResult<string> {
      const context = this.context;
      context.check();
      context.sim.requireSet("1.4", "Body.getReviewedText");
      const result = new SimResult<string>(context);
      context.enqueue(() => result.set(headerText(this.story(), version === "Original", version === "Current")), 0, "read");
      return result;
    }
  }
  Object.defineProperty(document.prototype, "sections", {
    get(this: { readonly context: SimContext }) {
      const context = this.context;
      context.check();
      return {
        getFirst: () => {
          context.check();
          context.sim.requireSet("1.3", "SectionCollection.getFirst");
          return {
            getHeader: (type: string) => {
              context.check();
              if (TYPE[type] === undefined) throw new SimOfficeError("InvalidArgument", `No header type „${type}“.`);
              return new SimHeaderBody(context, type);
            },
          };
        },
      };
    },
  });
}
