import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * A Mitteilungsvorlage (or Informationsvorlage) whose „Beschlussvorschlag“ only takes note („Der Kreistag nimmt den
 * Bericht … zur Kenntnis.“) decides nothing: its part is a Kenntnisnahme. With every Beratungsfolge row
 * „Kenntnisnahme“, the last body is then the one it is laid before. A Beschlussvorlage's proposal stays a Beschluss,
 * and so does a Mitteilung's proposal that decides something besides.
 */
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const read = (type: string, clauses: readonly string[]) =>
  recognize(
    [
      type,
      ...row(0, 0, ["Drucksache Nr.:", "112/2027"]),
      ...row(0, 1, ["Fachdienst:", "Fachdienst Schule und Bildung"]),
      "Beratungsfolge",
      ...row(1, 0, ["Gremium", "Sitzung", "Zuständigkeit"]),
      ...row(1, 1, ["Ausschuss für Schule und Kultur", "01.06.2027", "Kenntnisnahme"]),
      ...row(1, 2, ["Kreistag", "16.06.2027", "Kenntnisnahme"]),
      "Betreff",
      "Bericht über die Modellregion Inklusive Bildung",
      "Beschlussvorschlag",
      ...clauses,
      "Finanzielle Auswirkungen",
      "Haushaltsmittel werden nicht benötigt.",
    ],
    WIESBADEN,
    sequentialIds("t"),
  ).vorlage;
const takesNote = "Der Kreistag nimmt den Bericht des Kreisausschusses über die Modellregion zur Kenntnis.";

describe("a Mitteilung's proposal that only takes note", () => {
  it("is a Kenntnisnahme, laid before the last body of its Beratungsfolge", () => {
    const v = read("Mitteilungsvorlage", [takesNote]);
    expect(v.sections.map((s) => s.kind)).toEqual(["kenntnisnahme"]);
    expect([v.header.gremium, v.header.sitzungsdatum]).toEqual(["Kreistag", "2027-06-16"]);
  });

  it("stays a Beschluss in a Beschlussvorlage", () => {
    expect(read("Beschlussvorlage", [takesNote]).sections.map((s) => s.kind)).toEqual(["beschluss"]);
  });

  it("stays a Beschluss where the Mitteilung's proposal decides something besides", () => {
    expect(read("Mitteilungsvorlage", [takesNote, "Die Verwaltung wird beauftragt, jährlich zu berichten."]).sections.map((s) => s.kind)).toEqual(["beschluss"]);
  });
});
