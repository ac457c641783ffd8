import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import type { Profile } from "../../core/profile/profile";
import { stylesXml } from "../ooxml/house-style-parts";
import { W_NS } from "../ooxml/ooxml";
import type { Placement } from "../parts";
import { BlockNotFoundError } from "../block-not-found";
import { asDocument } from "./fields-and-parts";
import { styleFormatOf, type StyleFormat } from "./house-styles";
import type { Controls } from "./word-session";

/**
 * A piece of a paragraph: text, a field control (tag and title) around its text, an empty field showing
 * `placeholder` (ContentControl.placeholderText), or a line break before the next piece.
 */
interface Piece {
  readonly text: string;
  readonly field?: { readonly tag: string; readonly title: string; readonly placeholder?: string };
  readonly lineBreak?: true;
}
/**
 * A paragraph of an entry: its style's name and id, the room above it (points) where render-vorlage sets one,
 * whether it starts a new page (a forwarding office's Absender) or is hidden (a Bitte written once under a
 * run of recipients), and its pieces.
 */
interface EntryParagraph {
  readonly kind: "p";
  readonly style: string;
  readonly styleId: string;
  readonly spaceBefore?: number;
  readonly pageBreakBefore?: true;
  readonly hidden?: true;
  readonly pieces: readonly Piece[];
}
/** An entry control: tag, title, and its paragraphs and the entries inside it (a Zeichnung's Verteiler). */
export interface EntryShape {
  readonly kind: "control";
  readonly tag: string;
  readonly title: string;
  readonly children: readonly (EntryParagraph | EntryShape)[];
}

/** Where the entry's first paragraph goes, as `queuePlace` and `writeEntry` put an entry's OOXML. */
export type EntryAnchor =
  | { readonly kind: "placement"; readonly placement: Placement }
  | { readonly kind: "control"; readonly control: Word.ContentControl; readonly location: "Before" | "After" | "Start" }
  | { readonly kind: "paragraph"; readonly paragraph: Word.Paragraph; readonly location: "Before" };

const child = (el: XmlElement, local: string): XmlElement | undefined => {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as XmlElement).localName === local) return n as XmlElement;
  return undefined;
};
const elements = (el: XmlElement): XmlElement[] => {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
};
const val = (el: XmlElement | undefined): string | undefined => el?.getAttributeNS(W_NS, "val") ?? undefined;

/** The name of the house style with id `id`, as the profile's styles part defines it. */
function styleName(profile: Profile, id: string): string | undefined {
  const m = new RegExp(`w:styleId="${id}"[^>]*>\\s*<w:name w:val="([^"]*)"`).exec(stylesXml(profile));
  return m?.[1]?.replace(/&amp;/g, "&");
}

/** A run's text where it holds nothing but text and tabs, without run properties but `allowed` ones; undefined otherwise. */
function plainRunText(r: XmlElement, allowed: ReadonlySet<string> = NONE): string | undefined {
  let text = "";
  for (const n of elements(r)) {
    if (n.localName === "t") text += n.textContent ?? "";
    else if (n.localName === "tab") text += "\t";
    else if (!(n.localName === "rPr" && elements(n).every((e) => allowed.has(e.localName ?? "")))) return undefined;
  }
  return text;
}
const NONE: ReadonlySet<string> = new Set();
/** A run that is a line break and nothing else (render-vorlage's „\v“: the Absender's name, then its number). */
const isLineBreak = (r: XmlElement): boolean => {
  const kids = elements(r);
  return kids.length === 1 && kids[0]?.localName === "br" && (kids[0] as XmlElement).attributes.length === 0;
};

/** What Word can do besides paragraphs in named styles, text and filled fields (see `entryShape`). */
export interface BuildOptions {
  /** Whether the host has Font.hidden (WordApiDesktop 1.2: Word on Windows and Mac, not on the web). */
  readonly canHide: boolean;
}

