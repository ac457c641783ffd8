import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * Values the document does not state are never read into it (a trust defect, found on the fresh
 * set): a plan figure beside the amount is no Betrag, a session named in the Sachverhalt gives no
 * Sitzungsdatum, and a Dezernat's numeral inside another office's name („II/A“) is no Dezernat.
 * Where the reader cannot tell, it leaves the value out and says so.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));

describe("the Betrag beside other figures of the Finanzierung", () => {
  const finanzierung = [
    "Finanzielle Auswirkungen:",
    ...row(1, 0, ["Haushaltsjahr", "2026"]),
    ...row(1, 1, ["Ansatz", "90.000,00 €"]),
    ...row(1, 2, ["Ergebnis 2025", "85.000,00 €"]),
  ];

  it("takes none of several different amounts of the Finanzierung when nothing says which is the Vorlage's, and names them", () => {
    const r = read(["Vorlage Nr.: 1/2026", "Betreff: Ein Vorhaben", "Beschlussvorschlag:", "Der Rat stimmt dem Vorhaben zu.", ...finanzierung]);
    expect(r.vorlage.finanzierung?.betragCent).toBeUndefined();
    expect(r.findings.filter((f) => f.code === "recognize-uncertain").map((f) => f.params["field"])).toContain("finanzierung.betrag");
  });

  it("takes the amount of an überplanmäßige Auszahlung the decision grants, not the Ansatz beside it", () => {
    const r = read([
      "Vorlage Nr.: 1/2026",
      "Betreff: Ein Vorhaben",
      "Beschlussvorschlag:",
      "Der Rat beschließt die überplanmäßige Auszahlung in Höhe von 12.000,00 € für das Vorhaben.",
      ...finanzierung,
    ]);
    expect(r.vorlage.finanzierung?.betragCent).toBe(1_200_000);
  });

  it("of several amounts of the Finanzierung takes the one its words name as the cost, not the Förderung beside it", () => {
    const r = read([
      "Vorlage Nr.: 1/2026",
      "Betreff: Ein Vorhaben",
      "Beschlussvorschlag:",
      "Der Rat stimmt der Variante B zu.",
      "Finanzielle Auswirkungen:",
      "Die Kosten der Variante B von 40.000 € sind im Haushaltsplan 2026 veranschlagt. Fördermittel von 15.000 € sind beantragt.",
    ]);
    expect(r.vorlage.finanzierung?.betragCent).toBe(4_000_000);
  });

  it("still takes the one amount a Finanzierung states", () => {
    const r = read(["Vorlage Nr.: 1/2026", "Betreff: Ein Vorhaben", "Beschlussvorschlag:", "Der Rat stimmt dem Vorhaben zu.", "Finanzielle Auswirkungen:", "Es entstehen Kosten von 7.000 € im Haushaltsjahr 2026."]);
    expect(r.vorlage.finanzierung?.betragCent).toBe(700_000);
  });
});

describe("the Sitzungsdatum and TOP only from the header", () => {
  it("takes no date or TOP from a session the text before the decision tells of", () => {
    const r = read([
      "Vorlage Nr.: 1/2026",
      "Betreff: Haushalt 2026",
      "Vorgeschichte:",
      "Der Kreisausschuss hat am 23.02.2026 unter TOP 3 dem Kreistag empfohlen, den Haushalt zu beschließen.",
      "Die Regierung hat darauf hingewiesen, dass Daten fehlten.",
      "Beschlussvorschlag:",
      "1. Der Empfehlungsbeschluss wird aufgehoben.",
    ]);
    expect([r.vorlage.header.sitzungsdatum, r.vorlage.header.tagesordnungspunkt]).toEqual(["", ""]);
  });

  it("still reads „Sitzung am 14.10.2025“ in the header as the session's date", () => {
    const r = read(["Vorlage Nr.: 1/2026", "Betreff: Haushalt 2026", "Gremium: Magistrat", "Sitzung am 14.10.2025", "Beschlussvorschlag:", "1. Der Haushalt wird beschlossen."]);
    expect(r.vorlage.header.sitzungsdatum).toBe("2025-10-14");
    expect(r.lines[3]?.decoded.role).toBe("header-field");
  });
});

describe("a Dezernat's numeral inside another office's name", () => {
  it("reads „Beteiligte Bereiche: II/A“ as the office written, not as Dezernat II", () => {
    const r = read(["Vorlage Nr.: 1/2026", "Betreff: Hauptsatzung", "Beteiligte Bereiche: II/A", "Beschlussvorschlag:", "1. Die Satzung wird beschlossen."]);
    expect(r.vorlage.zustaendigkeit.beteiligt).toEqual(["II/A"]);
  });

  it("still reads the Dezernate a Beteiligt line lists", () => {
    const r = read(["Vorlage Nr.: 1/2026", "Betreff: Hauptsatzung", "Beteiligte Dezernate: II und IV", "Beschlussvorschlag:", "1. Die Satzung wird beschlossen."]);
    expect(r.vorlage.zustaendigkeit.beteiligt).toEqual(["II", "IV"]);
  });
});
