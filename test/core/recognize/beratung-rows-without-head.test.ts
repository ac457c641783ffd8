import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * A Beratungsfolge whose rows say by their shape what they are, with no header row over them:
 * a PDF pasted line by line („Kreistag 29.03.2027 Entscheidung“, the columns one space apart,
 * Landkreis Elbe-Elster) and an ALLRIS page's table without its header row, the role before the
 * date („Rat der Stadt Sehnde | Entscheidung | 25.03.2027“). Found on the fourth fresh set.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const decision = ["Betreff: Förderrichtlinie Schulprojekte", "Beschlussvorschlag:", "Die Richtlinie wird beschlossen."];

describe("a Beratungsfolge pasted from a PDF, one row a line", () => {
  const r = read(["Beschlussvorlage Nr. 0630/2027", "Beratungsfolge:", "Ausschuss für Bildung, Kultur und Sport 08.03.2027 Vorberatung", "Kreisausschuss 15.03.2027 Vorberatung", "Kreistag 29.03.2027 Entscheidung", ...decision]);

  it("names the body of the row marked „Entscheidung“ as the Gremium", () => expect(r.vorlage.header.gremium).toBe("Kreistag"));

  it("takes that row's date as the Sitzungsdatum", () => expect(r.vorlage.header.sitzungsdatum).toBe("2027-03-29"));
});

describe("a Beratungsfolge table without a header row", () => {
  const r = read([
    "Vorlage Nr.: 2027/0041",
    "Beratungsfolge:",
    ...row(1, 0, ["Fachbereichsausschuss Stadtentwicklung und Bauaufsicht", "Vorberatung", "09.03.2027"]),
    ...row(1, 1, ["Verwaltungsausschuss", "Vorberatung", "16.03.2027"]),
    ...row(1, 2, ["Rat der Stadt Sehnde", "Entscheidung", "25.03.2027"]),
    ...decision,
  ]);

  it("names the body of the row marked „Entscheidung“ as the Gremium", () => expect(r.vorlage.header.gremium).toBe("Rat der Stadt Sehnde"));

  it("takes that row's date as the Sitzungsdatum", () => expect(r.vorlage.header.sitzungsdatum).toBe("2027-03-25"));

  it("reads no Verteiler from its rows", () => expect(r.vorlage.verteiler).toEqual([]));
});

describe("a table that is no Beratungsfolge", () => {
  it("is not read as one for a date and a role word in a row of four cells", () => {
    const r = read(["Vorlage Nr.: 2027/0042", ...row(1, 0, ["Kita Sonnenschein", "Vorberatung", "09.03.2027", "12 Plätze"]), ...decision]);
    expect(r.vorlage.header.gremium).toBe("");
  });
});
