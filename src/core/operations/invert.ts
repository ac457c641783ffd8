import type { Operation } from "./operation";

/** The operation that undoes `op`: `apply(apply(v, op), invert(op))` equals `v`. */
export function invert(op: Operation): Operation {
  switch (op.type) {
    case "insertSection":
      return { type: "deleteSection", index: op.index, section: op.section };
    case "deleteSection":
      return { type: "insertSection", index: op.index, section: op.section };
    case "moveSection":
      return { type: "moveSection", from: op.to, to: op.from };
    case "insertClause":
      return { type: "deleteClause", sectionId: op.sectionId, index: op.index, clause: op.clause };
    case "deleteClause":
      return { type: "insertClause", sectionId: op.sectionId, index: op.index, clause: op.clause };
    case "moveClause":
      return {
        type: "moveClause",
        clauseId: op.clauseId,
        fromSection: op.toSection,
        fromIndex: op.toIndex,
        toSection: op.fromSection,
        toIndex: op.fromIndex,
      };
    case "editClause":
      return { ...op, before: op.after, after: op.before };
    case "insertUnterpunkt":
      return { type: "deleteUnterpunkt", clauseId: op.clauseId, index: op.index, unterpunkt: op.unterpunkt };
    case "deleteUnterpunkt":
      return { type: "insertUnterpunkt", clauseId: op.clauseId, index: op.index, unterpunkt: op.unterpunkt };
    case "moveUnterpunkt":
      return { type: "moveUnterpunkt", clauseId: op.clauseId, from: op.to, to: op.from };
    case "editUnterpunkt":
      return { ...op, before: op.after, after: op.before };
    case "setField":
      return { ...op, before: op.after, after: op.before } as Operation;
    case "setBlockField":
      return { ...op, before: op.after, after: op.before };
    case "renumber":
      return { type: "renumber", before: op.after, after: op.before };
  }
}
