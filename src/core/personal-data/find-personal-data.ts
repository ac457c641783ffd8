import { findHomeAddresses } from "./address";
import { findBirthDates } from "./birth-date";
import { findPersonalEmails } from "./email";
import { findIbans } from "./iban";
import type { PersonalDataHit } from "./kinds";
import type { OwnContacts } from "./own-contacts";
import { possibleKinds } from "./possible-kinds";
import { findTaxIds } from "./tax-id";
import { findTelephoneNumbers } from "./telephone";

/**
 * Every piece of personal data in a text, in reading order. Where two detectors claim the same
 * characters, the more certain one keeps them (a checksum beats a context word): an IBAN's
 * digits are not also a telephone number.
 */
export function findPersonalData(text: string, own: OwnContacts): readonly PersonalDataHit[] {
  // Only the finders whose kind the text can hold at all (possible-kinds.ts): most texts rule out all six in one pass.
  const may = possibleKinds(text);
  const found: PersonalDataHit[] = [];
  if (may.iban) found.push(...findIbans(text));
  if (may["steuer-id"]) found.push(...findTaxIds(text));
  if (may.email) found.push(...findPersonalEmails(text, own));
  if (may.geburtsdatum) found.push(...findBirthDates(text));
  if (may.telefon) found.push(...findTelephoneNumbers(text, own));
  if (may.anschrift) found.push(...findHomeAddresses(text, own));
  return found.length === 0 ? found : keepMostCertain(found);
}

/**
 * From hits listed most certain first, those that claim no characters already claimed, in
 * reading order. Kept hits stay sorted and disjoint, so a new one need only be compared with its
 * neighbours (found by halving), not with all that were kept.
 */
export function keepMostCertain(byCertainty: readonly PersonalDataHit[]): readonly PersonalDataHit[] {
  const kept: PersonalDataHit[] = [];
  for (const hit of byCertainty) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as PersonalDataHit).start < hit.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before !== undefined && before.end > hit.start) || (after !== undefined && after.start < hit.end)) continue;
    kept.splice(lo, 0, hit);
  }
  return kept;
}
