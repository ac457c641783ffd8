import { clause, finanzierung, section } from "../../../src/core/model/builders";
import type { Deckungsquelle, Finanzierung } from "../../../src/core/model/vorlage";
import { completeVorlage } from "../../fixtures/builders";
import { codes, findingsOf } from "./helpers";

const base = completeVorlage().finanzierung as Finanzierung;
const withF = (f: Partial<Finanzierung>) => completeVorlage({ finanzierung: { ...base, ...f } });
const q = (id: string, dezernat: string, share: Partial<Deckungsquelle> = {}): Deckungsquelle => ({
  id,
  stelle: { dezernat, produkt: "1.11.01", kostenstelle: "2010" },
  ...share,
});

describe("Finanzierung with financial effects", () => {
  it("needs a Betrag, but an explicit 0 € is a Betrag", () => {
    expect(codes(withF({ betragCent: undefined }))).toEqual(["finanzierung-betrag-missing"]);
    const zero = completeVorlage({
      finanzierung: { ...base, betragCent: 0 },
      sections: [section("b", "beschluss", [clause("b1", "die Maßnahme kostenneutral umgesetzt wird.")])],
    });
    expect(codes(zero)).toEqual([]);
  });

  it("refuses a negative or fractional Betrag", () => {
    expect(codes(withF({ betragCent: -5 }))).toContain("finanzierung-betrag-invalid");
    expect(codes(withF({ betragCent: 10.5 }))).toContain("finanzierung-betrag-invalid");
  });

  it("needs einmalig/jährlich and the Haushaltsjahr", () => {
    expect(codes(withF({ turnus: undefined, haushaltsjahr: undefined }))).toEqual(["finanzierung-turnus-missing", "finanzierung-haushaltsjahr-missing"]);
    expect(codes(withF({ haushaltsjahr: 24 }))).toEqual(["finanzierung-haushaltsjahr-invalid"]);
  });

  it("needs at least one Deckungsquelle with a known Dezernat or a Produkt", () => {
    expect(codes(withF({ quellen: [] }))).toEqual(["finanzierung-quelle-missing"]);
    expect(codes(withF({ quellen: [{ id: "q1", stelle: { dezernat: "", produkt: "", kostenstelle: "" }, anteil: 1 }] }))).toEqual(["finanzierung-quelle-dezernat-missing"]);
    // A Produkt is a budget of the Haushaltsplan: a source named by it alone is a source (third tryout: „aus dem Produkt 1.11.01“).
    expect(codes(withF({ quellen: [q("q1", "", { anteil: 1 })] }))).toEqual([]);
    expect(codes(withF({ quellen: [q("q1", "XII", { anteil: 1 })] }))).toEqual(["finanzierung-quelle-dezernat-unknown"]);
  });

  it("warns when a Deckungsquelle lacks Produkt or Kostenstelle", () => {
    const v = withF({ quellen: [{ id: "q1", stelle: { dezernat: "III", produkt: "", kostenstelle: "2010" }, anteil: 1 }] });
    expect(findingsOf(v, "finanzierung-quelle-stelle-incomplete")[0]?.severity).toBe("warning");
  });

  it("says which of Produkt and Kostenstelle is missing (a reviewer who entered one was told either might be)", () => {
    const missing = (produkt: string, kostenstelle: string) =>
      findingsOf(withF({ quellen: [{ id: "q1", stelle: { dezernat: "III", produkt, kostenstelle }, anteil: 1 }] }), "finanzierung-quelle-stelle-incomplete").map((f) => f.params?.["fehlt"]);
    expect(missing("", "2010")).toEqual(["produkt"]);
    expect(missing("1.11.01", "")).toEqual(["kostenstelle"]);
    expect(missing("", " ")).toEqual(["beides"]);
    expect(missing("1.11.01", "2010")).toEqual([]);
  });

  it("needs shares adding up to 100 %", () => {
    expect(codes(withF({ quellen: [q("q1", "III", { anteil: 0.5 }), q("q2", "II", { anteil: 0.5 })] }))).toEqual([]);
    expect(codes(withF({ quellen: [q("a", "I", { anteil: 1 / 3 }), q("b", "II", { anteil: 1 / 3 }), q("c", "III", { anteil: 1 / 3 })] }))).toEqual([]);
    expect(findingsOf(withF({ quellen: [q("q1", "III", { anteil: 0.5 }), q("q2", "II", { anteil: 0.4 })] }), "finanzierung-anteile-summe")[0]?.params).toEqual({ prozent: 90 });
  });

  it("accepts amounts instead of shares when they add up to the Betrag, mixed with shares too", () => {
    expect(codes(withF({ quellen: [q("q1", "III", { betragCent: 1_000_000 }), q("q2", "II", { betragCent: 240_000 })] }))).toEqual([]);
    expect(codes(withF({ quellen: [q("q1", "III", { anteil: 0.5 }), q("q2", "II", { betragCent: 620_000 })] }))).toEqual([]);
    expect(codes(withF({ quellen: [q("q1", "III", { betragCent: 1_000_000 }), q("q2", "II", { betragCent: 1 })] }))).toEqual(["finanzierung-anteile-summe"]);
  });

  it("refuses negative shares and shares above 100 %", () => {
    expect(codes(withF({ quellen: [q("q1", "III", { anteil: -0.5 }), q("q2", "II", { anteil: 1.5 })] }))).toEqual([
      "finanzierung-anteil-invalid",
      "finanzierung-anteil-invalid",
    ]);
    expect(codes(withF({ quellen: [q("q1", "III", { betragCent: -100 })] }))).toEqual(["finanzierung-anteil-invalid"]);
  });

  it("needs a share for each of several Deckungsquellen; a single one pays all", () => {
    expect(codes(withF({ quellen: [q("q1", "III")] }))).toEqual([]);
    expect(codes(withF({ quellen: [q("q1", "III", { anteil: 0.5 }), q("q2", "II")] }))).toEqual(["finanzierung-anteil-missing"]);
  });

  it("needs to name who books it, and that must be a known Dezernat/Amt", () => {
    expect(codes(withF({ bewirtschaftung: "" }))).toEqual(["finanzierung-bewirtschaftung-missing"]);
    expect(codes(withF({ bewirtschaftung: "III/99" }))).toEqual(["finanzierung-bewirtschaftung-unknown"]);
    expect(codes(withF({ bewirtschaftung: "III" }))).toEqual([]);
  });

  it("asks nothing more when there are no financial effects", () => {
    const v = completeVorlage({
      finanzierung: finanzierung({ auswirkungen: false }),
      sections: [section("b", "beschluss", [clause("b1", "ein Arbeitskreis eingerichtet wird.")])],
    });
    expect(codes(v)).toEqual([]);
  });
});

