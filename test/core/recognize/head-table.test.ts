import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * The whole head in one table: rows of two label–value pairs („Abteilung: | … | Datum: | …“) and, further down the
 * same table, a Beratungsfolge with its own column header row. Each pair is a labelled value, and the rows below
 * the Beratungsfolge's header row are read by its columns.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("t"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const head = [
  ...row(0, 0, ["Landkreis Musterland", "", "Sitzungsvorlage", "Nr. 2027/204"]),
  ...row(0, 1, ["Abteilung:", "Abteilung 4 – Soziales", "Datum:", "01.02.2027"]),
  ...row(0, 2, ["Betreff:", "Zuschuss an den Tafelverein", "", ""]),
  ...row(0, 3, ["Gremium", "Sitzung am", "Art", "Zuständigkeit"]),
  ...row(0, 4, ["Sozialausschuss", "15.02.2027", "öffentlich", "Vorberatung"]),
  ...row(0, 5, ["Kreistag", "01.03.2027", "öffentlich", "Entscheidung"]),
];

describe("a head table with label pairs and a Beratungsfolge inside", () => {
  const r = read([...head, "Sachverhalt:", "Der Tafelverein bittet um Hilfe.", "Beschlussvorschlag:", "Der Kreistag gewährt dem Tafelverein einen Zuschuss."]);

  it("reads the deciding row of the Beratungsfolge below its own header row", () => {
    expect([r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum]).toEqual(["Kreistag", "2027-03-01"]);
  });

  it("reads the Abteilung of a label pair as the Federführung", () => {
    expect(r.vorlage.zustaendigkeit.federfuehrend).toBe("Abteilung 4 – Soziales");
  });

  it("keeps the number and the Betreff", () => {
    expect([r.vorlage.header.vorlagenNr, r.vorlage.header.betreff]).toEqual(["2027/204", "Zuschuss an den Tafelverein"]);
  });

  it("reads the decision as the one clause", () => {
    expect(r.vorlage.sections.map((s) => s.clauses.map((c) => c.text))).toEqual([["Der Kreistag gewährt dem Tafelverein einen Zuschuss."]]);
  });
});
