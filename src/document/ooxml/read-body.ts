import type { Element as XmlElement, Node as XmlNode } from "@xmldom/xmldom";
import { parseTag, type Tag } from "../tags";
import { toggleOn } from "./hidden-text";
import { MC_NS } from "./markup-compatibility";
import { objectList } from "./object-list";
import { W_NS } from "./ooxml";
import { scanXml, type Utf8View, type XmlAttributes, type XmlHandler } from "./xml-scanner";

/** The vocabularies whose markup this reader understands in an mc:Choice: WordprocessingML and Word 2010/2012's additions to it, which change no text. */
const UNDERSTOOD = new Set([W_NS, "http://schemas.microsoft.com/office/word/2010/wordml", "http://schemas.microsoft.com/office/word/2012/wordml"]);

/** Whether an mc:Choice's `Requires` (prefixes, space-separated) names only what we understand. */
function understood(requires: string | undefined, resolve: (prefix: string) => string | null | undefined): boolean {
  const prefixes = (requires ?? "").split(/\s+/).filter((x) => x !== "");
  return prefixes.length > 0 && prefixes.every((prefix) => UNDERSTOOD.has(resolve(prefix) ?? ""));
}

/**
 * The branch of an mc:AlternateContent that is read (ECMA-376 Part 3 §10.2): the first
 * Choice whose requirements we understand, else the Fallback; never more than one, so that
 * a clause Word keeps in both is read once.
 */
function chosenBranch(ac: XmlElement): XmlElement | undefined {
  for (let n = ac.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as XmlElement;
    if (el.namespaceURI !== MC_NS) continue;
    if (el.localName === "Choice" && understood(el.getAttribute("Requires") ?? undefined, (prefix) => el.lookupNamespaceURI(prefix))) return el;
    if (el.localName === "Fallback") return el;
  }
  return undefined;
}

/**
 * The body of document.xml as the add-in sees it: paragraphs in document order, each with
 * the content controls around it (block level) and inside it (inline), and its text as a
 * reader sees it — inserted text counts, deleted text, field codes and drawings do not.
 *
 * One collector holds these rules; two drivers feed it: a streaming parser for reading
 * (checking a folder of documents, no tree built) and a walk over the DOM for editing,
 * which needs the elements.
 */
export interface Segment {
  readonly text: string;
  /** The innermost inline control of ours around this text, if any. */
  readonly tag?: Tag;
  /** The grey prompt of an empty control (`w:showingPlcHdr`, inline or around the paragraph): shown, but not a value. */
  readonly placeholder?: true;
  /** Hidden text (`w:vanish` on the run, or its character style hides it): kept in the file, not shown. */
  readonly hidden?: true;
}

export interface BodyParagraph {
  readonly segments: readonly Segment[];
  /** Our block-level controls around the paragraph, outermost first. */
  readonly blocks: readonly Tag[];
  /** One token per control instance (the w:sdt element when read from the DOM): two copies of one block have equal tags, not equal tokens. */
  readonly blockKeys: readonly object[];
  /** True when some control around it had a tag that is not ours (another add-in's). */
  readonly foreign: boolean;
  /** The w:p element, when read from the DOM (for changes in place). */
  readonly element?: XmlElement;
  /** Direct list numbering (w:numPr): numbering instance and level; numId "0" switches numbering off. */
  readonly numId?: string;
  readonly ilvl?: number;
  /** The paragraph style (w:pStyle), whose definition may carry numbering. */
  readonly style?: string;
  /** The paragraph mark is a tracked deletion: Word shows this paragraph joined to the next. */
  readonly markDeleted?: boolean;
  /** The paragraph mark is hidden text (`w:vanish` in the mark's run properties). */
  readonly markHidden?: boolean;
  /** Where the paragraph stands when it is inside a table (innermost table). */
  readonly cell?: { readonly table: number; readonly row: number; readonly col: number };
  /** The list number Word shows before the text ("1.1", "a)"), with its separator; computed from numbering.xml. */
  readonly listLabel?: string;
  /** The list number's level hides it (`hidden`) or makes it white or of 1 point (`invisible`): read, but nobody sees it. */
  readonly listLabelUnseen?: "hidden" | "invisible";
  /**
   * Tracked changes not yet accepted or rejected in the paragraph (w:ins, w:del, w:moveFrom, w:moveTo
   * around runs or on the paragraph mark; w:pPrChange, which may change a list number), counted as
   * Word lists them. A character formatting change (w:rPrChange: bold, font) leaves the text as it
   * is and is not counted: „nicht fest, welcher Text gedruckt wird“ would overstate it (second tryout).
   */
  readonly revisions?: number;
  /** Comments anchored in the paragraph (w:commentReference). */
  readonly comments?: number;
  /** Their ids (w:id), in order: the reader tells the add-in's own review comments (by author) from a user's. */
  readonly commentIds?: readonly string[];
}

