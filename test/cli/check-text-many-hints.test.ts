import { textLines, HINTS_SHOWN } from "../../src/cli/check-report";
import type { FileCheck } from "../../src/cli/check-file";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import type { Finding } from "../../src/core/validation/finding";
import { completeVorlage } from "../fixtures/builders";

const unassigned = (i: number): Finding => ({ code: "recognize-unassigned", severity: "info", location: { type: "document" }, params: { auszug: `Absatz ${i} des Sachverhalts`, gelesen: "begruendung" } });
const error: Finding = { code: "beschluss-clause-missing", severity: "error", location: { type: "document" }, params: {} };

function checked(findings: readonly Finding[]): FileCheck {
  return { file: "lang.docx", readable: true, structured: false, recovered: false, complete: false, keineVorlage: false, vorlage: completeVorlage(), findings, profile: { id: "wiesbaden", name: "Landeshauptstadt Wiesbaden", source: "default" } } as unknown as FileCheck;
}

describe("the text report of a long Vorlage (tryout 4: 281 hints, one per Sachverhalt paragraph, under 3 errors)", () => {
  it("shows the first hints of one kind, then counts the rest in one line; the counts line still counts them all", () => {
    const lines = textLines(checked([...Array.from({ length: 281 }, (_, i) => unassigned(i)), error]), WIESBADEN, "de");
    expect(lines.filter((l) => l.includes("des Sachverhalts"))).toHaveLength(HINTS_SHOWN);
    expect(lines).toContain(`           … und ${281 - HINTS_SHOWN} weitere Hinweise dieser Art (alle mit --json, --report oder --csv).`);
    expect(lines[0]).toContain("281 Hinweise");
    // The error stands before every hint.
    expect(lines.findIndex((l) => l.includes("keine Beschlussziffer"))).toBeLessThan(lines.findIndex((l) => l.includes("des Sachverhalts")));
  });

  it("shows every hint when there are no more than that, and never folds errors or warnings", () => {
    const few = textLines(checked(Array.from({ length: HINTS_SHOWN }, (_, i) => unassigned(i))), WIESBADEN, "de");
    expect(few.filter((l) => l.includes("des Sachverhalts"))).toHaveLength(HINTS_SHOWN);
    expect(few.some((l) => l.includes("weitere Hinweise"))).toBe(false);
    const errors = textLines(checked(Array.from({ length: 9 }, (_, i) => ({ ...error, params: { n: String(i) } }))), WIESBADEN, "de");
    expect(errors.filter((l) => l.includes("keine Beschlussziffer"))).toHaveLength(9);
  });

  it("says it in English with --lang en", () => {
    const lines = textLines(checked(Array.from({ length: HINTS_SHOWN + 2 }, (_, i) => unassigned(i))), WIESBADEN, "en");
    expect(lines.some((l) => l.includes("… and 2 more notes of this kind"))).toBe(true);
  });
});
