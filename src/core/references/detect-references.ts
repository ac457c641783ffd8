/**
 * Finds references typed in a clause's words to another clause or sub-point of the same
 * Vorlage („unter Ziffer 2.1“, „gemäß 1.3“, „Nr. 3“, „Punkt 2“, „Buchstabe b“), and leaves
 * alone what only looks like one: citations of law („§ 50 Abs. 1 Nr. 2 HGO“), other
 * Vorlagen or Beschlüsse („Ziffer 3 des Beschlusses Nr. 0412 vom …“), Anlagen, agenda
 * points, dates and amounts („1,3 Mio.“, „unter 1.300 €“).
 *
 * Pure and linear in the text. The labelled sentences in
 * test/core/references/detect-references.cases.ts are its specification.
 */

import { inAmendingSentence } from "./amendment-wording";

/** What a typed reference names: a clause by its number, or a sub-point by its letter. */
export type TypedReferenceKind = "ziffer" | "buchstabe";

export interface TypedReference {
  /** The number's characters in the text (not the word before it). */
  readonly start: number;
  readonly end: number;
  /** The number as a reader compares it: „2.1“, „3“, „b“ (see normalizeNumber). */
  readonly number: string;
  readonly kind: TypedReferenceKind;
  /**
   * `true` for the forms that always mean a clause of this Vorlage („Ziffer 2.1“, „unter
   * 1.3“, „Buchstabe b“); `false` for words that also count other things („Nr. 3“,
   * „Punkt 2“): `check` reports a missing target of those only as a hint.
   */
  readonly certain: boolean;
  /** For a letter after a clause number („Ziffer 2 Buchstabe b“): that clause's number. */
  readonly clause?: string;
}

/** A clause number as references write it: „2“, „2.1“, „2.1.“; each counter one or two digits. */
const NUMBER = String.raw`\d{1,2}(?:\.\d{1,2})*\.?`;
const LETTER = String.raw`[a-z]\)?`;
const JOIN = String.raw`(?:\s*,\s*|\s+(?:und|sowie|oder|bis)\s+)`;

/** The words that introduce a reference, with whether the form is certain and what it counts. */
const INTRODUCERS: readonly { readonly re: string; readonly kind: TypedReferenceKind; readonly certain: boolean; readonly dotted?: true }[] = [
  { re: String.raw`Ziffern?|Ziff\.`, kind: "ziffer", certain: true },
  { re: String.raw`Buchstaben?|Buchst\.|lit\.`, kind: "buchstabe", certain: true },
  { re: String.raw`Nrn?\.|Nummern?|Punkte?|Pkt\.`, kind: "ziffer", certain: false },
  // Without a word for what is counted only a number with a dot is a clause („unter 1.3“).
  { re: String.raw`[Uu]nter|[Gg]emäß|[Gg]em\.|[Ss]iehe|s\.|[Vv]gl\.|[Nn]ach|[Aa]us|[Ii]n`, kind: "ziffer", certain: true, dotted: true },
];

/**
 * Any introducer, not inside a word or after a number: capture group k + 1 is INTRODUCERS[k].
 * One look-behind before the alternatives and numbered groups (no groups object per match):
 * it matches what one named group per introducer, each with its own look-behind, matched,
 * in a fraction of the time (an „in“ or „aus“ is in almost every sentence).
 */
const MATCHER = new RegExp(`(?<![\\p{L}\\d§.])(?:${INTRODUCERS.map((x) => `(${x.re})`).join("|")})\\s*`, "gu");

/** Law abbreviations and words that say a citation of law or another document follows. */
const AFTER_EXTERNAL = new RegExp(
  String.raw`^\s*(?:` +
    [
      String.raw`Abs\.|Absatz|Satz|S\.\s*\d|Halbs|Alt\.|Var\.|Unterabs`,
      // A law's short name: „HGO“, „BauGB“, „GemHVO“, „SGB“, „KAG“ (two capitals or more).
      String.raw`(?:[A-ZÄÖÜ][\p{L}]*){0,1}[A-ZÄÖÜ]{2}[\p{L}]*\b`,
      String.raw`(?:des|der|dieses|jenes|eines|einer)\s+(?!Beschlussvorschlags\b|Vorlage\s+(?:hier|oben)\b)\p{L}`,
      String.raw`(?:vom|v\.)\s+\d`,
      String.raw`(?:Mio|Mrd|Tsd|T€|€|EUR|Euro|%|Prozent|v\.\s*H|Uhr|m²|m2|qm|km|ha|Stunden|Jahre|Monate)`,
      String.raw`\/\d`,
    ].join("|") +
    ")",
  "u",
);

/**
 * Another document's or a law's name right before the introducer, with only the tokens of
 * a citation between („§ 50 Abs. 1 Nr. 2“, „Anlage Nr. 2“, „Beschluss Nr. 0412“, „BP 0106“).
 */
const BEFORE_EXTERNAL = new RegExp(
  String.raw`(?:§+|Art\.|Artikel|Anlagen?|Anl\.|Beschlusses|Beschluss|Beschlüsse|Vorlage|Drucksache|Drs\.|BP|Tagesordnung|TOP|Antrags?|Satzung|Vertrag(?:es|s)?|Verordnung|Gesetz(?:es)?|Richtlinie|Seite)` +
    String.raw`(?:\s|\d|[a-z]\)?(?![\p{L}])|Abs\.|Absatz|Satz|S\.|Nrn?\.|Nummer|,|und|bis)*$`,
  "u",
);