/** The paragraph's text as values: prompts of empty controls are not part of it. */
export const paragraphText = (p: BodyParagraph): string => p.segments.filter((s) => !s.placeholder).map((s) => s.text).join("");

const SKIP = new Set(["del", "moveFrom", "instrText", "delText", "drawing", "pict", "object", "AlternateContent", "footnoteReference", "endnoteReference", "commentReference", "rPr", "pPr", "sdtEndPr", "fldData", "fldChar", "tblPr", "tblGrid", "trPr", "tcPr", "sectPr", "bookmarkStart", "bookmarkEnd", "proofErr", "lastRenderedPageBreak"]);
const CHAR: Readonly<Record<string, string>> = { tab: "\t", ptab: "\t", br: "\v", cr: "\v", noBreakHyphen: "-" };
/** What a tracked insertion may hold and still insert nothing Word shows: an empty run, bookmarks, proofing marks (text only counts when there is some). */
const INSERTS_NOTHING = new Set(["r", "t", "bookmarkStart", "bookmarkEnd", "proofErr", "lastRenderedPageBreak", "commentRangeStart", "commentRangeEnd", "permStart", "permEnd"]);

const NO_KEY: object = {};

/** An element's attributes as the collector asks for them: the scanner's own (`XmlAttributes`, no wrapper per element), or the tree's. */
interface WAttributes {
  get(uri: string, local: string): string | undefined;
}

const NO_ATTRIBUTES: WAttributes = { get: () => undefined };

interface SdtFrame {
  /** The instance's token: its w:sdt element from the DOM, else this frame itself (one object, not two, per control). */
  key: object;
  tag: Tag | undefined;
  foreign: boolean;
  inline: boolean;
  inPr: boolean;
  /** `w:showingPlcHdr`: the control shows its prompt, not a value; its text is not read. */
  placeholder: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The top of a stack, or undefined: the length checked first, because reading an empty array at
 * index -1 is a slow lookup in V8, and the stacks of controls and tables are empty for most elements.
 */
function last<T>(stack: readonly T[]): T | undefined {
  return stack.length > 0 ? stack[stack.length - 1] : undefined;
}

/** Turns open/close/text events of WordprocessingML elements into paragraphs. */
class BodyCollector {
  readonly paragraphs = objectList<BodyParagraph>();
  private skipDepth = 0;
  private readonly stack = objectList<string>();
  private readonly sdts = objectList<SdtFrame>();
  private blocks: { tag: Tag; key: object }[] = [];
  /** The tags and tokens of `blocks`, made when the blocks change and shared by every paragraph inside them (they are read, never changed). */
  private blockTags: readonly Tag[] = [];
  private blockKeys: readonly object[] = [];
  private foreignDepth = 0;
  private paragraph: { segments: { text: string; tag?: Tag; placeholder?: true; hidden?: true }[]; element?: XmlElement } | undefined;
  private inText = false;
  /** Inside the paragraph properties: only numbering, style and the paragraph mark's revision are read. */
  private pPrAt = -1;
  private props: { numId?: string; ilvl?: number; style?: string; markDeleted?: boolean; markHidden?: boolean; revisions?: number; comments?: number; commentIds?: string[] } = {};
  /** Inside a run's properties: only whether the run is hidden is read. */
  private rPrAt = -1;
  /** The current run is hidden: by its own `w:vanish`, else by its character style. */
  private runVanish: boolean | undefined;
  private runStyleHidden = false;

