import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * „Tagesordnungspunkt:“ (or „TOP:“) alone on its line, with the agenda item's title below it (a Kreis's Sitzungsvorlage):
 * the title is the Betreff, as below „Betreff:“. A bare number below the label is the item's number, no subject.
 */
const row = (r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table: 0, row: r, col } }));
const read = (below: readonly string[]) =>
  recognize(["Sitzungsvorlage", ...row(0, ["Vorlage-Nr.:", "61/2417/2027"]), ...row(1, ["Datum:", "23.08.2027"]), ...below, "Beschlussvorschlag:", "Der Kreistag beschließt die Mitgliedschaft."], WIESBADEN, sequentialIds("a")).vorlage
    .header.betreff;

describe("an agenda label alone on its line", () => {
  it("„Tagesordnungspunkt:“ has the Betreff below it", () => {
    expect(read(["Tagesordnungspunkt:", "Mitgliedschaft des Kreises im Verein Region Köln/Bonn e. V."])).toBe("Mitgliedschaft des Kreises im Verein Region Köln/Bonn e. V.");
  });

  it("„TOP:“ over a bare number gives no Betreff from the number", () => {
    expect(read(["TOP:", "7"])).toBe("");
  });
});
