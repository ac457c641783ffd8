import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * A Vergabe: the decision awards the work „zum Angebotspreis von …“, and the Finanzierung's table shows the year's
 * Ansatz, the order and what is left in T€. The awarded price is the amount the decision spends, and the year the
 * table's „Ansatz 2027“ names is the Haushaltsjahr.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("v"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const doc = (decision: string) => [
  "Vorlage-Nr.: 2027/052",
  "Betreff: Sanierung des Schulhofs; Vergabe der Pflasterarbeiten",
  "Finanzielle Auswirkungen: ☒ ja ☐ nein",
  ...row(0, 0, ["Haushaltsstelle", "Ansatz 2027", "Auftrag", "Rest"]),
  ...row(0, 1, ["2110.9400 Schulhof", "350 T€", "312 T€", "38 T€"]),
  "Beschlussvorschlag:",
  decision,
];

describe("a Vergabe with a T€ table", () => {
  const r = read(doc("Der Bauausschuss vergibt die Pflasterarbeiten an die Firma Stein GmbH zum Angebotspreis von 312.400,00 € brutto."));

  it("takes the awarded price as the Betrag", () => expect(r.vorlage.finanzierung?.betragCent).toBe(31_240_000));

  it("takes the year of the table's Ansatz as the Haushaltsjahr", () => expect(r.vorlage.finanzierung?.haushaltsjahr).toBe(2027));

  it("takes no Betrag from a decision that names a threshold only", () => {
    const t = read(doc("Der Bauausschuss vergibt Aufträge über 50.000 € künftig nur nach Ausschreibung."));
    expect(t.vorlage.finanzierung?.betragCent).toBeUndefined();
  });
});
