import { clause, section } from "../../../src/core/model/builders";
import type { Finanzierung } from "../../../src/core/model/vorlage";
import { isComplete, type Finding } from "../../../src/core/validation/finding";
import { formatFinding } from "../../../src/i18n/format-finding";
import { REVIEW_WORDS } from "../../../src/i18n/review-words";
import { validate } from "../../../src/core/validation/validate";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { completeVorlage } from "../../fixtures/builders";
import { codes, findingsOf } from "./helpers";

const base = completeVorlage().finanzierung as Finanzierung;
/** A Vorlage whose decision has these clauses and whose Finanzierung is the base one changed by `f`. */
const deciding = (texts: readonly string[], f: Partial<Finanzierung> = {}) =>
  completeVorlage({
    finanzierung: { ...base, ...f },
    sections: [section("b", "beschluss", texts.map((t, i) => clause(`b${i + 1}`, t)))],
  });

describe("a decision that states another total than the Finanzierung", () => {
  it("is no contradiction where the decision awards one contract („Vergabe … zum Angebotspreis“) of a project whose Gesamtkosten the Finanzierung states, only a warning", () => {
    const v = deciding(["Der Bauausschuss genehmigt die Vergabe der Rohbauarbeiten an die Firma Muster Bau GmbH zum Angebotspreis von 655.910,66 €."], { betragCent: 532_500_000 });
    expect(codes(v)).not.toContain("finanzierung-betrag-widerspruch");
    expect(codes(v)).toContain("finanzierung-betrag-text");
  });

  it("is no contradiction where the decision names the yearly Folgekosten beside a Finanzierung of the project's total (a Karlsruhe form states both), only a warning", () => {
    const v = deciding(["Der Bauausschuss genehmigt die Maßnahme. Die jährlichen Folgekosten von 8.500 € werden im Ergebnishaushalt veranschlagt."], { betragCent: 12_000_000, turnus: "einmalig" });
    expect(codes(v)).not.toContain("finanzierung-betrag-widerspruch");
    expect(codes(v)).toContain("finanzierung-betrag-text");
  });

  it("names the clause by the number the document prints („1.“), not the house scheme's 1.1", () => {
    const v = completeVorlage({
      finanzierung: { ...base, betragCent: 1_800_000, turnus: "jaehrlich" },
      sections: [section("b", "beschluss", [clause("b1", "Dem Verein wird für 2026 ein Zuschuss von 18.500 € gewährt.", "1."), clause("b2", "Die Auszahlung erfolgt in zwei Raten.", "2.")])],
    });
    const [hit] = findingsOf(v, "finanzierung-betrag-widerspruch");
    expect(hit?.params?.["ziffer"]).toBe("1.");
    expect(formatFinding(hit as Finding, "de", WIESBADEN)).toContain("Widerspruch: Ziffer 1 des Beschlusses nennt „18.500 €“");
  });

  it("is an error naming the clause and both amounts (the issue's 1.500 € against 1.000 €)", () => {
    const v = deciding(["der jährliche Mitgliedsbeitrag in Höhe von 1.500 € aus dem Budget des Dezernats III finanziert wird;"], {
      betragCent: 100_000,
      turnus: "jaehrlich",
    });
    const [hit] = findingsOf(v, "finanzierung-betrag-widerspruch");
    expect(hit?.severity).toBe("error");
    expect(hit?.location).toEqual({ type: "clause", id: "b1" });
    expect(hit?.params).toEqual({ genannt: "1.500 €", betrag: 1000, ziffer: "1.1" });
    expect(isComplete(validate(v, WIESBADEN))).toBe(false);
    expect(codes(v)).not.toContain("finanzierung-betrag-text");
  });

  it("is no finding when the decision states the Betrag, even beside a share of it", () => {
    expect(codes(deciding(["zwei Lastenräder zum Preis von 12.400 € beschafft werden, davon 6.200 € im ersten Quartal;"]))).toEqual([]);
  });

  it("stays a warning where the amount is a share, an earlier amount, another sum or approximate", () => {
    const unsure = [
      "davon 4.000 € aus dem Budget des Dezernats III bereitgestellt werden;",
      "der Anteil der Stadt von 4.000 € bereitgestellt wird;",
      "der bisherige Zuschuss von 4.000 € entfällt;",
      "die Kosten von ursprünglich 4.000 € neu berechnet werden;",
      "rund 4.000 € bereitgestellt werden;",
      "je Rad 6.000 € bereitgestellt werden;",
      "zu 50 % 4.000 € aus dem Budget des Dezernats III bereitgestellt werden;",
      "von den Gesamtkosten des Projekts von 4.000 € Kenntnis genommen wird;",
      "für die Planung 3.000 € und für den Bau 9.000 € bereitgestellt werden;",
    ];
    for (const text of unsure) {
      expect([text, codes(deciding([text]))]).toEqual([text, ["finanzierung-betrag-text"]]);
    }
  });

  it("stays a warning when the decision names two different sums: none of them is certainly the total", () => {
    expect(codes(deciding(["einmalig 3.000 € für die Planung bereitgestellt werden;", "jährlich 2.000 € für die Wartung bereitgestellt werden;"]))).toEqual([
      "finanzierung-betrag-text",
      "finanzierung-turnus-text",
    ]);
  });

  it("is an error when the decision's one sum and its Turnus both differ (15.000 € einmalig against 65.000 € jährlich)", () => {
    const v = deciding(["die Einrichtung des Dienstes einmalig mit 15.000 € aus dem Budget des Dezernats III finanziert wird;"], { betragCent: 6_500_000, turnus: "jaehrlich" });
    expect(codes(v)).toEqual(["finanzierung-betrag-widerspruch", "finanzierung-turnus-text"]);
    expect(codes(deciding(["einmalig 14.000 € bereitgestellt werden;"]))).toEqual(["finanzierung-betrag-widerspruch"]);
  });

  it("reads the total in a sub-point too", () => {
    const v = completeVorlage({
      finanzierung: base,
      sections: [section("b", "beschluss", [{ id: "b1", text: "es wird beschlossen:", unterpunkte: [{ id: "u1", text: "Lastenräder für 14.000 € beschafft werden;" }] }])],
    });
    expect(codes(v)).toEqual(["finanzierung-betrag-widerspruch"]);
  });
});

