import { normalizeNumber } from "../../numbering/derive-numbers";
import type { Vorlage } from "../../model/vorlage";

/** A sub-clause typed under its clause („2.1“ under „2.“): the first such pair of a document. */
export interface TypedOutline {
  readonly unterziffer: string;
  readonly oberziffer: string;
}

/**
 * Whether clause numbers read as one flat list form a consistent outline of two levels:
 * „1.“, „2.“, „2.1“, „2.2“, „3.“ — each top number one more than the last, each sub-number
 * under the top number just before it, counting from 1. Returns the first sub-clause and
 * its parent, or `undefined` when the list is no such outline (or has no second level).
 * A Vorlage holds clauses in one level only: renumbering such a list would make „2.1“ a
 * clause of its own, which changes what the reader sees as the decision's structure.
 */
export function typedOutline(numbers: readonly (string | undefined)[]): TypedOutline | undefined {
  let top = 0;
  let sub = 0;
  let first: TypedOutline | undefined;
  let parent = "";
  for (const n of numbers) {
    if (n === undefined) return undefined;
    const parts = normalizeNumber(n).split(".");
    if (!parts.every((p) => /^\d{1,3}$/u.test(p))) return undefined;
    const [a, b] = parts.map(Number) as [number, number | undefined];
    if (parts.length === 1 && a === top + 1) {
      top = a;
      sub = 0;
      parent = n;
    } else if (parts.length === 2 && a === top && b === sub + 1) {
      sub = b;
      first ??= { unterziffer: n, oberziffer: parent };
    } else return undefined;
  }
  return first;
}

/** The first typed sub-clause of a Vorlage whose clause numbers form such an outline, in any section. */
export function outlineOf(v: Vorlage): TypedOutline | undefined {
  for (const s of v.sections) {
    const o = typedOutline(s.clauses.map((c) => c.writtenNumber));
    if (o) return o;
  }
  return undefined;
}
