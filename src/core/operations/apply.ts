import { OperationError } from "../errors";
import { deepEqual } from "../model/deep-equal";
import { getField, withField } from "../model/fields";
import type { Clause, Section, Unterpunkt, Vorlage } from "../model/vorlage";
import type { Operation } from "./operation";
import { verweiseAfterEdit } from "../references/follow-references";

/** The outcome of applying an operation: a new Vorlage, or why it could not apply. */
export type ApplyResult = { readonly ok: true; readonly vorlage: Vorlage } | { readonly ok: false; readonly reason: string };

const fail = (reason: string): ApplyResult => ({ ok: false, reason });
const done = (vorlage: Vorlage): ApplyResult => ({ ok: true, vorlage });

function allIds(v: Vorlage): Set<string> {
  const ids = new Set<string>();
  for (const s of v.sections) {
    ids.add(s.id);
    for (const c of s.clauses) {
      ids.add(c.id);
      for (const u of c.unterpunkte ?? []) ids.add(u.id);
    }
  }
  return ids;
}

const idsOfClause = (c: Clause): string[] => [c.id, ...(c.unterpunkte ?? []).map((u) => u.id)];

/** The clause with new sub-points; a clause left without any has no `unterpunkte` key, as before it had one. */
/**
 * A text edit keeps the references (`verweise`) it did not touch, shifted with the text;
 * one whose number was typed over is dropped with it (undo brings the text back, not the link).
 */
function withText<T extends Clause | Unterpunkt>(o: T, before: string, after: string): T {
  const verweise = verweiseAfterEdit(o.verweise, before, after);
  const rest: T = { ...o, text: after };
  if (verweise) return { ...rest, verweise };
  delete (rest as { verweise?: unknown }).verweise;
  return rest;
}

function withUnterpunkte(c: Clause, list: readonly Unterpunkt[]): Clause {
  const { unterpunkte: _u, ...rest } = c;
  return list.length === 0 ? rest : { ...rest, unterpunkte: list };
}

function replaceClause(v: Vorlage, clauseId: string, update: (c: Clause) => Clause): Vorlage {
  return { ...v, sections: v.sections.map((s) => (s.clauses.some((c) => c.id === clauseId) ? { ...s, clauses: s.clauses.map((c) => (c.id === clauseId ? update(c) : c)) } : s)) };
}

/** The sub-point `id` and the clause that holds it. */
export function findUnterpunkt(v: Vorlage, id: string): { clause: Clause; unterpunkt: Unterpunkt } | undefined {
  for (const s of v.sections)
    for (const c of s.clauses) {
      const u = c.unterpunkte?.find((x) => x.id === id);
      if (u) return { clause: c, unterpunkt: u };
    }
  return undefined;
}

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

function removeAt<T>(list: readonly T[], index: number): T[] {
  return [...list.slice(0, index), ...list.slice(index + 1)];
}

function replaceSection(v: Vorlage, sectionId: string, update: (s: Section) => Section): Vorlage {
  return { ...v, sections: v.sections.map((s) => (s.id === sectionId ? update(s) : s)) };
}

function findClause(v: Vorlage, clauseId: string): { section: Section; index: number; clause: Clause } | undefined {
  for (const section of v.sections) {
    const index = section.clauses.findIndex((c) => c.id === clauseId);
    if (index >= 0) return { section, index, clause: section.clauses[index] as Clause };
  }
  return undefined;
}

/**
 * Applies an operation without mutating its input. An operation that does not fit the
 * Vorlage (a stale `before`, a missing target, an index out of range, a reused id) fails
 * as a value, so that callers like the task pane can decide what to tell the user.
 */
