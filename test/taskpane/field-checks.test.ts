import { checkField, germanDate, readGermanDate } from "../../src/taskpane/components/field-checks";

describe("input checks at the field", () => {
  it("names a Betrag that is no amount instead of dropping it", () => {
    expect(checkField("amount", "abc")).toBe("amount");
    expect(checkField("amount", "1.000 €")).toBeUndefined();
    expect(checkField("amount", "24.600,00 €")).toBeUndefined();
    expect(checkField("amount", "1.000\u00a0€")).toBeUndefined();
  });

  it("wants a four-digit Haushaltsjahr: „24“ is not taken for 2024 or anything else", () => {
    expect(checkField("year", "24")).toBe("year");
    expect(checkField("year", "20245")).toBe("year");
    expect(checkField("year", "2024")).toBeUndefined();
  });

  it("reads dates the German way, and refuses impossible or American ones", () => {
    expect(readGermanDate("21.03.2024")).toBe("2024-03-21");
    expect(readGermanDate("21.3.24")).toBe("2024-03-21");
    expect(readGermanDate("21. März 2024")).toBe("2024-03-21");
    expect(readGermanDate("31.02.2024")).toBeUndefined();
    expect(readGermanDate("03/21/2024")).toBeUndefined();
    expect(readGermanDate("21.03.2024 und mehr")).toBeUndefined();
    expect(checkField("date", "31.02.2024")).toBe("date");
    expect(germanDate("2024-03-21")).toBe("21.03.2024");
  });

  it("takes shares above 0 up to 100 per cent with a decimal comma, and agenda points as numbers", () => {
    expect(checkField("share", "50")).toBeUndefined();
    expect(checkField("share", "33,5")).toBeUndefined();
    expect(checkField("share", "0")).toBe("share");
    expect(checkField("share", "120")).toBe("share");
    expect(checkField("share", "halb")).toBe("share");
    expect(checkField("punkt", "10")).toBeUndefined();
    expect(checkField("punkt", "10a")).toBeUndefined();
    expect(checkField("punkt", "zehn")).toBe("punkt");
  });

  it("leaves empty fields to the Prüfen tab", () => {
    for (const kind of ["date", "amount", "year", "share", "punkt"] as const) expect(checkField(kind, "  ")).toBeUndefined();
  });
});
