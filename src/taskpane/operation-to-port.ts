import { OperationError } from "../core/errors";
import { tryApply } from "../core/operations/apply";
import type { Operation } from "../core/operations/operation";
import type { Clause, Vorlage } from "../core/model/vorlage";
import { clauseWithoutWrittenNumbers, sectionWithoutWrittenNumbers, withoutWrittenNumbers } from "../core/model/written-numbers";
import type { DocumentPort } from "../document/port";

/**
 * Carries out a structural operation (insert, delete, move of sections, clauses and sub-points) on a
 * document through the port. The pane records each structural action as an operation, so
 * that undo is `invert(op)` carried out here, with no document snapshot. The operation is
 * first checked against the Vorlage the document holds now: an undo that no longer fits
 * (someone edited the document meanwhile) is refused with `OperationError` and changes
 * nothing.
 */
export async function runOnPort(op: Operation, now: Vorlage, port: DocumentPort): Promise<void> {
  // The numbers a document shows are not the truth: a clause recorded before it was numbered is still that clause.
  const checked = tryApply(withoutWrittenNumbers(now), unnumberedOp(op));
  if (!checked.ok) throw new OperationError(checked.reason);
  switch (op.type) {
    case "insertSection": {
      const before = now.sections;
      if (before.length === 0) {
        await port.insertSection(op.section, "selection");
        return;
      }
      if (op.index > 0) {
        await port.insertSection(op.section, { after: (before[op.index - 1] as Vorlage["sections"][number]).id });
        return;
      }
      // First section: the port places sections after another one, so the others move behind it.
      await port.insertSection(op.section, { after: (before[before.length - 1] as Vorlage["sections"][number]).id });
      return moveSectionsAfter(port, op.section.id, before.map((s) => s.id));
    }
    case "deleteSection":
      return port.deleteBlock(op.section.id);
    case "deleteClause":
      return port.deleteBlock(op.clause.id);
    case "insertClause": {
      const section = now.sections.find((s) => s.id === op.sectionId);
      const previous = section?.clauses[op.index - 1];
      if (previous) return port.insertClause(op.clause, op.sectionId, previous.id);
      await port.insertClause(op.clause, op.sectionId);
      // A clause moved right after its section's heading becomes the section's first clause.
      if (section && section.clauses.length > 0) await port.moveBlock(op.clause.id, op.sectionId);
      return;
    }
    case "moveClause": {
      const target = now.sections.find((s) => s.id === op.toSection);
      const rest = (target?.clauses ?? []).filter((c) => c.id !== op.clauseId);
      const previous = rest[op.toIndex - 1];
      return port.moveBlock(op.clauseId, previous ? previous.id : op.toSection);
    }
    case "moveSection": {
      const moved = now.sections[op.from] as Vorlage["sections"][number];
      const rest = now.sections.filter((_, i) => i !== op.from);
      const previous = rest[op.to - 1];
      if (previous) return port.moveBlock(moved.id, previous.id);
      return moveSectionsAfter(port, moved.id, rest.map((s) => s.id));
    }
    case "insertUnterpunkt": {
      // The port puts a sub-point after another one, or first when told no other.
      const previous = clauseOf(now, op.clauseId)?.unterpunkte?.[op.index - 1];
      return port.insertUnterpunkt(op.unterpunkt, op.clauseId, previous?.id);
    }
    case "deleteUnterpunkt":
      return port.deleteBlock(op.unterpunkt.id);
    case "moveUnterpunkt": {
      const list = clauseOf(now, op.clauseId)?.unterpunkte ?? [];
      const moved = list[op.from] as NonNullable<Clause["unterpunkte"]>[number];
      const previous = list.filter((_, i) => i !== op.from)[op.to - 1];
      return port.moveUnterpunkt(moved.id, previous?.id);
    }
    default:
      throw new OperationError(`The pane does not carry out "${op.type}" on a document.`);
  }
}

function unnumberedOp(op: Operation): Operation {
  if (op.type === "insertSection" || op.type === "deleteSection") return { ...op, section: sectionWithoutWrittenNumbers(op.section) };
  if (op.type === "insertClause" || op.type === "deleteClause") return { ...op, clause: clauseWithoutWrittenNumbers(op.clause) };
  if (op.type === "insertUnterpunkt" || op.type === "deleteUnterpunkt") {
    const { writtenNumber: _n, ...unterpunkt } = op.unterpunkt;
    return { ...op, unterpunkt };
  }
  return op;
}

const clauseOf = (v: Vorlage, id: string): Clause | undefined => v.sections.flatMap((s) => s.clauses).find((c) => c.id === id);

/** Moves `ids` one after the other behind `first`: first, ids[0], ids[1], … */
async function moveSectionsAfter(port: DocumentPort, first: string, ids: readonly string[]): Promise<void> {
  let previous = first;
  for (const id of ids) {
    if (id === first) continue;
    await port.moveBlock(id, previous);
    previous = id;
  }
}
