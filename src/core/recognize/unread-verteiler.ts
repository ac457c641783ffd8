import { BITTE_AT_START, verteilerLikeLine } from "../german/bitte-words";

/** An amount of money: no Verteiler entry names one. */
const AMOUNT = /€|\bEUR\b|\bEuro\b|\d{1,3}(?:\.\d{3})+(?:,\d{2})?/u;

/**
 * The line after the decision that looks like a Verteiler although none was read from it (core/german/bitte-words.ts),
 * leaving out prose: a line that goes on with the sentence above it (it begins in lower case, and not with a Bitte's
 * own words such as „mit der Bitte um …“) or that names an amount. „nachrichtlichen Liste im Umfang von rund 90.000
 * Euro zur Kenntnis.“, the end of a clause, was called a Verteiler not recognised (fifth tryout, Karlsruhe).
 */
export function unreadVerteilerLine(texts: readonly string[]): string | undefined {
  // The line under a „Verteiler“ heading is its content, in whatever case it begins („an alle Ämter nach Liste B“).
  const underHeading = (i: number): boolean => i > 0 && (/^Verteiler\s*:?$/iu.test((texts[i - 1] as string).trim()) || ((texts[i - 1] as string).trim() === "" && underHeading(i - 1)));
  return verteilerLikeLine(texts.map((t, i) => (isProse(t.trim()) && !underHeading(i) ? "" : t)));
}

function isProse(t: string): boolean {
  return (/^\p{Ll}/u.test(t) && !BITTE_AT_START.test(t)) || AMOUNT.test(t);
}
