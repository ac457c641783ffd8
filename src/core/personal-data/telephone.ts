import type { PersonalDataHit } from "./kinds";
import type { OwnContacts } from "./own-contacts";
import { telephoneDigits } from "./telephone-digits";

/**
 * A number as Germans write it: with the country code (+49, 0049, optionally „(0)“), with an
 * area code in brackets, or with a leading 0; the rest in groups separated by a space, a
 * hyphen or a slash (DIN 5008 and the older forms).
 */
const CANDIDATE =
  /(?<![\w.,/+-])(?:(?:\+|00)\d{2}[ ]?(?:\(0\)[ ]?)?\d{2,5}|\(0\d{2,5}\)|0\d{2,5})(?:[ ]?[-/][ ]?|[ ])?\d{1,8}(?:(?:[ ]?[-/][ ]?|[ ])\d{1,8}){0,4}(?!\w|[.,]\d)/gu;

/** Words that say a number is a telephone or fax number, shortly before it. */
const NAMED =
  /(?:\bTel\b\.?|Telefon\w*|\bFon\b|Fax\b|Telefax|\bMobil\w*|\bHandy\w*|Rufnummer|Durchwahl|Festnetz\w*|telefonisch|\bNummer\b|erreichbar|erreichen|\bAnruf|anrufen|\bRuf(?:en|t)?\b|Rückruf|\bKontakt\b)/iu;

/** Mobile networks (015x, 016x, 017x): unmistakable even without a word before them. */
const MOBILE = /^491[5-7]\d{8,9}$/u;

/**
 * Telephone numbers of persons in a text. A number counts when it carries a country code or a
 * bracketed area code, is a mobile number, or follows a word like „Tel.“, „Mobil“ or
 * „Rufnummer“ within 40 characters; a plain leading 0 alone is too often a Kostenstelle. The
 * administration's own numbers (the profile's prefixes) are not personal data.
 */
export function findTelephoneNumbers(text: string, own: OwnContacts): readonly PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const written = m[0];
    const digits = telephoneDigits(written);
    if (digits.length < 8 || digits.length > 15) continue;
    const international = /^(?:\+|00)/u.test(written);
    const bracketed = written.startsWith("(");
    const named = NAMED.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (!international && !bracketed && !named && !MOBILE.test(digits)) continue;
    if (own.telephonePrefixes.some((p) => digits.startsWith(p))) continue;
    hits.push({ kind: "telefon", start: m.index, end: m.index + written.length });
  }
  return hits;
}

/**
 * The mobile numbers (015x, 016x, 017x) of a text that are not the administration's own (its profile's prefixes). An
 * office's letterhead gives its switchboard and extensions on the landline; a mobile number there is a person's, so
 * that a letterhead line is checked for these alone.
 */
export function findMobileNumbers(text: string, own: OwnContacts): readonly PersonalDataHit[] {
  return findTelephoneNumbers(text, own).filter((h) => MOBILE.test(telephoneDigits(text.slice(h.start, h.end))));
}
