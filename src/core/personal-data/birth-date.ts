import type { PersonalDataHit } from "./kinds";

const MONTHS = "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember";
/** „12.03.1968“, „2.2.1933“, „3. März 1945“. */
const DATE = new RegExp(`(?<![\\d.])(?:\\d{1,2}\\.[ ]?\\d{1,2}\\.[ ]?(?:\\d{4}|\\d{2})|\\d{1,2}\\.[ ]?(?:${MONTHS})[ ]\\d{4})(?!\\d)`, "gu");

/** The words right before a date of birth: „geb. am“, „geboren am“, „Geburtsdatum:“, the genealogical „*“. */
const BEFORE = /(?:\bgeb\.|\bgeboren|\bGeb\.-Datum|Geburtsdatum|(?:^|[\s,(])\*)(?:[ ]+am)?[ ]*:?[ ]*$/iu;
/** A label a few words before the date: „Geburtsdatum der Antragstellerin: 28.02.1977“. */
const LABEL = /(?:\bGeb\.-Datum|Geburtsdatum)\b[^.;\d]{0,40}$/iu;
/** The word right after a date of birth: „am 22.11.1990 geboren“, „am 8. Januar 1951 in Mainz geboren“. */
const AFTER = /^[ ]+(?:in[ ]+[\p{L}-]+[ ]+)?geboren\b/iu;
/** A second date joined to a date of birth: „geb. am 02.05.1950 und 17.09.1952“. */
const JOINED = /^[ ]*(?:,|und|sowie|bzw\.)[ ]*$/u;

/**
 * Dates of birth in a text: a date named so by the words around it. Dates alone are no
 * personal data: a Vorlage is full of them (the sitting, earlier decisions, deadlines), and
 * „geb. Wagner“ without a date is a maiden name.
 */
export function findBirthDates(text: string): readonly PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  let previousEnd = -1;
  for (const m of text.matchAll(DATE)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const end = m.index + m[0].length;
    const joined = previousEnd >= 0 && JOINED.test(text.slice(previousEnd, m.index));
    if (BEFORE.test(before) || LABEL.test(before) || AFTER.test(text.slice(end, end + 40)) || joined) {
      hits.push({ kind: "geburtsdatum", start: m.index, end });
      previousEnd = end;
    } else {
      previousEnd = -1;
    }
  }
  return hits;
}
