import type { Section } from "../model/vorlage";

/** The words a clause is compared by: enough to tell two decisions apart, few enough that a restatement may add to its end. */
const WORDS = 6;

const opening = (text: string): string =>
  text
    // „Stellen-⏎schaffungen“: a word broken at the line's end is one word.
    .replace(/(\p{Ll})-\s*\n\s*(\p{Ll})/gu, "$1$2")
    .split(/\s+/u)
    .filter((w) => w !== "")
    .slice(0, WORDS)
    .join(" ");

/**
 * Whether `full` states the decision `short` states: the same kind, as many clauses, each beginning with the same words.
 * Karlsruhe states its decision twice, short at the top („Beschlussantrag (Kurzfassung)“) and in full on its last page
 * („Beschluss:“), the full one sometimes with more words at a clause's end („… im Umfang von rund 90.000 Euro zur
 * Kenntnis“). Two different decisions, or a part of another kind, are no restatement: they stay two parts, and
 * check names a second decision part as it always did.
 */
export function restates(full: Section, short: Section): boolean {
  if (full.kind !== short.kind || full.clauses.length !== short.clauses.length || full.clauses.length === 0) return false;
  return full.clauses.every((c, k) => {
    const s = short.clauses[k];
    return s !== undefined && opening(c.text) !== "" && opening(c.text) === opening(s.text);
  });
}
