import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * A Finanzierung table names its figures by its header row: the column „Aufwand jährlich“ holds
 * the cost beside the Land's refund, „Nachtrag“ the amount decided beside the year's Ansatz and
 * what was ordered so far. Found on the fourth fresh set (Landkreis Friesland, VG Wöllstein).
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const head = (decision: string) => ["Vorlage Nr.: 112/2027", "Betreff: Bildungsbüro", "Beschlussvorschlag:", decision];

describe("a yearly cost beside a yearly refund", () => {
  const r = read([
    ...head("Der Kreistag beschließt, ein Bildungsbüro einzurichten."),
    "Finanzielle Auswirkungen:",
    ...row(1, 0, ["Produkt", "Haushaltsjahr", "Aufwand jährlich", "Landeszuweisung jährlich"]),
    ...row(1, 1, ["21.1.05 Bildungsregion", "ab 2027", "64.000 €", "32.000 €"]),
  ]);
  const f = r.vorlage.finanzierung;

  it("takes the amount under „Aufwand jährlich“ as the Betrag", () => expect(f?.betragCent).toBe(6_400_000));

  it("reads it as yearly", () => expect(f?.turnus).toBe("jaehrlich"));

  it("reads „ab 2027“ under „Haushaltsjahr“ as the year", () => expect(f?.haushaltsjahr).toBe(2027));
});

describe("a Nachtrag beside the Ansatz and what was ordered so far", () => {
  it("takes the amount under „Nachtrag“ as the Betrag", () => {
    const r = read([
      ...head("Der Verbandsgemeinderat beschließt, das Nachtragsangebot Nr. 3 zu beauftragen."),
      "Finanzielle Auswirkungen:",
      ...row(1, 0, ["Haushaltsjahr", "Investitionsnummer", "Ansatz", "bisher beauftragt", "Nachtrag"]),
      ...row(1, 1, ["2027", "I-11402-003 Verwaltungsgebäude", "1.250.000 €", "1.164.800 €", "38.650 €"]),
    ]);
    expect([r.vorlage.finanzierung?.betragCent, r.vorlage.finanzierung?.haushaltsjahr]).toEqual([3_865_000, 2027]);
  });
});

describe("a table whose columns name no cost", () => {
  it("gives no Betrag of two figures it does not name", () => {
    const r = read([
      ...head("Der Kreistag beschließt, ein Bildungsbüro einzurichten."),
      "Finanzielle Auswirkungen:",
      ...row(1, 0, ["Produkt", "Ansatz 2027", "Landeszuweisung"]),
      ...row(1, 1, ["21.1.05 Bildungsregion", "64.000 €", "32.000 €"]),
    ]);
    expect(r.vorlage.finanzierung?.betragCent).toBeUndefined();
  });
});
