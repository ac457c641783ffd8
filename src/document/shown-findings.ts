import type { Profile } from "../core/profile/profile";
import type { Vorlage } from "../core/model/vorlage";
import { mayHaveOwnOutline, ownOutlineSections, withoutOwnOutlineNumbering } from "../core/numbering/own-outline";
import type { Finding } from "../core/validation/finding";
import { withUncertainAmount, withUnreadVerteiler } from "../core/validation/uncertain-amount";
import { withIncomeOnly } from "../core/validation/income-only";
import { validate } from "../core/validation/validate";

/**
 * The sections numbered in the document's own outline („II. Beschluss“ after „I. Vortrag“), which `recognize
 * --renumber` keeps: their numbering is no fault. `lines` (the body's paragraphs as text) are asked for only where
 * such a section may be. Both ports compute it when they read: the .docx engine for `check`, the Word adapter for the
 * pane (`PortRead.ownOutline`).
 */
export function ownOutlineOf(vorlage: Vorlage, profile: Profile, lines: () => readonly string[]): ReadonlySet<string> {
  return mayHaveOwnOutline(vorlage, profile) ? ownOutlineSections(vorlage, profile, lines()) : new Set<string>();
}

/**
 * What a document's check shows: the rules on its Vorlage, less the numbering faults in the document's own outline
 * (`ownOutline`), with a Betrag or Verteiler read with doubt said as such, no Finanzierung asked for where it names
 * income only (income-only.ts), and what reading found. One function, so
 * that `check`, the reviewers' page and the pane in Word say the same of the same document.
 */
export function shownFindings(read: { readonly vorlage: Vorlage; readonly findings: readonly Finding[]; readonly ownOutline?: ReadonlySet<string> }, profile: Profile): Finding[] {
  const rules = withoutOwnOutlineNumbering(validate(read.vorlage, profile), read.vorlage, read.ownOutline ?? new Set<string>());
  return [...withIncomeOnly(withUnreadVerteiler(withUncertainAmount(rules, read.findings), read.findings), read.findings), ...read.findings];
}
