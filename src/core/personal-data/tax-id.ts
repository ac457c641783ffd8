import type { PersonalDataHit } from "./kinds";

/**
 * The check digit of the Steuer-Identifikationsnummer (§ 139b AO, ISO 7064 MOD 11,10) over
 * its first ten digits.
 */
function checkDigit(digits: string): number {
  let product = 10;
  for (const ch of digits) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/**
 * True for eleven digits that can be a Steuer-Identifikationsnummer: no leading zero; among the
 * first ten, one digit twice or three times (not three in a row) and the others at most once;
 * the last digit the check digit.
 */
export function isValidTaxId(text: string): boolean {
  const digits = text.replace(/\s+/gu, "");
  if (!/^[1-9]\d{10}$/u.test(digits)) return false;
  const first = digits.slice(0, 10);
  const counts = new Map<string, number>();
  for (const ch of first) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  if (repeated.length !== 1 || (repeated[0] as number) > 3) return false;
  if (/(\d)\1\1/u.test(first)) return false;
  return checkDigit(first) === Number(digits[10]);
}

const CANDIDATE = /(?<![\d.,/-])(?:\d{11}|\d{2} \d{3} \d{3} \d{3})(?!\d|[.,/-]\d)/gu;
/** The words that name a tax id, shortly before it; „Umsatzsteuer-“ ids are another number. */
const NAMED = /(?<!Umsatz)(?:Steuer-?\s?ID|Steuer-?\s?IdNr|Steuer-?Identifikationsnummer|steuerliche\s+Identifikationsnummer|(?<![\w-])Identifikationsnummer|\bIdNr)\b/iu;

/**
 * Tax ids in a text: eleven digits with a valid check digit, named as such in the 60
 * characters before them or written in the official grouping „12 345 678 901“. Eleven
 * digits alone are too often something else (a Förder- or Kassenzeichen).
 */
export function findTaxIds(text: string): readonly PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    if (!isValidTaxId(m[0])) continue;
    const named = NAMED.test(text.slice(Math.max(0, m.index - 60), m.index));
    if (named || m[0].includes(" ")) hits.push({ kind: "steuer-id", start: m.index, end: m.index + m[0].length });
  }
  return hits;
}
