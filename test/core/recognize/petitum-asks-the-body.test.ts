import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * Hamburg's Petitum: „Die Bezirksversammlung wird gebeten,“ over numbered infinitives („1. dem Verein … zu bewilligen,“).
 * The words lead in to the clauses and are none of them; they ask the body that decides, so where the Beratungsfolge
 * says of no row which body decides, the body they name is the Gremium, its row's date the Sitzungsdatum.
 */
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const read = (asking: string) =>
  recognize(
    [
      "Drucksachen-Nr.:\t22-1190",
      ...row(1, 0, ["", "Gremium", "Datum"]),
      ...row(1, 1, ["Öffentlich", "Regionalausschuss", "03.05.2027"]),
      ...row(1, 2, ["Öffentlich", "Bezirksversammlung", "27.05.2027"]),
      "Zuschuss für das Sommerfest am Teich",
      "Petitum/Beschlussvorschlag:",
      asking,
      "1.\tdem Verein einen Zuschuss von 4.000 € zu bewilligen,",
      "2.\tdie Verwendung der Mittel belegen zu lassen.",
    ],
    WIESBADEN,
    sequentialIds("k"),
  ).vorlage;

describe("a Petitum that asks the body to decide", () => {
  it("leads in to the numbered clauses and is none of them", () => {
    expect(read("Die Bezirksversammlung wird gebeten,").sections.flatMap((s) => s.clauses.map((c) => [c.writtenNumber, c.text]))).toEqual([
      ["1.", "dem Verein einen Zuschuss von 4.000 € zu bewilligen,"],
      ["2.", "die Verwendung der Mittel belegen zu lassen."],
    ]);
  });

  it("names the Gremium and its session where no row of the Beratungsfolge says which body decides", () => {
    const { gremium, sitzungsdatum } = read("Die Bezirksversammlung wird gebeten,").header;
    expect([gremium, sitzungsdatum]).toEqual(["Bezirksversammlung", "2027-05-27"]);
  });

  it("names no Gremium when it asks a body the Beratungsfolge does not list", () => {
    expect(read("Das Bezirksamt wird gebeten,").header.gremium).toBe("");
  });
});
