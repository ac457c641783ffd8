import type { FoundAmount } from "../../german/money";
import type { Clause } from "../../model/vorlage";
import type { Hit, Rule } from "../rule";
import { byText } from "../../text-memo";
import { certainHaushaltsjahr, certainTotal } from "./decision-money";
import { amountsNotFees } from "./fee-amounts";

const YEARLY = /\bjährlich|\bpro Jahr\b|\bp\.\s?a\.|\bje Jahr\b/iu;
const ONCE = /\beinmalig/iu;
/** Whether a decision's sentences say „jährlich“ or „einmalig“: asked once for a text both versions of a diff share. */
const saysYearlyIn = byText((text: string) => YEARLY.test(text));
const saysOnceIn = byText((text: string) => ONCE.test(text));

/**
 * Every amount names a currency: findAmounts does not search a sentence without one (most decision sentences have none).
 * A fee the decision sets is no cost (fee-amounts.ts). A text both versions of a diff share is searched once (src/core/text-memo.ts).
 */
const amountsIn = byText(amountsNotFees);

/** A clause's own text and each of its sub-points: every sentence of the decision, at its clause. */
function sentencesOf(clause: Clause): readonly string[] {
  return [clause.text, ...(clause.unterpunkte ?? []).map((u) => u.text)];
}

/**
 * What the resolution says about money must agree with the Finanzierung: a reviewer reads
 * "1.000 €" in clause 2.2 and must find 1.000 € in the Finanzierung, "jährlich" in the
 * text and a yearly Turnus. Only decision clauses count: the Kenntnisnahme part often
 * quotes other sums (total costs, earlier budgets).
 *
 * A decision that certainly states another total or another Haushaltsjahr than the
 * Finanzierung contradicts it: that is an error (`…-widerspruch`), since the Vorlage cannot
 * go to the sitting until someone decides which is right. An amount the text may mean
 * otherwise (see decision-money.ts) stays a warning (`finanzierung-betrag-text`).
 */
export const amountsInText: Rule = {
  id: "amounts-in-text",
  codes: {
    "finanzierung-betrag-widerspruch": "error",
    "finanzierung-haushaltsjahr-widerspruch": "error",
    "finanzierung-betrag-text": "warning",
    "finanzierung-turnus-text": "warning",
    "finanzierung-undeclared": "warning",
  },
  check: ({ vorlage, clauses, numbering }) => {
    const hits: Hit[] = [];
    const f = vorlage.finanzierung;
    const decided = clauses.filter((c) => c.section.kind === "beschluss");
    // The number the document prints (a reader finds „1.“, not the house scheme's „1.1“); the derived one where it prints none.
    const ziffer = (c: Clause) => c.writtenNumber ?? numbering.byId.get(c.id) ?? "";
    const withAmounts: { readonly clause: Clause; readonly text: string; readonly amounts: readonly FoundAmount[] }[] = [];
    const note = (clause: Clause, text: string): void => {
      const amounts = amountsIn(text);
      if (amounts.length > 0) withAmounts.push({ clause, text, amounts });
    };
    for (const { clause } of decided) {
      note(clause, clause.text);
      for (const u of clause.unterpunkte ?? []) note(clause, u.text);
    }
    if (f?.auswirkungen && f.haushaltsjahr !== undefined) {
      const other = (text: string): number | undefined => {
        const y = certainHaushaltsjahr(text);
        return y !== f.haushaltsjahr ? y : undefined;
      };
      for (const { clause } of decided) {
        let jahr = other(clause.text);
        for (const u of clause.unterpunkte ?? []) jahr ??= other(u.text);
        if (jahr === undefined) continue;
        hits.push({ code: "finanzierung-haushaltsjahr-widerspruch", location: { type: "clause", id: clause.id }, params: { genannt: jahr, jahr: f.haushaltsjahr, ziffer: ziffer(clause) } });
        break;
      }
    }
    if (withAmounts.length === 0) return hits;
    if (!f || !f.auswirkungen) {
      const first = withAmounts[0] as (typeof withAmounts)[number];
      hits.push({
        code: "finanzierung-undeclared",
        location: { type: "clause", id: first.clause.id },
        params: { genannt: (first.amounts[0] as { text: string }).text },
      });
      return hits;
    }
    if (f.betragCent !== undefined && !withAmounts.some((c) => c.amounts.some((a) => a.cents === f.betragCent))) {
      // Only a decision that names one sum (however often) states the total; of two different sums none is certainly it.
      const one = new Set(withAmounts.flatMap((c) => c.amounts.map((a) => a.cents))).size === 1;
      const certain = one ? withAmounts.map((c) => ({ ...c, total: certainTotal(c.text) })).find((c) => c.total !== undefined) : undefined;
      const first = certain ?? (withAmounts[0] as (typeof withAmounts)[number]);
      hits.push(
        certain?.total !== undefined
          ? {
              code: "finanzierung-betrag-widerspruch",
              location: { type: "clause", id: certain.clause.id },
              params: { genannt: certain.total.text, betrag: f.betragCent / 100, ziffer: ziffer(certain.clause) },
            }
          : {
              code: "finanzierung-betrag-text",
              location: { type: "clause", id: first.clause.id },
              params: { genannt: (first.amounts[0] as { text: string }).text, betrag: f.betragCent / 100 },
            },
      );
    }
    const named = new Set(withAmounts.map((w) => w.clause));
    for (const { clause } of decided.filter((c) => named.has(c.clause))) {
      const text = sentencesOf(clause).join(" ");
      const saysYearly = saysYearlyIn(text);
      const saysOnce = saysOnceIn(text);
      if ((saysYearly && f.turnus === "einmalig") || (saysOnce && f.turnus === "jaehrlich")) {
        hits.push({ code: "finanzierung-turnus-text", location: { type: "clause", id: clause.id }, params: { text: saysYearly ? "jaehrlich" : "einmalig", turnus: f.turnus } });
      }
    }
    return hits;
  },
};
