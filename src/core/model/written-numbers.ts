import type { Vorlage } from "./vorlage";

/**
 * The Vorlage without the numbers its document shows (`writtenNumber`), as the add-in itself
 * holds it: numbers are derived from order, so a model the pane or a command writes has none,
 * while the same model read back from its document has them all. Comparing the two needs one
 * of them stripped. The same object when there is nothing to strip.
 */
export function withoutWrittenNumbers(v: Vorlage): Vorlage {
  const shown = v.sections.some((s) => s.writtenNumber !== undefined || s.clauses.some((c) => c.writtenNumber !== undefined || (c.unterpunkte ?? []).some((u) => u.writtenNumber !== undefined)));
  if (!shown) return v;
  return {
    ...v,
    sections: v.sections.map(({ writtenNumber: _s, ...s }) => ({
      ...s,
      clauses: s.clauses.map(({ writtenNumber: _c, ...c }) => (c.unterpunkte === undefined ? c : { ...c, unterpunkte: c.unterpunkte.map(({ writtenNumber: _u, ...u }) => u) })),
    })),
  };
}
