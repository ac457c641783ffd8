import fc from "fast-check";
import { fromRoman } from "../../../../src/core/numbering/counters";
import { normalizeNumber } from "../../../../src/core/numbering/derive-numbers";
import { counterOfNormal, lastCounter, normalNumber } from "../../../../src/core/validation/rules/number-text";

/** The numbering rule's counter as it was read before (issue 23): the reference the fast one is held to. */
function lastCounterBefore(text: string): number | undefined {
  const last = normalizeNumber(text).split(".").pop() ?? "";
  if (/^\d+$/.test(last)) return Number(last);
  if (/^[a-z]$/i.test(last)) return last.toLowerCase().charCodeAt(0) - 96;
  return fromRoman(last.toUpperCase());
}

/** Numbers as documents write them, and what else can stand where one is expected. */
const written = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."0123456789.()abcIVXLivx ".split("")), maxLength: 10 }),
  fc.string({ unit: fc.constantFrom("1", "2", ".", ")", "(", " ", "\u00a0", "\t", "\n", "\u2009", "\u3000", "\ufeff", "ä", "Ⅳ", "１", "-", "a"), maxLength: 8 }),
  fc.string({ maxLength: 8 }),
  fc.tuple(fc.integer({ min: 0, max: 120 }), fc.constantFrom("", ".", ")", ".)", "..")).map(([n, end]) => `${n}${end}`),
);

describe("clause numbers read for the numbering rule", () => {
  it("normalises every text as normalizeNumber does", () => {
    fc.assert(fc.property(written, (t) => expect(normalNumber(t)).toBe(normalizeNumber(t))), { numRuns: 5000 });
    for (const t of ["12.", "2.1", "2.1.", "b)", "(1)", " 3 .", "II.", "", "...", "1\u00a0.", "(", "a.b)"]) expect(normalNumber(t)).toBe(normalizeNumber(t));
  });

  it("reads the last counter as before, of the text and of its normal form", () => {
    fc.assert(
      fc.property(written, (t) => {
        expect(lastCounter(t)).toBe(lastCounterBefore(t));
        expect(counterOfNormal(normalizeNumber(t))).toBe(lastCounterBefore(t));
      }),
      { numRuns: 5000 },
    );
    expect([lastCounter("1.3"), lastCounter("c)"), lastCounter("II."), lastCounter("007"), lastCounter("x")]).toEqual([3, 3, 2, 7, 24]);
  });
});
