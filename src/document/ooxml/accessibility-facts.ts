import type { Element as XmlElement, Node as XmlNode } from "@xmldom/xmldom";
import type { AccessibilityFacts, HeadingFact, ImageFact, PlaceholderFact, TableFact, TextBoxFact } from "../../core/accessibility/facts";
import { checkAccessibility } from "../../core/accessibility/rules";
import type { Vorlage } from "../../core/model/vorlage";
import type { Finding } from "../../core/validation/finding";
import { unreadTextBoxFindings } from "../imported-chunks";
import { parseTag } from "../tags";
import { MC_NS } from "./markup-compatibility";
import { objectList } from "./object-list";
import { W_NS } from "./ooxml";
import { paragraphText, type BodyParagraph } from "./read-body";
import { scanXml, type XmlHandler } from "./xml-scanner";

/**
 * The facts the accessibility check decides on (src/core/accessibility), read from a
 * package's parts: document.xml (tables, drawings, text boxes, controls showing their
 * prompt), styles.xml (the language of the defaults, the outline level of each paragraph
 * style), docProps/core.xml (title, language). One collector; two drivers, as read-body.ts
 * has them: our scanner streaming over the XML for checking (document.xml in the same pass as the body), a walk over the tree the editor
 * already holds. settings.xml is not read: its w:themeFontLang chooses theme fonts and is
 * not the language of the text.
 */

const WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
const V_NS = "urn:schemas-microsoft-com:vml";
const O_NS = "urn:schemas-microsoft-com:office:office";
const DECORATIVE_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative";
const DC_NS = "http://purl.org/dc/elements/1.1/";

/** An element's attributes by namespace URI and local name: the scanner's own (no wrapper per event), or a lookup in the tree. */
interface Attr {
  get(uri: string, local: string): string | undefined;
}

interface XmlEvents {
  open(uri: string, local: string, attr: Attr): void;
  close(uri: string, local: string): void;
  text(text: string): void;
}

/** An on/off property: present means on unless its w:val says false. */
const isOn = (attr: Attr): boolean => !["false", "0", "off"].includes(attr.get(W_NS, "val") ?? "true");

interface TableFrame {
  number: number;
  rows: number;
  headerRow: boolean;
  styled: string | undefined;
  borders: boolean;
  firstRowCells: number;
  excerpt: string;
  inFirstRow: boolean;
  /** The cell of the current row (1-based), and whether every row so far has had exactly two. */
  col: number;
  twoColumns: boolean;
  /** The first cell's text of each row, and the second cell's of the first row (for TableFact.twoColumns). */
  labels: string[];
  firstValue: string;
}

/** Enough of a cell's text to judge it by (a label is short). */
const CELL_TEXT = 80;

interface ShapeFrame {
  floating: boolean;
  name: string;
  alternative: boolean;
  decorative: boolean;
  textBox: boolean;
  image: boolean;
  text: string;
  vml: boolean;
}

interface SdtFrame {
  placeholder: boolean;
  tag: string;
  alias: string;
  inPr: boolean;
  text: string;
}

/**
 * One of our field controls: tagged bv:feld:…, or — where another program dropped the tags
 * (LibreOffice does) — still showing our prompt „‹Alias›“ for its own alias, as render-vorlage writes it,
 * or our prompt's form where the alias was dropped too (LibreOffice drops both).
 */
const ownField = (sdt: SdtFrame): boolean => parseTag(sdt.tag)?.kind === "feld" || (sdt.tag === "" && (sdt.alias !== "" ? sdt.text.trim() === `‹${sdt.alias}›` : OWN_PROMPT.test(sdt.text.trim())));

/** Our prompt's form, „‹Beschluss-Nr.›“, as render-vorlage writes it: LibreOffice keeps it where it drops tag and alias. */
const OWN_PROMPT = /^‹[^‹›]{1,40}›$/u;

/** Tables, drawings, text boxes and prompts of document.xml. */
/**
 * The element `n` places below the top of a stack (0: the top), or undefined. Checked against the
 * length first: reading an array out of bounds (`a[-1]` of an empty stack) is a slow path in V8,
 * and these stacks are empty for most elements of a body (no table, shape or control open).
 */
function top<T>(stack: readonly T[], n = 0): T | undefined {
  const i = stack.length - 1 - n;
  return i >= 0 ? stack[i] : undefined;
}

