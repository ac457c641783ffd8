import { InvalidProfileError } from "../../../src/core/errors";
import { findPersonalData, keepMostCertain } from "../../../src/core/personal-data/find-personal-data";
import type { PersonalDataHit, PersonalDataKind } from "../../../src/core/personal-data/kinds";
import { ownContactsOf } from "../../../src/core/personal-data/own-contacts";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";

describe("the administration's own contacts", () => {
  it("come from the built-in profiles of Wiesbaden and Karlsruhe", () => {
    const wi = ownContactsOf(WIESBADEN.ownContacts);
    expect(wi.domains).toEqual(["wiesbaden.de"]);
    expect(wi.telephonePrefixes).toEqual(["4961131"]);
    expect(wi.addresses.has("schlossplatz|6")).toBe(true);
    const ka = ownContactsOf(KARLSRUHE.ownContacts);
    expect(ka.domains).toEqual(["karlsruhe.de"]);
    expect(ka.telephonePrefixes).toEqual(["49721133"]);
    expect(ka.addresses.has("karlfriedrichstrasse|10")).toBe(true);
  });

  it("refuse an address that does not read as street and number, and a mailbox pattern that does not compile", () => {
    expect(() => ownContactsOf({ addresses: ["Rathaus"] })).toThrow(InvalidProfileError);
    expect(() => ownContactsOf({ addresses: ["Rathaus"] })).toThrow("/ownContacts/addresses/0");
    expect(() => ownContactsOf({ functionalMailboxes: ["amt(["] })).toThrow("/ownContacts/functionalMailboxes/0");
  });
});

describe("all detectors together", () => {
  const own = ownContactsOf(WIESBADEN.ownContacts);

  it("report each piece once, in reading order, the more certain detector keeping contested characters", () => {
    const text = "Herr Weiß, geb. am 12.03.1968, Tel. 0611 445566, Konto DE89 3704 0044 0532 0130 00, j.weiss@gmx.net";
    expect(findPersonalData(text, own).map((h) => h.kind)).toEqual(["geburtsdatum", "telefon", "iban", "email"]);
  });

  it("find nothing in ordinary decision text", () => {
    const text =
      "Es wird beschlossen, dass für die Maßnahme 1.250.000 € aus der Haushaltsstelle 1.1.2.01.0001 bereitgestellt werden " +
      "(Drucksache 1391/16; § 50 Abs. 1 Nr. 2 HGO; Sitzung am 21.03.2024; Vorlagen-Nr. 24-V-07-0001).";
    expect(findPersonalData(text, own)).toEqual([]);
  });
});

describe("overlapping claims", () => {
  const hit = (kind: PersonalDataKind, start: number, end: number): PersonalDataHit => ({ kind, start, end });

  it("keep the first-listed (more certain) hit and drop a later one overlapping it on either side", () => {
    const iban = hit("iban", 10, 20);
    expect(keepMostCertain([iban, hit("telefon", 5, 11), hit("telefon", 19, 25), hit("telefon", 12, 14)])).toEqual([iban]);
  });

  it("keep hits that only touch, in reading order", () => {
    const hits = [hit("iban", 10, 20), hit("email", 20, 30), hit("telefon", 0, 10), hit("anschrift", 40, 50), hit("telefon", 30, 40)];
    expect(keepMostCertain(hits).map((h) => h.start)).toEqual([0, 10, 20, 30, 40]);
  });
});
