import { normalNumber } from "./number-text";
import type { Vorlage } from "../../model/vorlage";

/** A sub-clause typed under its clause („2.1“ under „2.“): the first such pair of a document. */
export interface TypedOutline {
  readonly unterziffer: string;
  readonly oberziffer: string;
}

/**
 * Whether clause numbers read as one flat list have the shape of an outline of two levels,
 * counted well or not: every number has one or two counters, and every sub-number („2.3“)
 * stands under a top number with its first counter („2.“). A gap („2.1“, „2.3“) or a slip in
 * the count does not make such a list flat: renumbering it would still turn its sub-clauses
 * into clauses of their own. Returns the first sub-clause and its parent, or `undefined`.
 */
export function outlineShape(numbers: readonly (string | undefined)[]): TypedOutline | undefined {
  let top: number | undefined;
  let parent = "";
  let first: TypedOutline | undefined;
  for (const n of numbers) {
    if (n === undefined) return undefined;
    const parts = normalNumber(n).split(".");
    if (!parts.every((p) => /^\d{1,3}$/u.test(p))) return undefined;
    const [a] = parts.map(Number) as [number];
    if (parts.length === 1) {
      top = a;
      parent = n;
    } else if (parts.length === 2 && a === top) first ??= { unterziffer: n, oberziffer: parent };
    else return undefined;
  }
  return first;
}

/** A number in an outline that does not count on from the one before it, at its own level. */
export interface OutlineFault {
  readonly index: number;
  readonly kind: "gap" | "order" | "duplicate" | "mismatch";
  readonly written: string;
  /** The number the outline would have here: top numbers counting 1, 2 …, sub-numbers 1, 2 … under each. */
  readonly expected: string;
}

/**
 * The faults of an outline (see {@link outlineShape}), each measured against the outline's own
 * count rather than the house's flat one: in „1., 2., 2.1, 2.3, 3.“ only „2.3“ is wrong (a gap
 * where 2.2 belongs). Empty when the numbers are no outline or a consistent one.
 */
export function outlineFaults(numbers: readonly (string | undefined)[]): readonly OutlineFault[] {
  if (outlineShape(numbers) === undefined) return [];
  const faults: OutlineFault[] = [];
  const seen = new Set<string>();
  let top = 0;
  let sub = 0;
  let previousTop: number | undefined;
  let previousSub: number | undefined;
  numbers.forEach((n, index) => {
    const written = n as string;
    const normal = normalNumber(written);
    const parts = normal.split(".").map(Number);
    const sublevel = parts.length === 2;
    let expected: string;
    let counter: number;
    let previous: number | undefined;
    if (sublevel) {
      sub += 1;
      expected = `${top}.${sub}`;
      counter = parts[1] as number;
      previous = previousSub;
      previousSub = counter;
    } else {
      top += 1;
      sub = 0;
      expected = `${top}.`;
      counter = parts[0] as number;
      previous = previousTop;
      previousTop = counter;
      previousSub = undefined;
    }
    if (normal !== normalNumber(expected)) {
      const kind = seen.has(normal) ? "duplicate" : previous !== undefined && counter <= previous ? "order" : counter > (previous ?? 0) + 1 ? "gap" : "mismatch";
      faults.push({ index, kind, written, expected });
    }
    seen.add(normal);
  });
  return faults;
}

/**
 * The first typed sub-clause of a Vorlage whose clause numbers have the shape of an outline,
 * in any section, whether the outline counts well or has a gap: either way renumbering would
 * flatten it.
 */
export function outlineOf(v: Vorlage): TypedOutline | undefined {
  for (const s of v.sections) {
    const o = outlineShape(s.clauses.map((c) => c.writtenNumber));
    if (o) return o;
  }
  return undefined;
}
