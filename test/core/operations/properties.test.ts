import fc from "fast-check";
import { clause, section, vorlage } from "../../../src/core/model/builders";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { tryApply } from "../../../src/core/operations/apply";
import * as ops from "../../../src/core/operations/constructors";
import type { Operation } from "../../../src/core/operations/operation";
import { invert } from "../../../src/core/operations/invert";
import { deriveNumbers, normalizeNumber } from "../../../src/core/numbering/derive-numbers";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";

/** An abstract edit, turned into a concrete operation against whatever the Vorlage is then. */
type Action =
  | { kind: "insertClause"; section: number; at: number; text: string }
  | { kind: "deleteClause"; pick: number }
  | { kind: "moveClause"; pick: number; section: number; at: number }
  | { kind: "editClause"; pick: number; text: string }
  | { kind: "insertSection"; at: number; beschluss: boolean }
  | { kind: "deleteSection"; pick: number }
  | { kind: "moveSection"; pick: number; to: number }
  | { kind: "renumber" }
  | { kind: "insertUnterpunkt"; pick: number; at: number; text: string }
  | { kind: "deleteUnterpunkt"; pick: number }
  | { kind: "moveUnterpunkt"; pick: number; to: number }
  | { kind: "editUnterpunkt"; pick: number; text: string };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant("insertClause" as const), section: fc.nat(), at: fc.nat(), text: fc.string() }),
  fc.record({ kind: fc.constant("deleteClause" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("moveClause" as const), pick: fc.nat(), section: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant("editClause" as const), pick: fc.nat(), text: fc.string() }),
  fc.record({ kind: fc.constant("insertSection" as const), at: fc.nat(), beschluss: fc.boolean() }),
  fc.record({ kind: fc.constant("deleteSection" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("moveSection" as const), pick: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant("renumber" as const) }),
  fc.record({ kind: fc.constant("insertUnterpunkt" as const), pick: fc.nat(), at: fc.nat(), text: fc.string() }),
  fc.record({ kind: fc.constant("deleteUnterpunkt" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("moveUnterpunkt" as const), pick: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant("editUnterpunkt" as const), pick: fc.nat(), text: fc.string() }),
);

const allUnterpunkte = (v: Vorlage) => allClauses(v).flatMap((c) => c.unterpunkte ?? []);

const allClauses = (v: Vorlage) => v.sections.flatMap((s) => s.clauses);

function toOperation(v: Vorlage, a: Action, nextId: () => string): Operation | undefined {
  const clauses = allClauses(v);
  const nSections = v.sections.length;
  switch (a.kind) {
    case "insertClause": {
      const s = v.sections[a.section % Math.max(nSections, 1)];
      return s && ops.insertClause(v, s.id, clause(nextId(), a.text), a.at % (s.clauses.length + 1));
    }
    case "deleteClause": {
      const c = clauses[a.pick % Math.max(clauses.length, 1)];
      return c && ops.deleteClause(v, c.id);
    }
    case "moveClause": {
      const c = clauses[a.pick % Math.max(clauses.length, 1)];
      const s = v.sections[a.section % Math.max(nSections, 1)];
      if (!c || !s) return undefined;
      const size = s.clauses.length - (s.clauses.some((x) => x.id === c.id) ? 1 : 0);
      return ops.moveClause(v, c.id, s.id, a.at % (size + 1));
    }
    case "editClause": {
      const c = clauses[a.pick % Math.max(clauses.length, 1)];
      return c && ops.editClause(v, c.id, a.text);
    }
    case "insertSection":
      return ops.insertSection(v, section(nextId(), a.beschluss ? "beschluss" : "kenntnisnahme"), a.at % (nSections + 1));
    case "deleteSection": {
      const s = v.sections[a.pick % Math.max(nSections, 1)];
      return s && ops.deleteSection(v, s.id);
    }
    case "moveSection": {
      const s = v.sections[a.pick % Math.max(nSections, 1)];
      return s && ops.moveSection(v, s.id, a.to % nSections);
    }
    case "renumber":
      return ops.renumber(v, WIESBADEN.numbering);
    case "insertUnterpunkt": {
      const c = clauses[a.pick % Math.max(clauses.length, 1)];
      return c && ops.insertUnterpunkt(v, c.id, { id: nextId(), text: a.text }, a.at % ((c.unterpunkte ?? []).length + 1));
    }
    case "deleteUnterpunkt": {
      const u = allUnterpunkte(v)[a.pick % Math.max(allUnterpunkte(v).length, 1)];
      return u && ops.deleteUnterpunkt(v, u.id);
    }
    case "moveUnterpunkt": {
      const c = clauses.filter((x) => (x.unterpunkte ?? []).length > 0)[a.pick % Math.max(clauses.length, 1)];
      const u = c?.unterpunkte?.[a.to % c.unterpunkte.length];
      return c && u && ops.moveUnterpunkt(v, u.id, (a.pick + a.to) % (c.unterpunkte ?? []).length);
    }
    case "editUnterpunkt": {
      const u = allUnterpunkte(v)[a.pick % Math.max(allUnterpunkte(v).length, 1)];
      return u && ops.editUnterpunkt(v, u.id, a.text);
    }
  }
}

const start = () =>
  vorlage({
    sections: [
      section("s1", "kenntnisnahme", [clause("a", "erste Ziffer"), clause("b", "zweite Ziffer")]),
      section("s2", "beschluss", [clause("c", "dritte Ziffer")]),
    ],
  });

function run(actions: readonly Action[]): { history: Vorlage[]; log: Operation[] } {
  let n = 0;
  const nextId = () => `n${++n}`;
  const history = [start()];
  const log: Operation[] = [];
  for (const a of actions) {
    const current = history[history.length - 1] as Vorlage;
    const op = toOperation(current, a, nextId);
    if (!op) continue;
    const result = tryApply(current, op);
    if (!result.ok) throw new Error(`generated operation did not apply: ${result.reason}`);
    history.push(result.vorlage);
    log.push(op);
  }
  return { history, log };
}

describe("operations (property tests)", () => {
  it("never lose or change clause text except through an edit or a delete of that clause", () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const { history, log } = run(actions);
        log.forEach((op, i) => {
          const before = new Map(allClauses(history[i] as Vorlage).map((c) => [c.id, c.text]));
          const after = new Map(allClauses(history[i + 1] as Vorlage).map((c) => [c.id, c.text]));
          for (const [id, text] of before) {
            const touched =
              (op.type === "editClause" && op.clauseId === id) ||
              (op.type === "deleteClause" && op.clause.id === id) ||
              (op.type === "deleteSection" && op.section.clauses.some((c) => c.id === id));
            if (!touched) expect(after.get(id)).toBe(text);
          }
          const subBefore = new Map(allUnterpunkte(history[i] as Vorlage).map((u) => [u.id, u.text]));
          const subAfter = new Map(allUnterpunkte(history[i + 1] as Vorlage).map((u) => [u.id, u.text]));
          for (const [id, text] of subBefore) {
            const touched =
              (op.type === "editUnterpunkt" && op.unterpunktId === id) ||
              (op.type === "deleteUnterpunkt" && op.unterpunkt.id === id) ||
              (op.type === "deleteClause" && (op.clause.unterpunkte ?? []).some((u) => u.id === id)) ||
              (op.type === "deleteSection" && op.section.clauses.some((c) => (c.unterpunkte ?? []).some((u) => u.id === id)));
            if (!touched) expect(subAfter.get(id)).toBe(text);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("keep numbering contiguous per level after any sequence", () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const { history } = run(actions);
        const last = history[history.length - 1] as Vorlage;
        const numbering = deriveNumbers(last, WIESBADEN.numbering);
        numbering.sections.forEach((s, si) => {
          expect(normalizeNumber(s.number)).toBe(String(si + 1));
          s.clauses.forEach((c, ci) => {
            expect(c.number).toBe(`${si + 1}.${ci + 1}`);
            c.unterpunkte.forEach((u, ui) => expect(u.number).toBe(`${String.fromCharCode(97 + ui)})`));
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it("invert(op) restores the Vorlage before op, for every step of any sequence", () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const { history, log } = run(actions);
        // Undo everything, newest first: each undo must land exactly on the earlier state.
        let v = history[history.length - 1] as Vorlage;
        for (let i = log.length - 1; i >= 0; i--) {
          const undone = tryApply(v, invert(log[i] as Operation));
          expect(undone.ok).toBe(true);
          v = (undone as { vorlage: Vorlage }).vorlage;
          expect(v).toEqual(history[i]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
