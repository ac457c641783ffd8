import type { PersonalDataKind } from "./kinds";

/**
 * Which kinds a text can hold at all, from one pass over its characters: what every match of a
 * kind's pattern must contain. A finder whose kind the text cannot hold is not run, so its
 * patterns (look-behinds tried at every position) are not run over it. A clause that ends in
 * „(12)“ has a digit but holds neither an IBAN nor a telephone number; checking a folder ran all
 * six finders over each such clause (issue 23). Each condition is necessary, never sufficient:
 * the finder still decides (test/core/personal-data/possible-kinds.test.ts holds them to it).
 *
 * - IBAN: two capitals A–Z right before two digits („DE94“).
 * - Tax id: eleven digits.
 * - Mailbox: an „@“.
 * - Date of birth: four digits (the shortest date is „1.1.25“) and a digit right before a dot.
 * - Telephone number: seven digits (a leading 0 becomes „49“: eight digits as the finder counts
 *   them) and a „0“ or a „+“ (the country code, the area code's 0).
 * - Home address: a space right before a digit (street, space, house number).
 */
export type PossibleKinds = Readonly<Record<PersonalDataKind, boolean>>;

const NONE: PossibleKinds = Object.freeze({ iban: false, telefon: false, email: false, geburtsdatum: false, "steuer-id": false, anschrift: false });

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** Every kind holds an ASCII digit or an „@“: the characters before the first of them cannot decide anything. */
export const MAY_HOLD_PERSONAL_DATA = /[0-9@]/;

export function possibleKinds(text: string): PossibleKinds {
  // The regular expression finds the first digit or „@“ in native code, several times faster than
  // the loop below; the loop starts one character before it (the space before a house number; an
  // IBAN's capitals are read back from its second digit).
  const first = text.search(MAY_HOLD_PERSONAL_DATA);
  if (first < 0) return NONE;
  let digits = 0;
  let at = false;
  let zeroOrPlus = false;
  let ibanStart = false;
  let digitDot = false;
  let spaceDigit = false;
  // The two characters before the current one.
  let before1 = -1;
  let before2 = -1;
  for (let i = Math.max(0, first - 1); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      if (c === 48) zeroOrPlus = true;
      if (before1 === 32) spaceDigit = true;
      else if (isDigit(before1) && isCapital(before2) && i >= 3 && isCapital(text.charCodeAt(i - 3))) ibanStart = true;
    } else if (c === 46) {
      if (isDigit(before1)) digitDot = true;
    } else if (c === 64) at = true;
    else if (c === 43) zeroOrPlus = true;
    before2 = before1;
    before1 = c;
  }
  return {
    iban: ibanStart,
    "steuer-id": digits >= 11,
    email: at,
    geburtsdatum: digits >= 4 && digitDot,
    telefon: digits >= 7 && zeroOrPlus,
    anschrift: spaceDigit,
  };
}
