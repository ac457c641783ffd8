import { findAmounts, type FoundAmount } from "../../german/money";

/**
 * What a decision's sentence says about the Vorlage's money, and how sure that reading is.
 * A reviewer may only be told „this contradicts the Finanzierung“ (an error) where the
 * sentence can only mean the Vorlage's total or its budget year; anything a sentence may
 * mean otherwise (a share, an earlier or another sum, an estimate) stays a warning.
 */

/** Words that make an amount a part of the total, or a price per unit. */
const SHARE = /%|\bProzent\b|\bAnteil|\banteilig|\bdavon\b|\bje\b(?!\s+Jahr)|\bjeweils\b|\bpro\b(?!\s+Jahr)|\bEigenanteil|\bTeilbetrag|\bRate\b/iu;
/**
 * Words that make an amount an earlier, a changed or another sum than this Vorlage's total. An
 * award („Vergabe … zum Angebotspreis von 655.910,66 €“) is often one contract of a larger
 * project whose Gesamtkosten the Finanzierung states; yearly Folgekosten or Betriebskosten beside a
 * project's total are another sum than it (a Karlsruhe form states both, tryout).
 */
const OTHER = /\bbisher|\bbislang|\bursprünglich|\bzuvor\b|\bbereits\b|\bVorjahr|\bzusätzlich|\bweitere[nrs]?\b|\bMehrkosten|\bMinderkosten|\berhöht|\bErhöhung|\bgesenkt|\bReduzierung|\bRestbetrag|\bverbleibend|\bGesamt(?:kosten|projekt|volumen|summe|investition)|\bHaushaltsplan|\bbis zu\b|\bhöchstens\b|\bmaximal\b|\bmindestens\b|\bVergabe|\bvergeben|\bAngebot|\bLos\b|\bFolgekosten|\bBetriebskosten|\bUnterhalt(?:s|ungs)kosten|\blaufenden?\s+Kosten/iu;

/**
 * The amount a sentence states as the Vorlage's total, when nothing else can be meant: one
 * amount (repeated figures count once), exact, not a share or per-unit price, not an earlier,
 * changed or other sum. The caller asks only when it is the decision's one amount: a decision
 * that names two different sums does not say which of them is the total.
 */
export function certainTotal(text: string): FoundAmount | undefined {
  const amounts = findAmounts(text);
  const [first] = amounts;
  if (first === undefined || amounts.some((a) => a.cents !== first.cents || a.approximate)) return undefined;
  if (SHARE.test(text) || OTHER.test(text)) return undefined;
  return first;
}

const FOUR_DIGITS = /[0-9]{4}/;
const YEAR = /\bHaushalt(?:sjahr(?:es|s)?|es|s)?\s+(\d{4})\b/gu;
/** A range or several years („in den Haushaltsjahren 2025 bis 2027“): not one budget year. */
const YEARS = /\bHaushaltsjahren\b|\bJahren\b|\d{4}\s*(?:bis|–|-|\/)\s*\d{2,4}/u;

/** The one budget year a sentence names for this decision, if it names exactly one and no earlier money. */
export function certainHaushaltsjahr(text: string): number | undefined {
  // A year is four digits after „Haushalt…“: a sentence without both names none (most do not), and is not searched.
  if (!text.includes("Haushalt") || !FOUR_DIGITS.test(text)) return undefined;
  const years = new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])));
  if (years.size !== 1 || YEARS.test(text) || OTHER.test(text)) return undefined;
  return [...years][0];
}
