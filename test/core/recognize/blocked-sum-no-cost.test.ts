import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A haushaltswirtschaftliche Sperre withholds money, it spends none: „Die Sperre betrifft Aufwendungen von 812.000,00 Euro“
 * beside „Die Kosten des Klageverfahrens werden auf 18.500,00 Euro geschätzt“ leaves the lawsuit's cost as the Betrag.
 */
const finanzierung = (sperre: string) =>
  recognize(
    [
      "Vorlage-Nr.: BV/0001/2027",
      "Betreff: Klage und Haushaltssperre",
      "Beschlussvorschlag:",
      "1. Die Landrätin wird beauftragt, Klage zu erheben.",
      "2. Die Landrätin wird beauftragt, eine haushaltswirtschaftliche Sperre anzuordnen.",
      "Finanzielle Auswirkungen:",
      `Die Kosten des Klageverfahrens werden auf 18.500,00 Euro geschätzt. Sie sind im Haushalt 2027 veranschlagt. ${sperre}`,
    ],
    WIESBADEN,
    sequentialIds("k"),
  ).vorlage.finanzierung;

describe("a blocked sum beside the cost", () => {
  it.each(["Die Sperre betrifft Aufwendungen von 812.000,00 Euro.", "Gesperrt werden Aufwendungen von 812.000,00 Euro."])("is no Betrag: „%s“", (sperre) => {
    const f = finanzierung(sperre);
    expect([f?.auswirkungen, f?.betragCent, f?.haushaltsjahr]).toEqual([true, 1850000, 2027]);
  });

  it("a second cost beside it still leaves the Betrag open", () => {
    const f = finanzierung("Weitere Kosten von 812.000,00 Euro entstehen für Gutachten.");
    expect(f?.betragCent).toBeUndefined();
  });
});
