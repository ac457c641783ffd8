import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * A clause that ends in a colon right above a table („… folgende Zuwendungen … zu beschließen:“ over the grants) announces
 * it: the table is what the clause decides, part of its text, and none of its rows is left unplaced. A table below a clause
 * that ended its sentence is no part of it.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const grants = [
  ...row(1, 0, ["Empfänger", "Verwendungszweck", "Betrag"]),
  ...row(1, 1, ["Förderverein der Grundschule Kleefeld e. V.", "Spielgeräte für die Pausenhalle", "1.850,00 €"]),
  ...row(1, 2, ["Seniorentreff Buchholz", "Ausflug zum Steinhuder Meer", "1.200,00 €"]),
  ...row(1, 3, ["Summe", "", "3.050,00 €"]),
];

describe("a table under a clause", () => {
  it("belongs to the clause whose colon announces it", () => {
    const r = read(["Vorlage Nr.: 15-0288/2027", "Betreff: Zuwendungen", "Beschlussvorschlag:", "1. Der Bezirksrat gewährt folgende Zuwendungen:", ...grants, "Begründung:", "Die Mittel reichen."]);
    const [clause] = r.vorlage.sections[0]?.clauses ?? [];
    expect(r.vorlage.sections[0]?.clauses).toHaveLength(1);
    expect(clause?.text).toContain("Seniorentreff Buchholz");
    expect(r.findings.filter((f) => f.code === "recognize-unassigned").map((f) => f.params["auszug"])).not.toContainEqual(expect.stringContaining("Seniorentreff Buchholz"));
  });

  it("is no part of a clause that ended its sentence", () => {
    const r = read(["Vorlage Nr.: 15-0288/2027", "Betreff: Zuwendungen", "Beschlussvorschlag:", "1. Der Bezirksrat gewährt die Zuwendungen.", ...grants, "Begründung:", "Die Mittel reichen."]);
    expect(r.vorlage.sections[0]?.clauses.map((c) => c.text)).toEqual(["Der Bezirksrat gewährt die Zuwendungen."]);
  });
});