describe("a decision that names another Haushaltsjahr than the Finanzierung", () => {
  it("is an error naming the clause and both years", () => {
    const v = deciding(["zwei Lastenräder für 12.400 € aus Mitteln des Haushaltsjahres 2026 beschafft werden;"]);
    const [hit] = findingsOf(v, "finanzierung-haushaltsjahr-widerspruch");
    expect(hit?.severity).toBe("error");
    expect(hit?.location).toEqual({ type: "clause", id: "b1" });
    expect(hit?.params).toEqual({ genannt: 2026, jahr: 2025, ziffer: "1.1" });
  });

  it("is no finding when the years agree, or the clause names a range of years or an earlier one", () => {
    expect(codes(deciding(["die Stadt nach Wirksamwerden des Haushaltes 2025 Mitglied wird;"]))).toEqual([]);
    expect(codes(deciding(["in den Haushaltsjahren 2025 bis 2027 je Jahr Mittel eingeplant werden;"]))).toEqual([]);
    expect(codes(deciding(["die im Haushalt 2023 bereits bewilligten Mittel übertragen werden;"]))).toEqual([]);
  });
});

describe("the contradiction's words", () => {
  it("name both places in German and English", () => {
    const [betrag] = findingsOf(deciding(["einmalig 14.000 € bereitgestellt werden;"]), "finanzierung-betrag-widerspruch");
    const [jahr] = findingsOf(deciding(["die Mittel im Haushaltsjahr 2026 bereitgestellt werden;"]), "finanzierung-haushaltsjahr-widerspruch");
    expect(formatFinding(betrag as Finding, "de", WIESBADEN)).toBe(
      "Widerspruch: Ziffer 1.1 des Beschlusses nennt „14.000 €“, die Finanzierung 12.400\u00a0€. Bitte klären, welcher Betrag gilt.",
    );
    expect(formatFinding(jahr as Finding, "en", WIESBADEN)).toBe(
      "Contradiction: clause 1.1 of the resolution names the budget year 2026, the financing 2025. Please settle which is right.",
    );
    expect(REVIEW_WORDS.de.kinds["finanzierung-betrag-widerspruch"]).toBe("Betrag im Beschluss widerspricht der Finanzierung");
  });
});
