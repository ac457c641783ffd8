import type { Clause, Section, Vorlage } from "./vorlage";

/** A clause without the numbers its document shows (its own and its sub-points'). */
export function clauseWithoutWrittenNumbers(c: Clause): Clause {
  const { writtenNumber: _n, ...rest } = c;
  return rest.unterpunkte ? { ...rest, unterpunkte: rest.unterpunkte.map(({ writtenNumber: _u, ...u }) => u) } : rest;
}

/** A section without the numbers its document shows, its clauses' included. */
export function sectionWithoutWrittenNumbers(s: Section): Section {
  const { writtenNumber: _n, ...rest } = s;
  return { ...rest, clauses: rest.clauses.map(clauseWithoutWrittenNumbers) };
}

/**
 * The Vorlage without the numbers its document shows (`writtenNumber`), as the add-in itself
 * holds it: numbers are derived from order, so a model the pane or a command writes has none,
 * while the same model read back from its document has them all. Comparing the two needs one
 * of them stripped. The same object when there is nothing to strip.
 */
export function withoutWrittenNumbers(v: Vorlage): Vorlage {
  const shown = v.sections.some((s) => s.writtenNumber !== undefined || s.clauses.some((c) => c.writtenNumber !== undefined || (c.unterpunkte ?? []).some((u) => u.writtenNumber !== undefined)));
  return shown ? { ...v, sections: v.sections.map(sectionWithoutWrittenNumbers) } : v;
}
