/** A sentence's end, a closing quote or bracket after it allowed. */
const SENTENCE_END = /[.!?][“”"»«’')\]]*$/u;
/** One to three capitalised words, a colon allowed: „Bericht“, „Weitere Erläuterungen:“ — no sentence, no number. */
const HEADING_WORDS = /^\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}\s*:?$/u;

/**
 * Whether a line below a decision written as prose (unnumbered clauses) heads a part of its own that the grammar does
 * not name („Bericht“ under a Mitteilung's „Beschlussvorschlag“): a heading of one to three words after a clause that
 * ended its sentence, with prose below it. Read as a clause, the heading and the text below it would be decided; it
 * ends the decision instead, and what follows is left for the parts after it.
 */
export function headsUnknownPart(line: string, lastClause: string, next: string | undefined): boolean {
  return HEADING_WORDS.test(line.trim()) && SENTENCE_END.test(lastClause.trimEnd()) && next !== undefined && next.trim().length >= 40;
}
