import { amountForReader, dateForReader } from "../../src/i18n/reader-formats";

const auto = { decimals: "auto", currency: "€" } as const;
const always = { decimals: "always", currency: "EUR" } as const;

describe("amounts as the reader of a message reads them", () => {
  it("keeps the house style in German output", () => {
    expect(amountForReader(1_240_000, "de", auto)).toBe("12.400\u00a0€");
    expect(amountForReader(1_240_050, "de", always)).toBe("12.400,50\u00a0EUR");
  });

  it("writes English grouping and a decimal point in English output, so 12.400 € is not read as twelve euros forty", () => {
    expect(amountForReader(1_240_000, "en", auto)).toBe("€12,400");
    expect(amountForReader(1_240_050, "en", auto)).toBe("€12,400.50");
    expect(amountForReader(123_456_789_00, "en", always)).toBe("€123,456,789.00");
    expect(amountForReader(-5, "en", auto)).toBe("-€0.05");
  });

  it("refuses what is no whole number of cents in either language", () => {
    expect(() => amountForReader(1.5, "en", auto)).toThrow();
    expect(() => amountForReader(1.5, "de", auto)).toThrow();
  });
});

describe("dates as the reader of a message reads them", () => {
  it("uses the house style in German and ISO 8601 in English", () => {
    expect(dateForReader("2027-03-12", "de", "numeric")).toBe("12.03.2027");
    expect(dateForReader("2027-03-12", "de", "long")).toBe("12. März 2027");
    expect(dateForReader("2027-03-12", "en", "numeric")).toBe("2027-03-12");
  });

  it("shows a value that is no date as it was found", () => {
    expect(dateForReader("2027-02-30", "en", "numeric")).toBe("2027-02-30");
    expect(dateForReader("demnächst", "de", "long")).toBe("demnächst");
  });
});
