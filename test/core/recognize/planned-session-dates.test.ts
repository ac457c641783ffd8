import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * ALLRIS heads of Mecklenburg-Vorpommern print the Beratungsfolge as „Beratungsfolge | Geplante Sitzungstermine | Ö / N“:
 * the planned dates are the sessions' dates. Without a role column, the deciding body is the one the decision's own
 * heading names („Die Bürgerschaft der Universitäts- und Hansestadt Greifswald beschließt:“), its row gives the date.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const beratung = (dates: string) => [
  ...row(1, 0, ["Beratungsfolge", dates, "Ö / N"]),
  ...row(1, 1, ["Hauptausschuss (HA)", "15.02.2027", "N"]),
  ...row(1, 2, ["Stadtvertretung", "01.03.2027", "Ö"]),
];
const head = ["Vorlage-Nr.: BV-V/08/0001", "Betreff:", "Ein Vorhaben"];
const decision = (lead: string) => ["Beschlussvorschlag", lead, { text: "Das Vorhaben wird umgesetzt.", label: "1.\t" }, { text: "Die Kosten trägt die Stadt.", label: "2.\t" }, "Sachverhalt", "Das Vorhaben ist nötig."];

describe("a Beratungsfolge whose dates column is headed „Geplante Sitzungstermine“", () => {
  it("lists the bodies with their planned dates", () => {
    const r = read([...head, ...beratung("Geplante Sitzungstermine"), ...decision("Die Stadtvertretung beschließt:")]);
    expect(r.vorlage.beratungsfolge.map((b) => [b.gremium, b.datum])).toEqual([
      ["Hauptausschuss (HA)", "2027-02-15"],
      ["Stadtvertretung", "2027-03-01"],
    ]);
  });

  it("takes the Gremium and date of the body the decision's heading names, with the town's compound title after it", () => {
    const r = read([...head, ...beratung("Geplante Sitzungstermine"), ...decision("Die Stadtvertretung der Universitäts- und Hansestadt Greifswald beschließt:")]);
    expect([r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum]).toEqual(["Stadtvertretung", "2027-03-01"]);
  });

  it("reads „Voraussichtlicher Termin“ as the dates column too", () => {
    const r = read([...head, ...beratung("Voraussichtlicher Termin"), ...decision("Die Stadtvertretung beschließt:")]);
    expect([r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum]).toEqual(["Stadtvertretung", "2027-03-01"]);
  });
});