/**
 * The shape of a rendered entry (render-vorlage's OOXML for one entry) where Word's API can build it so that
 * it reads and prints the same: one control of paragraphs in house styles (named where the document has the
 * style, else as direct formatting: `fill`), with room above, a page break before (Range.insertBreak), text,
 * line breaks, fields with a value and empty fields (ContentControl.placeholderText), and the entries inside
 * it. Undefined where the rendering has more, or hidden text on a host without Font.hidden (Word on the web):
 * such an entry is written as OOXML.
 */
export function entryShape(rendered: string, profile: Profile, options: BuildOptions = { canHide: false }): EntryShape | undefined {
  const doc = new DOMParser().parseFromString(asDocument(rendered, ""), "text/xml");
  const body = doc.getElementsByTagNameNS(W_NS, "body").item(0);
  const top = body ? elements(body) : [];
  const sdt = top[0];
  if (top.length !== 1 || !sdt || sdt.localName !== "sdt") return undefined;
  return controlShape(sdt, profile, options);
}

/** A block control of a rendered entry as a shape, or undefined (see `entryShape`). */
function controlShape(sdt: XmlElement, profile: Profile, options: BuildOptions): EntryShape | undefined {
  const pr = child(sdt, "sdtPr");
  const content = child(sdt, "sdtContent");
  const tag = pr && val(child(pr, "tag"));
  const title = pr && val(child(pr, "alias"));
  if (!content || tag === undefined || title === undefined) return undefined;
  const children: (EntryParagraph | EntryShape)[] = [];
  for (const n of elements(content)) {
    const shape = n.localName === "p" ? paragraphShape(n, profile, options) : n.localName === "sdt" ? controlShape(n, profile, options) : undefined;
    if (!shape) return undefined;
    children.push(shape);
  }
  return children.length > 0 ? { kind: "control", tag, title, children } : undefined;
}

/** The paragraph properties Word's API can give (see `paragraphShape`). */
const BUILDABLE_PPR = new Set(["pStyle", "spacing", "pageBreakBefore", "rPr"]);

/** A paragraph of a rendered entry as a shape: in a house style, with text, line breaks and fields only. */
function paragraphShape(p: XmlElement, profile: Profile, options: BuildOptions): EntryParagraph | undefined {
  const pPr = child(p, "pPr");
  const properties = pPr ? elements(pPr) : [];
  const spacing = pPr && child(pPr, "spacing");
  const markPr = pPr && child(pPr, "rPr");
  // The style, the room above (Paragraph.spaceBefore, WordApi 1.1), a page break before and a hidden mark; anything else goes as OOXML.
  if (properties.some((e) => !BUILDABLE_PPR.has(e.localName ?? ""))) return undefined;
  if (spacing && (spacing.attributes.length !== 1 || !spacing.hasAttributeNS(W_NS, "before"))) return undefined;
  const hidden = markPr !== undefined;
  if (markPr && (elements(markPr).length !== 1 || elements(markPr)[0]?.localName !== "vanish")) return undefined;
  // Hidden text needs Font.hidden (WordApiDesktop 1.2); Word on the web has no way to hide text but insertOoxml.
  if (hidden && !options.canHide) return undefined;
  const styleId = val(pPr && child(pPr, "pStyle")) ?? "";
  const name = styleName(profile, styleId);
  if (name === undefined) return undefined;
  const runAllowed: ReadonlySet<string> = hidden ? new Set(["vanish"]) : NONE;
  const pieces: Piece[] = [];
  for (const n of elements(p)) {
    if (n.localName === "pPr") continue;
    if (n.localName === "r") {
      if (isLineBreak(n)) {
        pieces.push({ text: "", lineBreak: true });
        continue;
      }
      const text = plainRunText(n, runAllowed);
      if (text === undefined) return undefined;
      pieces.push({ text });
      continue;
    }
    if (n.localName !== "sdt") return undefined;
    const fpr = child(n, "sdtPr");
    const fcontent = child(n, "sdtContent");
    const ftag = fpr && val(child(fpr, "tag"));
    const ftitle = fpr && val(child(fpr, "alias"));
    if (!fpr || !fcontent || ftag === undefined || ftitle === undefined) return undefined;
    const placeholder = child(fpr, "showingPlcHdr") !== undefined;
    // A placeholder's prompt is in the character style „BV Platzhalter“ (grey); Word shows placeholder text dimmed itself.
    const allowed: ReadonlySet<string> = placeholder ? new Set([...runAllowed, "rStyle"]) : runAllowed;
    let text = "";
    for (const r of elements(fcontent)) {
      const t = r.localName === "r" ? plainRunText(r, allowed) : undefined;
      if (t === undefined) return undefined;
      text += t;
    }
    if (text === "") return undefined;
    pieces.push(placeholder ? { text: "", field: { tag: ftag, title: ftitle, placeholder: text } } : { text, field: { tag: ftag, title: ftitle } });
  }
  const kept = pieces.filter((x) => x.text !== "" || x.lineBreak || x.field?.placeholder !== undefined);
  // A line break or a page break is put before the text of the piece after it: that piece must have text.
  if (kept.some((x, i) => x.lineBreak && !(kept[i + 1] && kept[i + 1]?.text !== ""))) return undefined;
  const pageBreakBefore = pPr !== undefined && child(pPr, "pageBreakBefore") !== undefined;
  if (pageBreakBefore && !(kept[0] && kept[0].text !== "")) return undefined;
  const before = spacing ? Number(spacing.getAttributeNS(W_NS, "before")) / 20 : undefined;
  return {
    kind: "p",
    style: name,
    styleId,
    ...(before !== undefined ? { spaceBefore: before } : {}),
    ...(pageBreakBefore ? { pageBreakBefore: true as const } : {}),
    ...(hidden ? { hidden: true as const } : {}),
    pieces: kept,
  };
}

