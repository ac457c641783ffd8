import { findAmounts, type FoundAmount } from "../../german/money";

/**
 * A decision that sets a fee or rate („die Jahresgebühr für Erwachsene von 15 € auf 20 € steigt“) names what citizens
 * pay, not what the Vorlage costs (a price „zum Angebotspreis von …“ is what the city pays, and stays a cost): such an amount neither contradicts the
 * Finanzierung nor shows undeclared financial effects (third tryout: „15 €“ was said to contradict 140.000 €).
 */
const FEE = /(?:[Gg]ebühr|[Bb]eitragssatz|[Hh]ebesatz)(?:en|e|s|es)?(?!\p{L})/u;

function isFee(text: string, a: FoundAmount): boolean {
  const before = text.slice(Math.max(0, a.index - 50), a.index).split(/[.;!?](?:\s|$)/u).pop() ?? "";
  return FEE.test(before);
}

/** The amounts of a decision's sentence that are not fees or prices. */
export const amountsNotFees = (text: string): FoundAmount[] => findAmounts(text).filter((a) => !isFee(text, a));
