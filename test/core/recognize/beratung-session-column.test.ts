import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * komuna's Beratungsfolge „Gremium | Sitzung | Sitzungsdatum | ö / nö | Beratungstyp“: „Sitzung“ names the session
 * („7. Sitzung der Verbandsversammlung“), the date stands under „Sitzungsdatum“, and „beschließend“ under „Beratungstyp“
 * marks the deciding body, whose Gremium cell is the Gremium.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));

describe("a Beratungsfolge whose „Sitzung“ column names the session", () => {
  const r = read([
    "Sitzungsvorlage",
    ...row(1, 0, ["Vorlagennummer:", "AZV/2027/003"]),
    ...row(1, 1, ["Datum:", "12.01.2027"]),
    ...row(2, 0, ["Gremium", "Sitzung", "Sitzungsdatum", "ö / nö", "Beratungstyp"]),
    ...row(2, 1, ["Bauausschuss", "3. Sitzung des Bauausschusses", "13.01.2027", "ö", "vorberatend"]),
    ...row(2, 2, ["Zweckverband zur Abwasserbeseitigung", "7. Sitzung der Verbandsversammlung", "27.01.2027", "ö", "beschließend"]),
    "Betreff:",
    "Vergabe der Planungsleistungen",
    "Beschlussvorschlag:",
    "Die Verbandsversammlung beschließt die Vergabe.",
  ]);

  it("reads the Gremium and Sitzungsdatum of the row marked „beschließend“", () => {
    expect(r.vorlage.header.gremium).toBe("Zweckverband zur Abwasserbeseitigung");
    expect(r.vorlage.header.sitzungsdatum).toBe("2027-01-27");
  });

  it("lists both rows with their dates, the deciding one marked", () => {
    expect(r.vorlage.beratungsfolge.map((b) => [b.gremium, b.datum, b.entscheidend])).toEqual([
      ["Bauausschuss", "2027-01-13", false],
      ["Zweckverband zur Abwasserbeseitigung", "2027-01-27", true],
    ]);
  });
});
