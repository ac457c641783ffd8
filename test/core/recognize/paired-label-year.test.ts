import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * A Finanzierung table's row whose label names two things and whose value gives both in the same order, parted by a
 * slash: „Haushaltsjahr / Haushaltsstelle | 2027 / 54100.096000“. The first value is the Haushaltsjahr. Where the value
 * is not parted alike, no year is read from it.
 */
const row = (r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table: 2, row: r, col } }));
const read = (value: string) =>
  recognize(
    [
      "Vorlagen-Nr.: 13/2027",
      "Betreff: Vergabe der Breitbandversorgung",
      "Beschlussvorschlag:",
      "Der Gemeinderat beschließt die Vergabe an die Telekom zum Angebotspreis von 195.337,00 € brutto.",
      "Finanzielle Auswirkungen:",
      ...row(0, ["Gesamtkosten", "195.337,00 €"]),
      ...row(1, ["Haushaltsjahr / Haushaltsstelle", value]),
    ],
    WIESBADEN,
    sequentialIds("p"),
  ).vorlage.finanzierung?.haushaltsjahr;

describe("a label row that names two things", () => {
  it("„Haushaltsjahr / Haushaltsstelle | 2027 / 54100.096000“ gives the year 2027", () => {
    expect(read("2027 / 54100.096000")).toBe(2027);
  });

  it("gives no year where the value is not parted alike", () => {
    expect(read("54100.096000")).toBeUndefined();
  });
});
