import { InvalidValueError } from "../../../src/core/errors";
import { fromRoman, toLetters, toRoman } from "../../../src/core/numbering/counters";

describe("toRoman / fromRoman", () => {
  it("round-trip every number from 1 to 3999", () => {
    for (let n = 1; n <= 3999; n++) expect(fromRoman(toRoman(n))).toBe(n);
  });

  it("read Dezernat numerals like VII and reject non-canonical forms", () => {
    expect(fromRoman("VII")).toBe(7);
    expect(fromRoman("IIII")).toBeUndefined();
    expect(fromRoman("7")).toBeUndefined();
  });

  it("refuse numbers without a Roman numeral with a named error", () => {
    expect(() => toRoman(0)).toThrow(InvalidValueError);
    expect(() => toRoman(1.5)).toThrow(/whole numbers/);
  });
});

describe("toLetters", () => {
  it("counts a … z, then aa, ab like a word processor", () => {
    expect([1, 2, 26, 27, 28, 52, 53].map(toLetters)).toEqual(["a", "b", "z", "aa", "ab", "az", "ba"]);
    expect(() => toLetters(0)).toThrow(InvalidValueError);
  });
});
