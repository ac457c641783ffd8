import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";
import { validate } from "../../../src/core/validation/validate";

/**
 * Numbered Deckungsquelle rows of a Finanzierung table, each a source with its share („Deckungsquelle 1 | Dezernat VII,
 * Anteil 50 %“), as README's own form writes them (tryout7 F5). A row that names a Dezernat is no column header, and
 * the rows a label calls the sources win over the wording of a clause („hälftig aus dem Budget der Dezernate VII und II“).
 */
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const HAELFTIG = "2.2 der jährliche Mitgliedsbeitrag in Höhe von 1.000 € hälftig aus dem Budget der Dezernate VII und II finanziert wird;";
const PLAIN = "2.2 der jährliche Mitgliedsbeitrag in Höhe von 1.000 € finanziert wird;";
const read = (clause: string, first: string, second: string) => {
  const r = recognize(
    [
      "Vorlagen-Nr. 24-V-07-0001",
      "Betreff: Beitritt zum Verein NExT e. V.",
      "Federführendes Dezernat: Dezernat VII",
      "2. Es wird beschlossen, dass",
      "2.1 die Landeshauptstadt Wiesbaden assoziiertes Mitglied im Verein „NExT e. V.“ wird;",
      clause,
      "Finanzierung",
      ...row(1, 0, ["Betrag", "1.000 €"]),
      ...row(1, 1, ["Turnus", "jährlich"]),
      ...row(1, 2, ["Haushaltsjahr", "2024"]),
      ...row(1, 3, ["Deckungsquelle 1", first]),
      ...row(1, 4, ["Deckungsquelle 2", second]),
    ],
    WIESBADEN,
    sequentialIds("q"),
  );
  return {
    sources: (r.vorlage.finanzierung?.quellen ?? []).map((q) => ({ dezernat: q.stelle.dezernat, produkt: q.stelle.produkt, anteil: q.anteil })),
    doubts: r.findings.filter((f) => f.code === "recognize-uncertain"),
    codes: validate(r.vorlage, WIESBADEN).map((f) => f.code),
  };
};

describe("numbered Deckungsquelle rows of a Finanzierung table", () => {
  it("reads „Dezernat VII, Anteil 50 %“ and „Dezernat II, Anteil 50 %“ as two sources with their shares", () => {
    for (const clause of [PLAIN, HAELFTIG]) {
      const r = read(clause, "Dezernat VII, Anteil 50 %", "Dezernat II, Anteil 50 %");
      expect(r.sources).toEqual([
        { dezernat: "VII", produkt: "", anteil: 0.5 },
        { dezernat: "II", produkt: "", anteil: 0.5 },
      ]);
      expect(r.doubts).toEqual([]);
      expect(r.codes).not.toContain("finanzierung-quelle-text");
    }
  });

  it("reads README's „Produkt 1.11.01, Anteil 50 %“ rows with their shares, also where the clause says „hälftig“ of two Dezernate", () => {
    for (const clause of [PLAIN, HAELFTIG]) {
      const r = read(clause, "Produkt 1.11.01, Anteil 50 %", "Produkt 1.11.02, Anteil 50 %");
      expect(r.sources).toEqual([
        { dezernat: "", produkt: "1.11.01", anteil: 0.5 },
        { dezernat: "", produkt: "1.11.02", anteil: 0.5 },
      ]);
      expect(r.doubts).toEqual([]);
    }
  });

  it("keeps Dezernat and Produkt of one row together", () => {
    const r = read(HAELFTIG, "Dezernat VII, Produkt 1.11.01, Anteil 50 %", "Dezernat II, Produkt 1.11.02, Anteil 50 %");
    expect(r.sources).toEqual([
      { dezernat: "VII", produkt: "1.11.01", anteil: 0.5 },
      { dezernat: "II", produkt: "1.11.02", anteil: 0.5 },
    ]);
    expect(r.doubts).toEqual([]);
  });
});
