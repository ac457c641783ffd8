import { OperationError, UnknownSectionKindError } from "../../../src/core/errors";
import { clause, section, vorlage } from "../../../src/core/model/builders";
import { sequentialIds } from "../../../src/core/model/ids";
import { apply, applyAll, tryApply } from "../../../src/core/operations/apply";
import * as ops from "../../../src/core/operations/constructors";
import { invert } from "../../../src/core/operations/invert";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { deriveNumbers } from "../../../src/core/numbering/derive-numbers";

const doc = () =>
  vorlage({
    sections: [
      section("s1", "kenntnisnahme", [clause("a", "Text A"), clause("b", "Text B")]),
      section("s2", "beschluss", [clause("c", "Text C")]),
    ],
  });

const numbers = (v: ReturnType<typeof doc>) =>
  deriveNumbers(v, WIESBADEN.numbering).sections.flatMap((s) => [s.number, ...s.clauses.map((c) => `${c.number}`)]);

describe("apply", () => {
  it("inserts a clause and the numbers after it follow", () => {
    const v = doc();
    const next = apply(v, ops.insertClause(v, "s1", clause("n", "Neu"), 0));
    expect(next.sections[0]?.clauses.map((c) => c.text)).toEqual(["Neu", "Text A", "Text B"]);
    expect(numbers(next)).toEqual(["1.", "1.1", "1.2", "1.3", "2.", "2.1"]);
  });

  it("deletes a clause and renumbers the rest", () => {
    const v = doc();
    const next = apply(v, ops.deleteClause(v, "a"));
    expect(next.sections[0]?.clauses.map((c) => c.id)).toEqual(["b"]);
    expect(numbers(next)).toEqual(["1.", "1.1", "2.", "2.1"]);
  });

  it("moves a clause into another section", () => {
    const v = doc();
    const next = apply(v, ops.moveClause(v, "a", "s2", 1));
    expect(next.sections.map((s) => s.clauses.map((c) => c.id))).toEqual([["b"], ["c", "a"]]);
  });

  it("moves a section and its clauses come along", () => {
    const v = doc();
    const next = apply(v, ops.moveSection(v, "s2", 0));
    expect(next.sections.map((s) => s.id)).toEqual(["s2", "s1"]);
    expect(next.sections[1]?.clauses.map((c) => c.id)).toEqual(["a", "b"]);
  });

  it("inserts and deletes whole sections", () => {
    const v = doc();
    const withNew = apply(v, ops.insertSection(v, section("s3", "beschluss"), 1));
    expect(withNew.sections.map((s) => s.id)).toEqual(["s1", "s3", "s2"]);
    expect(apply(withNew, ops.deleteSection(withNew, "s1")).sections.map((s) => s.id)).toEqual(["s3", "s2"]);
  });

  it("edits clause text and sets fields and block values", () => {
    const v = doc();
    const edited = applyAll(v, [
      ops.editClause(v, "c", "neuer Text"),
      ops.setField(v, "header.betreff", "Neuer Betreff"),
      ops.setField(v, "zustaendigkeit.federfuehrend", "VII"),
      ops.setField(v, "zustaendigkeit.beteiligt", ["II"]),
      ops.setBlockField(v, "klimapruefung", "auswirkung", "nein"),
    ]);
    expect(edited.sections[1]?.clauses[0]?.text).toBe("neuer Text");
    expect(edited.header.betreff).toBe("Neuer Betreff");
    expect(edited.zustaendigkeit).toEqual({ federfuehrend: "VII", beteiligt: ["II"] });
    expect(edited.bloecke).toEqual({ klimapruefung: { auswirkung: "nein" } });
  });

  it("never mutates the Vorlage it was given", () => {
    const v = doc();
    const frozen = JSON.stringify(v);
    apply(v, ops.deleteClause(v, "a"));
    apply(v, ops.editClause(v, "b", "anders"));
    expect(JSON.stringify(v)).toBe(frozen);
  });

  it("fails as a value when an edit's old text no longer matches", () => {
    const v = doc();
    const op = ops.editClause(v, "a", "eins");
    const changed = apply(v, ops.editClause(v, "a", "zwei"));
    expect(tryApply(changed, op)).toEqual({ ok: false, reason: 'clause "a" was changed in the meantime' });
    expect(() => apply(changed, op)).toThrow(OperationError);
  });

  it("refuses an id that is already used (a pasted copy must get a new id)", () => {
    const v = doc();
    expect(tryApply(v, { type: "insertClause", sectionId: "s2", index: 0, clause: clause("a", "Kopie") }).ok).toBe(false);
    expect(tryApply(v, { type: "insertSection", index: 0, section: section("x", "beschluss", [clause("b", "Kopie")]) }).ok).toBe(false);
  });

  it("refuses targets that do not exist and indexes out of range", () => {
    const v = doc();
    const bad = [
      { type: "insertClause", sectionId: "nope", index: 0, clause: clause("z", "") },
      { type: "insertClause", sectionId: "s1", index: 9, clause: clause("z", "") },
      { type: "insertSection", index: -1, section: section("z", "beschluss") },
      { type: "moveSection", from: 5, to: 0 },
      { type: "moveClause", clauseId: "a", fromSection: "s1", fromIndex: 1, toSection: "s2", toIndex: 0 },
      { type: "moveClause", clauseId: "a", fromSection: "s1", fromIndex: 0, toSection: "nope", toIndex: 0 },
      { type: "moveClause", clauseId: "a", fromSection: "s1", fromIndex: 0, toSection: "s2", toIndex: 4 },
      { type: "deleteSection", index: 0, section: section("s1", "beschluss") },
      { type: "editClause", clauseId: "nope", before: "", after: "x" },
      { type: "setField", field: "header.betreff", before: "alt", after: "neu" },
      { type: "setBlockField", block: "b", field: "f", before: "x", after: "y" },
      { type: "renumber", before: {}, after: { nope: "1." } },
      { type: "renumber", before: { a: "9.9" }, after: { a: "1.1" } },
    ] as const;
    for (const op of bad) expect(tryApply(v, op).ok).toBe(false);
  });

  it("the constructors throw a named error for targets that do not exist", () => {
    const v = doc();
    expect(() => ops.deleteClause(v, "nope")).toThrow(OperationError);
    expect(() => ops.deleteSection(v, "nope")).toThrow(/No section "nope"/);
  });
});

