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
 * - Sections after the first: `SectionCollection.items` after load and the sync (document order: assumption);
 *   a later section's getHeader/getFooter of a type it names no reference of hands over the previous section's story
 *   (ECMA-376 §17.10.5, Word's „Link to Previous“: assumption that the API hands over the story shown).
 * - `Section.getFooter(type)` [WordApi 1.1], „Gets one of the section's footers“: as getHeader, through the section's
 *   `w:footerReference` (ECMA-376 §17.10.2).
 * - `Body.getComments()` [WordApi 1.4] (https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-getcomments-member(1)),
 *   „Gets comments associated with the body“, and `Body.getTrackedChanges()` [WordApi 1.6]
 *   (https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-gettrackedchanges-member(1)), „Gets the
 *   collection of the TrackedChange objects in the body“: collections whose `items` are there after `load` and the
 *   sync (https://learn.microsoft.com/javascript/api/word/word.trackedchangecollection). How Word groups runs into
 *   TrackedChange objects the reference does not say: assumption in `storyMarks`.
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
  getComments(): SimStoryItems<{ id: string }>;
  getTrackedChanges(): SimStoryItems<{ type: string }>;
}

/** A Section as far as the simulator models it. */
export interface SimSection {
  getHeader(type: "Primary" | "FirstPage" | "EvenPages"): SimHeader;
  getFooter(type: "Primary" | "FirstPage" | "EvenPages"): SimHeader;
}

/** Document.sections as far as the simulator models it. */
export interface SimSections {
  getFirst(): SimSection;
  load(props?: string | string[]): SimSections;
  readonly items: SimSection[];
}

const TYPE: Readonly<Record<string, string>> = { Primary: "default", FirstPage: "first", EvenPages: "even" };

/** The sections' properties in document order (ECMA-376 §17.6.17), a former version inside w:sectPrChange left out. */
const sectionProperties = (sim: WordSimulator): XmlElement[] => all(sim.dom, "sectPr").filter((s) => !inside(s, "sectPrChange"));

/**
 * The header (or footer) part of section `section` (0: the first) of type `type` ("Primary" …), or undefined where
 * it has none. A later section that names no header of that type shows the previous section's (ECMA-376 §17.10.5:
 * „the header … from the previous section shall be used“; Word's „Link to Previous“): getHeader of such a section
 * hands over that story.
 */
export function headerStory(sim: WordSimulator, type: string, kind: "header" | "footer" = "header", section = 0): XmlDocument | undefined {
  const wanted = TYPE[type];
  if (wanted === undefined) throw new SimOfficeError("InvalidArgument", `No header type „${type}“.`);
  const sectPr = sectionProperties(sim)[section];
  const reference = sectPr ? all(sectPr, `${kind}Reference`).find((r) => (r.getAttributeNS(W_NS, "type") || "default") === wanted) : undefined;
  const id = reference?.getAttributeNS(RELS, "id");
  if (!id) return section > 0 ? headerStory(sim, type, kind, section - 1) : undefined;
  const rels = sim.partText("word/_rels/document.xml.rels");
  if (rels === undefined) return undefined;
  const relations = parsePart(rels, "word/_rels/document.xml.rels").getElementsByTagName("Relationship");
  for (let i = 0; i < relations.length; i++) {
    const r = relations.item(i) as XmlElement;
    if (r.getAttribute("Id") !== id || !r.getAttribute("Type")?.endsWith(`/${kind}`)) continue;
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

/**
 * A collection a header's or footer's Body hands over (CommentCollection, TrackedChangeCollection): its `items` only
 * after `load` and the sync, as every collection's (PropertyNotLoaded before), and dead after its Word.run.
 */
export class SimStoryItems<T> {
  private list: T[] | undefined;
  private asked = false;
  constructor(
    private readonly context: SimContext,
    private readonly items_: () => T[],
  ) {}
  load(_props?: string | string[]): this {
    this.context.check();
    this.asked = true;
    this.context.enqueue(() => {
      this.list = this.items_();
      return this.list.length * 16;
    }, 0, "read");
    return this;
  }
  get items(): T[] {
    this.context.check();
    if (!this.asked || this.list === undefined) throw new SimOfficeError("PropertyNotLoaded", "The property 'items' is not available. Call load and context.sync() first.");
    return this.list;
  }
}

/**
 * The tracked changes and comment anchors of a header or footer story as Word's API counts them. Assumptions (the
 * reference does not say how Word groups them): one TrackedChange per w:ins / w:moveTo ("Added"), w:del / w:moveFrom
 * ("Deleted") and per w:pPrChange / w:rPrChange ("Formatted"), one Comment per w:commentReference; of an
 * mc:AlternateContent only the first branch (Word shows one).
 */
export function storyMarks(story: XmlDocument | undefined): { changes: string[]; comments: string[] } {
  const changes: string[] = [];
  const comments: string[] = [];
  const kinds: Readonly<Record<string, string>> = { ins: "Added", moveTo: "Added", del: "Deleted", moveFrom: "Deleted", pPrChange: "Formatted", rPrChange: "Formatted" };
  const walk = (n: XmlNode): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const e = c as XmlElement;
      if (e.namespaceURI === MC && e.localName === "Fallback") continue;
      if (e.namespaceURI === W_NS) {
        const kind = kinds[e.localName ?? ""];
        if (kind !== undefined) changes.push(kind);
        else if (e.localName === "commentReference") comments.push(e.getAttributeNS(W_NS, "id") ?? "");
      }
      walk(e);
    }
  };
  if (story?.documentElement) walk(story.documentElement);
  return { changes, comments };
}

/** Adds `Document.sections` (getFirst → getHeader → Body with `text` and getReviewedText) to the simulator's Document. */
export function installPageHeaders(document: { prototype: object }): void {
  class SimHeaderBody extends SimProxy {
    constructor(
      context: SimContext,
      private readonly type: string,
      private readonly kind: "header" | "footer" = "header",
      private readonly section = 0,
    ) {
      super(context);
    }
    private story(): XmlDocument | undefined {
      return headerStory(this.context.sim, this.type, this.kind, this.section);
    }
    getComments(): SimStoryItems<{ id: string }> {
      this.context.check();
      this.context.sim.requireSet("1.4", "Body.getComments");
      return new SimStoryItems(this.context, () => storyMarks(this.story()).comments.map((id) => ({ id })));
    }
    getTrackedChanges(): SimStoryItems<{ type: string }> {
      this.context.check();
      this.context.sim.requireSet("1.6", "Body.getTrackedChanges");
      return new SimStoryItems(this.context, () => storyMarks(this.story()).changes.map((type) => ({ type })));
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
  /** A Section (WordApi 1.1): its headers and footers by type. */
  const section = (context: SimContext, index: number): SimSection => ({
    getHeader: (type: string) => {
      context.check();
      if (TYPE[type] === undefined) throw new SimOfficeError("InvalidArgument", `No header type „${type}“.`);
      return new SimHeaderBody(context, type, "header", index) as unknown as SimHeader;
    },
    getFooter: (type: string) => {
      context.check();
      if (TYPE[type] === undefined) throw new SimOfficeError("InvalidArgument", `No footer type „${type}“.`);
      return new SimHeaderBody(context, type, "footer", index) as unknown as SimHeader;
    },
  });
  Object.defineProperty(document.prototype, "sections", {
    get(this: { readonly context: SimContext }): SimSections {
      const context = this.context;
      context.check();
      let list: SimSection[] | undefined;
      let asked = false;
      const sections: SimSections = {
        getFirst: () => {
          context.check();
          context.sim.requireSet("1.3", "SectionCollection.getFirst");
          return section(context, 0);
        },
        // SectionCollection.items [WordApi 1.1], „Gets the loaded child items in this collection“
        // (https://learn.microsoft.com/javascript/api/word/word.sectioncollection): there after load and the sync, as
        // every collection's; the sections in document order (assumption: the reference does not say the order).
        load: () => {
          context.check();
          asked = true;
          context.enqueue(() => {
            list = sectionProperties(context.sim).map((_, i) => section(context, i));
            return list.length * 8;
          }, 0, "read");
          return sections;
        },
        get items(): SimSection[] {
          context.check();
          if (!asked || list === undefined) throw new SimOfficeError("PropertyNotLoaded", "The property 'items' is not available. Call load and context.sync() first.");
          return list;
        },
      };
      return sections;
    },
  });
}
