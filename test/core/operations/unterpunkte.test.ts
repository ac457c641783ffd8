import { clause, section, vorlage } from "../../../src/core/model/builders";
import type { Clause, Vorlage } from "../../../src/core/model/vorlage";
import { apply, tryApply } from "../../../src/core/operations/apply";
import * as ops from "../../../src/core/operations/constructors";
import { invert } from "../../../src/core/operations/invert";
import { deriveNumbers } from "../../../src/core/numbering/derive-numbers";
import { OperationError } from "../../../src/core/errors";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";

const withSubpoints = (): Vorlage =>
  vorlage({
    sections: [
      section("s1", "beschluss", [
        { ...clause("c1", "folgende Maßnahmen umgesetzt werden:"), unterpunkte: [{ id: "u1", text: "Sanierung der Turnhalle," }, { id: "u2", text: "Neubau der Mensa." }] },
        clause("c2", "die Kosten aus dem Budget gedeckt werden."),
      ]),
    ],
  });

const lettersOf = (v: Vorlage, clauseId: string): string[] => {
  const n = deriveNumbers(v, WIESBADEN.numbering);
  return n.sections.flatMap((s) => s.clauses).find((c) => c.id === clauseId)?.unterpunkte.map((u) => u.number) ?? [];
};
const textsOf = (v: Vorlage, clauseId: string): string[] =>
  ((v.sections.flatMap((s) => s.clauses).find((c) => c.id === clauseId) as Clause).unterpunkte ?? []).map((u) => u.text);

describe("sub-points a), b), c) as operations", () => {
  it("inserts a sub-point in the middle and the letters after it follow", () => {
    const v = apply(withSubpoints(), ops.insertUnterpunkt(withSubpoints(), "c1", { id: "u3", text: "Umbau der Aula," }, 1));
    expect(textsOf(v, "c1")).toEqual(["Sanierung der Turnhalle,", "Umbau der Aula,", "Neubau der Mensa."]);
    expect(lettersOf(v, "c1")).toEqual(["a)", "b)", "c)"]);
  });

  it("gives a clause its first sub-point, and deleting the last one leaves the clause as it was before", () => {
    const start = withSubpoints();
    const op = ops.insertUnterpunkt(start, "c2", { id: "u9", text: "aus Produkt 1.11.01" });
    const added = apply(start, op);
    expect(lettersOf(added, "c2")).toEqual(["a)"]);
    const removed = apply(added, ops.deleteUnterpunkt(added, "u9"));
    expect(removed).toEqual(start);
    expect("unterpunkte" in (removed.sections[0]?.clauses[1] as Clause)).toBe(false);
  });

  it("moves a sub-point within its clause; the letters follow the order, the texts stay", () => {
    const v = apply(withSubpoints(), ops.moveUnterpunkt(withSubpoints(), "u2", 0));
    expect(textsOf(v, "c1")).toEqual(["Neubau der Mensa.", "Sanierung der Turnhalle,"]);
    expect(lettersOf(v, "c1")).toEqual(["a)", "b)"]);
  });

  it("edits a sub-point's text and nothing else", () => {
    const start = withSubpoints();
    const v = apply(start, ops.editUnterpunkt(start, "u1", "Sanierung der Sporthalle,"));
    expect(textsOf(v, "c1")).toEqual(["Sanierung der Sporthalle,", "Neubau der Mensa."]);
    expect(v.sections[0]?.clauses[1]).toBe(start.sections[0]?.clauses[1]);
  });

  it("every sub-point operation is undone exactly by its inverse", () => {
    const start = withSubpoints();
    for (const op of [
      ops.insertUnterpunkt(start, "c1", { id: "u3", text: "x" }, 0),
      ops.deleteUnterpunkt(start, "u1"),
      ops.moveUnterpunkt(start, "u1", 1),
      ops.editUnterpunkt(start, "u2", "y"),
    ]) {
      expect(apply(apply(start, op), invert(op))).toEqual(start);
    }
  });

  it("fails as a value on stale or impossible operations", () => {
    const start = withSubpoints();
    expect(tryApply(start, { type: "insertUnterpunkt", clauseId: "nope", index: 0, unterpunkt: { id: "x", text: "" } })).toMatchObject({ ok: false });
    expect(tryApply(start, { type: "insertUnterpunkt", clauseId: "c1", index: 5, unterpunkt: { id: "x", text: "" } })).toMatchObject({ ok: false });
    expect(tryApply(start, { type: "insertUnterpunkt", clauseId: "c1", index: 0, unterpunkt: { id: "c2", text: "" } })).toMatchObject({ ok: false, reason: 'id "c2" is already used' });
    expect(tryApply(start, { type: "deleteUnterpunkt", clauseId: "c1", index: 0, unterpunkt: { id: "u1", text: "anders" } })).toMatchObject({ ok: false });
    expect(tryApply(start, { type: "moveUnterpunkt", clauseId: "c1", from: 0, to: 2 })).toMatchObject({ ok: false });
    expect(tryApply(start, { type: "editUnterpunkt", unterpunktId: "u1", before: "anders", after: "x" })).toMatchObject({ ok: false });
    expect(tryApply(start, { type: "editUnterpunkt", unterpunktId: "nope", before: "", after: "x" })).toMatchObject({ ok: false });
    expect(() => ops.deleteUnterpunkt(start, "nope")).toThrow(OperationError);
  });

  it("refuses a clause or section whose sub-point ids are already used", () => {
    const start = withSubpoints();
    const copy = { ...clause("c9", "Kopie"), unterpunkte: [{ id: "u1", text: "kopiert" }] };
    expect(tryApply(start, ops.insertClause(start, "s1", copy))).toMatchObject({ ok: false, reason: 'id "u1" is already used' });
    expect(tryApply(start, ops.insertSection(start, section("s9", "beschluss", [copy])))).toMatchObject({ ok: false, reason: 'id "u1" is already used' });
  });

  it("renumber writes the letters a document shows, and its inverse restores them", () => {
    const shown: Vorlage = vorlage({
      sections: [section("s1", "beschluss", [{ ...clause("c1", "x", "1.1"), unterpunkte: [{ id: "u1", text: "a", writtenNumber: "a)" }, { id: "u2", text: "b", writtenNumber: "c)" }, { id: "u3", text: "c" }] }], "1.")],
    });
    const op = ops.renumber(shown, WIESBADEN.numbering);
    expect(op).toEqual({ type: "renumber", before: { u2: "c)", u3: undefined }, after: { u2: "b)", u3: "c)" } });
    const fixed = apply(shown, op);
    expect(fixed.sections[0]?.clauses[0]?.unterpunkte?.map((u) => u.writtenNumber)).toEqual(["a)", "b)", "c)"]);
    expect(apply(fixed, invert(op))).toEqual(shown);
  });
});
