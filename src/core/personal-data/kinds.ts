/**
 * The kinds of personal data a Vorlage for the public part of a sitting must not carry
 * (issue 24): a private person's bank account, telephone number, mailbox, date of birth,
 * tax id and home address. The finding codes are `personal-data-<kind>`.
 */
export const PERSONAL_DATA_KINDS = ["iban", "telefon", "email", "geburtsdatum", "steuer-id", "anschrift"] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/**
 * Where a detector found personal data in a text: the character range [start, end). It stays
 * inside the core: a finding names the kind and the place, never the value.
 */
export interface PersonalDataHit {
  readonly kind: PersonalDataKind;
  readonly start: number;
  readonly end: number;
}
