/**
 * An office's internal number as paper shows it — „-16 -“, „- 16 -“, „–16–“ under „Der
 * Magistrat“ — or as someone types it („16“): its digits, which the model keeps
 * (`Zeichnung.absenderNummer`) so that the house style decides the dashes. Undefined for
 * anything else, so that a reader never takes a word or a date for a number.
 */
export function readAbsenderNummer(text: string): string | undefined {
  const m = /^\s*(?:[-–]\s*)?(\d{1,4}(?:\/\d{1,4})?)(?:\s*[-–])?\s*$/u.exec(text);
  return m ? (m[1] as string) : undefined;
}