  constructor(private readonly hiddenStyles: ReadonlySet<string> = new Set()) {}
  /** Complex fields (w:fldChar): the code part is not shown, the result part is. A code part ends with its paragraph at the latest. */
  private readonly fields = objectList<"code" | "result">();
  private readonly tables = objectList<{ table: number; row: number; col: number }>();
  private tableCount = 0;
  /**
   * The open tracked insertions (w:ins, w:moveTo around runs), each counted once something inside it shows: an empty
   * `<w:ins/>`, or one around an empty run, changes no text and is no open revision (a tryout found one counted).
   */
  private readonly insertions = objectList<boolean>();

  private openInPPr(name: string, attributes: WAttributes): void {
    const depth = this.stack.length - 1 - this.pPrAt;
    const under = this.stack[this.pPrAt + 1];
    if (depth === 1 && name === "pStyle") this.props.style = attributes.get(W_NS, "val") ?? "";
    else if (depth === 2 && under === "numPr" && name === "numId") this.props.numId = attributes.get(W_NS, "val") ?? "";
    else if (depth === 2 && under === "numPr" && name === "ilvl") this.props.ilvl = Number(attributes.get(W_NS, "val") ?? "0") || 0;
    else if (depth === 2 && under === "rPr" && (name === "del" || name === "moveFrom")) {
      this.props.markDeleted = true;
      this.revised();
    } else if ((depth === 2 && under === "rPr" && (name === "ins" || name === "moveTo")) || (depth === 1 && name === "pPrChange")) this.revised();
    else if (depth === 2 && under === "rPr" && name === "vanish") this.props.markHidden = toggleOn(attributes.get(W_NS, "val"));
  }
  /** Open w:p elements (a paragraph in a text box inside a paragraph); counted, not searched for on the stack. */
  private openParagraphs = 0;

