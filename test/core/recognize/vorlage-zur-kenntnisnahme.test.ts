import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * A Berlin Bezirksamt's Vorlage zur Kenntnisnahme for its BVV: „Wir bitten zur Kenntnis zu nehmen:“ heads the part taken
 * note of; „über:“ labels the subject below it; every Beratungsfolge row says „Kenntnisnahme“, and the last body is the one
 * the Vorlage is laid before (Gremium and Sitzungsdatum).
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const head = [
  ...row(1, 0, ["Drucksache Nr.:", "1042/VI"]),
  ...row(1, 1, ["Datum:", "26.01.2027"]),
  "Vorlage zur Kenntnisnahme",
  "für die Bezirksverordnetenversammlung Steglitz-Zehlendorf",
  "über:",
  "Sanierung der Sporthalle – außerplanmäßige Ausgabe im Haushaltsjahr 2027",
];
const folge = (roles: readonly [string, string]) => [
  ...row(2, 0, ["Gremium", "Datum", "Zuständigkeit"]),
  ...row(2, 1, ["Ausschuss für Haushalt und Personal", "04.02.2027", roles[0]]),
  ...row(2, 2, ["Bezirksverordnetenversammlung Steglitz-Zehlendorf", "17.02.2027", roles[1]]),
];
const body = (heading: string) => [heading, "1. Das Bezirksamt hat eine außerplanmäßige Ausgabe beschlossen.", "2. Die Deckung erfolgt durch Minderausgaben.", "Begründung:", "Das Dach ist schadhaft."];

describe("a Vorlage zur Kenntnisnahme", () => {
  const r = read([...head, ...folge(["Kenntnisnahme", "Kenntnisnahme"]), ...body("Wir bitten zur Kenntnis zu nehmen:")]);

  it("reads „Wir bitten zur Kenntnis zu nehmen:“ as the heading of a part taken note of, with its clauses", () => {
    expect(r.vorlage.sections.map((s) => [s.kind, s.clauses.map((c) => c.writtenNumber)])).toEqual([["kenntnisnahme", ["1.", "2."]]]);
  });

  it("takes „Das Bezirksamt bittet um Kenntnisnahme:“ for such a heading as well", () => {
    const other = read([...head, ...folge(["Kenntnisnahme", "Kenntnisnahme"]), ...body("Das Bezirksamt bittet um Kenntnisnahme:")]);
    expect(other.vorlage.sections.map((s) => s.kind)).toEqual(["kenntnisnahme"]);
  });

  it("reads the line under „über:“ as the Betreff", () => {
    expect(r.vorlage.header.betreff).toBe("Sanierung der Sporthalle – außerplanmäßige Ausgabe im Haushaltsjahr 2027");
  });

  it("takes the last body of a Beratungsfolge that only takes note as the Gremium, with its date", () => {
    expect(r.vorlage.header.gremium).toBe("Bezirksverordnetenversammlung Steglitz-Zehlendorf");
    expect(r.vorlage.header.sitzungsdatum).toBe("2027-02-17");
  });

  it("guesses no Gremium where a row has another role and none decides", () => {
    const mixed = read([...head, ...folge(["Anhörung", "Kenntnisnahme"]), ...body("Wir bitten zur Kenntnis zu nehmen:")]);
    expect(mixed.vorlage.header.gremium).toBe("");
  });
});
