import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * „Im Verbandshaushalt 2027 …“, „im Kreishaushalt 2026“: a Verband's, Kreis' or Gemeinde's budget named as a compound
 * gives the Haushaltsjahr as „Haushalt 2027“ does.
 */
const read = (fin: string) =>
  recognize(["Vorlagennummer: AZV/2027/003", "Betreff: Vergabe", "Beschlussvorschlag:", "Die Verbandsversammlung beschließt die Vergabe für 86.420,50 €.", "Finanzielle Auswirkungen", fin], WIESBADEN, sequentialIds("k")).vorlage.finanzierung;

describe("the Haushaltsjahr of a compound budget word", () => {
  it("reads „Verbandshaushalt 2027“ as the year 2027", () => {
    expect(read("Im Verbandshaushalt 2027 sind bei der Haushaltsstelle 7000.9500 Mittel von 120.000 € veranschlagt.")?.haushaltsjahr).toBe(2027);
  });

  it("reads „Kreishaushalt 2026“ as the year 2026", () => {
    expect(read("Die Mittel von 86.420,50 € stehen im Kreishaushalt 2026 bereit.")?.haushaltsjahr).toBe(2026);
  });

  it("takes no year from a word that only ends in „haushalt“ without a year after it", () => {
    expect(read("Die Mittel von 86.420,50 € stehen im Verbandshaushalt bereit, Stand 2025 geprüft.")?.haushaltsjahr).toBeUndefined();
  });
});
