import { OperationError, UnknownSectionKindError } from "../errors";
import type { FieldName, FieldValues } from "../model/fields";
import { getField } from "../model/fields";
import type { IdSource } from "../model/ids";
import type { Clause, Section, Unterpunkt, Vorlage } from "../model/vorlage";
import { deriveNumbers, type NumberingStyle } from "../numbering/derive-numbers";
import type { Profile } from "../profile/profile";
import type { Operation } from "./operation";

/**
 * Builders that read the current Vorlage to fill in what an operation must carry
 * (the deleted content, the old value), so that every operation can be inverted later.
 * They throw `OperationError` when the target does not exist: that is a caller's bug.
 */

function locateClause(v: Vorlage, clauseId: string): { section: Section; index: number; clause: Clause } {
  for (const section of v.sections) {
    const index = section.clauses.findIndex((c) => c.id === clauseId);
    if (index >= 0) return { section, index, clause: section.clauses[index] as Clause };
  }
  throw new OperationError(`No clause "${clauseId}" in this Vorlage.`);
}

function locateSection(v: Vorlage, sectionId: string): { section: Section; index: number } {
  const index = v.sections.findIndex((s) => s.id === sectionId);
  if (index < 0) throw new OperationError(`No section "${sectionId}" in this Vorlage.`);
  return { section: v.sections[index] as Section, index };
}

/** A new, empty section of a kind the profile declares; throws `UnknownSectionKindError` otherwise. */
export function newSection(profile: Profile, kind: string, ids: IdSource): Section {
  const known = profile.sectionKinds.map((k) => k.kind);
  if (!known.includes(kind)) throw new UnknownSectionKindError(kind, known);
  return { id: ids(), kind, clauses: [] };
}

export function insertSection(v: Vorlage, section: Section, index = v.sections.length): Operation {
  return { type: "insertSection", index, section };
}

export function deleteSection(v: Vorlage, sectionId: string): Operation {
  const { section, index } = locateSection(v, sectionId);
  return { type: "deleteSection", index, section };
}

export function moveSection(v: Vorlage, sectionId: string, to: number): Operation {
  return { type: "moveSection", from: locateSection(v, sectionId).index, to };
}

export function insertClause(v: Vorlage, sectionId: string, clause: Clause, index?: number): Operation {
  const { section } = locateSection(v, sectionId);
  return { type: "insertClause", sectionId, index: index ?? section.clauses.length, clause };
}

export function deleteClause(v: Vorlage, clauseId: string): Operation {
  const { section, index, clause } = locateClause(v, clauseId);
  return { type: "deleteClause", sectionId: section.id, index, clause };
}

export function moveClause(v: Vorlage, clauseId: string, toSection: string, toIndex: number): Operation {
  const { section, index } = locateClause(v, clauseId);
  return { type: "moveClause", clauseId, fromSection: section.id, fromIndex: index, toSection, toIndex };
}

export function editClause(v: Vorlage, clauseId: string, text: string): Operation {
  return { type: "editClause", clauseId, before: locateClause(v, clauseId).clause.text, after: text };
}

function locateUnterpunkt(v: Vorlage, id: string): { clause: Clause; index: number; unterpunkt: Unterpunkt } {
  for (const s of v.sections)
    for (const clause of s.clauses) {
      const index = (clause.unterpunkte ?? []).findIndex((u) => u.id === id);
      if (index >= 0) return { clause, index, unterpunkt: (clause.unterpunkte as readonly Unterpunkt[])[index] as Unterpunkt };
    }
  throw new OperationError(`No sub-point "${id}" in this Vorlage.`);
}

/** Inserts a sub-point under a clause, at the end unless `index` says where. */
export function insertUnterpunkt(v: Vorlage, clauseId: string, unterpunkt: Unterpunkt, index?: number): Operation {
  const { clause } = locateClause(v, clauseId);
  return { type: "insertUnterpunkt", clauseId, index: index ?? (clause.unterpunkte ?? []).length, unterpunkt };
}

export function deleteUnterpunkt(v: Vorlage, unterpunktId: string): Operation {
  const { clause, index, unterpunkt } = locateUnterpunkt(v, unterpunktId);
  return { type: "deleteUnterpunkt", clauseId: clause.id, index, unterpunkt };
}

/** Moves a sub-point within its clause (a sub-point belongs to its clause's sentence). */
export function moveUnterpunkt(v: Vorlage, unterpunktId: string, to: number): Operation {
  const { clause, index } = locateUnterpunkt(v, unterpunktId);
  return { type: "moveUnterpunkt", clauseId: clause.id, from: index, to };
}

export function editUnterpunkt(v: Vorlage, unterpunktId: string, text: string): Operation {
  return { type: "editUnterpunkt", unterpunktId, before: locateUnterpunkt(v, unterpunktId).unterpunkt.text, after: text };
}

export function setField<K extends FieldName>(v: Vorlage, field: K, value: FieldValues[K]): Operation {
  return { type: "setField", field, before: getField(v, field), after: value } as Operation;
}

export function setBlockField(v: Vorlage, block: string, field: string, value: string | undefined): Operation {
  return { type: "setBlockField", block, field, before: v.bloecke[block]?.[field], after: value };
}

/** Sets every shown number to the derived one; lists only the numbers that change. */
export function renumber(v: Vorlage, style: NumberingStyle): Operation {
  const numbers = deriveNumbers(v, style).byId;
  const before: Record<string, string | undefined> = {};
  const after: Record<string, string | undefined> = {};
  for (const s of v.sections) {
    for (const node of [s, ...s.clauses, ...s.clauses.flatMap((c) => c.unterpunkte ?? [])]) {
      const derived = numbers.get(node.id);
      if (node.writtenNumber !== derived) {
        before[node.id] = node.writtenNumber;
        after[node.id] = derived;
      }
    }
  }
  return { type: "renumber", before, after };
}