class BodyFacts implements XmlEvents {
  readonly tables = objectList<TableFact & { readonly style: string | undefined; readonly borders: boolean }>();
  readonly images = objectList<ImageFact>();
  readonly textBoxes = objectList<TextBoxFact>();
  readonly placeholders = objectList<PlaceholderFact>();
  /** Imported chunks (w:altChunk): content Word inserts when it opens the file, which no reader of the XML sees. */
  altChunks = 0;
  /** Local names of the open elements (an object per element would be garbage for the only question asked: the parent's name). */
  private readonly stack = objectList<string>();
  /** Inside mc:Fallback: a copy of what mc:Choice holds (a text box as VML), counted once. */
  private fallback = 0;
  private inText = false;
  private tableCount = 0;
  private readonly openTables = objectList<TableFrame>();
  private readonly shapes = objectList<ShapeFrame>();
  private readonly sdts = objectList<SdtFrame>();

  private parent(n = 1): string | undefined {
    return top(this.stack, n);
  }

  open(uri: string, local: string, attr: Attr): void {
    this.stack.push(local);
    if (this.fallback > 0 || (uri === MC_NS && local === "Fallback")) {
      this.fallback++;
      return;
    }
    // Looked up where an element needs them, not for each element of the body.
    if (uri === W_NS) {
      const table = top(this.openTables);
      switch (local) {
        case "tbl":
          this.openTables.push({ number: ++this.tableCount, rows: 0, headerRow: false, styled: undefined, borders: false, firstRowCells: 0, excerpt: "", inFirstRow: false, col: 0, twoColumns: true, labels: [], firstValue: "" });
          return;
        case "tblStyle":
          if (table && this.parent() === "tblPr" && this.parent(2) === "tbl") table.styled = attr.get(W_NS, "val") ?? "";
          return;
        case "tr":
          if (table) {
            table.rows++;
            table.inFirstRow = table.rows === 1;
            table.col = 0;
            table.labels.push("");
          }
          return;
        case "tblHeader":
          if (table?.inFirstRow && this.parent() === "trPr") table.headerRow = isOn(attr);
          return;
        case "tc":
          if (table?.inFirstRow) table.firstRowCells++;
          if (table) table.col++;
          return;
        case "altChunk":
        case "subDoc":
          this.altChunks++;
          return;
        case "drawing":
          this.shapes.push({ floating: false, name: "", alternative: false, decorative: false, textBox: false, image: true, text: "", vml: false });
          return;
        case "sdt":
          this.sdts.push({ placeholder: false, tag: "", alias: "", inPr: false, text: "" });
          return;
        case "sdtPr": {
          const sdt = top(this.sdts);
          if (sdt) sdt.inPr = true;
          return;
        }
        case "showingPlcHdr": {
          const sdt = top(this.sdts);
          if (sdt?.inPr) sdt.placeholder = isOn(attr);
          return;
        }
        case "tag": {
          const sdt = top(this.sdts);
          if (sdt?.inPr) sdt.tag = attr.get(W_NS, "val") ?? "";
          return;
        }
        case "alias": {
          const sdt = top(this.sdts);
          if (sdt?.inPr) sdt.alias = attr.get(W_NS, "val") ?? "";
          return;
        }
        case "t":
          this.inText = true;
          return;
        default:
          // A border drawn on the table itself (w:tblPr/w:tblBorders/*): not a layout table.
          if (table && this.parent() === "tblBorders" && this.parent(2) === "tblPr" && !["nil", "none"].includes(attr.get(W_NS, "val") ?? "nil")) table.borders = true;
          return;
      }
    }
    const shape = top(this.shapes);
    if (uri === WP_NS && shape && !shape.vml) {
      if (local === "anchor") shape.floating = true;
      else if (local === "docPr") {
        shape.name = attr.get("", "name") ?? "";
        shape.alternative = (attr.get("", "descr") ?? "").trim() !== "" || (attr.get("", "title") ?? "").trim() !== "";
      }
      return;
    }
    if (uri === DECORATIVE_NS && local === "decorative" && shape) {
      shape.decorative = !["0", "false"].includes(attr.get("", "val") ?? "1");
      return;
    }
    if (uri === WPS_NS && local === "txbx" && shape) {
      shape.textBox = true;
      return;
    }
    if (uri === V_NS) {
      if (["shape", "rect", "roundrect", "oval"].includes(local)) {
        const style = (attr.get("", "style") ?? "").replace(/\s+/gu, "").toLowerCase();
        const alt = (attr.get("", "alt") ?? "").trim() !== "" || (attr.get("", "title") ?? "").trim() !== "";
        this.shapes.push({ floating: style.includes("position:absolute"), name: attr.get("", "id") ?? "", alternative: alt, decorative: false, textBox: false, image: false, text: "", vml: true });
      } else if (local === "imagedata" && shape?.vml) {
        shape.image = true;
        if ((attr.get(O_NS, "title") ?? "").trim() !== "") shape.alternative = true;
      } else if (local === "textbox" && shape?.vml) shape.textBox = true;
    }
  }

