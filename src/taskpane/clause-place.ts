import type { Vorlage } from "../core/model/vorlage";
import type { SelectedBlock } from "../document/port";

/**
 * Where the pane last pointed: after a clause (picked in the outline, chosen in the list,
 * or just inserted) or at the end of a section (chosen, or just inserted).
 */
export type PaneTarget = { readonly after: string } | { readonly end: string };

/** Where a new clause goes, and why there (the pane says it). */
export interface ClausePlace {
  readonly sectionId: string;
  /** The clause it follows; absent: at the end of the section. */
  readonly after?: string;
  /** `cursor`: where the user's cursor stands in the document; `pane`: the clause chosen in the pane; `end`: the end of a section. */
  readonly source: "cursor" | "pane" | "end";
}

const sectionOf = (v: Vorlage, clauseId: string) => v.sections.find((s) => s.clauses.some((c) => c.id === clauseId));

/**
 * Decides where „Ziffer einfügen“ puts a clause: after the clause the cursor stands in (a
 * sub-point counts as its clause; in a section heading, at that section's end), else after
 * the clause chosen in the pane, else at the end of the chosen or last section. `cursor`
 * is left out by the caller where the user chose a place in the pane after working in the
 * document, or where the cursor has not moved since the pane's last insert (then the pane's
 * own target, the clause just inserted, is the newer intent). Undefined: no section yet.
 */
export function placeClause(v: Vorlage, cursor: SelectedBlock | undefined, pane: PaneTarget | undefined): ClausePlace | undefined {
  if (cursor) {
    const clauseId = cursor.kind === "unterpunkt" ? v.sections.flatMap((s) => s.clauses).find((c) => c.unterpunkte?.some((u) => u.id === cursor.id))?.id : cursor.kind === "clause" ? cursor.id : undefined;
    const section = clauseId ? sectionOf(v, clauseId) : undefined;
    if (clauseId && section) return { sectionId: section.id, after: clauseId, source: "cursor" };
    if (cursor.kind === "section" && v.sections.some((s) => s.id === cursor.id)) return { sectionId: cursor.id, source: "cursor" };
  }
  if (pane && "after" in pane) {
    const section = sectionOf(v, pane.after);
    if (section) return { sectionId: section.id, after: pane.after, source: "pane" };
  }
  const end = pane && "end" in pane && v.sections.some((s) => s.id === pane.end) ? pane.end : v.sections[v.sections.length - 1]?.id;
  return end === undefined ? undefined : { sectionId: end, source: "end" };
}
