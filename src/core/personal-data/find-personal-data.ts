import { findHomeAddresses } from "./address";
import { findBirthDates } from "./birth-date";
import { findPersonalEmails } from "./email";
import { findIbans } from "./iban";
import type { PersonalDataHit } from "./kinds";
import type { OwnContacts } from "./own-contacts";
import { findTaxIds } from "./tax-id";
import { findTelephoneNumbers } from "./telephone";

/**
 * Every piece of personal data in a text, in reading order. Where two detectors claim the same
 * characters, the more certain one keeps them (a checksum beats a context word): an IBAN's
 * digits are not also a telephone number.
 */
export function findPersonalData(text: string, own: OwnContacts): readonly PersonalDataHit[] {
  const byCertainty = [
    ...findIbans(text),
    ...findTaxIds(text),
    ...findPersonalEmails(text, own),
    ...findBirthDates(text),
    ...findTelephoneNumbers(text, own),
    ...findHomeAddresses(text, own),
  ];
  const kept: PersonalDataHit[] = [];
  for (const hit of byCertainty) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}