  open(name: string, attributes: WAttributes, element?: XmlElement): void {
    this.stack.push(name);
    if (this.pPrAt >= 0) {
      this.openInPPr(name, attributes);
      return;
    }
    if (this.rPrAt >= 0) {
      if (this.stack.length - 1 - this.rPrAt === 1 && name === "vanish") this.runVanish = toggleOn(attributes.get(W_NS, "val"));
      // Word never shows a run in w:specVanish (it follows w:vanish in the run's properties, so it wins).
      else if (this.stack.length - 1 - this.rPrAt === 1 && name === "specVanish" && toggleOn(attributes.get(W_NS, "val"))) this.runVanish = true;
      else if (this.stack.length - 1 - this.rPrAt === 1 && name === "rStyle") this.runStyleHidden = this.hiddenStyles.has(attributes.get(W_NS, "val") ?? "");
      return;
    }
    // Inside something skipped: only counted (what follows reads nothing there).
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    if (name === "rPr" && this.stack[this.stack.length - 2] === "r") {
      this.rPrAt = this.stack.length - 1;
      return;
    }
    if (name === "pPr" && this.paragraph && this.stack[this.stack.length - 2] === "p") {
      this.pPrAt = this.stack.length - 1;
      return;
    }
    if (name === "fldChar") {
      const type = attributes.get(W_NS, "fldCharType");
      if (type === "begin") this.fields.push("code");
      else if (type === "separate" && this.fields.length > 0) this.fields[this.fields.length - 1] = "result";
      else if (type === "end") this.fields.pop();
    }
    if (this.insertions.length > 0 && !INSERTS_NOTHING.has(name)) this.inserted();
    // The names a body is mostly made of are none of SKIP's: asked by identity before the set is (skipDepth is 0 here).
    if (name !== "p" && name !== "r" && name !== "t" && name !== "sdt" && name !== "sdtContent" && name !== "sdtPr" && name !== "tag" && name !== "alias" && name !== "id" && SKIP.has(name)) {
      if (name === "del" || name === "moveFrom") this.revised();
      else if (name === "commentReference" && this.paragraph) {
        this.props.comments = (this.props.comments ?? 0) + 1;
        (this.props.commentIds ??= []).push(attributes.get(W_NS, "id") ?? "");
      }
      this.skipDepth++;
      return;
    }
    const sdt = last(this.sdts);
    switch (name) {
      case "p":
        this.openParagraphs++;
        if (!this.paragraph) {
          this.paragraph = element ? { segments: [], element } : { segments: [] };
          this.props = {};
        }
        break;
      case "tbl":
        this.tables.push({ table: this.tableCount++, row: -1, col: -1 });
        break;
      case "tr": {
        const t = last(this.tables);
        if (t) {
          t.row++;
          t.col = -1;
        }
        break;
      }
      case "tc": {
        const t = last(this.tables);
        if (t) t.col++;
        break;
      }
      case "t":
        this.inText = true;
        break;
      case "ins":
      case "moveTo":
        // One outside a paragraph is not counted, as revised() counts none there.
        this.insertions.push(this.paragraph === undefined);
        break;
      case "r":
        this.runVanish = undefined;
        this.runStyleHidden = false;
        break;
      case "sdt": {
        const frame: SdtFrame = { key: NO_KEY, tag: undefined, foreign: false, inline: this.paragraph !== undefined, inPr: false, placeholder: false };
        frame.key = element ?? frame;
        this.sdts.push(frame);
        break;
      }
      case "sdtPr":
        if (sdt) sdt.inPr = true;
        break;
      case "showingPlcHdr":
        if (sdt?.inPr) sdt.placeholder = attributes.get(W_NS, "val") !== "0" && attributes.get(W_NS, "val") !== "false";
        break;
      case "tag":
        if (sdt?.inPr) {
          const value = attributes.get(W_NS, "val") ?? "";
          sdt.tag = parseTag(value);
          sdt.foreign = sdt.tag === undefined && value !== "";
        }
        break;
      case "sdtContent":
        if (sdt && !sdt.inline) {
          if (sdt.tag) this.setBlocks([...this.blocks, { tag: sdt.tag, key: sdt.key }]);
          if (sdt.foreign) this.foreignDepth++;
        }
        break;
      default: {
        const c = CHAR[name];
        if (c !== undefined) this.emit(c);
      }
    }
  }

  close(name: string): void {
    this.stack.pop();
    if (this.pPrAt >= 0) {
      if (this.stack.length === this.pPrAt) this.pPrAt = -1;
      return;
    }
    if (this.rPrAt >= 0) {
      if (this.stack.length === this.rPrAt) this.rPrAt = -1;
      return;
    }
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const sdt = last(this.sdts);
    switch (name) {
      case "t":
        this.inText = false;
        break;
      case "r":
        this.runVanish = undefined;
        this.runStyleHidden = false;
        break;
      case "sdtPr":
        if (sdt) sdt.inPr = false;
        break;
      case "sdtContent":
        if (sdt && !sdt.inline) {
          if (sdt.tag) this.setBlocks(this.blocks.slice(0, -1));
          if (sdt.foreign) this.foreignDepth--;
        }
        break;
      case "sdt":
        this.sdts.pop();
        break;
      case "tbl":
        this.tables.pop();
        break;
      case "ins":
      case "moveTo":
        this.insertions.pop();
        break;
      case "p":
        if (this.paragraph && --this.openParagraphs === 0) {
          // A field whose code part is still open where its paragraph ends has lost its separator and end (a DATE field
          // cut short): its code ends here, or it would take all the text after it out of the reading.
          if (this.fields.includes("code")) this.fields.splice(0, this.fields.length, ...this.fields.filter((f) => f !== "code"));
          const t = last(this.tables);
          // Built field by field, in the order of the spread it replaces (no object per optional field).
          this.takeBlocks();
          const read: Mutable<BodyParagraph> = { segments: this.paragraph.segments, blocks: this.blockTags, blockKeys: this.blockKeys, foreign: this.foreignDepth > 0 };
          if (this.paragraph.element) read.element = this.paragraph.element;
          const props = this.props;
          for (const k in props) (read as Record<string, unknown>)[k] = props[k as keyof typeof props];
          if (t) read.cell = { table: t.table, row: t.row, col: t.col };
          this.paragraphs.push(read);
          this.paragraph = undefined;
        }
        break;
    }
  }

