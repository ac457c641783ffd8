import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * A Finanzierung table whose label cell has no colon („Deckungsquelle | Dezernat III, Produkt
 * 1.11.01, Kostenstelle 300100“): the cell is the label as „Deckungsquelle:“ is on a line. Found
 * by a new-user tryout: the source was not read, and check said none was given while its hint
 * named the very row as „unsicher gelesen“.
 */
const cell = (row: number, col: number, text: string): ParagraphInput => ({ text, cell: { table: 1, row, col } });
const read = (rows: readonly (readonly [string, string])[]) =>
  recognize(
    [
      "Vorlagen-Nr. 25-V-03-0012",
      "Beschaffung von Lastenrädern für den Bürgerservice",
      "1. Es wird beschlossen, dass",
      "1.1 vier Lastenräder zum Preis von insgesamt 12.400 € beschafft werden;",
      "1.2 die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.",
      "Finanzierung",
      ...rows.flatMap(([label, value], row) => [cell(row, 0, label), cell(row, 1, value)]),
      "Dezernat III",
      "mit der Bitte um weitere Veranlassung",
    ],
    WIESBADEN,
    sequentialIds("d"),
  );

describe("a Deckungsquelle in a table row whose label cell has no colon", () => {
  it("is read with its Dezernat, Produkt and Kostenstelle, and no doubt is left", () => {
    const r = read([
      ["Betrag", "12.400 €"],
      ["Haushaltsjahr", "2025"],
      ["Deckungsquelle", "Dezernat III, Produkt 1.11.01, Kostenstelle 300100"],
    ]);
    const q = r.vorlage.finanzierung?.quellen ?? [];
    expect(q.map((x) => [x.stelle.dezernat, x.stelle.produkt, x.stelle.kostenstelle, x.anteil])).toEqual([["III", "1.11.01", "300100", 1]]);
    expect(r.findings.filter((f) => f.code === "recognize-uncertain")).toEqual([]);
  });

  it("reads two sources of the row with their shares", () => {
    const r = read([
      ["Betrag", "12.400 €"],
      ["Deckungsquelle", "Dezernat III 60 %, Dezernat VI 40 %"],
    ]);
    expect(r.vorlage.finanzierung?.quellen.map((x) => [x.stelle.dezernat, x.anteil])).toEqual([
      ["III", 0.6],
      ["VI", 0.4],
    ]);
  });
});
