import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * A Finanzierung heading with a complement of its own („Finanzielle Auswirkungen im Jahr der
 * Umsetzung und in den Folgejahren:“, Leverkusen's form) over a label table whose year row is
 * „ab Haushaltsjahr: | 2028“. Found on the fourth fresh set.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const head = ["Vorlage Nr.: 2027/0412", "Betreff: Hitzeaktionsplan", "Beschlussentwurf:", "Der Rat stimmt dem Hitzeaktionsplan zu."];

describe("„Finanzielle Auswirkungen im Jahr der Umsetzung und in den Folgejahren:“", () => {
  const r = read([
    ...head,
    "Begründung:",
    "Der Plan sieht ein Hitzewarnsystem vor.",
    "Finanzielle Auswirkungen im Jahr der Umsetzung und in den Folgejahren:",
    ...row(1, 0, ["Produkt:", "100201 – Umweltschutz"]),
    ...row(1, 1, ["Aufwand (jährlich):", "185.000 €"]),
    ...row(1, 2, ["ab Haushaltsjahr:", "2028"]),
  ]);

  it("opens the Finanzierung, whose amount is read", () => expect(r.vorlage.finanzierung?.betragCent).toBe(18_500_000));

  it("reads the year of the row „ab Haushaltsjahr: | 2028“", () => expect(r.vorlage.finanzierung?.haushaltsjahr).toBe(2028));
});

describe("a heading of the Finanzierung followed by prose", () => {
  it("stays prose where the words after it end in a full stop, not a colon", () => {
    const r = read([...head, "Begründung:", "Finanzielle Auswirkungen im Jahr der Umsetzung sind nicht zu erwarten.", "Der Plan kostet 185.000 €."]);
    expect(r.vorlage.finanzierung).toBeUndefined();
  });
});
