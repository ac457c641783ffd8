import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * Two ways heads and Finanzierungen say things, found on the fourth fresh set (Wedel): a head
 * table that labels the number with the document's type („Beschlussvorlage | BV/2027/008“, as
 * SessionNet and ALLRIS print it), and „keine unmittelbaren finanziellen Auswirkungen“.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const decision = ["Betreff: Haushaltsbegleitbeschluss", "Beschlussvorschlag:", "Die Maßnahmen werden beschlossen."];

describe("the number beside the document's type", () => {
  it("is the Vorlagen-Nr. in a head table („Beschlussvorlage | BV/2027/008“)", () => {
    const r = read([...row(1, 0, ["Beschlussvorlage", "BV/2027/008"]), ...row(1, 1, ["Datum", "08.01.2027"]), ...decision]);
    expect(r.vorlage.header.vorlagenNr).toBe("BV/2027/008");
  });

  it("is the Vorlagen-Nr. on a typed line („Mitteilungsvorlage 2027/0412“)", () => {
    expect(read(["Mitteilungsvorlage 2027/0412", ...decision]).vorlage.header.vorlagenNr).toBe("2027/0412");
  });

  it("is no Vorlagen-Nr. where the cell beside the type is a date", () => {
    expect(read([...row(1, 0, ["Antrag", "08.01.2027"]), ...decision]).vorlage.header.vorlagenNr).toBe("");
  });
});

describe("„keine unmittelbaren finanziellen Auswirkungen“", () => {
  it("says the Vorlage has no financial effects, though its decision names a target amount", () => {
    const r = read([
      "Vorlage Nr.: BV/2027/009",
      "Betreff: Haushaltsbegleitbeschluss",
      "Beschlussvorschlag:",
      "Ziel ist ein Ergebnis, das um 9.500.000 € besser ausfällt.",
      "Finanzielle Auswirkungen:",
      "Die Vorlage hat keine unmittelbaren finanziellen Auswirkungen. Die Maßnahmen werden einzeln beschlossen.",
    ]);
    expect(r.vorlage.finanzierung?.auswirkungen).toBe(false);
  });
});
