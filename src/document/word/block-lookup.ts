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

