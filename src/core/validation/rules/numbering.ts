import { fromRoman } from "../../numbering/counters";
import type { Vorlage } from "../../model/vorlage";
import type { FindingLocation } from "../finding";
import type { Hit, Rule } from "../rule";
import { counterOfNormal, lastCounter, normalNumber } from "./number-text";
import { outlineFaults, outlineOf, outlineShape } from "./numbering-outline";


interface Numbered {
  readonly id: string;
  readonly writtenNumber?: string;
}

const ROMAN_ITEM = /^[IVX]{1,4}\.$/u;

/** True when the numbers count 1, 2, 3 … (in any spelling: "1.", "2)"; for sections also "III.", where "I." is one, not the letter i). */
function counts(numbers: readonly string[], roman = false): boolean {
  const counter = (n: string): number | undefined => (roman ? (fromRoman(normalNumber(n).toUpperCase()) ?? lastCounter(n)) : lastCounter(n));
  return numbers.every((n, i) => counter(n) === 1 + i);
}

/**
 * Whether the document numbers its sections and clauses in a scheme of its own, without a
 * fault in it: clauses with one counter each ("1.", "2)"), counting 1, 2, 3 … in every
 * section or on through the document, and sections unnumbered or counting 1, 2 …. That is
 * another office's house style (Köln, Frankfurt), not a stale number here and there: one
 * finding says so, instead of an error at every clause.
 */
function ownScheme(sections: Vorlage["sections"]): boolean {
  const clauses = sections.map((s) => s.clauses.map((c) => c.writtenNumber));
  const all = clauses.flat();
  if (all.length === 0 || all.some((n) => n === undefined)) return false;
  // Clauses „I.“, „II.“, „III.“ (a Kreistag's items in Roman numerals) count in Roman numerals, „I.“ as one, not the letter i.
  const roman = (ns: readonly (string | undefined)[]) => ns.every((n) => ROMAN_ITEM.test(n as string)) && counts(ns as string[], true);
  // An outline of its own (1., 2., 2.1, 3.) is a scheme of its own, section by section; a gap in it is reported apart.
  if (clauses.every((ns) => outlineShape(ns) !== undefined || roman(ns) || (ns.every((n) => !normalNumber(n as string).includes(".")) && counts(ns as string[])))) return headsFine(sections);
  if (all.some((n) => normalNumber(n as string).includes("."))) return false;
  const written = clauses as (readonly string[])[];
  const restarting = written.every((ns) => counts(ns));
  const continuing = counts(all as string[]) || roman(all);
  return (restarting || continuing) && headsFine(sections);
}

/** Sections unnumbered, or counting 1, 2 … (I., II. …). */
function headsFine(sections: Vorlage["sections"]): boolean {
  const heads = sections.map((s) => s.writtenNumber);
  return heads.every((h) => h === undefined) || (heads.every((h) => h !== undefined) && counts(heads as string[], true));
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
    "numbering-scheme": "warning",
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
        if (node.writtenNumber === undefined) {
          hits.push({ code: "numbering-missing", location: locate(node.id), params: { expected } });
          continue;
        }
        const written = normalNumber(node.writtenNumber);
        const counter = counterOfNormal(written);
        if (written !== normalNumber(expected)) {
          const location = locate(node.id);
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
    const before = hits.length;
    // Headings that show no number at all are a style (the clause numbers carry the count), not numbers gone missing.
    if (vorlage.sections.some((s) => s.writtenNumber !== undefined)) checkList(vorlage.sections, (id) => ({ type: "section", id }));
    // An outline's own faults (a gap between 2.1 and 2.3), measured against its own count.
    const inOutline: Hit[] = [];
    for (const s of vorlage.sections) {
      checkList(s.clauses, (id) => ({ type: "clause", id }));
      for (const f of outlineFaults(s.clauses.map((c) => c.writtenNumber)))
        inOutline.push({ code: `numbering-${f.kind}`, location: { type: "clause", id: (s.clauses[f.index] as Numbered).id }, params: { written: f.written, expected: f.expected } });
    }
    if (hits.length > before && ownScheme(vorlage.sections)) {
      hits.splice(before);
      // The example is taken where the numbers differ from the house's: a part numbered as the house does would
      // read „1., 2. … statt 1., 2. …“. Clauses first; else the sections' own numbers („I., II.“ for „1., 2.“).
      const differs = (n: Numbered): boolean => n.writtenNumber !== undefined && normalNumber(n.writtenNumber) !== normalNumber(derived.byId.get(n.id) as string);
      const differing = vorlage.sections.find((s) => s.clauses.some(differs))?.clauses;
      const sample = (differing ?? (vorlage.sections.some(differs) ? vorlage.sections : vorlage.sections.find((s) => s.clauses.length > 0)?.clauses) ?? []).slice(0, 2);
      hits.push({
        code: "numbering-scheme",
        location: { type: "document" },
        params: { written: sample.map((c) => c.writtenNumber).join(", "), expected: sample.map((c) => derived.byId.get(c.id)).join(", "), ...outlineOf(vorlage), ...(inOutline.length > 0 ? { luecken: "ja" } : {}) },
      });
      hits.push(...inOutline);
    }
    // Sub-point letters start afresh under each clause; a finding points at the clause that holds them.
    for (const s of vorlage.sections)
      for (const c of s.clauses) {
        seen.clear();
        if (c.unterpunkte && c.unterpunkte.length > 0) checkList(c.unterpunkte, () => ({ type: "clause", id: c.id }));
      }
    return hits;
  },
};
