import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A Finanzierung that names its Deckungsquelle by label („Deckung: Dezernat III 100 %“, „Deckungsquelle: Dezernat III,
 * Produkt 1.11.01, Kostenstelle 4711“) states who pays: the source is read with what the line says of it, and a share
 * is never made up for one of several Dezernate that the line gives none.
 */
const read = (...deckung: string[]) =>
  recognize(
    [
      "Vorlagen-Nr. 25-V-03-0042",
      "Gremium: Stadtverordnetenversammlung",
      "Sitzungsdatum: 12.06.2025",
      "Betreff: Anschaffung von Lastenrädern",
      "1. Es wird beschlossen, dass",
      "1.1 zehn Lastenräder beschafft werden.",
      "Finanzielle Auswirkungen: Ja",
      "Betrag: 12.400 € einmalig",
      "Haushaltsjahr: 2025",
      ...deckung,
    ],
    WIESBADEN,
    sequentialIds("v"),
  );
const sources = (r: ReturnType<typeof read>) => (r.vorlage.finanzierung?.quellen ?? []).map((q) => ({ ...q.stelle, anteil: q.anteil }));

describe("a labelled Deckungsquelle", () => {
  it.each(["Deckung: Dezernat III 100 %", "Deckungsquelle: Dezernat III, 100 %", "Deckungsquelle: Dezernat III"])("reads „%s“ as Dezernat III paying all", (line) => {
    expect(sources(read(line))).toEqual([{ dezernat: "III", produkt: "", kostenstelle: "", anteil: 1 }]);
  });

  it("reads Produkt and Kostenstelle of the source", () => {
    expect(sources(read("Deckungsquelle: Dezernat III, Produkt 1.11.01, Kostenstelle 4711"))).toEqual([{ dezernat: "III", produkt: "1.11.01", kostenstelle: "4711", anteil: 1 }]);
  });

  it("reads two Dezernate with their shares", () => {
    expect(sources(read("Deckung: Dezernat III 60 %, Dezernat VI 40 %"))).toEqual([
      { dezernat: "III", produkt: "", kostenstelle: "", anteil: 0.6 },
      { dezernat: "VI", produkt: "", kostenstelle: "", anteil: 0.4 },
    ]);
  });

  it("makes up no share for two Dezernate without one, and names the doubt once", () => {
    const r = read("Deckung: Dezernat III und Dezernat VI");
    expect(sources(r).map((s) => s.anteil)).toEqual([undefined, undefined]);
    expect(r.findings.filter((f) => f.code === "recognize-uncertain" && f.params?.["field"] === "finanzierung.quellen")).toHaveLength(1);
  });
});

describe("a Produkt and a Kostenstelle with no source to belong to", () => {
  it("are named as one doubt, not one per figure", () => {
    const r = read("Haushaltsstelle: Produkt 1.11.01, Kostenstelle 4711");
    const doubts = r.findings.filter((f) => f.code === "recognize-uncertain" && String(f.params?.["field"]).startsWith("finanzierung.quellen"));
    expect(doubts).toHaveLength(1);
  });
});
