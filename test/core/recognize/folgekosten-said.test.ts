import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { formatFinding } from "../../../src/i18n/format-finding";

/**
 * Karlsruhe's form states a one-off total and, on a line of its own, the yearly follow-up costs („Gesamtkosten: 5.325.000 €“,
 * „Jährliche/r Budgetbedarf/Folgekosten: 193.500 €“). The model holds one Betrag with one Turnus: the total is it, and the
 * yearly amount is not counted in the export or the report's sums. Recognition says so rather than leave it unsaid (tryout7 F6).
 */
const read = (finanzierung: readonly string[]) =>
  recognize(
    [
      "Vorlagen-Nr. 25-V-03-0012",
      "Modernisierung des Verwaltungsgebäudes",
      "Federführendes Dezernat: Dezernat III",
      "1. Es wird beschlossen, dass",
      "1.1 das Verwaltungsgebäude modernisiert wird.",
      "Finanzielle Auswirkungen",
      ...finanzierung,
    ],
    WIESBADEN,
    sequentialIds("t"),
  );
const said = (r: ReturnType<typeof read>) => r.findings.filter((f) => f.code === "recognize-folgekosten");

describe("yearly Folgekosten beside a one-off total", () => {
  it("are said to be there and not counted, with their amount", () => {
    const r = read(["Gesamtkosten: 5.325.000 €", "Jährliche/r Budgetbedarf/Folgekosten: 193.500 €"]);
    expect(r.vorlage.finanzierung?.betragCent).toBe(532_500_000);
    expect(r.vorlage.finanzierung?.turnus).toBe("einmalig");
    const found = said(r);
    expect(found.map((f) => [f.severity, f.params["betrag"]])).toEqual([["info", 193_500]]);
    const text = formatFinding(found[0] as (typeof found)[number], "de", KARLSRUHE);
    expect(text).toMatch(/Folgekosten von 193\.500,00\s€/u);
    expect(text).toContain("jährlich");
  });

  it("say nothing where the yearly line is left empty or no other amount stands beside the Betrag", () => {
    expect(said(read(["Gesamtkosten: 5.325.000 €", "Jährliche/r Budgetbedarf/Folgekosten:"]))).toEqual([]);
    expect(said(read(["Betrag: 12.400 €", "Turnus: einmalig"]))).toEqual([]);
  });
});
