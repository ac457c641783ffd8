import { diffVorlagen, type DiffSide } from "../../../src/core/diff/vorlage-diff";
import { clause, section } from "../../../src/core/model/builders";
import type { Clause, Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { validate } from "../../../src/core/validation/validate";
import { diffText } from "../../../src/cli/diff-report";
import { completeVorlage } from "../../fixtures/builders";

/**
 * A Vorlage with several Beschlüsse, each numbering its Ziffern from 1 (one per Eigenbetrieb).
 * Tryout 4: `diff` said „Ziffer 2. geändert“ where two Beschlüsse have a Ziffer 2. The Beschluss
 * (its Abschnitt) is named where the number alone is ambiguous.
 */
const typed = (id: string, number: string, text: string): Clause => ({ ...clause(id, text), writtenNumber: number });
const vorlage = (amount: string): Vorlage => ({
  ...completeVorlage(),
  sections: [
    section("s1", "beschluss", [typed("a1", "1.", "der Jahresabschluss A festgestellt wird;"), typed("a2", "2.", "der Gewinn A vorgetragen wird.")]),
    section("s2", "beschluss", [typed("b1", "1.", "der Jahresabschluss B festgestellt wird;"), typed("b2", "2.", `der Verlust B von ${amount} € ausgeglichen wird.`)]),
    section("s3", "beschluss", [typed("c1", "1.", "der Jahresabschluss C festgestellt wird."), typed("c3", "3.", "die Betriebsleitung entlastet wird.")]),
  ],
});
const side = (v: Vorlage): DiffSide => ({ vorlage: v, findings: validate(v, WIESBADEN), stableIds: true });

describe("diff of a Vorlage with several Beschlüsse", () => {
  const d = diffVorlagen(side(vorlage("2.400.000")), side(vorlage("2.600.000")), WIESBADEN.numbering);

  it("names the Abschnitt of a changed Ziffer whose number two Beschlüsse have", () => {
    expect(d.clauses).toHaveLength(1);
    const c = d.clauses[0];
    expect(c?.kind === "changed" ? c.new.abschnitt : undefined).toBe("2");
    expect(diffText(d, "alt.docx", "neu.docx", WIESBADEN, "de")).toContain("Ziffer 2. (Abschnitt 2) geändert");
    expect(diffText(d, "alt.docx", "neu.docx", WIESBADEN, "en")).toMatch(/2\. \(\w+ 2\)/u);
  });

  it("names no Abschnitt where the number is the only one", () => {
    const e = diffVorlagen(side(vorlage("1")), side({ ...vorlage("1"), sections: vorlage("1").sections.map((s, i) => (i === 2 ? { ...s, clauses: [s.clauses[0] as Clause, typed("c3", "3.", "die Betriebsleitung nicht entlastet wird.")] } : s)) }), WIESBADEN.numbering);
    const c = e.clauses[0];
    expect(c?.kind === "changed" ? c.new.abschnitt : "none").toBeUndefined();
  });
});