describe("newSection", () => {
  it("creates sections of the kinds the profile declares", () => {
    expect(ops.newSection(WIESBADEN, "beschluss", sequentialIds("s"))).toEqual({ id: "s1", kind: "beschluss", clauses: [] });
  });

  it("throws UnknownSectionKindError for other kinds, naming the known ones", () => {
    expect(() => ops.newSection(WIESBADEN, "anhang", sequentialIds())).toThrow(UnknownSectionKindError);
    expect(() => ops.newSection(WIESBADEN, "anhang", sequentialIds())).toThrow(/"kenntnisnahme", "beschluss"/);
  });
});

describe("renumber", () => {
  it("rewrites only the shown numbers that are wrong, and running it twice changes nothing", () => {
    const v = vorlage({
      sections: [section("s1", "beschluss", [clause("a", "A", "1.1"), clause("b", "B", "1.3")], "1.")],
    });
    const op = ops.renumber(v, WIESBADEN.numbering);
    expect(op).toEqual({ type: "renumber", before: { b: "1.3" }, after: { b: "1.2" } });
    const once = apply(v, op);
    expect(once.sections[0]?.clauses.map((c) => c.writtenNumber)).toEqual(["1.1", "1.2"]);
    expect(once.sections[0]?.clauses.map((c) => c.text)).toEqual(["A", "B"]);
    expect(ops.renumber(once, WIESBADEN.numbering)).toEqual({ type: "renumber", before: {}, after: {} });
  });

  it("is undone by its inverse, also where a number was absent", () => {
    const v = vorlage({ sections: [section("s1", "beschluss", [clause("a", "A")], "3.")] });
    const op = ops.renumber(v, WIESBADEN.numbering);
    const undone = apply(apply(v, op), invert(op));
    expect(undone).toEqual(v);
  });
});
