import fc from "fast-check";
import { findHomeAddresses } from "../../../src/core/personal-data/address";
import { findBirthDates } from "../../../src/core/personal-data/birth-date";
import { findPersonalEmails } from "../../../src/core/personal-data/email";
import { findPersonalData, keepMostCertain } from "../../../src/core/personal-data/find-personal-data";
import { findIbans } from "../../../src/core/personal-data/iban";
import type { PersonalDataHit } from "../../../src/core/personal-data/kinds";
import { ownContactsOf } from "../../../src/core/personal-data/own-contacts";
import { possibleKinds } from "../../../src/core/personal-data/possible-kinds";
import { findTaxIds } from "../../../src/core/personal-data/tax-id";
import { findTelephoneNumbers } from "../../../src/core/personal-data/telephone";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { PERSONAL_DATA_SENTENCES } from "../../fixtures/personal-data/sentences";

const own = ownContactsOf(WIESBADEN.ownContacts);

/** Every finder run over the whole text, none left out: what findPersonalData found before it asked possibleKinds. */
const everyFinder = (text: string): readonly PersonalDataHit[] =>
  keepMostCertain([...findIbans(text), ...findTaxIds(text), ...findPersonalEmails(text, own), ...findBirthDates(text), ...findTelephoneNumbers(text, own), ...findHomeAddresses(text, own)]);

const EVERYTHING =
  "Herr Jürgen Weiß, geb. am 12.03.1968, wohnhaft Adolfsallee 27, 65185 Wiesbaden, Tel. 0171 2345678, E-Mail anna.meier@gmx.de, " +
  "Steuer-ID 87 961 462 032, erhält 500 € auf das Konto DE94 6923 2321 2407 7108 27.";

/** Pieces of personal data and of the words around it, put together at random: texts that hold some kinds and nearly hold others. */
const PIECES = [
  "DE94 6923 2321 2407 7108 27", "DE94692323212407710827", "DE12", "AB CD", "87 961 462 032", "87961462032", "12345678901", "0171 2345678", "+49 611 312345",
  "(0611) 31-2345", "0049 611 312345", "0611", "+", "(0)", "anna.meier@gmx.de", "@", "info@wiesbaden.de", "12.03.1968", "3. März 1945", "2.2.33", "1.1.",
  "Adolfsallee 27", "Am Weinberg 3", "Bahnhofstraße 12a", "65185 Wiesbaden", "Herr Jürgen Weiß,", "Frau Öztürk,", "geb. am", "geboren", "Geburtsdatum:", "*",
  "wohnhaft", "Anschrift", "Tel.", "Mobil", "Rufnummer", "Steuer-ID", "IdNr", "E-Mail", "IBAN", "Konto", "(12);", "Ziffer 2.1", "1.000 €", "0", "7", "42",
  ".", ",", ":", "-", "/", " ", "\t", "\n", "und",
];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(" "));
const glued = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(""));
const digitsAndWords = fc.string({ unit: fc.constantFrom(..."0123456789 .,-/+()@DEABTel:strasse".split("")), maxLength: 60 });

describe("the kinds a text can hold, decided in one pass before the finders run", () => {
  it("rules out every kind in a clause whose only digits number it („(12);“) and in a text without digit or „@“", () => {
    const none = { iban: false, telefon: false, email: false, geburtsdatum: false, "steuer-id": false, anschrift: false };
    expect(possibleKinds("die Verwaltung beauftragt wird, dem Ausschuss halbjährlich zu berichten (12);")).toEqual(none);
    expect(possibleKinds("Herr Jürgen Weiß, wohnhaft Am Markt, Tel. unbekannt")).toEqual(none);
    expect(possibleKinds("")).toEqual(none);
  });

  it("keeps each kind possible where the text holds one", () => {
    expect(possibleKinds("Konto DE94 6923 2321 2407 7108 27").iban).toBe(true);
    expect(possibleKinds("Steuer-ID 87961462032")["steuer-id"]).toBe(true);
    expect(possibleKinds("anna.meier@gmx.de").email).toBe(true);
    expect(possibleKinds("geb. am 1.1.25").geburtsdatum).toBe(true);
    expect(possibleKinds("Mobil +4915112345").telefon).toBe(true);
    expect(possibleKinds("wohnhaft Am Weinberg 3").anschrift).toBe(true);
  });

  it("every hit of every finder holds in its own characters what its kind needs, over the labelled set", () => {
    const texts = [EVERYTHING, ...PERSONAL_DATA_SENTENCES.map((s) => s.text)];
    const hits = texts.flatMap((text) => everyFinder(text).map((h) => ({ kind: h.kind, written: text.slice(h.start, h.end) })));
    expect(new Set(hits.map((h) => h.kind))).toEqual(new Set(["iban", "telefon", "email", "geburtsdatum", "steuer-id", "anschrift"]));
    expect(hits.filter((h) => !possibleKinds(h.written)[h.kind])).toEqual([]);
  });

  it("finds exactly what every finder run over the whole text finds, over the labelled set", () => {
    for (const text of [EVERYTHING, ...PERSONAL_DATA_SENTENCES.map((s) => s.text)]) expect(findPersonalData(text, own)).toEqual(everyFinder(text));
  });

  it("finds exactly what every finder run over the whole text finds, however the pieces are put together", () => {
    fc.assert(
      fc.property(fc.oneof(pieced, glued, digitsAndWords), (text) => {
        expect(findPersonalData(text, own)).toEqual(everyFinder(text));
        for (const h of everyFinder(text)) expect(possibleKinds(text.slice(h.start, h.end))[h.kind]).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
