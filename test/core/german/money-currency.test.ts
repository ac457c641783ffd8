import fc from "fast-check";
import { findAmounts } from "../../../src/core/german/money";

/**
 * findAmounts searches only a text that names a currency. Appending „\nx€ xEUR xEuro“ names
 * each of them without adding an amount (no number stands before or after them), so the search
 * of the longer text is the one without that shortcut: both must find the same.
 */
const searched = (text: string) => findAmounts(`${text}\nx€ xEUR xEuro`);

const PIECES = [
  "1.000", "1.000,00", "12.400,00", "530.000", "6.954.000,--", "10.073", "1,4", "2,5", "0", "7", "2024", "21.03.2024", "-5.000", "\u22125.000", "A12.000", "1e999",
  "€", "EUR", "Euro", "Eur", "euro", "T€", "T", "Mio.", "Mio", "Mrd.", "Tsd.", "Tausend", "Millionen", "rund", "ca.", "etwa", "knapp",
  "Gesamtkosten:", "davon", "jährlich", "§ 127", "Ziffer 2.1", "(12);", ".", ",", ":", "-", "–", " ", "  ", "\n", "\t", "und", "für",
];

describe("amounts only where a currency is named", () => {
  it("finds no amount in a text without „€“, „EUR“ or „Euro“, where the search with one finds none either", () => {
    for (const text of ["Am 21.03.2024 nach § 127 GWB für 2024 beschlossen", "die Verwaltung wird beauftragt (12);", "1.000 Stück zu 5 je Stück"]) {
      expect(findAmounts(text)).toEqual([]);
      expect(searched(text)).toEqual([]);
    }
  });

  it("finds the same amounts, at the same places, as the search of a text that names a currency", () => {
    const text = fc.oneof(
      fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((p) => p.join(" ")),
      fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((p) => p.join("")),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(findAmounts(t)).toEqual(searched(t));
      }),
      { numRuns: 3000 },
    );
  });
});
