/**
 * @jest-environment jsdom
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { markDuplicates } from "../../src/core/report/duplicates";
import { reportRow } from "../../src/core/report/report-model";
import { completeVorlage } from "../fixtures/builders";
import { MARKS_PER_FRAME, useMarksApplied, withMarksApplied } from "../../src/desk/marks-in-table";

/** Rows of readable files that all carry one Vorlagen-Nr., as a folder of copies has them. */
const vorlage = completeVorlage();
const copies = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: i, row: reportRow({ file: `v-${i}.docx`, readable: true, structured: true, recovered: false, findings: [], vorlage, dates: {}, profile: "wiesbaden" }) }));

const marked = <T extends { readonly row: Parameters<typeof markDuplicates>[0][number] }>(entries: readonly T[]): T[] => {
  const rows = markDuplicates(entries.map((e) => e.row));
  return entries.map((e, i) => (rows[i] === e.row ? e : { ...e, row: rows[i] as T["row"] }));
};

describe("the „mehrfach vorhanden“ marks in the table", () => {
  it("leaves every row as it was read until the marks are applied, so that a batch of new files changes no earlier row", () => {
    const first = copies(25);
    const more = [...first, ...copies(50).slice(25)];
    const before = withMarksApplied(first, marked(first), 0);
    const after = withMarksApplied(more, marked(more), 0);
    expect(after.slice(0, 25).every((e, i) => e === before[i])).toBe(true);
    expect(after.some((e) => e.row.duplicate !== undefined)).toBe(false);
  });

  it("applies the marks to the first rows only, the others keep their identity", () => {
    const rows = copies(120);
    const withMarks = marked(rows);
    expect(withMarks.every((e) => e.row.duplicate?.copies === 120)).toBe(true);
    const table = withMarksApplied(rows, withMarks, 50);
    expect(table.slice(0, 50).every((e, i) => e === withMarks[i])).toBe(true);
    expect(table.slice(50).every((e, i) => e === rows[50 + i])).toBe(true);
    expect(withMarksApplied(rows, withMarks, 120)).toBe(withMarks);
  });

  it("applies none while reading, then MARKS_PER_FRAME more a frame until every row has its mark", async () => {
    const seen: number[] = [];
    const { result, rerender } = renderHook(({ running, total }) => useMarksApplied(running, total), { initialProps: { running: true, total: 180 } });
    expect(result.current).toBe(0);
    rerender({ running: false, total: 180 });
    await waitFor(() => {
      seen.push(result.current);
      expect(result.current).toBe(180);
    });
    // Never all at once: the first frames give MARKS_PER_FRAME each.
    expect(Math.min(...seen.filter((n) => n > 0))).toBeLessThanOrEqual(MARKS_PER_FRAME * 2);
    act(() => rerender({ running: true, total: 0 }));
    expect(result.current).toBe(0);
  });
});
