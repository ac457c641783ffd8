import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import type { Profile } from "../../core/profile/profile";
import { stylesXml } from "../ooxml/house-style-parts";
import { W_NS } from "../ooxml/ooxml";
import type { Placement } from "../parts";
import { BlockNotFoundError } from "../block-not-found";
import { asDocument } from "./fields-and-parts";
import type { Controls } from "./word-session";

/** A piece of a paragraph: text, or a field control (tag and title) around its text. */
interface Piece {
  readonly text: string;
  readonly field?: { readonly tag: string; readonly title: string };
}
/** A paragraph of an entry: its style's name, the room above it (points) where render-vorlage sets one, and its pieces. */
interface EntryParagraph {
  readonly kind: "p";
  readonly style: string;
  readonly spaceBefore?: number;
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

/** A run's text where it holds nothing but text and tabs, without run properties; undefined otherwise. */
function plainRunText(r: XmlElement): string | undefined {
  let text = "";
  for (const n of elements(r)) {
    if (n.localName === "t") text += n.textContent ?? "";
    else if (n.localName === "tab") text += "\t";
    else if (!(n.localName === "rPr" && elements(n).length === 0)) return undefined;
  }
  return text;
}

/**
 * The shape of a rendered entry (render-vorlage's OOXML for one entry) where Word's API can build it so that
 * it reads and prints the same: one control of paragraphs in named styles, each paragraph text and fields with
 * a value, nothing else. Undefined where the rendering has more (direct paragraph formatting, hidden text, a
 * line break, an empty field's placeholder, nested entries): such an entry is written as OOXML.
 */
export function entryShape(rendered: string, profile: Profile, styleNames: ReadonlySet<string> | undefined): EntryShape | undefined {
  const doc = new DOMParser().parseFromString(asDocument(rendered, ""), "text/xml");
  const body = doc.getElementsByTagNameNS(W_NS, "body").item(0);
  const top = body ? elements(body) : [];
  const sdt = top[0];
  if (top.length !== 1 || !sdt || sdt.localName !== "sdt") return undefined;
  return controlShape(sdt, profile, styleNames);
}

/** A block control of a rendered entry as a shape, or undefined (see `entryShape`). */
function controlShape(sdt: XmlElement, profile: Profile, styleNames: ReadonlySet<string> | undefined): EntryShape | undefined {
  const pr = child(sdt, "sdtPr");
  const content = child(sdt, "sdtContent");
  const tag = pr && val(child(pr, "tag"));
  const title = pr && val(child(pr, "alias"));
  if (!content || tag === undefined || title === undefined) return undefined;
  const children: (EntryParagraph | EntryShape)[] = [];
  for (const n of elements(content)) {
    const shape = n.localName === "p" ? paragraphShape(n, profile, styleNames) : n.localName === "sdt" ? controlShape(n, profile, styleNames) : undefined;
    if (!shape) return undefined;
    children.push(shape);
  }
  return children.length > 0 ? { kind: "control", tag, title, children } : undefined;
}

/** A paragraph of a rendered entry as a shape: in a house style the document has, with text and filled fields only. */
function paragraphShape(p: XmlElement, profile: Profile, styleNames: ReadonlySet<string> | undefined): EntryParagraph | undefined {
  const pPr = child(p, "pPr");
  const properties = pPr ? elements(pPr) : [];
  const spacing = pPr && child(pPr, "spacing");
  // Only the style and the room above (Paragraph.spaceBefore, WordApi 1.1): a page break before, hidden text (Font.hidden is WordApiDesktop 1.2 only) and the rest go as OOXML.
  if (properties.some((e) => e.localName !== "pStyle" && e.localName !== "spacing")) return undefined;
  if (spacing && (spacing.attributes.length !== 1 || !spacing.hasAttributeNS(W_NS, "before"))) return undefined;
  const name = styleName(profile, val(pPr && child(pPr, "pStyle")) ?? "");
  if (name === undefined || !styleNames?.has(name)) return undefined;
  const pieces: Piece[] = [];
  for (const n of elements(p)) {
    if (n.localName === "pPr") continue;
    if (n.localName === "r") {
      const text = plainRunText(n);
      if (text === undefined) return undefined;
      pieces.push({ text });
      continue;
    }
    if (n.localName !== "sdt") return undefined;
    const fpr = child(n, "sdtPr");
    const fcontent = child(n, "sdtContent");
    const ftag = fpr && val(child(fpr, "tag"));
    const ftitle = fpr && val(child(fpr, "alias"));
    if (!fpr || !fcontent || ftag === undefined || ftitle === undefined || child(fpr, "showingPlcHdr")) return undefined;
    let text = "";
    for (const r of elements(fcontent)) {
      const t = r.localName === "r" ? plainRunText(r) : undefined;
      if (t === undefined) return undefined;
      text += t;
    }
    if (text === "") return undefined;
    pieces.push({ text, field: { tag: ftag, title: ftitle } });
  }
  const before = spacing ? Number(spacing.getAttributeNS(W_NS, "before")) / 20 : undefined;
  return { kind: "p", style: name, ...(before !== undefined ? { spaceBefore: before } : {}), pieces: pieces.filter((x) => x.text !== "") };
}

/** Fills paragraph `p` with its pieces and style. */
function fill(p: Word.Paragraph, paragraph: EntryParagraph): void {
  p.style = paragraph.style;
  if (paragraph.spaceBefore !== undefined) p.spaceBefore = paragraph.spaceBefore;
  for (const piece of paragraph.pieces) {
    const range = p.insertText(piece.text, "End");
    if (!piece.field) continue;
    const field = range.insertContentControl();
    field.tag = piece.field.tag;
    field.title = piece.field.title;
  }
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
export function queueEntryBuild(context: Word.RequestContext, tags: Controls, shape: EntryShape, anchor: EntryAnchor): void {
  build(shape, () => firstParagraph(context, tags, anchor));
}

/**
 * Builds control `shape` starting with the paragraph `first` makes: a paragraph first is wrapped as the control;
 * an entry first (a Zeichnung that starts with its Verteiler) is built and then wrapped whole
 * (Range.insertContentControl on its whole range), so that it stands inside. The rest goes at the control's end.
 */
function build(shape: EntryShape, first: () => Word.Paragraph): Word.ContentControl {
  const [head, ...rest] = shape.children;
  let control: Word.ContentControl;
  if (!head) throw new Error(`Entry ${shape.tag} has no content to build.`);
  if (head.kind === "p") {
    const p = first();
    fill(p, head);
    control = p.insertContentControl();
  } else control = build(head, first).getRange("Whole").insertContentControl();
  control.tag = shape.tag;
  control.title = shape.title;
  const inside = control;
  for (const c of rest) {
    if (c.kind === "p") fill(inside.insertParagraph("", "End"), c);
    else build(c, () => inside.insertParagraph("", "End"));
  }
  return control;
}