  /** Something shows inside the open insertions: each not yet counted is one tracked change more. */
  private inserted(): void {
    for (let i = 0; i < this.insertions.length; i++) {
      if (this.insertions[i]) continue;
      this.insertions[i] = true;
      this.revised();
    }
  }

  /** One tracked change more in the open paragraph (one outside a paragraph, on a table row, is not counted). */
  private revised(): void {
    if (this.paragraph) this.props.revisions = (this.props.revisions ?? 0) + 1;
  }

  private setBlocks(blocks: { tag: Tag; key: object }[]): void {
    this.blocks = blocks;
    this.blocksChanged = true;
  }

  /** The blocks' tags and tokens changed since a paragraph last took them: made anew (a block's end and the next one's start make them once, not twice). */
  private blocksChanged = false;

  private takeBlocks(): void {
    if (!this.blocksChanged) return;
    this.blocksChanged = false;
    this.blockTags = this.blocks.map((b) => b.tag);
    this.blockKeys = this.blocks.map((b) => b.key);
  }

  text(text: string): void {
    if (this.inText && this.skipDepth === 0) {
      if (this.insertions.length > 0 && text !== "") this.inserted();
      this.emit(text);
    }
  }

  private emit(text: string): void {
    if (!this.paragraph || this.fields.includes("code")) return;
    let tag: Tag | undefined;
    let placeholder = false;
    for (let i = this.sdts.length - 1; i >= 0; i--) {
      const s = this.sdts[i] as SdtFrame;
      // A block-level control showing its prompt shows no value either: its paragraphs' text is the prompt.
      if (s.placeholder) placeholder = true;
      if (!s.inline) continue;
      if (s.tag && tag === undefined) tag = s.tag;
    }
    const hidden = this.runVanish ?? this.runStyleHidden;
    const segments = this.paragraph.segments;
    const last = segments[segments.length - 1];
    if (last && last.tag === tag && last.placeholder === (placeholder || undefined) && last.hidden === (hidden || undefined)) last.text += text;
    else {
      // Built field by field: a spread of `cond ? { x } : {}` makes an object per field and per segment.
      const segment: { text: string; tag?: Tag; placeholder?: true; hidden?: true } = { text };
      if (tag) segment.tag = tag;
      if (placeholder) segment.placeholder = true;
      if (hidden) segment.hidden = true;
      segments.push(segment);
    }
  }
}

function walkDom(collector: BodyCollector, node: XmlNode): void {
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const el = n as XmlElement;
      if (el.namespaceURI === MC_NS && el.localName === "AlternateContent") {
        const branch = chosenBranch(el);
        if (branch) walkDom(collector, branch);
        continue;
      }
      if (el.namespaceURI !== W_NS) {
        // Drawings and other vocabularies: skipped, as the stream does.
        continue;
      }
      const name = el.localName ?? "";
      collector.open(name, { get: (uri, local) => el.getAttributeNS(uri, local) ?? undefined }, name === "p" || name === "sdt" ? el : undefined);
      walkDom(collector, el);
      collector.close(name);
    } else if (n.nodeType === 3 || n.nodeType === 4) collector.text(n.nodeValue ?? "");
  }
}

/** All paragraphs of a body element (tables included, cell by cell), in document order, with their elements. */
export function readBody(body: XmlElement, hiddenStyles?: ReadonlySet<string>): BodyParagraph[] {
  const collector = new BodyCollector(hiddenStyles);
  walkDom(collector, body);
  return collector.paragraphs;
}

