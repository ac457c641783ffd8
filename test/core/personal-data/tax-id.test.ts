import { findTaxIds, isValidTaxId } from "../../../src/core/personal-data/tax-id";

describe("Steuer-Identifikationsnummer (§ 139b AO, ISO 7064 MOD 11,10)", () => {
  it("accepts eleven digits with the right check digit, grouped or not", () => {
    expect(isValidTaxId("87961462032")).toBe(true);
    expect(isValidTaxId("87 961 462 032")).toBe(true);
    // A check digit that comes out as 10 is written 0.
    expect(isValidTaxId("53220748962")).toBe(true);
  });

  it("refuses a wrong check digit, a leading zero, the wrong length and impossible digit patterns", () => {
    expect(isValidTaxId("87961462033")).toBe(false);
    expect(isValidTaxId("07961462032")).toBe(false);
    expect(isValidTaxId("8796146203")).toBe(false);
    // No digit repeated among the first ten, or two repeated, or one three times in a row.
    expect(isValidTaxId("12345678903")).toBe(false);
    expect(isValidTaxId("11223456789")).toBe(false);
    expect(isValidTaxId("11123456789")).toBe(false);
  });

  it("finds a valid id named as such or written in the official grouping", () => {
    expect(findTaxIds("Steuer-ID: 87961462032").map((h) => h.kind)).toEqual(["steuer-id"]);
    expect(findTaxIds("Empfänger 87 961 462 032, Zahlung 2025")).toHaveLength(1);
    expect(findTaxIds("steuerliche Identifikationsnummer 93821470053.")).toHaveLength(1);
  });

  it("leaves eleven plain digits without a name alone, and a wrong check digit even when named", () => {
    expect(findTaxIds("Kassenzeichen 87961462032")).toEqual([]);
    expect(findTaxIds("Steuer-ID 87961462033")).toEqual([]);
    expect(findTaxIds("Umsatzsteuer-Identifikationsnummer 87961462032")).toEqual([]);
    expect(findTaxIds("Betrag 1.87961462032")).toEqual([]);
  });
});
