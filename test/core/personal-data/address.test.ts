import { findHomeAddresses } from "../../../src/core/personal-data/address";
import { addressKey, parseAddress } from "../../../src/core/personal-data/street-address";
import { ownContactsOf } from "../../../src/core/personal-data/own-contacts";

const own = ownContactsOf({ addresses: ["Schlossplatz 6, 65183 Wiesbaden", "Karl-Friedrich-Straße 10"] });
const found = (text: string) => findHomeAddresses(text, own).map((h) => text.slice(h.start, h.end));

describe("street addresses", () => {
  it("reads street, number, postcode and place in the forms streets are named", () => {
    expect(parseAddress("Adolfsallee 27, 65185 Wiesbaden")).toEqual({ street: "Adolfsallee", number: "27", postcode: "65185", place: "Wiesbaden" });
    expect(parseAddress("Biebricher Allee 140")).toMatchObject({ street: "Biebricher Allee", number: "140" });
    expect(parseAddress("Am Weinberg 3")).toMatchObject({ street: "Am Weinberg", number: "3" });
    expect(parseAddress("Gustav-Stresemann-Ring 15")).toMatchObject({ street: "Gustav-Stresemann-Ring", number: "15" });
    expect(parseAddress("Waldstr. 17a")).toMatchObject({ street: "Waldstr.", number: "17a" });
    expect(parseAddress("Rathaus")).toBeUndefined();
    expect(parseAddress("Anlage 1")).toBeUndefined();
  });

  it("gives one key however the street is spelt", () => {
    const key = (t: string) => addressKey(parseAddress(t)!);
    expect(key("Schloßplatz 6")).toBe(key("Schlossplatz 6"));
    expect(key("Waldstr. 17 a")).toBe(key("Waldstraße 17a"));
    expect(key("Karl-Friedrich-Straße 10")).toBe(key("Karl-Friedrich-Str. 10"));
  });
});

describe("private home addresses", () => {
  it("finds an address where someone lives, whose Anschrift it is, or after a person's name", () => {
    expect(found("Herr Berger, wohnhaft Adolfsallee 27, 65185 Wiesbaden, beantragt")).toEqual(["Adolfsallee 27, 65185 Wiesbaden"]);
    expect(found("Die Mieterin ist in der Blücherstraße 32 gemeldet.")).toEqual(["Blücherstraße 32"]);
    expect(found("Die Antragstellerin (Anschrift: Rheinstraße 44) widerspricht.")).toEqual(["Rheinstraße 44"]);
    expect(found("Einwender: Herr Dr. Holger Franke, Am Weinberg 3, 65191 Wiesbaden")).toEqual(["Am Weinberg 3, 65191 Wiesbaden"]);
    expect(found("Eheleute Schneider, Kirchgasse 5")).toEqual(["Kirchgasse 5"]);
    expect(found("Antragsteller: Heinz Gruber, Lahnstraße 9, 65195 Wiesbaden")).toEqual(["Lahnstraße 9, 65195 Wiesbaden"]);
  });

  it("finds a full postal address after a person's name with only their telephone and mailbox between", () => {
    const text = "Frau Öztürk, Tel.: +49 176 22233344, E-Mail: a.oeztuerk@gmx.net, Rheingaustraße 20, 65203 Wiesbaden";
    expect(found(text)).toEqual(["Rheingaustraße 20, 65203 Wiesbaden"]);
    // Without postcode and place it may be anything near the person: it is left alone.
    expect(found("Frau Öztürk, Tel.: 0176 22233344, Rheingaustraße 20")).toEqual([]);
  });

  it("leaves the administration's buildings alone, however spelt", () => {
    expect(found("Herr Mende, Schloßplatz 6, 65183 Wiesbaden")).toEqual([]);
    expect(found("Frau Graf, wohnhaft Karl-Friedrich-Str. 10")).toEqual([]);
  });

  it("leaves places of projects and buildings alone, also when a person is named elsewhere", () => {
    expect(found("Der Neubau der Kita in der Blücherstraße 17 kostet 4,2 Mio. €.")).toEqual([]);
    expect(found("Die Anschrift der neuen Kita lautet Blücherstraße 17.")).toEqual([]);
    expect(found("Frau Stadträtin Becker besichtigte die Baustelle in der Dotzheimer Straße 120.")).toEqual([]);
    expect(found("Die Firma Beton Müller GmbH, Industriestraße 3, erhält den Zuschlag.")).toEqual([]);
  });
});
