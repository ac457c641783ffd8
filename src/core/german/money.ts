import { InvalidValueError } from "../errors";
import type { MoneyStyle } from "../profile/profile";
import { groupThousands } from "./digits";

/**
 * Money as real Vorlagen write it: "1.000 €", "1.000,00 EUR", "rund 530.000 Euro",
 * "6.954.000,-- €", "10.073 T€", "1,4 Mio. Euro", "€ 2.500". Amounts are integer cents,
 * so that shares and sums are exact.
 */
export interface FoundAmount {
  readonly cents: number;
  /** "rund", "ca.", "etwa": the writer did not mean the exact figure. */
  readonly approximate: boolean;
  /** Where the amount stands in the text, for highlighting. */
  readonly index: number;
  readonly text: string;
  /**
   * The figure may not be the amount the writer meant, so a reader must not take it as certain: "grouping" where a
   * plain space groups the digits but the first group may be a number of its own („Seite 3 400 €“), "range" where
   * the amount is one end of a range („120.000 bis 150.000 €“, „zwischen 4.000 und 5.000 €“), "ceiling" where it is only
   * the most that may be spent („bis zu 120.000 €“, „höchstens 5.000 €“, „maximal 80.000 €“): what it will cost is not said.
   */
  readonly uncertain?: "grouping" | "range" | "ceiling";
}

// DIN 5008 groups digits with a (narrow) space: „1 250 000 €“, „12\u202f400 €“; a space-grouped figure is one number.
const GROUP_SPACE = "[ \u00a0\u202f\u2009]";
const NUMBER = String.raw`(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:${GROUP_SPACE}\d{3})+(?!\d|\.\d)|\d+)(?:,(\d+|--?|–))?`;
// A bare group of three digits right after one to three digits and a space is the tail of a figure („12 400 €“ is not
// 400 €); after a year („für 2025 500 €“) it is an amount of its own.
const NOT_A_TAIL = String.raw`(?:(?<!(?<![\d.,])\d{1,3}${GROUP_SPACE})|(?!\d{3}(?!\d|\.\d)))`;
const SCALE = String.raw`(Mrd\.?|Milliarden|Mio\.?|Millionen|Tsd\.?|Tausend|T(?=\s*(?:€|EUR)))?`;
const CURRENCY = String.raw`(€|EUR\b|Euro\b)`;
const APPROX = String.raw`(?:(rund|ca\.|circa|etwa|ungefähr|knapp)\s+)?`;
// Not after a letter („1e999 €“, „A12.000 €“: the number goes on to the left) nor after a minus sign
// on the number (a negative amount is no cost; read as positive it would say the opposite); nor after
// a digit of any script („１.000.000 €“, „¹000.000 €“), a character nobody sees (a zero-width space, a
// bidi mark, a soft hyphen: „1\u200B000.000 €“ looks like one figure, and its tail is no amount of its
// own) or a combining mark: the figure goes on to the left there too. Likewise after „€ 1.000“.
const GOES_ON = String.raw`\p{L}\p{N}\p{Cf}\p{M}`;
const AMOUNT_AFTER = new RegExp(String.raw`${APPROX}(?<![${GOES_ON}.,\-\u2212])${NOT_A_TAIL}${NUMBER}\s*${SCALE}\s*${CURRENCY}`, "gu");
const AMOUNT_BEFORE = new RegExp(String.raw`${APPROX}(€|EUR\b)\s*${NUMBER}(?![\p{N}\p{Cf}\p{M}]|[.,]\d)`, "gu");

const SCALES: Readonly<Record<string, number>> = {
  "Mrd.": 1e9,
  Mrd: 1e9,
  Milliarden: 1e9,
  "Mio.": 1e6,
  Mio: 1e6,
  Millionen: 1e6,
  "Tsd.": 1e3,
  Tsd: 1e3,
  Tausend: 1e3,
  T: 1e3,
};

function toCents(integer: string, fraction: string | undefined, scale: number): number | undefined {
  const whole = integer.replace(/[.\s\u202f]/gu, "");
  const frac = fraction === undefined || /^[-–]+$/.test(fraction) ? "" : fraction;
  if (scale === 1 && frac.length > 2) return undefined;
  // value = (whole.frac) * scale euros; computed on digits so that 1,4 Mio. stays exact.
  const digits = Number(whole + frac);
  const cents = (digits * scale * 100) / 10 ** frac.length;
  return Number.isSafeInteger(Math.round(cents)) ? Math.round(cents) : undefined;
}

/** Words after which a figure is the amount itself: „Gesamtkosten 12 400 €“, „Betrag 12 400 €“. */
const MONEY_WORD = /(?:kosten|betrag|beträge|summe|preis|aufwand|aufwendungen|volumen|mittel|zuschuss|ausgaben|auszahlung(?:en)?|budget|wert|honorar|entgelt|gebühr(?:en)?|zuwendung|förderung|miete|pacht|gesamt|brutto|netto)$/iu;

/**
 * A figure grouped by plain spaces is certain after a label („Betrag: …“), a lower-case word („von“, „für“, „insgesamt“),
 * an approximation or a money word; after a number, a capitalised noun or an abbreviation („Seite 3 400 €“, „Nr. 7 100 €“,
 * „2025 12 400 €“) its first group may be a number of its own, and the reading is uncertain.
 */
