import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A Haushalt Vorlage whose clauses each name a part amount („im Produktbereich 1 Aufwendungen von
 * 12.500 € veranschlagt werden“) and whose Finanzierung line names the total with its turnus
 * („Die Aufwendungen von 22.875.000 € jährlich werden aus dem Produkt 1.61.01 gedeckt.“). Tryout 4
 * found „Finanzierung: ?“ and „einmalig oder jährlich fehlt“: the Finanzierung line's own amount
 * and turnus are the Vorlage's.
 */
const read = (paragraphs: readonly string[]) => recognize(paragraphs, WIESBADEN, sequentialIds("f"));

describe("a Finanzierung line after clauses with part amounts", () => {
  it("reads the line's amount and turnus", () => {
    const clauses = Array.from({ length: 6 }, (_, k) => `2.${k + 1} im Produktbereich ${k + 1} Aufwendungen von ${(k + 1) * 12}.500 € veranschlagt werden;`);
    const r = read([
      "Vorlagen-Nr. 25-V-03-0100",
      "Haushaltsplan 2026",
      "2. Es wird beschlossen, dass",
      ...clauses,
      "Finanzierung: Die Aufwendungen von 22.875.000 € jährlich werden aus dem Produkt 1.61.01 gedeckt.",
      "Sachverhalt",
      "Die Ansätze beruhen auf der mittelfristigen Planung.",
    ]);
    expect(r.vorlage.finanzierung?.betragCent).toBe(2_287_500_000);
    expect(r.vorlage.finanzierung?.turnus).toBe("jaehrlich");
  });
});
