import fc from "fast-check";
import { findAmounts } from "../../../../src/core/german/money";
import type { Vorlage } from "../../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../../src/core/profile/builtin-profiles";
import { certainHaushaltsjahr } from "../../../../src/core/validation/rules/decision-money";
import { validate } from "../../../../src/core/validation/validate";
import { completeVorlage } from "../../../fixtures/builders";

/** The complete fixture (Finanzierung 12.400 €, 2025) with the text of its first decision clause changed. */
const withClause = (text: string): Vorlage => {
  const base = completeVorlage();
  const [k, b] = base.sections as [Vorlage["sections"][number], Vorlage["sections"][number]];
  const [, ...rest] = b.clauses;
  return { ...base, sections: [k, { ...b, clauses: [{ id: "geld", text }, ...rest] }] };
};
const money = (v: Vorlage) => validate(v, WIESBADEN).filter((f) => f.code.startsWith("finanzierung-"));

describe("money in the decision: sentences without a digit, which the rule does not search", () => {
  it("no amount and no budget year is found in a sentence without a digit, however its words are put together", () => {
    const words = ["rund", "ca.", "etwa", "knapp", "€", "EUR", "Euro", "Mio.", "Millionen", "Tsd.", "T€", ",--", ".", ",", "–", "Haushalt", "Haushaltsjahr", "Haushaltsjahres", "zwölf", "tausend", "jährlich", "einmalig", " ", "\n"];
    const sentence = fc.oneof(
      fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join(" ")),
      fc.string({ unit: "grapheme", maxLength: 80 }).map((t) => t.replace(/[0-9]/g, "")),
    );
    fc.assert(
      fc.property(sentence, (s) => {
        expect(findAmounts(s)).toEqual([]);
        expect(certainHaushaltsjahr(s)).toBeUndefined();
      }),
    );
  });

  it("still reads the amount and the year of a sentence that has digits", () => {
    expect(certainHaushaltsjahr("Die Mittel stehen im Haushaltsjahr 2031 bereit.")).toBe(2031);
    expect(money(withClause("zwei Lastenräder zum Preis von insgesamt 99.999 € beschafft werden;"))).toEqual([
      expect.objectContaining({ code: "finanzierung-betrag-widerspruch", location: { type: "clause", id: "geld" } }),
    ]);
    expect(money(withClause("zwei Lastenräder zum Preis von insgesamt 12.400 € im Haushaltsjahr 2026 beschafft werden;"))).toEqual([
      expect.objectContaining({ code: "finanzierung-haushaltsjahr-widerspruch", location: { type: "clause", id: "geld" } }),
    ]);
    expect(money(withClause("zwei Lastenräder beschafft werden;"))).toEqual([]);
  });

  it("reads a sub-point's budget year as its clause's, and a year in a sentence without „Haushalt“ as none", () => {
    const withSubPoint = (text: string): Vorlage => {
      const v = withClause("zwei Lastenräder zum Preis von insgesamt 12.400 € beschafft werden;");
      const [k, b] = v.sections as [Vorlage["sections"][number], Vorlage["sections"][number]];
      const [geld, ...rest] = b.clauses as [Vorlage["sections"][number]["clauses"][number]];
      return { ...v, sections: [k, { ...b, clauses: [{ ...geld, unterpunkte: [{ id: "u1", text: "die Lieferung abzunehmen;" }, { id: "u2", text }] }, ...rest] }] };
    };
    expect(money(withSubPoint("die Mittel im Haushaltsjahr 2026 bereitzustellen."))).toEqual([
      expect.objectContaining({ code: "finanzierung-haushaltsjahr-widerspruch", location: { type: "clause", id: "geld" }, params: expect.objectContaining({ genannt: 2026 }) }),
    ]);
    expect(money(withSubPoint("die Mittel im Jahr 2026 bereitzustellen."))).toEqual([]);
    expect(certainHaushaltsjahr("Haushalt 203")).toBeUndefined();
  });
});
