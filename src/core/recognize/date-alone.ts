import { findDates } from "../german/dates";

/**
 * A line that says only when: „vom 30.11.2022“, „am 12. Mai 2025“, „30.11.2022“. It is a session's or a letter's date
 * (under München's „Beschluss der Vollversammlung des Stadtrates“), never a Betreff: read as the first plain line after
 * the Sitzungsvorlage Nr., it became the subject and the real one („Personalbedarf im Sachgebiet Wasserrecht …“) was
 * left to the signature (fifth tryout).
 */
export function isDateAlone(text: string): boolean {
  const rest = text.trim().replace(/^(?:am|vom|den|Stand:?)\s+/iu, "");
  const date = findDates(rest)[0];
  return date !== undefined && rest.replace(date.text, "").replace(/[\s,.;:()]/gu, "") === "";
}
