import type { Finding } from "./finding";

/**
 * How many hints of one code a reader sees before the rest are counted in one line. A long Vorlage gives one hint
 * per paragraph it leaves unassigned (tryout 4: 281 of them under 3 errors), and a list of all of them buries
 * the errors; the text report of `check` and the reviewers' page fold them by this one rule.
 */
export const HINTS_SHOWN = 5;

/** One line of a folded findings list: a finding shown, or the hints of one code beyond the first few. */
export type FoldedLine =
  | { readonly kind: "finding"; readonly finding: Finding }
  | {
      readonly kind: "more";
      readonly code: string;
      /** The hints not shown, in their order: counted in the line, and there for a list that can open them. */
      readonly hidden: readonly Finding[];
    };

/**
 * The findings in their given order, with each code's hints beyond `shown` taken out and put, as one `more` line,
 * right after the last hint of that code that is shown. Errors and warnings are never folded. `shown` is at
 * least 1: a `more` line stands after a shown hint of its code.
 */
export function foldHints(findings: readonly Finding[], shown: number = HINTS_SHOWN): readonly FoldedLine[] {
  const hiddenOf = new Map<string, Finding[]>();
  const seen = new Map<string, number>();
  for (const f of findings) {
    if (f.severity !== "info") continue;
    const n = (seen.get(f.code) ?? 0) + 1;
    seen.set(f.code, n);
    if (n <= shown) continue;
    const hidden = hiddenOf.get(f.code);
    if (hidden) hidden.push(f);
    else hiddenOf.set(f.code, [f]);
  }
  const out: FoldedLine[] = [];
  const counted = new Map<string, number>();
  for (const f of findings) {
    if (f.severity !== "info") {
      out.push({ kind: "finding", finding: f });
      continue;
    }
    const n = (counted.get(f.code) ?? 0) + 1;
    counted.set(f.code, n);
    if (n > shown) continue;
    out.push({ kind: "finding", finding: f });
    const hidden = hiddenOf.get(f.code);
    if (n === shown && hidden) out.push({ kind: "more", code: f.code, hidden });
  }
  return out;
}
