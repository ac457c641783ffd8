import type { Deckungsquelle } from "../../model/vorlage";
import type { Hit, Rule } from "../rule";

/**
 * What a decision says about who pays must agree with the Finanzierung's Deckungsquellen. Where
 * the house style prints no Finanzierung (Wiesbaden keeps it in the metadata), the decision's
 * „zu 60 % aus dem Budget des Dezernats IV“ is the only thing the sitting reads, so a Quelle
 * that says otherwise goes unnoticed until the Kämmerei books it.
 *
 * Only the unambiguous form is read: a Dezernat named as the budget the money comes from
 * („aus dem Budget / Teilhaushalt / Haushalt / den Mitteln des Dezernats IV“), with the share
 * written right before it, or several („hälftig aus dem Budget der Dezernate VII und II“). „Die Umsetzung erfolgt durch Dezernat III/20“ names who books, not who
 * pays, and is not read. Always a warning: a sentence may pay from a Dezernat for a part the
 * Finanzierung lists under another heading.
 */

/** „(zu 60 %) aus dem Budget des Dezernats IV“; group 1 the share, group 2 the Dezernat. */
const PAID_FROM =
  /(?:\b(?:zu|mit)\s+(\d{1,3}(?:,\d{1,2})?)\s*(?:%|Prozent)\s+)?aus\s+(?:dem\s+(?:Budget|Teilhaushalt|Haushalt|Teilbudget)|den\s+(?:Mitteln|Haushaltsmitteln))\s+des\s+Dezernat(?:s|es)\s+([IVXLC]{1,6}|\d{1,2})(?![\w/])/gu;

/** „(hälftig) aus dem Budget der Dezernate VII und II“; group 1 „hälftig“, group 2 the list. */
const PAID_FROM_SEVERAL =
  /(?:\b(hälftig)\s+)?aus\s+(?:dem\s+(?:Budget|Teilhaushalt|Haushalt|Teilbudget)|den\s+(?:Mitteln|Haushaltsmitteln))\s+der\s+Dezernate\s+((?:(?:[IVXLC]{1,6}|\d{1,2})(?:\s*,\s*|\s+und\s+))+(?:[IVXLC]{1,6}|\d{1,2}))(?![\w/])/gu;

interface Stated {
  readonly dezernat: string;
  readonly anteil?: number;
}

const NONE_STATED: readonly Stated[] = [];

function statedIn(text: string): readonly Stated[] {
  // Both forms name „Dezernat(e)“: a sentence that does not (nearly all) is not searched.
  if (!text.includes("Dezernat")) return NONE_STATED;
  const one = [...text.matchAll(PAID_FROM)].map((m) => ({
    dezernat: m[2] as string,
    ...(m[1] !== undefined ? { anteil: Number(m[1].replace(",", ".")) / 100 } : {}),
  }));
  const several = [...text.matchAll(PAID_FROM_SEVERAL)].flatMap((m) => {
    const ids = (m[2] as string).split(/\s*,\s*|\s+und\s+/u);
    // „hälftig“ of two is half each; of three it says nothing a reader can check.
    const half = m[1] !== undefined && ids.length === 2;
    return ids.map((dezernat) => ({ dezernat, ...(half ? { anteil: 0.5 } : {}) }));
  });
  return [...one, ...several];
}

const sameShare = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;

function disagreement(s: Stated, quellen: readonly Deckungsquelle[]): { readonly finanzierung: string } | undefined {
  const q = quellen.filter((x) => x.stelle.dezernat === s.dezernat);
  if (q.length === 0) return { finanzierung: "fehlt" };
  if (s.anteil === undefined) return undefined;
  const shares = q.map((x) => x.anteil).filter((a): a is number => a !== undefined);
  // A Quelle given as an amount, not a share, cannot be compared with a share here.
  if (shares.length !== q.length) return undefined;
  const total = shares.reduce((a, b) => a + b, 0);
  return sameShare(total, s.anteil) ? undefined : { finanzierung: String(Math.round(total * 10000) / 100) };
}

export const dezernatShares: Rule = {
  id: "dezernat-shares",
  codes: { "finanzierung-quelle-text": "warning" },
  check: ({ vorlage, clauses, numbering }) => {
    const f = vorlage.finanzierung;
    if (!f || !f.auswirkungen || f.quellen.length === 0) return [];
    const hits: Hit[] = [];
    const stated: Stated[] = [];
    for (const { clause, section } of clauses) {
      if (section.kind !== "beschluss") continue;
      stated.length = 0;
      stated.push(...statedIn(clause.text));
      for (const u of clause.unterpunkte ?? []) stated.push(...statedIn(u.text));
      for (const s of stated) {
        const d = disagreement(s, f.quellen);
        if (d === undefined) continue;
        hits.push({
          code: "finanzierung-quelle-text",
          location: { type: "clause", id: clause.id },
          params: {
            ziffer: clause.writtenNumber ?? numbering.byId.get(clause.id) ?? "",
            dezernat: s.dezernat,
            ...(s.anteil !== undefined ? { genannt: String(Math.round(s.anteil * 10000) / 100) } : {}),
            finanzierung: d.finanzierung,
          },
        });
      }
    }
    return hits;
  },
};
