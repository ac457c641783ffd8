import fc from "fast-check";
import { clause, section } from "../../../src/core/model/builders";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { deriveNumbers } from "../../../src/core/numbering/derive-numbers";
import { apply } from "../../../src/core/operations/apply";
import * as ops from "../../../src/core/operations/constructors";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { followReferences, referenceStates } from "../../../src/core/references/follow-references";
import { aroundReferences, referencingVorlage } from "../../fixtures/references";

/**
 * The model's half of issue 24's goal: after any sequence of inserts, moves and deletes (and text
 * edits around the references), following the numbers makes every reference whose target exists
 * name its target's current number, and changes nothing in its owner's text but that number.
 */
type Step =
  | { readonly kind: "insertClause"; readonly section: number; readonly index: number }
  | { readonly kind: "insertSection"; readonly index: number }
  | { readonly kind: "moveClause"; readonly pick: number; readonly section: number; readonly index: number }
  | { readonly kind: "moveSection"; readonly pick: number; readonly to: number }
  | { readonly kind: "deleteClause"; readonly pick: number }
  | { readonly kind: "moveUnterpunkt"; readonly pick: number; readonly to: number }
  | { readonly kind: "prepend"; readonly pick: number; readonly text: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("insertClause" as const), section: fc.nat(), index: fc.nat() }),
  fc.record({ kind: fc.constant("insertSection" as const), index: fc.nat() }),
  fc.record({ kind: fc.constant("moveClause" as const), pick: fc.nat(), section: fc.nat(), index: fc.nat() }),
  fc.record({ kind: fc.constant("moveSection" as const), pick: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant("deleteClause" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("moveUnterpunkt" as const), pick: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant("prepend" as const), pick: fc.nat(), text: fc.constantFrom("Ferner ", "1.3 ", "Ziffer ") }),
);

function applyStep(v: Vorlage, s: Step, n: number): Vorlage {
  const clauses = v.sections.flatMap((x) => x.clauses);
  const at = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(list.length, 1)];
  switch (s.kind) {
    case "insertClause": {
      const sec = at(v.sections, s.section);
      return sec ? apply(v, ops.insertClause(v, sec.id, clause(`n${n}`, `neu ${n}`), s.index % (sec.clauses.length + 1))) : v;
    }
    case "insertSection":
      return apply(v, ops.insertSection(v, section(`s${n}`, "beschluss", [clause(`n${n}`, `neu ${n}`)]), s.index % (v.sections.length + 1)));
    case "moveClause": {
      const c = at(clauses, s.pick);
      const sec = at(v.sections, s.section);
      if (!c || !sec) return v;
      const size = sec.clauses.filter((x) => x.id !== c.id).length;
      return apply(v, ops.moveClause(v, c.id, sec.id, s.index % (size + 1)));
    }
    case "moveSection": {
      const sec = at(v.sections, s.pick);
      return sec ? apply(v, ops.moveSection(v, sec.id, s.to % v.sections.length)) : v;
    }
    case "deleteClause": {
      const c = at(clauses, s.pick);
      return c && clauses.length > 1 ? apply(v, ops.deleteClause(v, c.id)) : v;
    }
    case "moveUnterpunkt": {
      const subs = clauses.flatMap((c) => c.unterpunkte ?? []);
      const u = at(subs, s.pick);
      const owner = clauses.find((c) => c.unterpunkte?.some((x) => x.id === u?.id));
      return u && owner ? apply(v, ops.moveUnterpunkt(v, u.id, s.to % (owner.unterpunkte?.length ?? 1))) : v;
    }
    case "prepend": {
      const c = at(clauses, s.pick);
      return c ? apply(v, ops.editClause(v, c.id, s.text + c.text)) : v;
    }
  }
}

describe.each([
  ["Wiesbaden", WIESBADEN],
  ["Karlsruhe", KARLSRUHE],
] as const)("references in the model (%s numbering)", (_name, profile) => {
  it("name their target's current number after any sequence of edits, and nothing else in the text changes", () => {
    const start = referencingVorlage();
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        let v = start;
        // What each owner's text must read with its numbers cut out: as it was, with the user's own edits in front.
        const expected = aroundReferences(start);
        steps.forEach((s, i) => {
          const next = applyStep(v, s, i);
          if (s.kind === "prepend") {
            const c = v.sections.flatMap((x) => x.clauses)[s.pick % Math.max(v.sections.flatMap((x) => x.clauses).length, 1)];
            if (c && expected.has(c.id)) expected.set(c.id, s.text + (expected.get(c.id) as string));
          }
          v = followReferences(next, deriveNumbers(next, profile.numbering));
        });
        for (const r of referenceStates(v, deriveNumbers(v, profile.numbering))) if (r.expected !== undefined) expect(r.shows).toBe(r.expected);
        for (const [id, text] of aroundReferences(v)) expect([id, text]).toEqual([id, expected.get(id)]);
      }),
      { numRuns: 300 },
    );
  });
});