  close(uri: string, local: string): void {
    this.stack.pop();
    if (this.fallback > 0) {
      this.fallback--;
      return;
    }
    if (uri === W_NS) {
      switch (local) {
        case "tbl": {
          const t = this.openTables.pop() as TableFrame;
          const twoColumns = t.twoColumns && t.rows > 0 ? { twoColumns: { labels: t.labels.map((l) => l.trim()), firstValue: t.firstValue.trim() } } : {};
          this.tables.push({ number: t.number, rows: t.rows, headerRow: t.headerRow, layout: false, excerpt: t.excerpt.trim(), style: t.styled, borders: t.borders, ...twoColumns });
          return;
        }
        case "tr": {
          const table = top(this.openTables);
          if (table) {
            table.inFirstRow = false;
            if (table.col !== 2) table.twoColumns = false;
          }
          return;
        }
        case "drawing":
          this.endShape();
          return;
        case "sdtPr": {
          const sdt = top(this.sdts);
          if (sdt) sdt.inPr = false;
          return;
        }
        case "sdt": {
          const sdt = this.sdts.pop();
          if (sdt?.placeholder) this.placeholders.push({ text: sdt.text.trim(), ownField: ownField(sdt) });
          return;
        }
        case "t":
          this.inText = false;
          return;
        case "p":
          // A text box's paragraphs are words apart, not run together („Beschlussvorlage Gedruckt auf …“).
          for (const s of this.shapes) if (s.text !== "" && !s.text.endsWith(" ")) s.text += " ";
          return;
      }
    }
    if (uri === V_NS && ["shape", "rect", "roundrect", "oval"].includes(local)) this.endShape();
  }

  private endShape(): void {
    const s = this.shapes.pop();
    if (!s) return;
    if (s.textBox) this.textBoxes.push({ number: this.textBoxes.length + 1, floating: s.floating, text: s.text.trim() });
    else if (s.image) this.images.push({ number: this.images.length + 1, name: s.name, alternative: s.alternative, decorative: s.decorative });
  }

  text(text: string): void {
    if (!this.inText || this.fallback > 0) return;
    for (const s of this.shapes) s.text += text;
    for (const s of this.sdts) if (s.placeholder && !s.inPr) s.text += text;
    const table = top(this.openTables);
    if (table?.inFirstRow && table.firstRowCells === 1 && this.shapes.length === 0) table.excerpt += text;
    if (table?.twoColumns && this.shapes.length === 0) {
      const row = table.labels.length - 1;
      if (table.col === 1 && (table.labels[row] as string).length < CELL_TEXT) table.labels[row] += text;
      else if (table.col === 2 && table.rows === 1 && table.firstValue.length < CELL_TEXT) table.firstValue += text;
    }
  }
}

/** A paragraph style as the check needs it. */
interface StyleInfo {
  readonly type: string;
  readonly name: string;
  readonly basedOn?: string;
  readonly outlineLevel?: number;
  readonly lang?: string;
  readonly isDefault: boolean;
}

/** styles.xml: each style's name, base, outline level and language; the defaults' language. */
class StyleFacts implements XmlEvents {
  readonly styles = new Map<string, StyleInfo>();
  defaultsLang: string | undefined;
  private readonly stack = objectList<string>();
  private current: { id: string; type: string; name: string; basedOn?: string; outlineLevel?: number; lang?: string; isDefault: boolean } | undefined;

  open(uri: string, local: string, attr: Attr): void {
    this.stack.push(local);
    if (uri !== W_NS) return;
    const under = (name: string): boolean => this.stack.includes(name);
    if (local === "style" && this.stack.length === 2) {
      this.current = { id: attr.get(W_NS, "styleId") ?? "", type: attr.get(W_NS, "type") ?? "paragraph", name: "", isDefault: ["1", "true", "on"].includes(attr.get(W_NS, "default") ?? "") };
      return;
    }
    const c = this.current;
    if (c && this.stack.length === 3) {
      if (local === "name") c.name = attr.get(W_NS, "val") ?? "";
      else if (local === "basedOn") c.basedOn = attr.get(W_NS, "val") ?? "";
      return;
    }
    if (c && local === "outlineLvl" && under("pPr")) c.outlineLevel = Number(attr.get(W_NS, "val") ?? "9");
    else if (local === "lang" && under("rPr")) {
      const val = attr.get(W_NS, "val");
      if (c) c.lang = val;
      else if (under("rPrDefault")) this.defaultsLang = val;
    }
  }

