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
}

/** Runs for a piece of text: tabs become w:tab, line breaks (\n in fields, \v anywhere) w:br. */
export function runs(text: string, style: RunStyle = {}): string {
  if (text === "") return "";
  const rPr = style.bold ? "<w:rPr><w:b/></w:rPr>" : "";
  const inner = text
    .split(/(\t|\n|\v)/)
    .map((piece) => (piece === "\t" ? "<w:tab/>" : piece === "\n" || piece === "\v" ? "<w:br/>" : piece === "" ? "" : `<w:t xml:space="preserve">${esc(piece)}</w:t>`))
    .join("");
  return `<w:r>${rPr}${inner}</w:r>`;
}

/** A paragraph; `hanging` indents every line but the first by that many twips (clause text under its number). */
export function paragraph(content: string, options: { readonly hanging?: number } = {}): string {
  const pPr = options.hanging !== undefined ? `<w:pPr><w:ind w:left="${options.hanging}" w:hanging="${options.hanging}"/></w:pPr>` : "";
  return `<w:p>${pPr}${content}</w:p>`;
}

let nextSdtId = 1;

/** A content control's properties: a German title (shown in Word) and our tag. */
function sdtPr(tag: string, alias: string): string {
  nextSdtId = (nextSdtId % 2_000_000_000) + 1;
  return `<w:sdtPr><w:alias w:val="${esc(alias)}"/><w:tag w:val="${esc(tag)}"/><w:id w:val="${nextSdtId}"/></w:sdtPr>`;
}

/** A block-level content control around paragraphs (and nested block controls). */
export function blockSdt(tag: string, alias: string, content: string): string {
  return `<w:sdt>${sdtPr(tag, alias)}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

/** An inline content control around runs. Empty ones hold an empty run, so Word keeps them editable. */
export function inlineSdt(tag: string, alias: string, content: string): string {
  return `<w:sdt>${sdtPr(tag, alias)}<w:sdtContent>${content === "" ? "<w:r/>" : content}</w:sdtContent></w:sdt>`;
}

export const documentXml = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}` +
  `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>` +
  `</w:body></w:document>`;