describe("money named in the resolution text", () => {
  const withClause = (text: string, f: Partial<Finanzierung> = {}) =>
    completeVorlage({ finanzierung: { ...base, ...f }, sections: [section("b", "beschluss", [clause("b1", text)])] });

  it("must agree with the Finanzierung's Betrag", () => {
    expect(codes(withClause("die Beschaffung mit 12.400 € finanziert wird;"))).toEqual([]);
    expect(findingsOf(withClause("davon werden 14.000,00 EUR im ersten Jahr finanziert;"), "finanzierung-betrag-text")[0]?.params).toEqual({
      genannt: "14.000,00 EUR",
      betrag: 12400,
    });
  });

  it("must agree on einmalig or jährlich", () => {
    expect(codes(withClause("der jährliche Beitrag von 12.400 € gezahlt wird;"))).toEqual(["finanzierung-turnus-text"]);
    expect(codes(withClause("einmalig 12.400 € gezahlt werden;", { turnus: "jaehrlich" }))).toEqual(["finanzierung-turnus-text"]);
  });

  it("without declared financial effects is reported", () => {
    const v = completeVorlage({ finanzierung: finanzierung({ auswirkungen: false }), sections: [section("b", "beschluss", [clause("b1", "rund 5.000 Euro bereitgestellt werden.")])] });
    expect(findingsOf(v, "finanzierung-undeclared")[0]?.params).toEqual({ genannt: "rund 5.000 Euro" });
  });

  it("in the Kenntnisnahme part is not compared (it often quotes other sums)", () => {
    const v = completeVorlage({
      sections: [
        section("k", "kenntnisnahme", [clause("k1", "das Gesamtprojekt 5,3 Mio. € kostet;")]),
        ...completeVorlage().sections.slice(1),
      ],
    });
    expect(codes(v)).toEqual([]);
  });
});
