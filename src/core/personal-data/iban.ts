import type { PersonalDataHit } from "./kinds";

/**
 * Lengths of the IBAN by country (ISO 13616 registry, the SEPA countries and their neighbours).
 * A country not listed is accepted with any length the standard allows (15 to 34).
 */
const IBAN_LENGTH: Readonly<Record<string, number>> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27, GB: 22,
  GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18,
  NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, TR: 26, VA: 22,
};

/** The IBAN's checksum by ISO 13616 / ISO 7064 MOD 97-10: country and check digits moved to the end, letters as 10..35, remainder 1. */
function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= "A" ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder;
}

/**
 * True for an IBAN (spaces allowed, letters in either case) whose length fits its country and
 * whose checksum holds. Only such an IBAN is reported: a number with a broken checksum is not
 * an account anyone can pay into.
 */
export function isValidIban(text: string): boolean {
  const iban = text.replace(/\s+/gu, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/u.test(iban)) return false;
  const length = IBAN_LENGTH[iban.slice(0, 2)];
  if (length !== undefined && iban.length !== length) return false;
  return mod97(iban) === 1;
}

/** Written in one piece or in groups of four, as on forms and letters. */
const CANDIDATE = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/gu;

/** The valid IBANs in a text. A candidate that fails its checksum is tried shorter, group by group, in case the next word was taken in. */
export function findIbans(text: string): readonly PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    let candidate = m[0];
    while (candidate.length >= 15) {
      if (isValidIban(candidate)) {
        hits.push({ kind: "iban", start: m.index, end: m.index + candidate.length });
        break;
      }
      const cut = candidate.lastIndexOf(" ");
      if (cut < 0) break;
      candidate = candidate.slice(0, cut);
    }
  }
  return hits;
}
