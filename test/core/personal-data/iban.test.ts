import { findIbans, isValidIban } from "../../../src/core/personal-data/iban";

describe("IBAN (ISO 13616, MOD 97-10)", () => {
  it("accepts the standard's German example, grouped or in one piece, in either case", () => {
    expect(isValidIban("DE89 3704 0044 0532 0130 00")).toBe(true);
    expect(isValidIban("DE89370400440532013000")).toBe(true);
    expect(isValidIban("de89370400440532013000")).toBe(true);
  });

  it("accepts IBANs of other countries with their own length, letters in the BBAN too", () => {
    expect(isValidIban("NL56 ABNA 1157 7577 96")).toBe(true);
    expect(isValidIban("GB82 WEST 1234 5698 7654 32")).toBe(true);
    expect(isValidIban("AT61 4784 0359 9435 3865")).toBe(true);
  });

  it("refuses a changed digit, swapped digits, a wrong length for the country, and what is no IBAN", () => {
    expect(isValidIban("DE89 3704 0044 0532 0130 01")).toBe(false);
    expect(isValidIban("DE89 3704 0044 0523 0130 00")).toBe(false);
    expect(isValidIban("DE89 3704 0044 0532 0130 0")).toBe(false);
    expect(isValidIban("DE00 0000 0000 0000 0000 00")).toBe(false);
    expect(isValidIban("24-V-07-0001")).toBe(false);
  });

  it("finds valid IBANs in a sentence with their place, and not the broken one", () => {
    const text = "Zahlung auf DE89 3704 0044 0532 0130 00, nicht auf DE89 3704 0044 0532 0130 01.";
    expect(findIbans(text)).toEqual([{ kind: "iban", start: 12, end: 39 }]);
    expect(text.slice(12, 39)).toBe("DE89 3704 0044 0532 0130 00");
  });

  it("does not take in a following group of capitals", () => {
    const text = "Konto DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX";
    const [hit] = findIbans(text);
    expect(text.slice(hit!.start, hit!.end)).toBe("DE89 3704 0044 0532 0130 00");
    expect(findIbans("IBAN DE89 3704 0044 0532 0130 00 ABCD")).toHaveLength(1);
  });
});
