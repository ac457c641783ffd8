import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * „Das Amt trägt ab 2028 das Defizit von jährlich 184.500 €“: a yearly cost from a year on is first paid in that year,
 * the Haushaltsjahr (as „ab dem Haushaltsjahr 2027“ and a table's „ab 2027“ are; found by the ninth fresh set's Kita, 167).
 * A year with „ab“ in a sentence that names no yearly cost is not taken.
 */
const read = (effects: string) =>
  recognize(
    ["Vorlage-Nr.: 2027/077", "Betreff: Übernahme der Kita", "Beschlussvorschlag:", "1. Die Gemeinde übernimmt die Trägerschaft der Kita.", "Finanzielle Auswirkungen:", effects],
    WIESBADEN,
    sequentialIds("y"),
  ).vorlage.finanzierung;

describe("a yearly cost from a year on", () => {
  it.each([
    ["Die Gemeinde trägt ab 2029 das Defizit von jährlich 12.000 €."],
    ["Ab 2029 entstehen Kosten von 12.000 € pro Jahr."],
  ])("is first paid in that year: „%s“", (effects) => {
    const f = read(effects);
    expect([f?.betragCent, f?.turnus, f?.haushaltsjahr]).toEqual([1_200_000, "jaehrlich", 2029]);
  });

  it("gives no year where the cost is paid once", () => {
    expect(read("Die Gemeinde zahlt ab 2029 einmalig 12.000 €.")?.haushaltsjahr).toBeUndefined();
  });
});
