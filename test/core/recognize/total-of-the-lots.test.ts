import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * A decision over several lots names each lot's price; the Finanzierung states one amount, their sum: that
 * total is what the Vorlage spends, the Betrag (found by the ninth fresh set's Eilentscheidung over two lots,
 * 159). An amount in the Finanzierung that is not their sum leaves the Betrag open, as before.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("l"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const doc = (stated: string) => [
  "Vorlage-Nr.: 2027/088",
  "Betreff: Vergabe der Sanierung der Marktstraße",
  "Beschlussvorschlag:",
  "1. Der Auftrag für Los 1 (Kanal) wird an die Firma Tief GmbH zum Bruttopreis von 120.450,20 € vergeben.",
  "2. Der Auftrag für Los 2 (Straße) wird an die Firma Weg GmbH zum Bruttopreis von 80.100,30 € vergeben.",
  "Finanzielle Auswirkungen:",
  ...row(0, 0, ["Haushaltsmittel stehen zur Verfügung", "☒ ja ☐ nein"]),
  ...row(0, 1, ["Auftragswert Los 1 und Los 2", stated]),
];

describe("the total of the lots in the Finanzierung", () => {
  it("is the Betrag where it is the sum of the decision's prices", () => {
    const r = read(doc("200.550,50 €"));
    expect(r.vorlage.finanzierung?.betragCent).toBe(20_055_050);
  });

  it("is not taken where it is not their sum", () => {
    const r = read(doc("210.000,00 €"));
    expect(r.vorlage.finanzierung?.betragCent).toBeUndefined();
  });
});
