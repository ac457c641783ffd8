import { findDates, parseDate } from "../../../src/core/german/dates";

/** ISO 8601 dates („2025-06-12“), as forms and exported systems write them, are dates like „12.06.2025“. */
describe("findDates on ISO 8601 dates", () => {
  it("reads „2025-06-12“ as 12 June 2025", () => {
    expect(findDates("Sitzungsdatum: 2025-06-12").map((d) => [d.start, d.valid, d.text])).toEqual([["2025-06-12", true, "2025-06-12"]]);
    expect(parseDate("2025-06-12")?.start).toBe("2025-06-12");
  });

  it("keeps an impossible ISO day, marked invalid", () => expect(findDates("2025-02-30")[0]?.valid).toBe(false));

  it("does not take parts of numbers, file names or references for a date", () => {
    for (const text of ["Vorlage 25-V-03-0042", "Az. 12-2025-06-12", "2025-06-123", "2025-13-01", "2025-06-00", "Drucksache 1234-56-78"]) expect(findDates(text)).toEqual([]);
  });

  it("finds German and ISO dates in order", () => {
    expect(findDates("am 2025-06-12, sonst am 19.06.2025").map((d) => d.start)).toEqual(["2025-06-12", "2025-06-19"]);
  });
});
