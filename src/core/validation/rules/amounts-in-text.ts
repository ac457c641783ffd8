import { findAmounts } from "../../german/money";
import type { Hit, Rule } from "../rule";

const YEARLY = /\bjährlich|\bpro Jahr\b|\bp\.\s?a\.|\bje Jahr\b/iu;
const ONCE = /\beinmalig/iu;

/**
 * What the resolution says about money must agree with the Finanzierung: a reviewer reads
 * "1.000 €" in clause 2.2 and must find 1.000 € in the Finanzierung, "jährlich" in the
 * text and a yearly Turnus. Only decision clauses count: the Kenntnisnahme part often
 * quotes other sums (total costs, earlier budgets).
 */
export const amountsInText: Rule = {
  id: "amounts-in-text",
  codes: {
    "finanzierung-betrag-text": "warning",
    "finanzierung-turnus-text": "warning",
    "finanzierung-undeclared": "warning",
  },
  check: ({ vorlage, clauses }) => {
    const hits: Hit[] = [];
    const f = vorlage.finanzierung;
    const decided = clauses.filter((c) => c.section.kind === "beschluss");
    const withAmounts = decided
      .map((c) => ({ clause: c.clause, amounts: findAmounts(c.clause.text) }))
      .filter((c) => c.amounts.length > 0);
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
      const first = withAmounts[0] as (typeof withAmounts)[number];
      hits.push({
        code: "finanzierung-betrag-text",
        location: { type: "clause", id: first.clause.id },
        params: { genannt: (first.amounts[0] as { text: string }).text, betrag: f.betragCent / 100 },
      });
    }
    for (const { clause } of withAmounts) {
      const saysYearly = YEARLY.test(clause.text);
      const saysOnce = ONCE.test(clause.text);
      if ((saysYearly && f.turnus === "einmalig") || (saysOnce && f.turnus === "jaehrlich")) {
        hits.push({
          code: "finanzierung-turnus-text",
          location: { type: "clause", id: clause.id },
          params: { text: saysYearly ? "jaehrlich" : "einmalig", turnus: f.turnus },
        });
      }
    }
    return hits;
  },
};