  close(_uri: string, local: string): void {
    this.stack.pop();
    if (local === "style" && this.stack.length === 1 && this.current) {
      const { id, ...info } = this.current;
      this.styles.set(id, info);
      this.current = undefined;
    }
  }

  text(): void {}

  private chain(id: string | undefined): StyleInfo[] {
    const out: StyleInfo[] = [];
    const seen = new Set<string>();
    for (let cur = id; cur !== undefined && !seen.has(cur); ) {
      seen.add(cur);
      const s = this.styles.get(cur);
      if (!s) break;
      out.push(s);
      cur = s.basedOn;
    }
    return out;
  }

  private defaultParagraphStyle(): string | undefined {
    for (const [id, s] of this.styles) if (s.type === "paragraph" && s.isDefault) return id;
    return undefined;
  }

  /** The outline level a paragraph of this style has: own or inherited w:outlineLvl (9 is body text), or a built-in „heading n“. */
  outlineLevel(styleId: string | undefined): number | undefined {
    const known = styleId !== undefined && this.styles.has(styleId) ? styleId : this.defaultParagraphStyle();
    for (const s of this.chain(known)) {
      if (s.outlineLevel !== undefined) return s.outlineLevel >= 0 && s.outlineLevel <= 8 ? s.outlineLevel : undefined;
      const heading = /^heading ([1-9])$/iu.exec(s.name);
      if (heading) return Number(heading[1]) - 1;
    }
    return undefined;
  }

  styleName(styleId: string | undefined): string | undefined {
    const known = styleId !== undefined && this.styles.has(styleId) ? styleId : this.defaultParagraphStyle();
    if (known === undefined) return undefined;
    return this.styles.get(known)?.name || known;
  }

  /** The default paragraph style's language (through its bases), else the document defaults'. */
  language(): string | undefined {
    for (const s of this.chain(this.defaultParagraphStyle())) if (s.lang) return s.lang;
    return this.defaultsLang || undefined;
  }
}

/** docProps/core.xml: dc:title and dc:language. */
class CoreFacts implements XmlEvents {
  title: string | undefined;
  language: string | undefined;
  private field: "title" | "language" | undefined;
  open(uri: string, local: string): void {
    this.field = uri === DC_NS && (local === "title" || local === "language") ? local : undefined;
    if (this.field) this[this.field] = "";
  }
  close(): void {
    this.field = undefined;
  }
  text(text: string): void {
    if (this.field) this[this.field] = (this[this.field] ?? "") + text;
  }
}

/** Streams a part into a collector (`scanXml`: limits and DOCTYPE refusal included), which hears the scanner's events itself. */
function stream(events: XmlEvents, xml: string, part: string): void {
  scanXml(xml, part, events);
}

/**
 * The facts of document.xml gathered while another reader streams it (`readBodyXml`'s
 * `also`), so that the part is read once: pass `handler` to that reader, then `facts` to
 * `readAccessibilityFacts` as `main`.
 */
export function bodyFactsStream(): { readonly handler: XmlHandler; readonly facts: BodyFactsRead } {
  const body = new BodyFacts();
  return { handler: body, facts: { bodyFacts: body } };
}

/** Facts of document.xml already gathered (by `bodyFactsStream`). */
export interface BodyFactsRead {
  readonly bodyFacts: object;
}

function walk(events: XmlEvents, node: XmlNode): void {
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const el = n as XmlElement;
      const attr: Attr = {
        get: (uri, local) => {
          for (let i = 0; i < el.attributes.length; i++) {
            const a = el.attributes.item(i);
            if (a && (a.namespaceURI ?? "") === uri && (a.localName ?? a.name) === local) return a.value;
          }
          return undefined;
        },
      };
      events.open(el.namespaceURI ?? "", el.localName ?? "", attr);
      walk(events, el);
      events.close(el.namespaceURI ?? "", el.localName ?? "");
    } else if (n.nodeType === 3 || n.nodeType === 4) events.text(n.nodeValue ?? "");
  }
}

/** A section heading: its paragraph (an index into the body's paragraphs) and the section's id. */
export interface HeadingPlace {
  readonly paragraph: number;
  readonly sectionId?: string;
}

