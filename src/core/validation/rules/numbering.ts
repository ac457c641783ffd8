import { fromRoman } from "../../numbering/counters";
import { normalizeNumber } from "../../numbering/derive-numbers";
import type { FindingLocation } from "../finding";
import type { Hit, Rule } from "../rule";

/** The counter a number ends in: "1.3" → 3, "c)" → 3, "II." → 2. */
function lastCounter(text: string): number | undefined {
  const last = normalizeNumber(text).split(".").pop() ?? "";
  if (/^\d+$/.test(last)) return Number(last);
  if (/^[a-z]$/i.test(last)) return last.toLowerCase().charCodeAt(0) - 96;
  return fromRoman(last.toUpperCase());
}

interface Numbered {
  readonly id: string;
  readonly writtenNumber?: string;
}

/**
 * Numbers shown in a document must be the derived ones. A document edited without the
 * add-in can have stale numbers; the finding says how (a gap, a duplicate, the wrong
 * order) and the fix is the same for all: renumber.
 */
export const numbering: Rule = {
  id: "numbering",
  codes: {
    "numbering-gap": "error",
    "numbering-duplicate": "error",
    "numbering-order": "error",
    "numbering-mismatch": "error",
    "numbering-missing": "error",
  },
  check: ({ vorlage, numbering: derived }) => {
    const shows = vorlage.sections.some(
      (s) => s.writtenNumber !== undefined || s.clauses.some((c) => c.writtenNumber !== undefined || (c.unterpunkte ?? []).some((u) => u.writtenNumber !== undefined)),
    );
    if (!shows) return [];
    const hits: Hit[] = [];
    const seen = new Set<string>();
    const checkList = (nodes: readonly Numbered[], locate: (id: string) => FindingLocation): void => {
      let previous: number | undefined;
      for (const node of nodes) {
        const expected = derived.byId.get(node.id) as string;
        const location = locate(node.id);
        if (node.writtenNumber === undefined) {
          hits.push({ code: "numbering-missing", location, params: { expected } });
          continue;
        }
        const written = normalizeNumber(node.writtenNumber);
        const counter = lastCounter(node.writtenNumber);
        if (written !== normalizeNumber(expected)) {
          const params = { written: node.writtenNumber, expected };
          if (seen.has(written)) hits.push({ code: "numbering-duplicate", location, params });
          else if (previous !== undefined && counter !== undefined && counter <= previous) hits.push({ code: "numbering-order", location, params });
          else if (counter !== undefined && counter > (previous ?? 0) + 1) hits.push({ code: "numbering-gap", location, params });
          else hits.push({ code: "numbering-mismatch", location, params });
        }
        seen.add(written);
        previous = counter ?? previous;
      }
    };
    checkList(vorlage.sections, (id) => ({ type: "section", id }));
    for (const s of vorlage.sections) checkList(s.clauses, (id) => ({ type: "clause", id }));
    // Sub-point letters start afresh under each clause; a finding points at the clause that holds them.
    for (const s of vorlage.sections)
      for (const c of s.clauses) {
        seen.clear();
        if (c.unterpunkte && c.unterpunkte.length > 0) checkList(c.unterpunkte, () => ({ type: "clause", id: c.id }));
      }
    return hits;
  },
};
