import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { ParagraphInput } from "../../../src/core/recognize/lines";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * „Die haushaltstechnische Umsetzung erfolgt durch Dezernat III/20.“ right under a Finanzierung *table* belongs to the
 * Finanzierung, as it does under a Finanzierung line (fifth tryout: the check said nobody was named and called the
 * sentence unassigned).
 */
const row = (r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table: 0, row: r, col } }));
const read = (below: readonly string[]) =>
  recognize(
    [
      "Stadtverordnetenversammlung",
      "Tagesordnung I Punkt 12 der öffentlichen Sitzung am 06.05.2025",
      "Vorlagen-Nr. 25-V-07-0042",
      "Beschaffung von Lastenrädern für den Grünflächenbetrieb",
      "Federführendes Dezernat: VII",
      "Es wird beschlossen, dass",
      "1.1 zwölf Lastenräder beschafft werden.",
      "Finanzierung",
      ...row(0, ["Betrag", "12.400 €"]),
      ...row(1, ["Turnus", "einmalig"]),
      ...row(2, ["Haushaltsjahr", "2025"]),
      ...row(3, ["Deckung", "Produkt 1.11.01, Kostenstelle 7100"]),
      ...below,
      "Wiesbaden, 14.04.2025",
      "Kowol",
    ].map((p) => (typeof p === "string" ? { text: p } : p)),
    WIESBADEN,
    sequentialIds("u"),
  );

describe("the Umsetzung below a Finanzierung table", () => {
  const umsetzung = "Die haushaltstechnische Umsetzung erfolgt durch Dezernat III/20.";
  const unassigned = (r: ReturnType<typeof read>) => r.findings.filter((f) => String(f.params["auszug"] ?? "").includes("haushaltstechnische"));

  it("is read as the Finanzierung's bewirtschaftung and not named as unassigned, above a one-line Verteiler", () => {
    const r = read([umsetzung, "Dem Magistrat mit der Bitte um Kenntnisnahme"]);
    expect(r.vorlage.finanzierung?.bewirtschaftung).toBe("III/20");
    expect(unassigned(r)).toEqual([]);
  });

  it("is read whatever the line below it is read as (here a Beratungsfolge row)", () => {
    const r = read([umsetzung, "Stadtverordnetenversammlung 06.05.2025 Entscheidung"]);
    expect(r.vorlage.finanzierung?.bewirtschaftung).toBe("III/20");
    expect(unassigned(r)).toEqual([]);
  });

  it("does not take a line that speaks of no money", () => {
    const r = read(["Die Räder werden im Betriebshof Süd abgestellt."]);
    expect(r.vorlage.finanzierung?.bewirtschaftung).toBe("");
  });
});