/**
 * For each kind: a list of items at a given place (sticky), and one item (global). Built once,
 * not per introducer found (an „in“ or „aus“ is one in almost every sentence); each use sets
 * `lastIndex` first or runs to the end, where exec leaves it at 0.
 */
const LISTS: Readonly<Record<TypedReferenceKind, { readonly list: RegExp; readonly one: RegExp }>> = {
  ziffer: { list: new RegExp(`(?:${NUMBER})(?:${JOIN}(?:${NUMBER}))*`, "uy"), one: new RegExp(NUMBER, "gu") },
  buchstabe: { list: new RegExp(`(?:${LETTER})(?:${JOIN}(?:${LETTER}))*`, "uy"), one: new RegExp(LETTER, "gu") },
};

/** The numbers after an introducer: one, or a list („2.1 und 2.3“, „1 bis 3“). */
function listAt(text: string, from: number, kind: TypedReferenceKind): { start: number; end: number; raw: string }[] {
  const { list, one } = LISTS[kind];
  list.lastIndex = from;
  const m = list.exec(text);
  if (!m) return [];
  const out: { start: number; end: number; raw: string }[] = [];
  one.lastIndex = 0;
  for (let x = one.exec(m[0]); x; x = one.exec(m[0])) out.push({ start: from + x.index, end: from + x.index + x[0].length, raw: x[0] });
  return out;
}

/** „2.1.“ → „2.1“, „b)“ → „b“: the part of a number that a reference shows and a REF field repeats. */
export function referenceCore(raw: string): string {
  return raw.replace(/^\(/, "").replace(/[.)]+$/, "");
}

const DIGIT = /\d/u;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether a digit, a dot and a digit stand together („1.3“): found from the dots, which a sentence has few of. */
function hasDottedNumber(text: string): boolean {
  for (let i = text.indexOf(".", 1); i >= 0 && i < text.length - 1; i = text.indexOf(".", i + 1)) {
    if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/**
 * Whether a text can hold a typed reference at all: a letter after „Buchst…“ or „lit.“, or a
 * digit after „Ziff…“, „Nr…“, „Numm…“, „Punkt…“ or „Pkt.“, or a number with a dot in it (what
 * „unter“, „gemäß“, „in“ … need). Most sentences have none of these, yet the matcher stopped at
 * every „in“ and „aus“ in them (issue 23). A necessary condition only: the matcher decides
 * (test/core/references/detect-references.same.test.ts holds the two to the same findings).
 */
export function mayHoldReference(text: string): boolean {
  // Looking for a word is several times cheaper than a regular expression: the words first.
  if (text.includes("Buchst") || text.includes("lit.")) return true;
  if (text.includes("Ziff") || text.includes("Nr") || text.includes("Numm") || text.includes("Punkt") || text.includes("Pkt.")) return DIGIT.test(text);
  return hasDottedNumber(text);
}

/**
 * Every typed reference in `text`, in order. A number whose introducer stands in a citation
 * of law or of another document, or whose number is followed by a unit, a date or such a
 * citation, is none.
 */
export function detectReferences(text: string): readonly TypedReference[] {
  const found: TypedReference[] = [];
  if (!mayHoldReference(text)) return found;
  let lastClause: { number: string; end: number } | undefined;
  MATCHER.lastIndex = 0;
  for (let m = MATCHER.exec(text); m !== null; m = MATCHER.exec(text)) {
    const at = m.index;
    let which = 0;
    while (which < INTRODUCERS.length && m[which + 1] === undefined) which++;
    const intro = INTRODUCERS[which];
    if (!intro) continue;
    const from = at + m[0].length;
    const items = listAt(text, from, intro.kind);
    if (items.length === 0) continue;
    const last = items[items.length - 1] as { end: number };
    const after = text.slice(last.end, last.end + 40);
    if (AFTER_EXTERNAL.test(after)) continue;
    // A number directly followed by more digits or a comma and digits is an amount or a date („1.300“, „1,3“).
    if (/^(?:\d|,\d|\.\d)/u.test(text.slice(last.end))) continue;
    if (BEFORE_EXTERNAL.test(text.slice(Math.max(0, at - 40), at))) continue;
    if (intro.dotted && !items.every((x) => /\d\.\d/u.test(x.raw))) continue;
    // „In Ziffer 2 werden die Worte … ersetzt“: the amended Vorlage's Ziffer (amendment-wording.ts).
    if (inAmendingSentence(text, at)) continue;
    for (const x of items) {
      const number = referenceCore(x.raw);
      const start = x.start;
      const end = x.start + number.length + (x.raw.startsWith("(") ? 1 : 0);
      if (intro.kind === "buchstabe") {
        const clause = lastClause && at - lastClause.end <= 2 ? lastClause.number : undefined;
        found.push({ start, end, number, kind: "buchstabe", certain: intro.certain, ...(clause !== undefined ? { clause } : {}) });
      } else {
        found.push({ start, end, number, kind: "ziffer", certain: intro.certain });
        lastClause = { number, end };
      }
    }
  }
  return found;
}
