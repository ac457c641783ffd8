import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";
import { validate } from "../../../src/core/validation/validate";

/**
 * A Deckungsquelle named by its Produkt („… aus dem Produkt 1.11.01 gedeckt werden“, „zu 60 % aus dem Produkt … und zu
 * 40 % aus dem Produkt …“, „hälftig aus dem Produkt … und dem Produkt …“, „Deckungsquelle: Produkt 1.54.01 (100 %)“, a
 * table row „Deckungsquelle 1 | Produkt 1.11.01, Anteil 60 %“) is a source: the Produkt is a budget of the
 * Haushaltsplan. Found by the third tryout, where every such Vorlage got the false error „Es ist keine Deckungsquelle
 * angegeben.“ because only Dezernate were read as sources.
 */
const doc = (clause: string, finanzierung: readonly (string | ParagraphInput)[] = []): (string | ParagraphInput)[] => [
  "Vorlagen-Nr. 25-V-06-0014",
  "Gremium: Stadtverordnetenversammlung",
  "Sitzungsdatum: 06.05.2025",
  "Betreff: Beschaffung von Lastenrädern",
  "Federführendes Dezernat: Dezernat VI",
  "1. Es wird beschlossen, dass",
  "1.1 sechs Lastenräder beschafft werden;",
  `1.2 ${clause}`,
  "1.3 die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.",
  ...finanzierung,
];
const read = (clause: string, finanzierung: readonly (string | ParagraphInput)[] = []) => {
  const v = recognize(doc(clause, finanzierung), WIESBADEN, sequentialIds("p")).vorlage;
  return {
    sources: (v.finanzierung?.quellen ?? []).map((q) => ({ produkt: q.stelle.produkt, anteil: q.anteil })),
    findings: validate(v, WIESBADEN),
  };
};
const codes = (r: ReturnType<typeof read>) => r.findings.map((f) => f.code);
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));

describe("a Deckungsquelle named by its Produkt", () => {
  it("reads one Produkt a clause pays from as the whole source", () => {
    const r = read("die einmaligen Kosten in Höhe von 12.400 € im Haushaltsjahr 2025 aus dem Produkt 1.11.01 gedeckt werden;");
    expect(r.sources).toEqual([{ produkt: "1.11.01", anteil: 1 }]);
    expect(codes(r)).not.toContain("finanzierung-quelle-missing");
    expect(codes(r)).not.toContain("finanzierung-quelle-dezernat-missing");
  });

  it("reads „zu 60 % aus dem Produkt … und zu 40 % aus dem Produkt …“ with both shares", () => {
    const r = read("die einmaligen Kosten in Höhe von 12.400 € im Haushaltsjahr 2025 zu 60 % aus dem Produkt 1.11.01 und zu 40 % aus dem Produkt 1.22.03 gedeckt werden;");
    expect(r.sources).toEqual([
      { produkt: "1.11.01", anteil: 0.6 },
      { produkt: "1.22.03", anteil: 0.4 },
    ]);
    expect(codes(r).filter((c) => c.startsWith("finanzierung-quelle") || c.startsWith("finanzierung-anteil"))).toEqual([
      "finanzierung-quelle-stelle-incomplete",
      "finanzierung-quelle-stelle-incomplete",
    ]);
  });

  it("reads „hälftig aus dem Produkt … und dem Produkt …“ as half each", () => {
    const r = read("die einmaligen Kosten in Höhe von 12.400 € im Haushaltsjahr 2025 hälftig aus dem Produkt 1.11.01 und dem Produkt 1.22.03 gedeckt werden;");
    expect(r.sources).toEqual([
      { produkt: "1.11.01", anteil: 0.5 },
      { produkt: "1.22.03", anteil: 0.5 },
    ]);
  });

  it("reads a labelled „Deckungsquelle: Produkt 1.54.01 (100 %)“", () => {
    const r = read("die Gutachten beauftragt werden.", ["Finanzierung", "Betrag: 52.500 €", "Turnus: einmalig", "Haushaltsjahr: 2025", "Deckungsquelle: Produkt 1.54.01 (100 %)"]);
    expect(r.sources).toEqual([{ produkt: "1.54.01", anteil: 1 }]);
    expect(codes(r)).not.toContain("finanzierung-quelle-missing");
  });

  it("reads table rows „Deckungsquelle 1 | Produkt 1.11.01, Anteil 60 %“", () => {
    const r = read("die Räder jährlich gewartet werden;", [
      "Finanzierung",
      ...row(1, 0, ["Betrag", "12.400 €"]),
      ...row(1, 1, ["Turnus", "einmalig"]),
      ...row(1, 2, ["Haushaltsjahr", "2025"]),
      ...row(1, 3, ["Deckungsquelle 1", "Produkt 1.11.01, Anteil 60 %"]),
      ...row(1, 4, ["Deckungsquelle 2", "Produkt 1.22.03, Anteil 40 %"]),
    ]);
    expect(r.sources).toEqual([
      { produkt: "1.11.01", anteil: 0.6 },
      { produkt: "1.22.03", anteil: 0.4 },
    ]);
    expect(codes(r)).not.toContain("finanzierung-quelle-missing");
  });

  it("says that shares of 70 % and 40 % make 110 %", () => {
    const r = read("der Zuschuss von 25.000 € im Haushaltsjahr 2025 einmalig zu 70 % aus dem Produkt 1.36.05 und zu 40 % aus dem Produkt 1.31.01 gedeckt wird;");
    expect(r.sources.map((s) => s.anteil)).toEqual([0.7, 0.4]);
    expect(r.findings.filter((f) => f.code === "finanzierung-anteile-summe").map((f) => f.params?.["prozent"])).toEqual([110]);
  });

  it("takes no share the text does not state for two Produkte", () => {
    const r = read("die Kosten von 12.400 € im Haushaltsjahr 2025 einmalig aus dem Produkt 1.11.01 und dem Produkt 1.22.03 gedeckt werden;");
    expect(r.sources).toEqual([
      { produkt: "1.11.01", anteil: undefined },
      { produkt: "1.22.03", anteil: undefined },
    ]);
  });

  it("takes no Produkt that is only mentioned, not paid from", () => {
    const r = read("die Stadtbibliothek im Produkt 1.25.02 geführt wird.");
    expect(r.sources).toEqual([]);
  });
});
