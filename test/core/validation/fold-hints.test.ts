import { foldHints, HINTS_SHOWN, type FoldedLine } from "../../../src/core/validation/fold-hints";
import type { Finding } from "../../../src/core/validation/finding";

const hint = (code: string, i: number): Finding => ({ code, severity: "info", location: { type: "document" }, params: { i: String(i) } });
const error = (i: number): Finding => ({ code: "beschluss-clause-missing", severity: "error", location: { type: "document" }, params: { i: String(i) } });
const shape = (lines: readonly FoldedLine[]) => lines.map((l) => (l.kind === "more" ? `more ${l.code} ${l.hidden.length}` : `${l.finding.code} ${l.finding.params.i}`));

describe("folding the hints of one kind (the text report of check and the reviewers' page)", () => {
  it("keeps the first hints of a code, then one line with the rest, right after the last one shown", () => {
    const findings = [error(0), ...Array.from({ length: 283 }, (_, i) => hint("recognize-unassigned", i))];
    const lines = foldHints(findings);
    expect(lines).toHaveLength(1 + HINTS_SHOWN + 1);
    expect(shape(lines)).toEqual(["beschluss-clause-missing 0", ...Array.from({ length: HINTS_SHOWN }, (_, i) => `recognize-unassigned ${i}`), `more recognize-unassigned ${283 - HINTS_SHOWN}`]);
    const more = lines.at(-1);
    // The folded hints are all there, in their order, for a list that opens them.
    expect(more?.kind === "more" ? more.hidden.map((f) => f.params.i) : []).toEqual(Array.from({ length: 283 - HINTS_SHOWN }, (_, i) => String(i + HINTS_SHOWN)));
  });

  it("counts each code by itself, and never folds errors or warnings", () => {
    const findings = [
      ...Array.from({ length: 9 }, (_, i) => error(i)),
      ...Array.from({ length: 7 }, (_, i) => ({ ...error(i), code: "w", severity: "warning" as const })),
      ...Array.from({ length: 3 }, (_, i) => hint("a", i)),
      hint("b", 0),
      ...Array.from({ length: 3 }, (_, i) => hint("a", i + 3)),
    ];
    expect(shape(foldHints(findings, 2))).toEqual([
      ...Array.from({ length: 9 }, (_, i) => `beschluss-clause-missing ${i}`),
      ...Array.from({ length: 7 }, (_, i) => `w ${i}`),
      "a 0",
      "a 1",
      "more a 4",
      "b 0",
    ]);
  });

  it("folds nothing when no code has more hints than are shown", () => {
    const findings = Array.from({ length: HINTS_SHOWN }, (_, i) => hint("recognize-unassigned", i));
    expect(foldHints(findings).every((l) => l.kind === "finding")).toBe(true);
    expect(foldHints(findings)).toHaveLength(HINTS_SHOWN);
  });
});