function groupingDoubtful(text: string, start: number, number: string, approximate: boolean): boolean {
  if (approximate || !/\d \d/u.test(number)) return false;
  const token = /(\S+)\s*$/u.exec(text.slice(0, start))?.[1];
  if (token === undefined) return false;
  if (/\d$/u.test(token)) return true;
  return /^[\p{Lu}§]/u.test(token) && /[\p{L}.]$/u.test(token) && !MONEY_WORD.test(token.replace(/\.$/u, ""));
}

const RANGE_BEFORE = /(?<![\d.,])(?!(?:19|20)\d{2}\s*(?:bis|–|—|-))\d(?:[\d.,]*\d)?(?:,-+)?\s*(?:T€|€|EUR|Euro|Mio\.?|Tsd\.?)?\s*(?:bis|–|—|-)\s*$|zwischen\s+\d[\d.,\s\u00a0\u202f\u2009]*(?:T€|€|EUR|Euro|Mio\.?|Tsd\.?)?\s*und\s*$/u;
const RANGE_AFTER = /^\s*(?:bis|–|—|-)\s*(?:€\s*|EUR\s*)?(?!(?:19|20)\d{2}(?![\d.,]|\s*(?:€|EUR|Euro|T€|Mio|Tsd)))\d/u;

/**
 * The amount is one end of a range: „120.000 bis 150.000 €“, „120.000 € – 150.000 €“, „zwischen 4.000 und 5.000 €“.
 * A year before a dash labels the amount („Haushaltsjahr 2025 – 12.400 €“) and makes no range.
 */
function inRange(text: string, a: FoundAmount): boolean {
  const before = text.slice(Math.max(0, a.index - 40), a.index);
  const after = text.slice(a.index + a.text.length, a.index + a.text.length + 12);
  // Most amounts stand beside no range word: the cheap test first, as the rules look for amounts in every paragraph.
  const rangeBefore = /(?:bis|und|[–—-])\s*$/u.test(before) && RANGE_BEFORE.test(before);
  return rangeBefore || RANGE_AFTER.test(after) || (/zwischen\s*$/u.test(before) && /^\s*und\s+(?:€\s*)?\d/u.test(after));
}

/** „bis zu“, „höchstens“, „maximal“, „max.“, „nicht mehr als“ right before the amount: a ceiling, not what it costs. */
const CEILING_BEFORE = /(?:\bbis\s+zu|\bbis\s+(?:zu\s+)?(?:höchstens|maximal)|\bhöchstens|\bmaximal|\bmax\.|\bnicht\s+mehr\s+als)\s*$/iu;

/** Every amount of money in a text, in order. */
export function findAmounts(text: string): readonly FoundAmount[] {
  const found: FoundAmount[] = [];
  // Every amount names its currency („€“, „EUR“, „Euro“): most sentences name none, and are not searched (issue 23).
  if (!text.includes("€") && !text.includes("EUR") && !text.includes("Euro")) return found;
  const add = (cents: number | undefined, m: RegExpMatchArray, number: string, doubtfulGrouping: boolean): void => {
    if (cents === undefined) return;
    const approximate = m[1] !== undefined;
    const start = (m.index as number) + (approximate ? m[0].indexOf(m[1] as string) + (m[1] as string).length : 0);
    const a: FoundAmount = { cents, approximate, index: m.index as number, text: m[0] };
    const ceiling = CEILING_BEFORE.test(text.slice(Math.max(0, a.index - 30), a.index));
    const uncertain = doubtfulGrouping || groupingDoubtful(text, start, number, approximate) ? "grouping" : inRange(text, a) ? "range" : ceiling ? "ceiling" : undefined;
    found.push(uncertain ? { ...a, uncertain } : a);
  };
  for (const m of text.matchAll(AMOUNT_AFTER)) add(toCents(m[2] as string, m[3], m[4] ? (SCALES[m[4]] as number) : 1), m, m[2] as string, false);
  // „1.450 T€ 1.285 T€“ (two table cells): the first amount's „€“ does not start a second one („€ 1.285“).
  const taken = found.map((a) => [a.index, a.index + a.text.length] as const);
  for (const m of text.matchAll(AMOUNT_BEFORE)) {
    const currency = m.index + m[0].indexOf(m[2] as string, m[1] === undefined ? 0 : (m[1] as string).length);
    if (taken.some(([from, to]) => currency >= from && currency < to)) continue;
    // „€ 500 100 Räder“: after the currency, a plain space may as well end an amount of one group that a noun or number follows.
    const oneGroup = /^\d{1,3} \d{3}$/u.test(m[3] as string);
    add(toCents(m[3] as string, m[4], 1), m, m[3] as string, oneGroup && /^\s+[\p{Lu}\d]/u.test(text.slice(m.index + m[0].length)));
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The amount a whole string states (a form field, a table cell), or `undefined`. */
export function parseAmount(text: string): FoundAmount | undefined {
  const trimmed = text.trim();
  const [first] = findAmounts(trimmed);
  return first && first.index === 0 && first.text.length === trimmed.length ? first : undefined;
}

/** Formats cents in a profile's house style: "1.000 €" or "1.000,00 €". */
export function formatAmount(cents: number, style: MoneyStyle): string {
  if (!Number.isSafeInteger(cents)) throw new InvalidValueError(`An amount must be a whole number of cents, not ${cents}.`);
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const euros = groupThousands(Math.floor(abs / 100));
  const rest = abs % 100;
  const number = style.decimals === "always" || rest !== 0 ? `${euros},${String(rest).padStart(2, "0")}` : euros;
  return `${sign}${number}\u00a0${style.currency}`;
}
