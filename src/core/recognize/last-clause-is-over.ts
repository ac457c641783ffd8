import type { Section } from "../model/vorlage";

/** A sentence's end, a closing quote or bracket after it allowed: „… im Jahr.“ */
const SENTENCE_END = /[.!?][“”"»«’')\]]*$/u;

/**
 * Whether a part's last numbered clause (or its last sub-point) is over, so that an unnumbered paragraph
 * below it, where no clause or decision heading follows, is no text of it: the clause ended its
 * sentence and none of its paragraphs announced text below („… wie folgt geändert:“). Offices put
 * the Begründung or Sachdarstellung right after the decision, often with no heading of its own and
 * spaced by paragraph spacing instead of an empty paragraph; taken into the last clause, the
 * decision said what the reasons say (a tryout found it). Where the clause has not ended its
 * sentence, or announced what follows, the paragraph goes on with it.
 */
export function lastClauseIsOver(section: Section): boolean {
  const last = section.clauses[section.clauses.length - 1];
  // Unnumbered clauses (a decision written as prose) are read sentence by sentence elsewhere.
  if (last === undefined || section.clauses.some((c) => c.writtenNumber === undefined)) return false;
  const sub = last.unterpunkte?.[last.unterpunkte.length - 1];
  const text = sub?.text ?? last.text;
  return SENTENCE_END.test(text.trimEnd()) && !text.split("\n").some((p) => /:\s*$/u.test(p));
}

/** Invisible format characters (bidi marks and overrides, zero-width characters) at a paragraph's start, then a number. */
const MASKED_NUMBER = /^[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]+\s*[0-9]/u;

/**
 * Whether a paragraph is a numbered clause whose number invisible characters hide („\u200F2. Die
 * Verwaltung …“): it is no prose after the decision, and it stays with the clauses, where the check
 * of such characters (text-steuerzeichen) names it, instead of being left unassigned and unchecked.
 */
export function maskedClauseNumber(text: string): boolean {
  return MASKED_NUMBER.test(text);
}
