import type { Clause, Section, Unterpunkt, Vorlage } from "../../core/model/vorlage";
import { tryApply } from "../../core/operations/apply";
import type { Operation } from "../../core/operations/operation";
import { BlockNotFoundError } from "../block-not-found";
import { formatTag } from "../tags";

/** A numbered block of ours in document order: a section, a clause or a sub-point, with the tag of its control for a given id. */
export interface NumberedNode {
  readonly id: string;
  readonly writtenNumber?: string;
  readonly kind: "section" | "clause" | "unterpunkt";
  tagOf(id: string): string;
}

/** Sections, clauses and sub-points in document order. */
export function numberedNodes(v: Vorlage): NumberedNode[] {
  const out: NumberedNode[] = [];
  for (const s of v.sections) {
    out.push({ id: s.id, writtenNumber: s.writtenNumber, kind: "section", tagOf: (id) => formatTag({ kind: "abschnitt", id, sectionKind: s.kind }) });
    for (const c of s.clauses) {
      out.push({ id: c.id, writtenNumber: c.writtenNumber, kind: "clause", tagOf: (id) => formatTag({ kind: "ziffer", id }) });
      for (const u of c.unterpunkte ?? []) out.push({ id: u.id, writtenNumber: u.writtenNumber, kind: "unterpunkt", tagOf: (id) => formatTag({ kind: "unterpunkt", id }) });
    }
  }
  return out;
}

/** The clause (and its section) holding sub-point `id`. */
export function unterpunktOf(v: Vorlage, id: string): { readonly section: Section; readonly clause: Clause; readonly index: number; readonly unterpunkt: Unterpunkt } | undefined {
  for (const section of v.sections)
    for (const clause of section.clauses) {
      const index = (clause.unterpunkte ?? []).findIndex((u) => u.id === id);
      if (index >= 0) return { section, clause, index, unterpunkt: (clause.unterpunkte as readonly Unterpunkt[])[index] as Unterpunkt };
    }
  return undefined;
}

/** The section that is or holds block `id` (a section or a clause). */
export function sectionOf(v: Vorlage, id: string): Section | undefined {
  return v.sections.find((s) => s.id === id || s.clauses.some((c) => c.id === id));
}

/** The model after `op`; an operation the model refuses names a block that is not there (BlockNotFoundError). */
export function applied(v: Vorlage, op: Operation): Vorlage {
  const result = tryApply(v, op);
  if (!result.ok) throw new BlockNotFoundError(result.reason);
  return result.vorlage;
}

/** The tag of a section's control (it names the section's kind). */
export function sectionTag(s: Section): string {
  return formatTag({ kind: "abschnitt", id: s.id, sectionKind: s.kind });
}


/**
 * A section or clause found by id, as the structure edits of both paths (kept-edits.ts on the kept model,
 * structure-edits.ts after a body read) need it: its section, whether it is that section, its control's
 * tag, and the ids of the blocks it holds (itself, its clauses, their sub-points).
 */
export interface FoundBlock {
  readonly section: Section;
  readonly isSection: boolean;
  readonly block: Section | Clause;
  readonly tag: string;
  readonly ids: readonly string[];
}

/** Section or clause `id` in `v`; undefined where there is none (a sub-point is not one). */
export function blockOf(v: Vorlage, id: string): FoundBlock | undefined {
  const section = sectionOf(v, id);
  if (!section) return undefined;
  const isSection = section.id === id;
  const block = isSection ? section : (section.clauses.find((c) => c.id === id) as Clause);
  const clauses = isSection ? section.clauses : [block as Clause];
  const ids = [id, ...clauses.flatMap((c) => [c.id, ...(c.unterpunkte ?? []).map((u) => u.id)])];
  return { section, isSection, block, tag: isSection ? sectionTag(section) : formatTag({ kind: "ziffer", id }), ids: [...new Set(ids)] };
}

/** The operation that deletes `found` from `v`. */
export function deleteOperation(v: Vorlage, found: FoundBlock): Operation {
  const { section, block } = found;
  return found.isSection
    ? { type: "deleteSection", index: v.sections.indexOf(section), section }
    : { type: "deleteClause", sectionId: section.id, index: section.clauses.findIndex((c) => c.id === block.id), clause: block as Clause };
}

/** The operation that moves `found` to stand right after `afterId` (a section, or a clause of section `to`; a section id in `to` for a clause: first in it). */
export function moveOperation(v: Vorlage, found: FoundBlock, to: Section, afterId: string): Operation {
  const from = found.section;
  const id = found.block.id;
  return found.isSection
    ? { type: "moveSection", from: v.sections.indexOf(from), to: v.sections.indexOf(to) + (v.sections.indexOf(to) < v.sections.indexOf(from) ? 1 : 0) }
    : {
        type: "moveClause",
        clauseId: id,
        fromSection: from.id,
        fromIndex: from.clauses.findIndex((c) => c.id === id),
        toSection: to.id,
        toIndex: to.id === afterId ? 0 : to.clauses.filter((c) => c.id !== id).findIndex((c) => c.id === afterId) + 1,
      };
}

/** The tag of the control a block moved after `afterId` in section `to` is placed after (the section's, for first place). */
export function anchorTag(to: Section, afterId: string): string {
  return to.id === afterId ? sectionTag(to) : formatTag({ kind: "ziffer", id: afterId });
}
