import { firstWords } from "../../core/german/first-words";
import { typedNumber } from "../../core/recognize/recognize";
import type { Finding } from "../../core/validation/finding";

/**
 * Text typed by hand into a Vorlage the add-in made, where no control of ours holds it: a
 * paragraph after a clause in a section's control, or at body level right after a section,
 * or a second paragraph of a clause that starts with a number of its own. Word prints it with
 * the decision, so the reader must see it as what it prints as (tryout 4: „2.4 die Mehrkosten
 * von 1.500.000 € …“ after clause 2.3 was seen by neither check, diff nor export). Read by
 * `readStructure`, which both adapters call: check, diff, export and the pane agree.
 */

/** How long a quote of the typed text in a finding may be. */
const QUOTE = 80;

/** A clause's number as a Vorlage shows it: „2.4“, „2.4.“, or „3.“ where a section has no number of its own. */
const CLAUSE_FORM = /^(?:\d{1,2}(?:\.\d{1,3})+\.?|\d{1,2}\.)$/u;
/** A number of the outline's depth („2.4“): in a clause's further paragraph, „1.“ or „a)“ begins a list of its own. */
const OUTLINE_FORM = /^\d{1,2}(?:\.\d{1,3})+\.?$/u;

/**
 * The clause number a paragraph shows by itself, Word's list number or a typed one, and the
 * text after it; `outline`: only a number of the outline's depth („2.4“).
 */
export function shownClauseNumber(text: string, listLabel: string | undefined, outline = false): { readonly number: string; readonly rest: string } | undefined {
  const form = outline ? OUTLINE_FORM : CLAUSE_FORM;
  const label = listLabel?.trim();
  if (label !== undefined && label !== "") return form.test(label) ? { number: label, rest: text.replace(/^[\t ]+/u, "") } : undefined;
  const typed = typedNumber(text, "clause");
  return typed && form.test(typed.number) ? typed : undefined;
}

/**
 * Whether a clause number typed at body level after a section belongs to it: it continues the
 * section's own number („2.4“ under „2.“). Elsewhere a numbered line (a Begründung's „1. Ausgangslage“)
 * is no clause of the decision.
 */
export function continuesSection(number: string, sectionNumber: string | undefined): boolean {
  if (sectionNumber === undefined || sectionNumber === "") return false;
  const prefix = sectionNumber.endsWith(".") ? sectionNumber : `${sectionNumber}.`;
  return number.startsWith(prefix) && number.length > prefix.length;
}

/**
 * `structure-clause-uncontrolled`: a clause read from typed text, with no control of ours; `listed`: its
 * number is Word's list numbering, not typed (the message then does not call it typed by hand).
 */
export const uncontrolledClause = (clauseId: string, number: string, text: string, listed = false): Finding => ({
  code: "structure-clause-uncontrolled",
  severity: "warning",
  location: { type: "clause", id: clauseId },
  params: { nummer: number, auszug: firstWords(text, QUOTE), ...(listed ? { liste: "ja" } : {}) },
});

/** `structure-text-outside-clause`: words in a section's control outside its heading and clauses. */
export const textOutsideClause = (sectionId: string, text: string): Finding => ({
  code: "structure-text-outside-clause",
  severity: "error",
  location: { type: "section", id: sectionId },
  params: { auszug: firstWords(text, QUOTE) },
});

/** `structure-number-in-clause`: a further paragraph of a clause that starts with a clause number of its own. */
export const numberInClause = (clauseId: string, number: string, clauseNumber: string, text: string): Finding => ({
  code: "structure-number-in-clause",
  severity: "warning",
  location: { type: "clause", id: clauseId },
  params: { nummer: number, ziffer: clauseNumber, auszug: firstWords(text, QUOTE) },
});

/** `structure-clause-in-clause`: a list-numbered further paragraph in a clause's control, read as a clause of its own. */
export const clauseInClause = (clauseId: string, number: string, controlNumber: string, text: string): Finding => ({
  code: "structure-clause-in-clause",
  severity: "warning",
  location: { type: "clause", id: clauseId },
  params: { nummer: number, ziffer: controlNumber, auszug: firstWords(text, QUOTE) },
});
