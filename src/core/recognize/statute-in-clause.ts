import type { Clause } from "../model/vorlage";

/** A statute's own structure at a paragraph's start: „§ 2 Inkrafttreten“, „§§ 3–5“, „Artikel 1“, „Art. 2“. */
const STATUTE_MARK = /^(?:§§?\s*\d{1,3}[a-z]?|Art(?:ikel|\.)\s*(?:\d{1,3}|[IVX]{1,5}))(?=\s|$)/u;

/** Whether a paragraph opens an Artikel or a § of a statute. */
export function isStatuteMark(text: string): boolean {
  return STATUTE_MARK.test(text);
}

/**
 * Whether a clause carries a statute's text below its own first line: a clause that ends its first
 * paragraph with a colon („… die folgende Satzung erlassen wird:“) and has, among its later
 * paragraphs, an Artikel or a § heading. Offices write a Satzung, Verordnung or Änderungssatzung
 * this way, and its §§ and Absätze („(1)“, „(2)“, „a)“) are the text decided, never Ziffern of the
 * Vorlage: read as Ziffern they were reported as duplicates, renumbered, and the rest of the
 * statute and the Ziffer after it dropped out of the decision (tryout 4).
 */
export function carriesStatute(clause: Clause): boolean {
  const [first, ...rest] = clause.text.split("\n");
  return /:\s*$/u.test(first ?? "") && rest.some(isStatuteMark);
}

/** A Ziffer's number in parts: „1.2“ → [1, 2], „3.“ → [3]; undefined for other shapes („(1)“, „a)“). */
function parts(number: string): number[] | undefined {
  return /^\d{1,2}(?:\.\d{1,3})*\.?$/u.test(number) ? number.replace(/\.$/u, "").split(".").map(Number) : undefined;
}

/**
 * Whether `next` is the Ziffer after `previous` in the Vorlage's own numbering: the same depth and
 * the last part one more („1.1“ → „1.2“, „1.“ → „2.“), or the next in the part above („1.3“ → „2.1“
 * is no such step, a new section heading opens it). It ends a statute carried by `previous`.
 */
export function continuesNumbering(previous: string | undefined, next: string): boolean {
  const a = previous === undefined ? undefined : parts(previous);
  const b = parts(next);
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return a.slice(0, -1).every((n, k) => n === b[k]) && (b[b.length - 1] as number) === (a[a.length - 1] as number) + 1;
}
