import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * A Finanzierung table whose „Betrag“ column holds the cost beside a saving („entfallende eigene Wartungskosten | 31.000 €“,
 * „Einsparung“, „Minderausgaben“): the saving is money no longer spent, never the cost. Both were taken as costs, and the
 * Vorlage lost its Betrag, Turnus and Haushaltsjahr to the doubt between them.
 */
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const read = (saving: string) =>
  recognize(
    [
      "Betreff: Beitritt zum Zweckverband Abwasser",
      "Der Gemeinderat beschließt:",
      "1.\tDie Gemeinde tritt dem Zweckverband bei.",
      "2.\tDie Umlage wird ab dem Haushaltsjahr 2028 im Produkt 5.3.01 veranschlagt.",
      "Finanzielle Auswirkungen:",
      ...row(1, 0, ["Produkt", "Art", "Betrag"]),
      ...row(1, 1, ["5.3.01 Abwasser", "Verbandsumlage (jährlich ab 2028)", "52.000 €"]),
      ...row(1, 2, ["5.3.01 Abwasser", saving, "18.000 €"]),
    ],
    WIESBADEN,
    sequentialIds("k"),
  ).vorlage.finanzierung;

describe("a saving beside the cost in a Finanzierung table", () => {
  it.each(["entfallende eigene Wartungskosten (jährlich)", "Einsparung Fremdleistungen", "Minderausgaben Kläranlage"])("„%s“ is no cost: the other row's amount is the Betrag", (saving) => {
    const f = read(saving);
    expect([f?.betragCent, f?.turnus, f?.haushaltsjahr]).toEqual([5_200_000, "jaehrlich", 2028]);
  });

  it("a second cost in its place leaves the Betrag in doubt, as before", () => {
    expect(read("Wartung der Pumpwerke (jährlich)")?.betragCent).toBeUndefined();
  });
});
