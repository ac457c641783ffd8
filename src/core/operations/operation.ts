import type { FieldName, FieldValues } from "../model/fields";
import type { Clause, Section, Unterpunkt } from "../model/vorlage";

/**
 * A change to a Vorlage as a value: it can be applied, inverted (undo), logged, sent to a
 * document adapter and tested without Word. Deletions carry what they delete and edits
 * carry the old value, so `invert` needs no document.
 */
export type Operation =
  | { readonly type: "insertSection"; readonly index: number; readonly section: Section }
  | { readonly type: "deleteSection"; readonly index: number; readonly section: Section }
  /** Removes the section at `from`, then inserts it so that it ends up at `to`. */
  | { readonly type: "moveSection"; readonly from: number; readonly to: number }
  | { readonly type: "insertClause"; readonly sectionId: string; readonly index: number; readonly clause: Clause }
  | { readonly type: "deleteClause"; readonly sectionId: string; readonly index: number; readonly clause: Clause }
  | {
      readonly type: "moveClause";
      readonly clauseId: string;
      readonly fromSection: string;
      readonly fromIndex: number;
      readonly toSection: string;
      readonly toIndex: number;
    }
  | { readonly type: "editClause"; readonly clauseId: string; readonly before: string; readonly after: string }
  /** Sub-points a), b), c) of a clause; the deleted one travels with its operation, as clauses do. */
  | { readonly type: "insertUnterpunkt"; readonly clauseId: string; readonly index: number; readonly unterpunkt: Unterpunkt }
  | { readonly type: "deleteUnterpunkt"; readonly clauseId: string; readonly index: number; readonly unterpunkt: Unterpunkt }
  /** Within one clause: removes the sub-point at `from`, then inserts it so that it ends up at `to`. */
  | { readonly type: "moveUnterpunkt"; readonly clauseId: string; readonly from: number; readonly to: number }
  | { readonly type: "editUnterpunkt"; readonly unterpunktId: string; readonly before: string; readonly after: string }
  | SetFieldOperation
  | {
      readonly type: "setBlockField";
      readonly block: string;
      readonly field: string;
      readonly before: string | undefined;
      readonly after: string | undefined;
    }
  /** Rewrites the numbers a document shows (`writtenNumber`); only what changes is listed. */
  | {
      readonly type: "renumber";
      readonly before: Readonly<Record<string, string | undefined>>;
      readonly after: Readonly<Record<string, string | undefined>>;
    };

export type SetFieldOperation = {
  readonly [K in FieldName]: {
    readonly type: "setField";
    readonly field: K;
    readonly before: FieldValues[K];
    readonly after: FieldValues[K];
  };
}[FieldName];

export type OperationType = Operation["type"];
