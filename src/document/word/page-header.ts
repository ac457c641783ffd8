import type { WordSession } from "./word-session";

/**
 * The page header texts (Kopfzeile) of the first page, for recognition to read a Vorlagen-Nr. or a Federführung
 * printed there (src/core/recognize/page-header-fields.ts), as the .docx engine reads them
 * (docx/page-header-texts.ts): the first section's primary header, and its first-page header where the section
 * has one (`w:titlePg`), first-page lines first. Without them the pane said three „Pflichtangabe fehlt“ that
 * `check` does not say of the same document.
 *
 * Queued into the body read's own sync (no round trip of its own): `Document.sections.getFirst()` (WordApi 1.3)
 * → `Section.getHeader("Primary" | "FirstPage")` (WordApi 1.1, Word.HeaderFooterType) → the header's
 * `Body.getReviewedText("Current")` (WordApi 1.4: the text as it reads once tracked changes are accepted, as the
 * .docx engine leaves `w:delText` out), or its `text` below 1.4. Text, not `getOoxml`: a header's OOXML is a whole
 * package with the styles part, many times the header's few lines, on every read. Whether the first page has its
 * own header is read from the first `w:sectPr` of the body's OOXML, which the read has anyway; the texts are split
 * into lines only when recognition asks for them (`bodyRead`'s thunk: a body with our Kopf never does).
 *
 * Not read, unlike the .docx engine: a text box's text in the header (`text` has none, office-js #5282; Word's
 * shapes API is WordApiDesktop 1.2 only). Below WordApi 1.3 (no `getFirst`) no header is read.
 */
export function queuePageHeader(session: WordSession, context: Word.RequestContext): (documentXml: string) => readonly string[] {
  if (!session.host.supports("WordApi", "1.3")) return () => [];
  const section = context.document.sections.getFirst();
  const reviewed = session.host.supports("WordApi", "1.4");
  const textOf = (type: "Primary" | "FirstPage"): (() => string) => {
    const header = section.getHeader(type);
    if (reviewed) {
      const current = header.getReviewedText("Current");
      return () => current.value;
    }
    header.load("text");
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- read only after the body read's sync (read-document.ts)
    return () => header.text;
  };
  const primary = textOf("Primary");
  const firstPage = textOf("FirstPage");
  return (documentXml) => {
    const titlePage = titlePageOf(documentXml);
    const first = lines(firstPage());
    // A body OOXML without section properties cannot say: a first-page header with text is taken as shown.
    const shown = titlePage === true || (titlePage === undefined && first.some((l) => l.trim() !== ""));
    return [...(shown ? first : []), ...lines(primary())];
  };
}

/** Word's text of a header as paragraph texts: paragraphs end at "\r" ("\n" on some hosts), a soft line break is "\v". */
export function lines(text: string): string[] {
  if (text === "") return [];
  return text
    .replace(/\r\n/g, "\r")
    .split(/[\r\n]/)
    // A table cell's end mark (\u0007), should a host hand it over, is no text.
    .map((line) => line.replace(/\v/g, "\n").split("\u0007").join(""));
}

const SECT_PR_OPEN = /<(?:[A-Za-z_][\w.-]*:)?sectPr(?=[\s>/])[^>]*>/u;
const SECT_PR_CLOSE = /<\/(?:[A-Za-z_][\w.-]*:)?sectPr\s*>/u;
const TITLE_PG = /<(?:[A-Za-z_][\w.-]*:)?titlePg\b([^>]*)>/u;

/**
 * Whether the first section shows a first-page header of its own: `w:titlePg` in the first `w:sectPr` in document
 * order (ECMA-376 §17.10.6; its elements come before a `w:sectPrChange`'s inner sectPr, so up to the first close is
 * enough). Undefined where the OOXML holds no section properties.
 */
export function titlePageOf(documentXml: string): boolean | undefined {
  const open = SECT_PR_OPEN.exec(documentXml);
  if (open === null) return undefined;
  if (open[0].endsWith("/>")) return false;
  const rest = documentXml.slice(open.index);
  const close = SECT_PR_CLOSE.exec(rest);
  const sectPr = close === null ? rest : rest.slice(0, close.index);
  const titlePg = TITLE_PG.exec(sectPr);
  if (titlePg === null) return false;
  const value = /(?:^|\s)(?:[A-Za-z_][\w.-]*:)?val\s*=\s*(["'])(.*?)\1/u.exec(titlePg[1] as string)?.[2] ?? "true";
  return !/^(?:0|false|off)$/u.test(value);
}