/** The section headings of a document with our controls: the first paragraph of each section control. */
export function structuredHeadings(paragraphs: readonly BodyParagraph[]): HeadingPlace[] {
  const seen = new Set<object>();
  const out: HeadingPlace[] = [];
  paragraphs.forEach((p, i) => {
    p.blocks.forEach((tag, depth) => {
      const key = p.blockKeys[depth];
      if (tag.kind !== "abschnitt" || key === undefined || seen.has(key)) return;
      seen.add(key);
      out.push({ paragraph: i, sectionId: tag.id });
    });
  });
  return out;
}

export interface PackageText {
  /** document.xml: its text (streamed), the tree the editor holds (its w:body or w:document), or its facts gathered while the body was read. */
  readonly main: string | XmlNode | BodyFactsRead;
  readonly mainPart: string;
  readonly styles?: string;
  readonly core?: string;
}

/**
 * How many imported chunks (w:altChunk: an HTML, RTF or Word document a program embedded,
 * which Word converts into the text when it opens the file) and subdocuments (w:subDoc: a master
 * document's part in another file, shown in place when expanded) the main part holds: their text
 * was never read, so nothing said of the document covers it. From the facts a streaming read
 * gathered, or counted in the tree of an edited document.
 */
export function importedChunks(main: BodyFactsRead | XmlNode): number {
  if ("bodyFacts" in main && main.bodyFacts instanceof BodyFacts) return main.bodyFacts.altChunks;
  return (main as XmlElement).getElementsByTagNameNS(W_NS, "altChunk").length + (main as XmlElement).getElementsByTagNameNS(W_NS, "subDoc").length;
}

/** Reads the accessibility facts of a package; `paragraphs` and `headings` come from reading the body. Throws `DocxError` on malformed XML. */
export function readAccessibilityFacts(pkg: PackageText, paragraphs: readonly BodyParagraph[], headings: readonly HeadingPlace[]): AccessibilityFacts {
  let body: BodyFacts;
  if (typeof pkg.main === "string") stream((body = new BodyFacts()), pkg.main, pkg.mainPart);
  else if ("bodyFacts" in pkg.main && pkg.main.bodyFacts instanceof BodyFacts) body = pkg.main.bodyFacts;
  else walk((body = new BodyFacts()), pkg.main as XmlNode);
  const styles = new StyleFacts();
  if (pkg.styles !== undefined) stream(styles, pkg.styles, "word/styles.xml");
  const core = new CoreFacts();
  if (pkg.core !== undefined) stream(core, pkg.core, "docProps/core.xml");
  const tableStyleDefault = [...styles.styles].find(([, s]) => s.type === "table" && s.isDefault)?.[0];
  const tables: TableFact[] = body.tables
    .sort((a, b) => a.number - b.number)
    .map(({ style, borders, ...t }) => ({ ...t, layout: (style === undefined || style === "" || style === tableStyleDefault) && !borders }));
  const headingFacts: HeadingFact[] = headings.flatMap((h) => {
    const p = paragraphs[h.paragraph];
    if (!p) return [];
    const level = styles.outlineLevel(p.style);
    const name = styles.styleName(p.style);
    return [{ ...(h.sectionId ? { sectionId: h.sectionId } : {}), text: paragraphText(p), ...(name ? { style: name } : {}), ...(level !== undefined ? { outlineLevel: level } : {}) }];
  });
  const language = styles.language() ?? (core.language?.trim() || undefined);
  return {
    ...(language ? { language } : {}),
    ...(core.title !== undefined ? { title: core.title } : {}),
    headings: headingFacts,
    tables,
    images: body.images,
    textBoxes: body.textBoxes,
    placeholders: body.placeholders,
  };
}

/**
 * The accessibility findings of a package as read: the facts, then the core's rules; and, from the same facts,
 * that text boxes hold text which is not read (`textfeld-nicht-gelesen`, imported-chunks.ts). The
 * section headings are the first paragraphs of our section controls, or in a plain document
 * the paragraphs recognition took as headings (their sections in the Vorlage's order).
 */
export function accessibilityFindings(
  pkg: PackageText,
  paragraphs: readonly BodyParagraph[],
  read: { readonly structured: boolean; readonly headings?: readonly number[]; readonly vorlage: Vorlage },
): Finding[] {
  const headings = read.structured ? structuredHeadings(paragraphs) : (read.headings ?? []).map((paragraph, i) => ({ paragraph, ...(read.vorlage.sections[i] ? { sectionId: read.vorlage.sections[i].id } : {}) }));
  const facts = readAccessibilityFacts(pkg, paragraphs, headings);
  // From the same facts, so that check and the pane say it alike: the text boxes' text, which is not read.
  return [...checkAccessibility(facts), ...unreadTextBoxFindings(facts.textBoxes.map((b) => b.text))];
}
