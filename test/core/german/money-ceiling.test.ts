import { findAmounts } from "../../../src/core/german/money";

/**
 * „bis zu 120.000 €“, „höchstens 5.000 €“, „maximal 80.000 €“: the most that may be spent, not what it costs. The amount is
 * found and said to be uncertain (a ceiling), as the ends of a range are; an amount without such a word stays certain.
 */
describe("findAmounts on ceilings", () => {
  it.each([
    ["bis zu 120.000 €", 12_000_000],
    ["Aufwand von bis zu 185.000 € jährlich", 18_500_000],
    ["höchstens 5.000 €", 500_000],
    ["Die Kosten betragen maximal 80.000 Euro.", 8_000_000],
    ["ein Zuschuss von max. 2.500 €", 250_000],
    ["bis höchstens 1,2 Mio. €", 120_000_000],
    ["nicht mehr als 3.000 EUR", 300_000],
  ])("calls %j a ceiling", (text, cents) => {
    expect(findAmounts(text).map((a) => [a.cents, a.uncertain])).toEqual([[cents, "ceiling"]]);
  });

  it("leaves an amount without such a word certain, and marks only the amount the word stands before", () => {
    expect(findAmounts("Die Kosten betragen 80.000 €.")[0]?.uncertain).toBeUndefined();
    expect(findAmounts("Kosten von 12.000 €, davon höchstens 2.000 € für die Planung").map((a) => a.uncertain)).toEqual([undefined, "ceiling"]);
    // „bis zum 30.06.2027 12.000 €“: a date's „bis“ is no ceiling.
    expect(findAmounts("bis zum 30.06.2027 12.000 €")[0]?.uncertain).toBeUndefined();
  });

  it("keeps a range a range, with „bis“ between two amounts", () => {
    expect(findAmounts("120.000 bis 150.000 €").map((a) => a.uncertain)).toEqual(["range"]);
  });
});
