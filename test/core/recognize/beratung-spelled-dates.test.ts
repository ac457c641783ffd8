import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * A Beratungsfolge table whose sessions are written out („Donnerstag, 6. Mai 2027“, „6. Mai 2027“): the
 * deciding row gives its Gremium and its Sitzungsdatum as a row with „06.05.2027“ would.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("d"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const doc = (first: string, second: string) => [
  "Beschlussvorlage",
  "Vorlage-Nr.: 2027/113",
  ...row(0, 0, ["Gremium", "Sitzung", "Zuständigkeit"]),
  ...row(0, 1, ["Sozialausschuss", first, "Vorberatung"]),
  ...row(0, 2, ["Kreistag", second, "Entscheidung"]),
  "Betreff: Fortschreibung des Pflegeplans",
  "Beschlussvorschlag:",
  "Der Kreistag beschließt die Fortschreibung des Pflegeplans.",
];

describe("Beratungsfolge rows with dates written out", () => {
  it("reads the deciding row's date with its weekday", () => {
    const r = read(doc("Dienstag, 13. April 2027", "Donnerstag, 6. Mai 2027"));
    expect([r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum]).toEqual(["Kreistag", "2027-05-06"]);
  });

  it("reads the deciding row's date without a weekday", () => {
    const r = read(doc("13. April 2027", "6. Mai 2027"));
    expect([r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum]).toEqual(["Kreistag", "2027-05-06"]);
  });

  it("takes no date from a row whose session has none yet", () => {
    const r = read(doc("13. April 2027", "noch offen"));
    expect(r.vorlage.header.sitzungsdatum).toBe("");
  });
});
