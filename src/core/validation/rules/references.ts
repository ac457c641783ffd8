import type { Clause, Unterpunkt } from "../../model/vorlage";
import { normalizeNumber } from "../../numbering/derive-numbers";
import { detectReferences } from "../../references/detect-references";
import { referenceStates } from "../../references/follow-references";
import { overlapTest } from "../../references/overlaps";
import type { Hit, Rule, RuleContext } from "../rule";
import { byText } from "../../text-memo";

/** The references typed in a text: searched once for a text both versions of a diff share (src/core/text-memo.ts). */
const referencesIn = byText(detectReferences);

/** The numbers a reader sees: what the document shows, else the derived one; clause numbers and each clause's letters. */
function shownNumbers({ clauses, numbering }: RuleContext): { readonly clauses: ReadonlyMap<string, Clause>; readonly letters: (c: Clause) => ReadonlySet<string> } {
  const shown = (o: { readonly id: string; readonly writtenNumber?: string }) => normalizeNumber(o.writtenNumber ?? numbering.byId.get(o.id) ?? "");
  const byNumber = new Map<string, Clause>();
  for (const { clause } of clauses) if (!byNumber.has(shown(clause))) byNumber.set(shown(clause), clause);
  // Each clause's letters once: a letter without its clause is looked for under every clause.
  const letters = new Map<Clause, ReadonlySet<string>>();
  return {
    clauses: byNumber,
    letters: (c) => {
      let set = letters.get(c);
      if (set === undefined) {
        set = new Set((c.unterpunkte ?? []).map(shown));
        letters.set(c, set);
      }
      return set;
    },
  };
}

/**
 * References between clauses (issue 24). A reference kept as a link (`verweise`) must name
 * its target's current number, and its target must still exist: a deleted target leaves the
 * reference as the user wrote it, with an error, because only the user knows what it should
 * now say. A reference only typed (a document we did not write) is checked against the
 * numbers the document shows: a certain form („Ziffer 4“, „unter 1.3“) to a number that no
 * clause has is an error, an uncertain one („Nr. 3“, „Punkt 2“, which count other things too)
 * a hint. Citations of law, other Beschlüsse, Anlagen and amounts are no references here.
 */
export const references: Rule = {
  id: "references",
  codes: {
    "verweis-ziel-geloescht": "error",
    "verweis-veraltet": "warning",
    "verweis-ziel-fehlt": "error",
    "verweis-unsicher": "info",
  },
  check: (ctx) => {
    const hits: Hit[] = [];
    const { vorlage, numbering } = ctx;
    // The owner is named by the number the document prints, where it prints one.
    let printed: Map<string, string | undefined> | undefined;
    for (const r of referenceStates(vorlage, numbering)) {
      const location = { type: "clause", id: r.ownerClause } as const;
      printed ??= new Map(ctx.clauses.map(({ clause }) => [clause.id, clause.writtenNumber]));
      const ziffer = printed.get(r.ownerClause) ?? numbering.byId.get(r.ownerClause) ?? "";
      if (r.expected === undefined) hits.push({ code: "verweis-ziel-geloescht", location, params: { verweis: r.shows, ziffer } });
      else if (r.shows !== r.expected) hits.push({ code: "verweis-veraltet", location, params: { verweis: r.shows, nummer: r.expected, ziffer } });
    }
    let shown: ReturnType<typeof shownNumbers> | undefined;
    const typed = (clause: Clause, owner: Clause | Unterpunkt) => {
      const found = referencesIn(owner.text);
      // Most texts type no reference: the test of the links is made only for those that do.
      if (found.length === 0) return;
      // A walk over all links per reference made a clause of thousands of references quadratic.
      const linked = overlapTest(owner.verweise ?? []);
      for (const t of found) {
        if (linked(t)) continue;
        shown ??= shownNumbers(ctx);
        const numbers = shown;
        const exists =
          t.kind === "ziffer"
            ? numbers.clauses.has(t.number)
            : t.clause !== undefined
              ? numbers.letters(numbers.clauses.get(t.clause) ?? clause).has(t.number)
              : numbers.letters(clause).has(t.number) || ctx.clauses.some((c) => numbers.letters(c.clause).has(t.number));
        if (exists) continue;
        hits.push({
          code: t.certain ? "verweis-ziel-fehlt" : "verweis-unsicher",
          location: { type: "clause", id: clause.id },
          params: { verweis: owner.text.slice(t.start, t.end), art: t.kind, ziffer: clause.writtenNumber ?? numbering.byId.get(clause.id) ?? "" },
        });
      }
    };
    for (const { clause } of ctx.clauses) {
      typed(clause, clause);
      for (const u of clause.unterpunkte ?? []) typed(clause, u);
    }
    return hits;
  },
};