/** How an entry's paragraphs get their house style: the document's named style where it has it, else its format directly. */
export interface EntryStyling {
  readonly profile: Profile;
  /** The names of the styles the document has (read with the body). */
  readonly styleNames: ReadonlySet<string> | undefined;
}

/**
 * Gives paragraph `p` the format of house style `styleId` directly (issue 21, items 3 and 4: a document other
 * offices wrote has no „BV …“ styles, and the insertOoxml that brought them along takes seconds on the web):
 * the Normal style under it, as the house styles are based on it, then what house-style-parts' style sets
 * (Paragraph.spaceBefore/spaceAfter/leftIndent/firstLineIndent/alignment, WordApi 1.1; styleBuiltIn, 1.3).
 * Keep-with-next cannot be set on a paragraph through the API (ParagraphFormat.keepWithNext is a style's,
 * WordApi 1.5): such a paragraph prints the same, but Word may break a page between it and the next.
 */
function formatDirectly(p: Word.Paragraph, f: StyleFormat): void {
  p.styleBuiltIn = "Normal";
  if (f.leftIndent !== undefined) p.leftIndent = f.leftIndent;
  if (f.firstLineIndent !== undefined) p.firstLineIndent = f.firstLineIndent;
  if (f.spaceBefore !== undefined) p.spaceBefore = f.spaceBefore;
  if (f.spaceAfter !== undefined) p.spaceAfter = f.spaceAfter;
  if (f.alignment !== undefined) p.alignment = f.alignment;
}

/** The style's font (Paragraph.font, WordApi 1.1) on the paragraph's text, once it is in: Word formats what the paragraph holds. */
function fontDirectly(p: Word.Paragraph, f: StyleFormat): void {
  if (f.bold) p.font.bold = true;
  if (f.size !== undefined) p.font.size = f.size;
  if (f.color !== undefined) p.font.color = f.color;
}

