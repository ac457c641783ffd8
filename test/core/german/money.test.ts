import { InvalidValueError } from "../../../src/core/errors";
import { findAmounts, formatAmount, parseAmount } from "../../../src/core/german/money";

describe("parseAmount", () => {
  it.each([
    ["1.000 €", 100_000],
    ["1.000,00 EUR", 100_000],
    ["24.600,00 €", 2_460_000],
    ["rund 530.000 Euro", 53_000_000],
    ["6.954.000,-- €", 695_400_000],
    ["10.073 T€", 1_007_300_000],
    ["1,4 Mio. Euro", 140_000_000],
    ["655.910,66 €", 65_591_066],
    ["€ 2.500", 250_000],
    ["0 €", 0],
    ["2,5 Mrd. €", 250_000_000_000],
    ["12,5 Tsd. Euro", 1_250_000],
  ])("reads %s as %i cents", (text, cents) => {
    expect(parseAmount(text)?.cents).toBe(cents);
  });

  it("marks 'rund' and 'ca.' amounts as approximate", () => {
    expect(parseAmount("rund 530.000 Euro")?.approximate).toBe(true);
    expect(parseAmount("ca. 5 €")?.approximate).toBe(true);
    expect(parseAmount("530.000 Euro")?.approximate).toBe(false);
  });

  it("refuses what is not a single amount of money", () => {
    for (const text of ["2024", "1.000", "1.000 € und 2 €", "Euro", "1,234 €"]) expect(parseAmount(text)).toBeUndefined();
  });
});

describe("findAmounts", () => {
  it("finds every amount in a clause, in order, with its position", () => {
    const text = "Gesamtkosten: 5.325.000 €, davon 193.500 € jährlich; Auftragssumme € 655.910,66.";
    expect(findAmounts(text).map((a) => [a.cents, a.text])).toEqual([
      [532_500_000, "5.325.000 €"],
      [19_350_000, "193.500 €"],
      [65_591_066, "€ 655.910,66"],
    ]);
    expect(findAmounts(text)[1]?.index).toBe(text.indexOf("193.500"));
  });

  it("does not take years, dates or paragraph numbers for money", () => {
    expect(findAmounts("Am 21.03.2024 nach § 127 GWB für 2024 beschlossen")).toEqual([]);
  });
});

describe("findAmounts on figures that are not a plain amount", () => {
  it("takes no part of a number glued to letters for an amount („1e999 €“ is not 999 €, „Los3 500 €“ not 3 500)", () => {
    expect(findAmounts("Gesamtkosten 1e999 €")).toEqual([]);
    expect(findAmounts("Kostenstelle A12.000 €")).toEqual([]);
    expect(findAmounts("Gesamtkosten: 12.000 €").map((a) => a.cents)).toEqual([1_200_000]);
  });

  it("leaves out an amount with a minus sign on it rather than reading it as positive (a Minderertrag of -5.000 € is no cost of 5.000 €)", () => {
    expect(findAmounts("Minderertrag -5.000,00 €")).toEqual([]);
    expect(findAmounts("Minderertrag \u22125.000 €")).toEqual([]);
    // A dash before a space is a list dash or a range, not a sign.
    expect(findAmounts("- 5.000 € für die Planung").map((a) => a.cents)).toEqual([500_000]);
    expect(findAmounts("zwischen 4.000 und 5.000 €").map((a) => a.cents)).toEqual([500_000]);
  });
});

describe("findAmounts in neighbouring cells", () => {
  it("does not start a second amount at the first one's currency sign („1.450 T€ 1.285 T€“ is two amounts, not three)", () => {
    expect(findAmounts("1.450 T€\t1.285 T€").map((a) => a.cents)).toEqual([145_000_000, 128_500_000]);
    expect(findAmounts("Kosten 2.000 € 1.000 € Zuschuss").map((a) => a.cents)).toEqual([200_000, 100_000]);
    expect(findAmounts("Gesamtkosten: € 2.500").map((a) => a.cents)).toEqual([250_000]);
  });
});

describe("formatAmount", () => {
  it("writes whole euros without decimals in Wiesbaden's style and with them in Karlsruhe's", () => {
    expect(formatAmount(100_000, { decimals: "auto", currency: "€" })).toBe("1.000\u00a0€");
    expect(formatAmount(100_050, { decimals: "auto", currency: "€" })).toBe("1.000,50\u00a0€");
    expect(formatAmount(65_591_066, { decimals: "always", currency: "EUR" })).toBe("655.910,66\u00a0EUR");
    expect(formatAmount(-1_000, { decimals: "always", currency: "Euro" })).toBe("-10,00\u00a0Euro");
  });

  it("round-trips through parseAmount", () => {
    for (const cents of [0, 1, 99, 100_000, 123_456_789]) {
      expect(parseAmount(formatAmount(cents, { decimals: "always", currency: "€" }).replace("\u00a0", " "))?.cents).toBe(cents);
    }
  });

  it("refuses fractions of a cent with a named error", () => {
    expect(() => formatAmount(1.5, { decimals: "auto", currency: "€" })).toThrow(InvalidValueError);
  });
});
