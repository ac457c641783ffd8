import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * Hannover's Beschlussdrucksache: „Antrag,“ alone on its line and the sentence going on below („folgende Zuwendungen … zu
 * beschließen:“ over a table of grants). „Antrag,“ heads the decision, and the sentence below it is its clause, no lead-in,
 * though it ends in a colon over a table. Its head names the number as „Nr. 15-0288/2027“ in a cell of its own; „Kostentabelle“
 * heads the Finanzierung, „Berücksichtigung von Gender-Aspekten“ and „Begründung des Antrages“ the Begründung's parts.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));

const doc = [
  "Beschlussdrucksache",
  ...row(1, 0, ["In den Stadtbezirksrat Buchholz-Kleefeld", "Nr. 15-0288/2027"]),
  ...row(2, 0, ["Beratung", "Sitzung am", "Zuständigkeit"]),
  ...row(2, 1, ["Stadtbezirksrat Buchholz-Kleefeld", "25.02.2027", "Entscheidung"]),
  "Zuwendungen aus Eigenen Mitteln des Stadtbezirksrates (Bezirksratsmittel)",
  "Antrag,",
  "folgende Zuwendungen aus Eigenen Mitteln des Stadtbezirksrates zu beschließen:",
  ...row(3, 0, ["Empfänger", "Verwendungszweck", "Betrag"]),
  ...row(3, 1, ["Seniorentreff", "Ausflug", "1.200,00 €"]),
  ...row(3, 2, ["Sportverein", "Trikots", "1.300,00 €"]),
  ...row(3, 3, ["Summe", "", "2.500,00 €"]),
  "Berücksichtigung von Gender-Aspekten",
  "Die Zuwendungen kommen älteren Menschen und einer Mädchenmannschaft zugute.",
  "Kostentabelle",
  "Teilergebnishaushalt 15, Transferaufwendungen im Haushaltsjahr 2027: 2.500,00 €.",
  "Begründung des Antrages",
  "Der Stadtbezirksrat verfügt im Haushaltsjahr 2027 über Eigene Mittel von 28.600 €.",
];

describe("„Antrag,“ over the sentence that goes on below", () => {
  const r = read(doc);

  it("heads the decision, whose one clause is the sentence below", () => {
    expect(r.vorlage.sections.map((s) => [s.kind, s.clauses.map((c) => c.text.split("\n")[0])])).toEqual([["beschluss", ["folgende Zuwendungen aus Eigenen Mitteln des Stadtbezirksrates zu beschließen:"]]]);
  });

  it("reads „Nr. 15-0288/2027“ alone in a head cell as the Vorlagen-Nr., and the plain line below the head as the Betreff", () => {
    expect(r.vorlage.header.vorlagenNr).toBe("15-0288/2027");
    expect(r.vorlage.header.betreff).toBe("Zuwendungen aus Eigenen Mitteln des Stadtbezirksrates (Bezirksratsmittel)");
  });

  it("reads the Finanzierung under „Kostentabelle“, not the Begründung's remaining means", () => {
    expect(r.vorlage.finanzierung).toMatchObject({ auswirkungen: true, betragCent: 250_000, haushaltsjahr: 2027 });
  });

  it("reads „Berücksichtigung von Gender-Aspekten“ and „Begründung des Antrages“ as part headings of the Begründung", () => {
    const role = (t: string) => r.lines.find((l) => l.text === t)?.decoded;
    expect(role("Berücksichtigung von Gender-Aspekten")).toMatchObject({ role: "sachverhalt", head: true });
    expect(role("Begründung des Antrages")).toMatchObject({ role: "sachverhalt", head: true });
  });

  it("leaves a lead-in under a heading without the comma a lead-in", () => {
    const other = read(["Vorlage Nr.: 1/2027", "Betreff: Bänke", "Beschlussvorschlag:", "Der Rat fasst folgenden Beschluss:", "1. Es werden Bänke aufgestellt."]);
    expect(other.lines.find((l) => l.text.startsWith("Der Rat fasst"))?.decoded.role).toBe("lead-in");
  });
});
