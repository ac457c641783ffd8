import { findAmounts, parseAmount } from "../../../src/core/german/money";

/**
 * DIN 5008 and many offices group digits with a (narrow) space: „1 250 000 €“. Such a figure is one amount, never
 * its last group („000 €“ is no 0 €). Where a plain space may as well stand between two numbers („Seite 3 400 €“),
 * the amount is found but said to be uncertain, and a range („120.000 bis 150.000 €“) is never a certain amount.
 */
describe("findAmounts with digits grouped by spaces", () => {
  it.each([
    ["1 250 000 € einmalig", 125_000_000],
    ["1\u00a0250\u00a0000 € einmalig", 125_000_000],
    ["1\u202f250\u202f000 € einmalig", 125_000_000],
    ["1\u2009250\u2009000 € einmalig", 125_000_000],
    ["12 400 €", 1_240_000],
    ["12\u202f400,50 EUR", 1_240_050],
    ["€ 12\u202f400", 1_240_000],
  ])("reads %j as one amount of %i cents", (text, cents) => {
    expect(findAmounts(text).map((a) => a.cents)).toEqual([cents]);
  });

  it("takes a grouped figure after a label, a preposition or a cost word as certain", () => {
    for (const text of ["Betrag: 12 400 € einmalig", "Kosten in Höhe von 12 400 €", "Gesamtkosten 1 250 000 €", "rund 12 400 €"]) {
      const [a] = findAmounts(text);
      expect(a?.cents === 1_240_000 || a?.cents === 125_000_000).toBe(true);
      expect(a?.uncertain).toBeUndefined();
    }
  });

  it("calls a plain-space grouping uncertain where the first digits may belong to the word before („Seite 3 400 €“)", () => {
    for (const text of ["Seite 3 400 €", "Los 2 500 €", "Nr. 7 100 €", "2025 12 400 €"]) {
      const amounts = findAmounts(text);
      expect(amounts).toHaveLength(1);
      expect(amounts[0]?.uncertain).toBe("grouping");
    }
  });

  it("never reads the last group of a spaced figure alone („12 400 €“ is not 400 €)", () => {
    expect(findAmounts("Seite 3 400 €").map((a) => a.cents)).not.toContain(40_000);
    expect(findAmounts("Los3 500 €")).toEqual([]);
  });

  it("reads an amount after a year as before („für 2025 500 € und für 2026 600 €“): four digits are no group", () => {
    expect(findAmounts("für 2025 500 € und für 2026 600 €").map((a) => [a.cents, a.uncertain])).toEqual([
      [50_000, undefined],
      [60_000, undefined],
    ]);
  });

  it("takes a figure after the currency as certain where it cannot be two numbers („EUR 1 250 000“, „€ 12 400.“)", () => {
    expect(findAmounts("Betrag: EUR 1 250 000 einmalig").map((a) => [a.cents, a.uncertain])).toEqual([[125_000_000, undefined]]);
    expect(findAmounts("Betrag: € 12 400.").map((a) => [a.cents, a.uncertain])).toEqual([[1_240_000, undefined]]);
    expect(findAmounts("für € 500 100 Räder")[0]?.uncertain).toBe("grouping");
  });

  it("parses a form field with a spaced figure", () => {
    expect(parseAmount("1\u202f250\u202f000,00 €")?.cents).toBe(125_000_000);
  });

  it("keeps apart amounts in neighbouring cells and a figure after a tab", () => {
    expect(findAmounts("2025\t400 €").map((a) => [a.cents, a.uncertain])).toEqual([[40_000, undefined]]);
    expect(findAmounts("1.450 T€ 1.285 T€").map((a) => a.cents)).toEqual([145_000_000, 128_500_000]);
  });
});

describe("findAmounts on ranges", () => {
  it.each([
    "Betrag: 120.000 bis 150.000 € einmalig",
    "Kosten von 120.000 – 150.000 €",
    "Kosten von 120.000–150.000 €",
    "zwischen 120.000 und 150.000 €",
    "120.000 € bis 150.000 €",
  ])("calls the amounts of %j a range", (text) => {
    const amounts = findAmounts(text);
    expect(amounts.length).toBeGreaterThan(0);
    for (const a of amounts) expect(a.uncertain).toBe("range");
  });

  it("does not take a ceiling or two separate amounts for a range", () => {
    // „bis zu“ is a ceiling (test/core/german/money-ceiling.test.ts), no end of a range.
    expect(findAmounts("bis zu 150.000 €")[0]?.uncertain).toBe("ceiling");
    expect(findAmounts("2.000 € für die Planung und 3.000 € für den Bau").map((a) => a.uncertain)).toEqual([undefined, undefined]);
    // A year before a dash is a label of the amount („Haushaltsjahr 2025 – 12.400 €“), not the lower end of a range.
    expect(findAmounts("Haushaltsjahr 2025 – 12.400 €")[0]?.uncertain).toBeUndefined();
    expect(findAmounts("2025 - 12.400 €")[0]?.uncertain).toBeUndefined();
    expect(findAmounts("12.400 € – 2026 weitere 5.000 €").map((a) => a.uncertain)).toEqual([undefined, undefined]);
    expect(findAmounts("1.500 – 2.000 €").map((a) => a.uncertain)).toEqual(["range"]);
  });
});
