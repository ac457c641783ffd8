/** A stretch of a text, [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Whether `r` overlaps one of `sorted` (in order of their start, not overlapping each other: a
 * clause's links, a paragraph's controls), found by halving. Walking all of them for each
 * reference made a clause of thousands of references quadratic.
 */
export function overlapsAny(sorted: readonly Span[], r: Span): boolean {
  // The first span that ends after `r` starts.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Span).end <= r.start) lo = mid + 1;
    else hi = mid;
  }
  const s = sorted[lo];
  return s !== undefined && s.start < r.end;
}

/**
 * A test for overlap with any of `spans`, in whatever order they come: by halving where, put in
 * order, they do not overlap each other (as links and controls never do), else span by span.
 */
export function overlapTest(spans: readonly Span[]): (r: Span) => boolean {
  const inOrder = (list: readonly Span[]) => list.every((s, i) => i === 0 || s.start >= (list[i - 1] as Span).end);
  const sorted = inOrder(spans) ? spans : [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  if (inOrder(sorted)) return (r) => overlapsAny(sorted, r);
  return (r) => spans.some((s) => s.start < r.end && r.start < s.end);
}
