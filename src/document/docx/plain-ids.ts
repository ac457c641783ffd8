import type { Vorlage } from "../../core/model/vorlage";

/**
 * The ids a document read from its text had (`before`, the pane's) paired with the ids the same
 * blocks carry once wrapped in our controls (`after`), by position: sections, their clauses, the
 * clauses' sub-points. Reading a text gives fresh ids each time, so an action the pane asks for
 * with the ids it was shown is carried over by this map. Undefined when the two differ in shape
 * (then the pane's ids name nothing reliably).
 */
export function pairedIds(before: Vorlage, after: Vorlage): ReadonlyMap<string, string> | undefined {
  if (before.sections.length !== after.sections.length) return undefined;
  const map = new Map<string, string>();
  for (const [i, s] of before.sections.entries()) {
    const t = after.sections[i];
    if (!t || t.clauses.length !== s.clauses.length) return undefined;
    map.set(s.id, t.id);
    for (const [j, c] of s.clauses.entries()) {
      const d = t.clauses[j];
      if (!d || (d.unterpunkte ?? []).length !== (c.unterpunkte ?? []).length) return undefined;
      map.set(c.id, d.id);
      for (const [k, u] of (c.unterpunkte ?? []).entries()) map.set(u.id, (d.unterpunkte ?? [])[k]?.id ?? u.id);
    }
  }
  return map;
}
