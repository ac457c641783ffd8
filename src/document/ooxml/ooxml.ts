/**
 * WordprocessingML fragments, written as strings (fast, and exact about escaping). The
 * same builders serve a new document and blocks inserted into an existing one.
 * Spec: ECMA-376 Part 1, §17 (w:p, w:r, w:t, w:sdt).
 */
export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface RunStyle {
  readonly bold?: boolean;
  /** A character style id from styles.xml (see `STYLE_IDS`). */
  readonly style?: string;
  /** Hidden text: kept in the document, not printed. */
  readonly hidden?: boolean;
}

function runProperties(style: RunStyle): string {
  const inner = (style.style ? `<w:rStyle w:val="${esc(style.style)}"/>` : "") + (style.bold ? "<w:b/>" : "") + (style.hidden ? "<w:vanish/>" : "");
  return inner === "" ? "" : `<w:rPr>${inner}</w:rPr>`;
}

/** Runs for a piece of text: tabs become w:tab, line breaks (\n in fields, \v anywhere) w:br. */
export function runs(text: string, style: RunStyle = {}): string {
  if (text === "") return "";
  const rPr = runProperties(style);
  const inner = text
    .split(/(\t|\n|\v)/)
    .map((piece) => (piece === "\t" ? "<w:tab/>" : piece === "\n" || piece === "\v" ? "<w:br/>" : piece === "" ? "" : `<w:t xml:space="preserve">${esc(piece)}</w:t>`))
    .join("");
  return `<w:r>${rPr}${inner}</w:r>`;
}

export interface ParagraphOptions {
  /** Indents every line but the first by that many twips (clause text under its number). */
  readonly hanging?: number;
  /** A paragraph style id from styles.xml (see `STYLE_IDS`). */
  readonly style?: string;
  readonly pageBreakBefore?: boolean;
  /** Space above, in twips (room to sign above a name). */
  readonly spaceBefore?: number;
  /** Hides the paragraph mark too, so that a hidden paragraph leaves no empty line. */
  readonly hidden?: boolean;
}

/** A paragraph with its properties in the order ECMA-376 §17.3.1.26 prescribes. */
export function paragraph(content: string, options: ParagraphOptions = {}): string {
  const inner =
    (options.style ? `<w:pStyle w:val="${esc(options.style)}"/>` : "") +
    (options.pageBreakBefore ? "<w:pageBreakBefore/>" : "") +
    (options.spaceBefore !== undefined ? `<w:spacing w:before="${options.spaceBefore}"/>` : "") +
    (options.hanging !== undefined ? `<w:ind w:left="${options.hanging}" w:hanging="${options.hanging}"/>` : "") +
    (options.hidden ? "<w:rPr><w:vanish/></w:rPr>" : "");
  return `<w:p>${inner === "" ? "" : `<w:pPr>${inner}</w:pPr>`}${content}</w:p>`;
}

let nextSdtId = 1;

/** A content control's properties: a German title (shown in Word) and our tag; `showingPlcHdr` when it shows its prompt. */
function sdtPr(tag: string, alias: string, placeholder = false): string {
  nextSdtId = (nextSdtId % 2_000_000_000) + 1;
  return `<w:sdtPr><w:alias w:val="${esc(alias)}"/><w:tag w:val="${esc(tag)}"/><w:id w:val="${nextSdtId}"/>${placeholder ? "<w:showingPlcHdr/>" : ""}</w:sdtPr>`;
}

/** A block-level content control around paragraphs (and nested block controls). */
export function blockSdt(tag: string, alias: string, content: string): string {
  return `<w:sdt>${sdtPr(tag, alias)}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

/** An inline content control around runs. Empty ones hold an empty run, so Word keeps them editable. */
export function inlineSdt(tag: string, alias: string, content: string): string {
  return `<w:sdt>${sdtPr(tag, alias)}<w:sdtContent>${content === "" ? "<w:r/>" : content}</w:sdtContent></w:sdt>`;
}

/**
 * An empty field as Word shows one: the control is marked `showingPlcHdr` and holds a grey
 * prompt (character style „BV Platzhalter“). Readers take it as empty; typing into it in
 * Word replaces the prompt.
 */
export function placeholderSdt(tag: string, alias: string, prompt: string, options: { readonly hidden?: boolean } = {}): string {
  return `<w:sdt>${sdtPr(tag, alias, true)}<w:sdtContent>${runs(prompt, { style: STYLE_IDS.platzhalter, ...(options.hidden ? { hidden: true } : {}) })}</w:sdtContent></w:sdt>`;
}

/** The relationship id of the page-number footer in a document we create. */
export const FOOTER_REL_ID = "rIdBvFooter";

export const documentXml = (body: string, options: { readonly footer?: boolean } = {}): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}` +
  `<w:sectPr>${options.footer ? `<w:footerReference w:type="default" r:id="${FOOTER_REL_ID}"/>` : ""}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>` +
  `</w:body></w:document>`;

/**
 * The named styles of a Vorlage. Every paragraph and number we write uses one, so that a
 * city restyles its Vorlagen in Word (Start → Formatvorlagen) without touching code.
 */
export const STYLE_IDS = {
  briefkopf: "BVBriefkopf",
  titel: "BVTitel",
  kopf: "BVKopf",
  betreff: "BVBetreff",
  angaben: "BVAngaben",
  zustaendigkeit: "BVZustaendigkeit",
  abschnitt: "BVAbschnitt",
  ziffer: "BVZiffer",
  unterpunkt: "BVUnterpunkt",
  bezug: "BVBezug",
  finanzierung: "BVFinanzierung",
  verteiler: "BVVerteiler",
  absender: "BVAbsender",
  zeichnung: "BVZeichnung",
  fusszeile: "BVFusszeile",
  nummer: "BVNummer",
  platzhalter: "BVPlatzhalter",
} as const;
