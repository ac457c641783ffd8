import { startTransition, useEffect, useState } from "react";

/** Rows whose „mehrfach vorhanden“ mark reaches the table per frame once reading is done. */
export const MARKS_PER_FRAME = 50;

/**
 * The table's rows: the first `applied` as `marked` (with their „mehrfach vorhanden“ marks),
 * the rest as `unmarked` (the same rows as read). `marked` and `unmarked` are the same rows in
 * the same order (markDuplicates keeps it). Rows keep their identity wherever the mark is not
 * yet applied, so that the memoised rows of the table render again only where a mark arrives.
 * Why: the marks of one Vorlagen-Nr. change with every file of it that arrives (the number of
 * copies, which one counts); applied while reading, every batch changed every such row, and the
 * browser laid out the whole table (laid out by its content) again in one long task per batch
 * (a trace of 200 copies of one Vorlage: 190–350 ms of layout each, at a load of 26 on two cores).
 */
export function withMarksApplied<T>(unmarked: readonly T[], marked: readonly T[], applied: number): readonly T[] {
  if (applied <= 0) return unmarked;
  if (applied >= marked.length) return marked;
  return marked.map((row, i) => (i < applied ? row : (unmarked[i] as T)));
}

/**
 * How many rows carry their marks: none while reading (`running`), then MARKS_PER_FRAME more a
 * frame until all `total` do, so that a thousand marked rows are laid out in short steps and
 * not in one long task. The summary and the detail view take the marks at once; only the
 * table waits for them.
 */
export function useMarksApplied(running: boolean, total: number): number {
  const [applied, setApplied] = useState(0);
  useEffect(() => {
    if (running) {
      setApplied(0);
      return;
    }
    if (applied >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => startTransition(() => setApplied((n) => n + MARKS_PER_FRAME)), 0)));
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [running, applied, total]);
  return running ? 0 : Math.min(applied, total);
}
