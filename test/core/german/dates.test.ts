import { InvalidValueError } from "../../../src/core/errors";
import { findDates, formatDate, isValidIsoDate, parseDate } from "../../../src/core/german/dates";

describe("parseDate", () => {
  it.each([
    ["27.02.2024", "2024-02-27"],
    ["1.3.24", "2024-03-01"],
    ["12. Oktober 2009", "2009-10-12"],
    ["21. März 2024", "2024-03-21"],
    ["22.Mai 2022", "2022-05-22"],
    ["3. Maerz 2020", "2020-03-03"],
  ])("reads %s as %s", (text, iso) => {
    expect(parseDate(text)).toMatchObject({ start: iso, valid: true });
  });

  it("reads a two-day session '16./17.12.2025' as a range", () => {
    expect(parseDate("16./17.12.2025")).toMatchObject({ start: "2025-12-16", end: "2025-12-17", valid: true });
  });

  it("keeps an impossible date but marks it invalid, so that validation can say so", () => {
    expect(parseDate("31.02.2024")).toMatchObject({ start: "2024-02-31", valid: false });
    expect(parseDate("17./16.12.2025")?.valid).toBe(false);
  });

  it("refuses what is not a date", () => {
    for (const text of ["2024", "Vorlage 24-V-07-0001", "12. Brumaire 2009", "1.000 €"]) expect(parseDate(text)).toBeUndefined();
  });
});

describe("findDates", () => {
  it("finds every date in a text with its position", () => {
    const text = "(antragsgemäß Magistrat 27.02.2024 BP 0106), Sitzung am 21. März 2024";
    expect(findDates(text).map((d) => [d.start, d.index])).toEqual([
      ["2024-02-27", text.indexOf("27.02")],
      ["2024-03-21", text.indexOf("21. März")],
    ]);
  });
});

describe("formatDate", () => {
  it("writes a profile's house style", () => {
    expect(formatDate("2024-03-21", "numeric")).toBe("21.03.2024");
    expect(formatDate("2024-03-21", "long")).toBe("21. März 2024");
  });

  it("refuses a date that does not exist with a named error", () => {
    expect(() => formatDate("2024-02-30", "numeric")).toThrow(InvalidValueError);
    expect(() => formatDate("0024-01-05", "numeric")).toThrow(InvalidValueError);
  });
});

describe("isValidIsoDate", () => {
  it("knows leap years", () => {
    expect(isValidIsoDate("2024-02-29")).toBe(true);
    expect(isValidIsoDate("2023-02-29")).toBe(false);
    expect(isValidIsoDate("21.03.2024")).toBe(false);
  });
});
