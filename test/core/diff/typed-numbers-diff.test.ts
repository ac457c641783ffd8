import { diffVorlagen, type DiffSide } from "../../../src/core/diff/vorlage-diff";
import { clause, section } from "../../../src/core/model/builders";
import type { Clause, Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { validate } from "../../../src/core/validation/validate";
import { diffText } from "../../../src/cli/diff-report";
import { completeVorlage } from "../../fixtures/builders";

/**
 * Documents whose numbers are typed (a LibreOffice copy, a plain document): when a user swaps
 * two clauses together with their numbers, one clause moved and the other kept its text and
 * number. A tester saw „Ziffer 1.1 → 1.1 verschoben“ beside „Nur neu nummeriert: 1.2 → 1.2“:
 * nothing was renumbered.
 */
const typed = (id: string, number: string, text: string): Clause => ({ ...clause(id, text), writtenNumber: number });
const withBeschluss = (clauses: readonly Clause[]): Vorlage => {
  const base = completeVorlage();
  return { ...base, sections: [base.sections[0] as Vorlage["sections"][number], section("b", "beschluss", clauses)] };
};
const side = (v: Vorlage): DiffSide => ({ vorlage: v, findings: validate(v, WIESBADEN), stableIds: true });

const A = typed("a", "2.1", "zwei Lastenräder beschafft werden;");
const B = typed("b", "2.2", "die Kosten aus dem Budget des Dezernats III finanziert werden;");
const C = typed("c", "2.3", "die Räder jährlich gewartet werden.");

describe("diff of clauses swapped together with their typed numbers", () => {
  const d = diffVorlagen(side(withBeschluss([A, B, C])), side(withBeschluss([B, A, C])), WIESBADEN.numbering);

  it("reports one clause moved and none renumbered", () => {
    expect(d.clauses.map((c) => [c.kind, c.kind === "moved" ? c.reordered : undefined])).toEqual([["moved", true]]);
  });

  it("prints the moved clause with the one number it shows, not „2.1 → 2.1“", () => {
    const text = diffText(d, "alt.docx", "neu.docx", WIESBADEN, "de");
    expect(text).not.toMatch(/(\d\.\d) → \1\b/);
    expect(text).not.toContain("Nur neu nummeriert");
    expect(text).toMatch(/Ziffer 2\.\d verschoben/);
  });

  it("still reports a clause renumbered when the number it shows changed", () => {
    const renumbered = diffVorlagen(side(withBeschluss([A, B, C])), side(withBeschluss([A, { ...C, writtenNumber: "2.2" }])), WIESBADEN.numbering);
    expect(renumbered.clauses.map((c) => c.kind)).toEqual(["removed", "moved"]);
    expect(renumbered.clauses[1]).toMatchObject({ kind: "moved", reordered: false, old: { number: "2.3" }, new: { number: "2.2" } });
  });
});
