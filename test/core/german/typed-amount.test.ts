import fc from "fast-check";
import { formatAmount, parseAmount } from "../../../src/core/german/money";
import { groupThousands } from "../../../src/core/german/digits";
import { parseTypedAmount } from "../../../src/core/german/typed-amount";

describe("parseTypedAmount", () => {
  it.each([
    ["1000", 100_000],
    ["1.000", 100_000],
    ["1.000,50", 100_050],
    ["1000,00", 100_000],
    ["1000,5", 100_050],
    ["1000 €", 100_000],
    ["1.000 EUR", 100_000],
    ["1 000 €", 100_000],
    ["1\u00a0000\u00a0€", 100_000],
    ["1.000€", 100_000],
    ["€ 1.000", 100_000],
    ["24.600,00 €", 2_460_000],
    ["6.954.000,-- €", 695_400_000],
    ["  530.000 Euro ", 53_000_000],
    ["0", 0],
  ])("reads %j as %i cents", (text, cents) => {
    expect(parseTypedAmount(text)).toEqual({ ok: true, cents });
  });

  it.each(["1.00", "1,000", "1,000.50", "1.5", "1.000.5", "12.34 €"])("refuses %j as ambiguous", (text) => {
    expect(parseTypedAmount(text)).toEqual({ ok: false, problem: "ambiguous" });
  });

  it.each(["abc", "1.000 € und 2 €", "-5", "1,2,3", "€", "10 000.000", "1000 $", "12a"])("refuses %j as no amount", (text) => {
    expect(parseTypedAmount(text)).toEqual({ ok: false, problem: "invalid" });
  });

  it("leaves an empty field to the checks of the Vorlage", () => {
    expect(parseTypedAmount("   ")).toBeUndefined();
  });

  it("refuses an amount beyond exact cents", () => {
    expect(parseTypedAmount("99999999999999999999")).toEqual({ ok: false, problem: "tooLarge" });
  });

  it("reads back every amount formatted in any house style", () => {
    const styles = fc.record({ decimals: fc.constantFrom("auto" as const, "always" as const), currency: fc.constantFrom("€" as const, "EUR" as const, "Euro" as const) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), styles, (cents, style) => {
        expect(parseTypedAmount(formatAmount(cents, style))).toEqual({ ok: true, cents });
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back whole euros typed bare, grouped or not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Math.floor(Number.MAX_SAFE_INTEGER / 100) }), (euros) => {
        expect(parseTypedAmount(String(euros))).toEqual({ ok: true, cents: euros * 100 });
        expect(parseTypedAmount(groupThousands(euros))).toEqual({ ok: true, cents: euros * 100 });
      }),
      { numRuns: 1000 },
    );
  });

  it("does not change how documents are read: a bare number is still no amount there", () => {
    expect(parseAmount("1000")).toBeUndefined();
    expect(parseAmount("1.000")).toBeUndefined();
  });
});

describe("parseTypedAmount with typographic group spaces", () => {
  it.each(["1\u00a0250\u00a0000 €", "1\u202f250\u202f000 €", "1\u2009250\u2009000 €"])("reads %j as 1.250.000 €", (text) => {
    expect(parseTypedAmount(text)).toEqual({ ok: true, cents: 125_000_000 });
  });
});
