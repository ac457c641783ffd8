import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * A form's label that names both rhythms („Einmalig/jährlich: einmalig“, a table row
 * „einmalig/jährlich | einmalig“): the value after it decides, not the label's word „jährlich“.
 * Found by a new-user tryout, where a one-off 12.400 € was reported „jährlich“.
 */
const cell = (table: number, row: number, col: number, text: string): ParagraphInput => ({ text, cell: { table, row, col } });
const turnusOf = (finanzierung: readonly (string | ParagraphInput)[]) =>
  recognize(
    [
      "Vorlagen-Nr. 25-V-03-0012",
      "Beschaffung von Lastenrädern für den Bürgerservice",
      "Federführendes Dezernat: Dezernat III",
      "1. Es wird beschlossen, dass",
      "1.1 vier Lastenräder zum Preis von insgesamt 12.400 € beschafft werden;",
      "1.2 die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.",
      "Finanzierung",
      ...finanzierung,
      "Dem Magistrat",
      "mit der Bitte um weitere Veranlassung",
    ],
    WIESBADEN,
    sequentialIds("t"),
  ).vorlage.finanzierung?.turnus;

describe("a Turnus label that names both rhythms", () => {
  it("reads „Einmalig/jährlich: einmalig“ as einmalig", () => {
    expect(turnusOf(["Betrag: 12.400 €", "Einmalig/jährlich: einmalig", "Haushaltsjahr: 2025"])).toBe("einmalig");
  });

  it("reads „Einmalig/jährlich: jährlich“ as jährlich", () => {
    expect(turnusOf(["Betrag: 12.400 €", "Einmalig/jährlich: jährlich", "Haushaltsjahr: 2025"])).toBe("jaehrlich");
  });

  it("reads the table row „einmalig/jährlich | einmalig“ as einmalig", () => {
    const rows = [cell(1, 0, 0, "Betrag"), cell(1, 0, 1, "12.400 €"), cell(1, 1, 0, "einmalig/jährlich"), cell(1, 1, 1, "einmalig"), cell(1, 2, 0, "Haushaltsjahr"), cell(1, 2, 1, "2025")];
    expect(turnusOf(rows)).toBe("einmalig");
  });

  it("states no Turnus where the value is left empty", () => {
    expect(turnusOf(["Betrag: 12.400 €", "Einmalig/jährlich:", "Haushaltsjahr: 2025"])).toBeUndefined();
  });
});