/** What an open element is to `readBodyXml`: ours, foreign (skipped with all it holds), an mc:AlternateContent, the branch of one that is read. */
const KIND_W = 0;
const KIND_FOREIGN = 1;
const KIND_AC = 2;
const KIND_BRANCH = 3;

/**
 * The same from the XML text, streaming, without building a tree (`scanXml`: the structure
 * limits and the DOCTYPE refusal are enforced as it reads). `also` hears every event of the
 * part too, so that another reader of document.xml (the accessibility facts) needs no second
 * pass over it. Throws `DocxError` on malformed XML; read from the bytes (`Utf8View`), `ReadDecoded`
 * where the decoded text must decide (see `scanXml`).
 */
export function readBodyXml(xml: string | Utf8View, part: string, hiddenStyles?: ReadonlySet<string>, also?: XmlHandler): BodyParagraph[] {
  const stream = new BodyStream(new BodyCollector(hiddenStyles), also ?? NO_EVENTS);
  scanXml(xml, part, stream);
  return stream.collector.paragraphs;
}

const NO_EVENTS: XmlHandler = { open() {}, close() {}, text() {} };

/**
 * The scanner's events for `BodyCollector`: what each open element is (ours, foreign and skipped with all it
 * holds, or markup compatibility read through: an mc:AlternateContent and the one branch of it that is read),
 * and only WordprocessingML inside w:body handed on, with the scanner's attributes as they are. A class, not
 * closures: its state is fields of one shape, the same for every document.
 */
class BodyStream implements XmlHandler {
  private inBody = false;
  /** What each open element is (KIND_W …): a stack of small integers, not of strings. */
  private readonly kinds: number[] = [];
  private readonly taken = objectList<boolean>();
  /** How many foreign elements are open: "inside something skipped?" in O(1) (a per-event scan of the stack would be quadratic). */
  private foreignOpen = 0;

  constructor(
    readonly collector: BodyCollector,
    private readonly also: XmlHandler,
  ) {}

  open(uri: string, local: string, attributes: XmlAttributes): void {
    this.also.open(uri, local, attributes);
    const kinds = this.kinds;
    let kind: number;
    if (this.foreignOpen > 0) kind = KIND_FOREIGN;
    else if (uri === W_NS) kind = KIND_W;
    else if (uri === MC_NS && local === "AlternateContent") {
      kind = KIND_AC;
      this.taken.push(false);
    } else if (uri === MC_NS && (local === "Choice" || local === "Fallback") && kinds[kinds.length - 1] === KIND_AC && !this.taken[this.taken.length - 1]) {
      const take = local === "Fallback" || understood(attributes.get("", "Requires"), (prefix) => attributes.resolve(prefix));
      if (take) this.taken[this.taken.length - 1] = true;
      kind = take ? KIND_BRANCH : KIND_FOREIGN;
    } else kind = KIND_FOREIGN;
    kinds.push(kind);
    if (kind === KIND_FOREIGN) this.foreignOpen++;
    if (!this.inBody) {
      if (kind === KIND_W && local === "body") this.inBody = true;
      return;
    }
    if (kind === KIND_W) this.collector.open(local, attributes);
  }

  close(uri: string, local: string): void {
    this.also.close(uri, local);
    const kind = this.kinds.pop();
    if (kind === KIND_FOREIGN) this.foreignOpen--;
    if (kind === KIND_AC) this.taken.pop();
    if (kind !== KIND_W) return;
    if (local === "body") this.inBody = false;
    else if (this.inBody) this.collector.close(local);
  }

  text(t: string): void {
    this.also.text(t);
    if (this.inBody && this.foreignOpen === 0) this.collector.text(t);
  }
}

/** A paragraph's text as the recogniser sees it. */
export function textOfParagraph(p: XmlElement): string {
  const collector = new BodyCollector();
  collector.open("p", NO_ATTRIBUTES, p);
  walkDom(collector, p);
  collector.close("p");
  return collector.paragraphs[0] ? paragraphText(collector.paragraphs[0]) : "";
}
