import fc from "fast-check";
import { decimalComma, groupThousands, shareOfPercent } from "../../../src/core/german/digits";

// Intl is the oracle here: the functions replace it and must print exactly what it prints for de-DE.
const intlGrouped = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 0, useGrouping: true });
const intlShare = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 10, useGrouping: false });

describe("German digits without Intl", () => {
  it("groups whole numbers by thousands with a point, as Intl's de-DE does", () => {
    expect(groupThousands(0)).toBe("0");
    expect(groupThousands(999)).toBe("999");
    expect(groupThousands(1000)).toBe("1.000");
    expect(groupThousands(1234567)).toBe("1.234.567");
    expect(groupThousands(-12000)).toBe("-12.000");
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => groupThousands(n) === intlGrouped.format(n)), { numRuns: 2000 });
  });

  it("writes a decimal comma with at most ten places and no grouping, as Intl's de-DE does for shares", () => {
    expect(decimalComma(50, 10)).toBe("50");
    expect(decimalComma(100, 10)).toBe("100");
    expect(decimalComma(12.5, 10)).toBe("12,5");
    expect(decimalComma((1 / 3) * 100, 10)).toBe("33,3333333333");
    expect(decimalComma(0.07 * 100, 10)).toBe("7");
    const shares = fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x * 100),
      fc.integer({ min: 0, max: 10000 }).map((x) => x / 100),
      fc.integer({ min: 0, max: 1000 }).map((x) => (x / 1000) * 100),
    );
    fc.assert(fc.property(shares, (x) => decimalComma(x, 10) === intlShare.format(x)), { numRuns: 5000 });
  });

  it("refuses what it cannot print the same way (fractions for grouping, exponents)", () => {
    expect(() => groupThousands(1.5)).toThrow(RangeError);
    expect(() => decimalComma(1e21, 2)).toThrow(RangeError);
    expect(() => decimalComma(Number.NaN, 2)).toThrow(RangeError);
  });

  it("reads a percentage as the share its decimal names, not as the percentage divided by 100", () => {
    expect(shareOfPercent("54,27")).toBe(0.5427); // 54.27 / 100 is 0.5427000000000001
    expect(shareOfPercent("2,2")).toBe(0.022);
    expect(shareOfPercent(" 12.5 ")).toBe(0.125);
    expect(shareOfPercent("100")).toBe(1);
    expect(shareOfPercent("0")).toBe(0);
    expect(shareOfPercent("-5")).toBe(-0.05);
    for (const bad of ["", "zwölf", "1e3", "5 %", "1,2,3"]) expect(shareOfPercent(bad)).toBeNaN();
    // The oracle: the same decimal written as a share, digit by digit (54,27 → "0.5427").
    const percent = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(percent, ([whole, fraction, places]) => {
        const after = String(fraction).padStart(4, "0").slice(0, places);
        const typed = places === 0 ? String(whole) : `${whole},${after}`;
        const digits = String(whole).padStart(3, "0") + after;
        const share = Number(`${digits.slice(0, -2 - after.length) || "0"}.${digits.slice(-2 - after.length)}`);
        return shareOfPercent(typed) === share;
      }),
      { numRuns: 5000 },
    );
  });
});
