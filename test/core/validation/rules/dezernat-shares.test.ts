import { clause, section } from "../../../../src/core/model/builders";
import type { Deckungsquelle, Finanzierung } from "../../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../../src/core/profile/builtin-profiles";
import type { Finding } from "../../../../src/core/validation/finding";
import { formatFinding } from "../../../../src/i18n/format-finding";
import { completeVorlage } from "../../../fixtures/builders";
import { findingsOf } from "../helpers";

const base = completeVorlage().finanzierung as Finanzierung;
const quelle = (id: string, dezernat: string, anteil?: number, betragCent?: number): Deckungsquelle => ({
  id,
  stelle: { dezernat, produkt: "1.11.01", kostenstelle: "2010" },
  ...(anteil !== undefined ? { anteil } : {}),
  ...(betragCent !== undefined ? { betragCent } : {}),
});
/** A Vorlage deciding `text` in clause 2.1, financed from `quellen`. */
const deciding = (text: string, quellen: readonly Deckungsquelle[], kind = "beschluss") =>
  completeVorlage({ finanzierung: { ...base, quellen }, sections: [section("b", kind, [clause("b1", text, "2.1")])] });
const hits = (text: string, quellen: readonly Deckungsquelle[], kind?: string) => findingsOf(deciding(text, quellen, kind), "finanzierung-quelle-text");

const SPLIT = "Die Kosten werden zu 60 % aus dem Budget des Dezernats IV und zu 40 % aus dem Budget des Dezernats VI getragen.";

describe("a decision's statement of who pays, against the Finanzierung's Deckungsquellen", () => {
  it("is silent where the shares and Dezernate agree", () => {
    expect(hits(SPLIT, [quelle("q1", "IV", 0.6), quelle("q2", "VI", 0.4)])).toEqual([]);
  });

  it("warns where the decision gives a Dezernat another share than the Finanzierung, naming clause, Dezernat and both shares", () => {
    const found = hits(SPLIT, [quelle("q1", "IV", 0.4), quelle("q2", "VI", 0.6)]);
    expect(found.map((f) => [f.severity, f.params?.["dezernat"], f.params?.["genannt"], f.params?.["finanzierung"]])).toEqual([
      ["warning", "IV", "60", "40"],
      ["warning", "VI", "40", "60"],
    ]);
    expect(formatFinding(found[0] as Finding, "de", WIESBADEN)).toBe(
      "Ziffer 2.1 des Beschlusses nennt 60\u00a0% aus Mitteln des Dezernats IV, die Finanzierung 40\u00a0%. Bitte angleichen.",
    );
  });

  it("warns where the decision pays from a Dezernat the Finanzierung does not list", () => {
    const [hit, ...rest] = hits("Die Mittel werden aus dem Teilhaushalt des Dezernats IX bereitgestellt.", [quelle("q1", "III", 1)]);
    expect(rest).toEqual([]);
    expect(hit?.location).toEqual({ type: "clause", id: "b1" });
    expect(formatFinding(hit as Finding, "en", WIESBADEN)).toBe(
      "Clause 2.1 of the resolution pays from the budget of Dezernat IX, but the financing names no funding source of that Dezernat. Please make them agree.",
    );
  });

  it("reads several Dezernate in one phrase, „hälftig“ of two as half each (the reference resolution's clause 2.2)", () => {
    const ref = "der jährliche Mitgliedsbeitrag in Höhe von 1.000 € hälftig aus dem Budget der Dezernate VII und II finanziert wird;";
    expect(hits(ref, [quelle("q1", "VII", 0.5), quelle("q2", "II", 0.5)])).toEqual([]);
    expect(hits(ref, [quelle("q1", "VII", 0.7), quelle("q2", "II", 0.3)]).map((f) => [f.params?.["dezernat"], f.params?.["genannt"], f.params?.["finanzierung"]])).toEqual([
      ["VII", "50", "70"],
      ["II", "50", "30"],
    ]);
    expect(hits("Die Kosten werden aus den Mitteln der Dezernate I, IV und VI getragen.", [quelle("q1", "I", 0.5), quelle("q2", "IV", 0.5)]).map((f) => f.params?.["dezernat"])).toEqual(["VI"]);
  });

  it("adds up a Dezernat's several Quellen before comparing („hälftig“ from two Produkte of Dezernat IV)", () => {
    expect(hits("Die Kosten werden zu 100 % aus dem Budget des Dezernats IV getragen.", [quelle("q1", "IV", 0.5), quelle("q2", "IV", 0.5)])).toEqual([]);
  });

  it("does not read who books as who pays („Die Umsetzung erfolgt durch Dezernat III/20“), nor an Amt after the Dezernat", () => {
    expect(hits("Die haushaltstechnische Umsetzung erfolgt durch Dezernat III/20.", [quelle("q1", "IV", 1)])).toEqual([]);
    expect(hits("Die Mittel kommen aus dem Budget des Dezernats III/20.", [quelle("q1", "IV", 1)])).toEqual([]);
  });

  it("does not compare a share with a Quelle given as an amount", () => {
    expect(hits("Die Kosten werden zu 60 % aus dem Budget des Dezernats IV getragen.", [quelle("q1", "IV", undefined, 500_00), quelle("q2", "VI", 0.4)])).toEqual([]);
  });

  it("reads only the decision: the Kenntnisnahme may quote earlier financing", () => {
    expect(hits(SPLIT, [quelle("q1", "III", 1)], "kenntnisnahme")).toEqual([]);
  });

  it("is silent where the Vorlage has no financial effects", () => {
    const v = completeVorlage({ finanzierung: { ...base, auswirkungen: false, quellen: [] }, sections: [section("b", "beschluss", [clause("b1", SPLIT, "2.1")])] });
    expect(findingsOf(v, "finanzierung-quelle-text")).toEqual([]);
  });
});
