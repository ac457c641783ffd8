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

/** A clause's number at the start of a line („1.“, „II.“, „a)“), left out when two openings are compared. */
const NUMBER = /^(?:\d{1,2}\.|[IVX]{1,4}\.|[a-z]\))\s*/u;
/** How many lines below „Beschluss:“ the restatement may begin: after the body it is put to and a preliminary body's part. */
const LINES_BELOW = 8;

/**
 * Whether the lines below „Beschluss:“ (at `full`) restate the decision whose heading is at `short`: one of the first
 * lines below it opens with the words of the first line below the short one, numbers left out. Read before the
 * decoding, to let „Beschluss:“ head a decision part where the profile's own heading is in the text — only where it
 * states that decision again, not a session's record of another („Beschluss: Die Vorlage OF 1068/6 wird … beschlossen.“).
 */
export function restatedBelow(texts: readonly string[], short: number, full: number): boolean {
  const below = (at: number) => texts.slice(at + 1).filter((t) => t.trim() !== "").slice(0, LINES_BELOW).map((t) => opening(t.trim().replace(NUMBER, "")));
  const first = below(short)[0] ?? "";
  return first !== "" && below(full).includes(first);
}

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
