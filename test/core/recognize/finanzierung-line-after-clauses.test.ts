import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A Finanzierung's labelled line right after the last clause, with no heading of its own
 * („Deckungsquelle: Dezernat VII, Produkt 1.09.01, Kostenstelle 7010“): it states the money, it
 * does not go on with the clause. Found by a new-user tryout, where it was swallowed into clause
 * 2.4 and check said „Es ist keine Deckungsquelle angegeben.“
 */
const read = (after: readonly string[], last = "1.3 die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.") =>
  recognize(
    [
      "Tagesordnung II Punkt 3 der öffentlichen Sitzung am 15. Mai 2025",
      "Vorlagen-Nr. 25-V-07-0009",
      "Einführung eines digitalen Bauantragsverfahrens",
      "Federführendes Dezernat: Dezernat VII",
      "1. Es wird beschlossen, dass",
      "1.1 das Verfahren zum 1. Juli 2025 eingeführt wird;",
      "1.2 die Kosten von 48.000 € einmalig getragen werden;",
      last,
      ...after,
      "Dezernat VII",
      "mit der Bitte um weitere Veranlassung",
      "Wiesbaden, 02.01.2025",
      "Kowol",
    ],
    WIESBADEN,
    sequentialIds("b"),
  ).vorlage;

describe("a labelled Finanzierung line after the last clause", () => {
  it("is no text of the clause and gives the Deckungsquelle", () => {
    const v = read(["Deckungsquelle: Dezernat VII, Produkt 1.09.01, Kostenstelle 7010"]);
    expect(v.sections[0]?.clauses.at(-1)?.text).toBe("die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.");
    expect(v.finanzierung?.quellen.map((q) => [q.stelle.dezernat, q.stelle.produkt, q.stelle.kostenstelle])).toEqual([["VII", "1.09.01", "7010"]]);
    expect(v.verteiler.map((e) => e.empfaenger)).toEqual(["Dezernat VII"]);
  });

  it("ends the clauses at „Haushaltsjahr: 2025“ too", () => {
    const v = read(["Haushaltsjahr: 2025"]);
    expect(v.sections[0]?.clauses.at(-1)?.text).toBe("die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.");
    expect(v.finanzierung?.haushaltsjahr).toBe(2025);
  });

  it("reads an unlabelled sentence that names money after the finished last clause as the Finanzierung's, not the clause's", () => {
    // The clause ended its sentence and announced nothing below it (last-clause-is-over.ts).
    const v = read(["Die Mittel stehen im Budget des Dezernats VII bereit."]);
    expect(v.sections[0]?.clauses.at(-1)?.text).toBe("die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.");
    expect(v.finanzierung?.quellen.map((q) => q.stelle.dezernat)).toEqual(["VII"]);
  });

  it("still continues a clause that has not ended its sentence with an unlabelled sentence that names money", () => {
    const v = read(["aus Mitteln des Dezernats VII erfolgt."], "1.3 die haushaltstechnische Umsetzung durch Dezernat III/20");
    expect(v.sections[0]?.clauses.at(-1)?.text).toBe("die haushaltstechnische Umsetzung durch Dezernat III/20\naus Mitteln des Dezernats VII erfolgt.");
  });
});
