import { MC_NS } from "../ooxml/markup-compatibility";
import { W_NS } from "../ooxml/ooxml";
import { scanXml } from "../ooxml/xml-scanner";
import { relationships, relsOf, resolveTarget, text } from "./package-parts";

const REL_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";

/**
 * The first section's properties: the first w:sectPr in document order (a section's properties close it, the
 * body's own close the last one). Found in the text already read, not by another pass over the part.
 */
const SECT_PR_OPEN = /<(?:[A-Za-z_][\w.-]*:)?sectPr(?=[\s>/])[^>]*>/u;
const SECT_PR_CLOSE = /<\/(?:[A-Za-z_][\w.-]*:)?sectPr\s*>/u;
/** Its references and w:titlePg come before a w:sectPrChange's inner w:sectPr (CT_SectPr's order): up to the first close is enough. */
function firstSectPr(xml: string): string | undefined {
  const open = SECT_PR_OPEN.exec(xml);
  if (open === null) return undefined;
  if (open[0].endsWith("/>")) return open[0];
  const rest = xml.slice(open.index);
  const close = SECT_PR_CLOSE.exec(rest);
  return close === null ? undefined : rest.slice(0, close.index + close[0].length);
}
const HEADER_REFERENCE = /<(?:[A-Za-z_][\w.-]*:)?headerReference\b([^>]*)>/gu;
const TITLE_PG = /<(?:[A-Za-z_][\w.-]*:)?titlePg\b([^>]*)>/u;
const attribute = (attributes: string, local: string): string | undefined => new RegExp(`(?:^|\\s)(?:[A-Za-z_][\\w.-]*:)?${local}\\s*=\\s*(["'])(.*?)\\1`, "u").exec(attributes)?.[2];

/**
 * The paragraph texts of the page header (Kopfzeile) that the first page shows: the first section's default
 * header, and its first-page header where the section has one (w:titlePg). Text only, for recognition to read a
 * Vorlagen-Nr. or a Federführung printed there (src/core/recognize/page-header-fields.ts); the header part is
 * never changed. Deleted text (w:delText) and a drawing's fallback copy are left out. None without a header.
 */
export function pageHeaderTexts(parts: ReadonlyMap<string, Uint8Array>, mainPart: string, mainXml: string): string[] {
  const sectPr = firstSectPr(mainXml);
  if (sectPr === undefined) return [];
  const titlePg = TITLE_PG.exec(sectPr);
  const firstPage = titlePg !== null && !/^(?:0|false|off)$/u.test(attribute(titlePg[1] as string, "val") ?? "true");
  const wanted = firstPage ? ["first", "default"] : ["default"];
  const ids = new Map<string, string>();
  for (const m of sectPr.matchAll(HEADER_REFERENCE)) {
    const type = attribute(m[1] as string, "type") ?? "default";
    const id = attribute(m[1] as string, "id");
    if (id !== undefined && wanted.includes(type) && !ids.has(type)) ids.set(type, id);
  }
  const rels = relsOf(mainPart);
  const known = relationships(parts, rels);
  const texts: string[] = [];
  for (const type of wanted) {
    const rel = known.find((r) => r.id === ids.get(type) && r.type === REL_HEADER && !r.external);
    if (rel === undefined) continue;
    const name = resolveTarget(rels, rel.target);
    const xml = text(parts, name);
    if (xml !== undefined) texts.push(...paragraphTexts(xml, name));
  }
  return texts;
}

/** The texts of a header part's paragraphs, in order (a text box's paragraphs each on their own). */
function paragraphTexts(xml: string, part: string): string[] {
  const done: string[] = [];
  const open: string[] = [];
  let inText = 0;
  let fallback = 0;
  scanXml(xml, part, {
    open(uri, local) {
      if (uri === MC_NS && local === "Fallback") fallback++;
      if (uri !== W_NS || fallback > 0) return;
      if (local === "p") open.push("");
      else if (local === "t") inText++;
      else if (open.length > 0 && local === "tab") open[open.length - 1] += "\t";
      else if (open.length > 0 && (local === "br" || local === "cr")) open[open.length - 1] += "\n";
    },
    close(uri, local) {
      if (uri === MC_NS && local === "Fallback") fallback--;
      if (uri !== W_NS || fallback > 0) return;
      if (local === "p") done.push(open.pop() ?? "");
      else if (local === "t") inText--;
    },
    text(t) {
      if (inText > 0 && fallback === 0 && open.length > 0) open[open.length - 1] += t;
    },
  });
  return done;
}