/** Fills paragraph `p` with its pieces and style (named, or directly where the document lacks it). */
function fill(p: Word.Paragraph, paragraph: EntryParagraph, styling: EntryStyling): void {
  const direct = styling.styleNames?.has(paragraph.style) ? undefined : styleFormatOf(styling.profile, paragraph.styleId);
  if (direct) formatDirectly(p, direct);
  else p.style = paragraph.style;
  if (paragraph.spaceBefore !== undefined) p.spaceBefore = paragraph.spaceBefore;
  let lineBreak = false;
  let first = true;
  for (const piece of paragraph.pieces) {
    if (piece.lineBreak) {
      lineBreak = true;
      continue;
    }
    if (piece.field?.placeholder !== undefined) {
      // An empty field: an empty control at the paragraph's end that shows its prompt dimmed, as Word shows an
      // empty control's placeholder ("Specifies the placeholder text of the content control. Dimmed text will be
      // displayed when the content control is empty.", ContentControl.placeholderText, WordApi 1.1,
      // https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-placeholdertext-member).
      const field = p.getRange("End").insertContentControl();
      field.tag = piece.field.tag;
      field.title = piece.field.title;
      field.placeholderText = piece.field.placeholder;
      first = false;
      continue;
    }
    const range = p.insertText(piece.text, "End");
    // Range.insertBreak (WordApi 1.1, https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-insertbreak-member(1)):
    // a page break before the first text starts the paragraph on a new page, as w:pageBreakBefore prints it
    // (the API has no pageBreakBefore); a line break before this piece, as render-vorlage's „\v“.
    if (first && paragraph.pageBreakBefore) range.insertBreak("Page", "Before");
    if (lineBreak) range.insertBreak("Line", "Before");
    lineBreak = false;
    first = false;
    if (!piece.field) continue;
    const field = range.insertContentControl();
    field.tag = piece.field.tag;
    field.title = piece.field.title;
  }
  if (direct) fontDirectly(p, direct);
  // A Bitte written once under a run of recipients: hidden, mark and all (Font.hidden, WordApiDesktop 1.2, only where the host has it: see entryShape).
  if (paragraph.hidden) p.font.hidden = true;
}

/** The first paragraph of the entry, empty, at `anchor`. */
function firstParagraph(context: Word.RequestContext, tags: Controls, anchor: EntryAnchor): Word.Paragraph {
  if (anchor.kind === "control") return anchor.control.insertParagraph("", anchor.location);
  if (anchor.kind === "paragraph") return anchor.paragraph.insertParagraph("", anchor.location);
  const placement = anchor.placement;
  if (placement.kind === "start") return context.document.body.insertParagraph("", "Start");
  if (placement.kind === "end") return context.document.body.insertParagraph("", "End");
  const control = tags.get(placement.tag)?.[0];
  if (!control) throw new BlockNotFoundError(placement.tag);
  return control.insertParagraph("", "After");
}

/**
 * Queues the build of entry `shape` at `anchor` with Word's own API (issue 21, item 4: no insertOoxml, which
 * takes seconds on the web): its first paragraph, wrapped as the entry's control, the further paragraphs inside
 * it, each in its house style, its fields as controls around their text. No sync: the caller's write sync.
 */
export function queueEntryBuild(context: Word.RequestContext, tags: Controls, shape: EntryShape, anchor: EntryAnchor, styling: EntryStyling): void {
  build(shape, () => firstParagraph(context, tags, anchor), styling);
}

/**
 * Builds control `shape` starting with the paragraph `first` makes: a paragraph first is wrapped as the control;
 * an entry first (a Zeichnung that starts with its Verteiler) is built and then wrapped whole
 * (Range.insertContentControl on its whole range), so that it stands inside. The rest goes at the control's end.
 */
function build(shape: EntryShape, first: () => Word.Paragraph, styling: EntryStyling): Word.ContentControl {
  const [head, ...rest] = shape.children;
  let control: Word.ContentControl;
  if (!head) throw new Error(`Entry ${shape.tag} has no content to build.`);
  if (head.kind === "p") {
    const p = first();
    fill(p, head, styling);
    control = p.insertContentControl();
  } else control = build(head, first, styling).getRange("Whole").insertContentControl();
  control.tag = shape.tag;
  control.title = shape.title;
  const inside = control;
  for (const c of rest) {
    if (c.kind === "p") fill(inside.insertParagraph("", "End"), c, styling);
    else build(c, () => inside.insertParagraph("", "End"), styling);
  }
  return control;
}
