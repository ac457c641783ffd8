import { clause, section } from "../../src/core/model/builders";
import type { Vorlage } from "../../src/core/model/vorlage";
import { apply } from "../../src/core/operations/apply";
import { deleteClause, deleteSection, deleteUnterpunkt, insertClause, insertSection, insertUnterpunkt, moveClause, moveSection, moveUnterpunkt } from "../../src/core/operations/constructors";
import { invert } from "../../src/core/operations/invert";
import type { Operation } from "../../src/core/operations/operation";
import { OperationError } from "../../src/core/errors";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { randomIds } from "../../src/core/model/ids";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { DocxPort } from "../../src/document/docx/docx-port";
import type { DocumentPort } from "../../src/document/port";
import { WordPort } from "../../src/document/word/word-port";
import { runOnPort } from "../../src/taskpane/operation-to-port";
import { reference0057 } from "../fixtures/reference-0057";
import { WordSimulator } from "../word-simulator/word-simulator";

/** Sections and clauses with their ids and texts, in document order: what undo must restore. */
const outline = (v: Vorlage) => v.sections.map((s) => [s.id, s.kind, s.clauses.map((c) => `${c.id} ${c.text}`)]);
const numbers = (v: Vorlage) => v.sections.flatMap((s) => [s.writtenNumber, ...s.clauses.map((c) => c.writtenNumber)]);

const ADAPTERS: readonly [string, (docx: Uint8Array) => DocumentPort][] = [
  [".docx", (docx) => DocxPort.fromBytes(docx, WIESBADEN, randomIds)],
  ["Word (simulator)", (docx) => new WordPort(new WordSimulator(docx).host(), WIESBADEN, randomIds)],
];

/** Each pane action as the operation it records, built from the reference resolution (sections s1, s2). */
const CASES: readonly [string, (v: Vorlage) => Operation][] = [
  ["a clause inserted in the middle", (v) => insertClause(v, "s2", clause("n1", "in der Mitte;"), 1)],
  ["a clause inserted first", (v) => insertClause(v, "s2", clause("n1", "ganz vorn;"), 0)],
  ["a clause moved up", (v) => moveClause(v, "c23", "s2", 1)],
  ["a clause moved to the top", (v) => moveClause(v, "c13", "s1", 0)],
  ["a clause moved down", (v) => moveClause(v, "c11", "s1", 1)],
  ["a clause deleted", (v) => deleteClause(v, "c12")],
  ["a section with its clauses deleted", (v) => deleteSection(v, "s1")],
  ["a section inserted first", (v) => insertSection(v, section("n2", "kenntnisnahme", [clause("n3", "davor;")]), 0)],
  ["a section moved first", (v) => moveSection(v, "s2", 0)],
];

describe.each(ADAPTERS)("pane operations on the %s adapter", (_, make) => {
  const fresh = () => make(DocxDocument.create(reference0057(), WIESBADEN, "2025-01-01T00:00:00Z").save());

  it.each(CASES)("%s: the document follows the operation, renumbered, and its inverse restores it exactly", async (_, build) => {
    const port = fresh();
    const start = (await port.read()).vorlage;
    const op = build(start);
    await runOnPort(op, start, port);
    const after = (await port.read()).vorlage;
    expect(outline(after)).toEqual(outline(apply(start, op)));
    expect(numbers(after)).toEqual(after.sections.flatMap((s, i) => [`${i + 1}.`, ...s.clauses.map((_c, j) => `${i + 1}.${j + 1}`)]));
    await runOnPort(invert(op), after, port);
    const back = (await port.read()).vorlage;
    expect(outline(back)).toEqual(outline(start));
    expect(numbers(back)).toEqual(numbers(start));
  });

  it("refuses an undo that no longer fits the document and leaves it as it is", async () => {
    const port = fresh();
    const start = (await port.read()).vorlage;
    const op = deleteClause(start, "c12");
    await runOnPort(op, start, port);
    // Meanwhile someone deletes 1.1 too: the recorded index no longer holds.
    await port.deleteBlock("c11");
    const now = (await port.read()).vorlage;
    const undo = { ...invert(op), index: 5 } as Operation;
    await expect(runOnPort(undo, now, port)).rejects.toBeInstanceOf(OperationError);
    expect(outline((await port.read()).vorlage)).toEqual(outline(now));
  });
});

/** The reference resolution with three sub-points under 2.2: what the sub-point actions start from. */
const withUnterpunkte = (): Vorlage => {
  const v = reference0057();
  return {
    ...v,
    sections: v.sections.map((sec) => ({
      ...sec,
      clauses: sec.clauses.map((c) => (c.id === "c22" ? { ...c, unterpunkte: [{ id: "u1", text: "für 2024;" }, { id: "u2", text: "für 2025;" }, { id: "u3", text: "danach." }] } : c)),
    })),
  };
};
/** Every clause's sub-points with their letters and texts, in document order. */
const subpoints = (v: Vorlage) => v.sections.flatMap((sec) => sec.clauses.flatMap((c) => (c.unterpunkte ?? []).map((u) => `${c.id} ${u.id} ${u.text}`)));
const letters = (v: Vorlage) => v.sections.flatMap((sec) => sec.clauses.map((c) => (c.unterpunkte ?? []).map((u) => u.writtenNumber).join(" ")));

const SUB_CASES: readonly [string, (v: Vorlage) => Operation][] = [
  ["a sub-point inserted in the middle", (v) => insertUnterpunkt(v, "c22", { id: "n1", text: "dazwischen;" }, 1)],
  ["a sub-point inserted first", (v) => insertUnterpunkt(v, "c22", { id: "n1", text: "zuerst;" }, 0)],
  ["a sub-point appended", (v) => insertUnterpunkt(v, "c22", { id: "n1", text: "zuletzt." })],
  ["the first sub-point of a clause", (v) => insertUnterpunkt(v, "c21", { id: "n1", text: "neu." })],
  ["a sub-point moved up", (v) => moveUnterpunkt(v, "u3", 1)],
  ["a sub-point moved to the top", (v) => moveUnterpunkt(v, "u2", 0)],
  ["a sub-point moved down", (v) => moveUnterpunkt(v, "u1", 1)],
  ["a sub-point deleted", (v) => deleteUnterpunkt(v, "u2")],
];

describe.each(ADAPTERS)("pane sub-point operations on the %s adapter", (_, make) => {
  it.each(SUB_CASES)("%s: the document follows the operation, re-lettered, and its inverse restores it exactly", async (_, build) => {
    const port = make(DocxDocument.create(withUnterpunkte(), WIESBADEN, "2025-01-01T00:00:00Z").save());
    const start = (await port.read()).vorlage;
    const op = build(start);
    await runOnPort(op, start, port);
    const after = (await port.read()).vorlage;
    expect(subpoints(after)).toEqual(subpoints(apply(start, op)));
    expect(outline(after)).toEqual(outline(start));
    for (const list of after.sections.flatMap((sec) => sec.clauses.map((c) => c.unterpunkte ?? []))) expect(list.map((u) => u.writtenNumber)).toEqual(list.map((_u, i) => `${"abcdefghijklmnopqrstuvwxyz"[i]})`));
    await runOnPort(invert(op), after, port);
    const back = (await port.read()).vorlage;
    expect(subpoints(back)).toEqual(subpoints(start));
    expect(letters(back)).toEqual(letters(start));
  });
});
