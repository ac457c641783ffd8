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
}

const NUMBER = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+|--?|–))?`;
const SCALE = String.raw`(Mrd\.?|Milliarden|Mio\.?|Millionen|Tsd\.?|Tausend|T(?=\s*(?:€|EUR)))?`;
const CURRENCY = String.raw`(€|EUR\b|Euro\b)`;
const APPROX = String.raw`(?:(rund|ca\.|circa|etwa|ungefähr|knapp)\s+)?`;
// Not after a letter („1e999 €“, „A12.000 €“: the number goes on to the left) nor after a minus sign
// on the number (a negative amount is no cost; read as positive it would say the opposite).
const AMOUNT_AFTER = new RegExp(String.raw`${APPROX}(?<![\p{L}\d.,\-\u2212])${NUMBER}\s*${SCALE}\s*${CURRENCY}`, "gu");
const AMOUNT_BEFORE = new RegExp(String.raw`${APPROX}(€|EUR\b)\s*${NUMBER}(?![\d])`, "gu");

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
  const whole = integer.replace(/\./g, "");
  const frac = fraction === undefined || /^[-–]+$/.test(fraction) ? "" : fraction;
  if (scale === 1 && frac.length > 2) return undefined;
  // value = (whole.frac) * scale euros; computed on digits so that 1,4 Mio. stays exact.
  const digits = Number(whole + frac);
  const cents = (digits * scale * 100) / 10 ** frac.length;
  return Number.isSafeInteger(Math.round(cents)) ? Math.round(cents) : undefined;
}

/** Every amount of money in a text, in order. */
export function findAmounts(text: string): readonly FoundAmount[] {
  const found: FoundAmount[] = [];
  // Every amount names its currency („€“, „EUR“, „Euro“): most sentences name none, and are not searched (issue 23).
  if (!text.includes("€") && !text.includes("EUR") && !text.includes("Euro")) return found;
  for (const m of text.matchAll(AMOUNT_AFTER)) {
    const cents = toCents(m[2] as string, m[3], m[4] ? (SCALES[m[4]] as number) : 1);
    if (cents !== undefined) found.push({ cents, approximate: m[1] !== undefined, index: m.index, text: m[0] });
  }
  // „1.450 T€ 1.285 T€“ (two table cells): the first amount's „€“ does not start a second one („€ 1.285“).
  const taken = found.map((a) => [a.index, a.index + a.text.length] as const);
  for (const m of text.matchAll(AMOUNT_BEFORE)) {
    const currency = m.index + m[0].indexOf(m[2] as string, m[1] === undefined ? 0 : (m[1] as string).length);
    if (taken.some(([from, to]) => currency >= from && currency < to)) continue;
    const cents = toCents(m[3] as string, m[4], 1);
    if (cents !== undefined) found.push({ cents, approximate: m[1] !== undefined, index: m.index, text: m[0] });
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