export function tryApply(v: Vorlage, op: Operation): ApplyResult {
  switch (op.type) {
    case "insertSection": {
      if (op.index < 0 || op.index > v.sections.length) return fail(`section index ${op.index} out of range`);
      const ids = allIds(v);
      const clash = [op.section.id, ...op.section.clauses.flatMap(idsOfClause)].find((id) => ids.has(id));
      if (clash !== undefined) return fail(`id "${clash}" is already used`);
      return done({ ...v, sections: insertAt(v.sections, op.index, op.section) });
    }
    case "deleteSection": {
      const current = v.sections[op.index];
      if (!current || !deepEqual(current, op.section)) return fail(`section "${op.section.id}" is not at index ${op.index} as recorded`);
      return done({ ...v, sections: removeAt(v.sections, op.index) });
    }
    case "moveSection": {
      const moved = v.sections[op.from];
      if (!moved || op.to < 0 || op.to >= v.sections.length) return fail(`cannot move section ${op.from} to ${op.to}`);
      return done({ ...v, sections: insertAt(removeAt(v.sections, op.from), op.to, moved) });
    }
    case "insertClause": {
      const target = v.sections.find((s) => s.id === op.sectionId);
      if (!target) return fail(`no section "${op.sectionId}"`);
      if (op.index < 0 || op.index > target.clauses.length) return fail(`clause index ${op.index} out of range`);
      const used = allIds(v);
      const clash = idsOfClause(op.clause).find((id) => used.has(id));
      if (clash !== undefined) return fail(`id "${clash}" is already used`);
      return done(replaceSection(v, op.sectionId, (s) => ({ ...s, clauses: insertAt(s.clauses, op.index, op.clause) })));
    }
    case "deleteClause": {
      const target = v.sections.find((s) => s.id === op.sectionId);
      const current = target?.clauses[op.index];
      if (!current || !deepEqual(current, op.clause)) return fail(`clause "${op.clause.id}" is not at ${op.sectionId}[${op.index}] as recorded`);
      return done(replaceSection(v, op.sectionId, (s) => ({ ...s, clauses: removeAt(s.clauses, op.index) })));
    }
    case "moveClause": {
      const from = v.sections.find((s) => s.id === op.fromSection);
      const clause = from?.clauses[op.fromIndex];
      if (!clause || clause.id !== op.clauseId) return fail(`clause "${op.clauseId}" is not at ${op.fromSection}[${op.fromIndex}]`);
      const removed = replaceSection(v, op.fromSection, (s) => ({ ...s, clauses: removeAt(s.clauses, op.fromIndex) }));
      const to = removed.sections.find((s) => s.id === op.toSection);
      if (!to) return fail(`no section "${op.toSection}"`);
      if (op.toIndex < 0 || op.toIndex > to.clauses.length) return fail(`clause index ${op.toIndex} out of range`);
      return done(replaceSection(removed, op.toSection, (s) => ({ ...s, clauses: insertAt(s.clauses, op.toIndex, clause) })));
    }
    case "editClause": {
      const found = findClause(v, op.clauseId);
      if (!found) return fail(`no clause "${op.clauseId}"`);
      if (found.clause.text !== op.before) return fail(`clause "${op.clauseId}" was changed in the meantime`);
      return done(
        replaceSection(v, found.section.id, (s) => ({
          ...s,
          clauses: s.clauses.map((c) => (c.id === op.clauseId ? withText(c, op.before, op.after) : c)),
        })),
      );
    }
    case "insertUnterpunkt": {
      const found = findClause(v, op.clauseId);
      if (!found) return fail(`no clause "${op.clauseId}"`);
      const list = found.clause.unterpunkte ?? [];
      if (op.index < 0 || op.index > list.length) return fail(`sub-point index ${op.index} out of range`);
      if (allIds(v).has(op.unterpunkt.id)) return fail(`id "${op.unterpunkt.id}" is already used`);
      return done(replaceClause(v, op.clauseId, (c) => withUnterpunkte(c, insertAt(list, op.index, op.unterpunkt))));
    }
    case "deleteUnterpunkt": {
      const found = findClause(v, op.clauseId);
      const list = found?.clause.unterpunkte ?? [];
      if (!deepEqual(list[op.index], op.unterpunkt)) return fail(`sub-point "${op.unterpunkt.id}" is not at ${op.clauseId}[${op.index}] as recorded`);
      return done(replaceClause(v, op.clauseId, (c) => withUnterpunkte(c, removeAt(list, op.index))));
    }
    case "moveUnterpunkt": {
      const list = findClause(v, op.clauseId)?.clause.unterpunkte ?? [];
      const moved = list[op.from];
      if (!moved || op.to < 0 || op.to >= list.length) return fail(`cannot move sub-point ${op.from} to ${op.to} in clause "${op.clauseId}"`);
      return done(replaceClause(v, op.clauseId, (c) => withUnterpunkte(c, insertAt(removeAt(list, op.from), op.to, moved))));
    }
    case "editUnterpunkt": {
      const found = findUnterpunkt(v, op.unterpunktId);
      if (!found) return fail(`no sub-point "${op.unterpunktId}"`);
      if (found.unterpunkt.text !== op.before) return fail(`sub-point "${op.unterpunktId}" was changed in the meantime`);
      return done(
        replaceClause(v, found.clause.id, (c) =>
          withUnterpunkte(c, (c.unterpunkte ?? []).map((u) => (u.id === op.unterpunktId ? withText(u, op.before, op.after) : u))),
        ),
      );
    }
    case "setField": {
      if (!deepEqual(getField(v, op.field), op.before)) return fail(`field "${op.field}" was changed in the meantime`);
      return done(withField(v, op.field, op.after as never));
    }
    case "setBlockField": {
      const block = v.bloecke[op.block] ?? {};
      if (block[op.field] !== op.before) return fail(`block field "${op.block}.${op.field}" was changed in the meantime`);
      const { [op.field]: _old, ...rest } = block;
      const next = op.after === undefined ? rest : { ...rest, [op.field]: op.after };
      return done({ ...v, bloecke: { ...v.bloecke, [op.block]: next } });
    }
    case "renumber": {
      const ids = allIds(v);
      const unknown = Object.keys(op.after).find((id) => !ids.has(id));
      if (unknown !== undefined) return fail(`no section or clause "${unknown}"`);
      const numberOf = (node: Section | Clause | Unterpunkt): string | undefined =>
        Object.prototype.hasOwnProperty.call(op.after, node.id) ? op.after[node.id] : node.writtenNumber;
      const stale = Object.keys(op.before).find((id) => {
        const node = v.sections.find((s) => s.id === id) ?? findClause(v, id)?.clause ?? findUnterpunkt(v, id)?.unterpunkt;
        return node?.writtenNumber !== op.before[id];
      });
      if (stale !== undefined) return fail(`the number of "${stale}" was changed in the meantime`);
      const withNumber = <T extends Section | Clause | Unterpunkt>(node: T): T => {
        const n = numberOf(node);
        const { writtenNumber: _w, ...rest } = node;
        return (n === undefined ? rest : { ...rest, writtenNumber: n }) as T;
      };
      return done({
        ...v,
        sections: v.sections.map((s) =>
          withNumber({ ...s, clauses: s.clauses.map((c) => withNumber(c.unterpunkte ? { ...c, unterpunkte: c.unterpunkte.map(withNumber) } : c)) }),
        ),
      });
    }
  }
}

/** Like `tryApply`, for callers that know the operation fits; throws `OperationError` otherwise. */
export function apply(v: Vorlage, op: Operation): Vorlage {
  const result = tryApply(v, op);
  if (!result.ok) throw new OperationError(`Cannot apply ${op.type}: ${result.reason}.`);
  return result.vorlage;
}

/** Applies operations in order; stops at the first that does not fit. */
export function applyAll(v: Vorlage, ops: readonly Operation[]): Vorlage {
  return ops.reduce(apply, v);
}
