import { ownContactsOf } from "../../../src/core/personal-data/own-contacts";
import { findTelephoneNumbers } from "../../../src/core/personal-data/telephone";
import { telephoneDigits } from "../../../src/core/personal-data/telephone-digits";

const own = ownContactsOf({ telephonePrefixes: ["0611 31"] });
const found = (text: string) => findTelephoneNumbers(text, own).map((h) => text.slice(h.start, h.end));

describe("telephone numbers", () => {
  it("reads every way of writing one number as the same international digits", () => {
    for (const written of ["0611 312345", "0611 31-23 45", "(0611) 312345", "0611/312345", "+49 611 312345", "+49 (0) 611 312345", "0049 611 312345"]) {
      expect(telephoneDigits(written)).toBe("49611312345");
    }
    expect(telephoneDigits("+43 1 234567")).toBe("431234567");
    expect(telephoneDigits("115")).toBe("115");
  });

  it("finds a number named as telephone, fax or mobile number, in DIN 5008 and older forms", () => {
    expect(found("Tel. 0611 445566")).toEqual(["0611 445566"]);
    expect(found("Telefon (0611) 52 98 76, montags")).toEqual(["(0611) 52 98 76"]);
    expect(found("Fax: 069 12345678.")).toEqual(["069 12345678"]);
    expect(found("Durchwahl 06122 70-80")).toEqual(["06122 70-80"]);
    expect(found("Sie erreichen mich unter 0611 445566.")).toEqual(["0611 445566"]);
    expect(found("Kontakt: 06131 234567")).toEqual(["06131 234567"]);
    expect(found("Rufen Sie Frau Wirth an: 06122/9 87 65.")).toEqual(["06122/9 87 65"]);
  });

  it("finds numbers with a country code, a bracketed area code or a mobile prefix without a word before them", () => {
    expect(found("unter +49 6122 98765 zu erreichen")).toEqual(["+49 6122 98765"]);
    expect(found("Nummer des Zeugen 0157 71234567")).toEqual(["0157 71234567"]);
    expect(found("Der Zeuge hat 0157 71234567 angegeben.")).toEqual(["0157 71234567"]);
    expect(found("Bitte (06131) 234567 anrufen")).toEqual(["(06131) 234567"]);
  });

  it("leaves the administration's own numbers alone, however written", () => {
    expect(found("Tel. 0611 31-2345, Zentrale 0611 31-0, +49 611 31 4567, (0611) 31-4599")).toEqual([]);
  });

  it("does not take Kostenstellen, Aktenzeichen, dates, amounts or short numbers for telephone numbers", () => {
    expect(found("Kostenstelle 0100 2300, Produkt 01.02.03")).toEqual([]);
    expect(found("Aktenzeichen 61.2-01/2024-0815")).toEqual([]);
    expect(found("Telefonkosten 12.500 € ab 01.01.2025")).toEqual([]);
    expect(found("Telefon: die Behördennummer 115")).toEqual([]);
    expect(found("Tel. 0611 12")).toEqual([]);
  });
});
