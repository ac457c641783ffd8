import { findHomeAddresses } from "../../../src/core/personal-data/address";
import type { OwnContacts } from "../../../src/core/personal-data/own-contacts";

const none = { addresses: new Set<string>(), phones: new Set<string>(), emails: new Set<string>() } as unknown as OwnContacts;
const found = (text: string): readonly string[] => findHomeAddresses(text, none).map((h) => text.slice(h.start, h.end));

describe("every form of street the address grammar knows is still looked at (the cheap pre-test lets none pass by)", () => {
  it.each([
    ["a street word at the end", "Herr Müller, wohnhaft Lindenstraße 12, hat widersprochen.", "Lindenstraße 12"],
    ["„str.“", "Frau Kaya, wohnhaft Waldstr. 17a, hat widersprochen.", "Waldstr. 17a"],
    ["a leading „Am“", "Die Eheleute Schneider, wohnhaft Am Weinberg 3, haben widersprochen.", "Am Weinberg 3"],
    ["a leading „In der“", "Frau Weiß, wohnhaft In der Aue 5, hat widersprochen.", "In der Aue 5"],
    ["a hyphenated street word", "Herr Gruber, wohnhaft Konrad-Adenauer-Ring 44, hat widersprochen.", "Konrad-Adenauer-Ring 44"],
    ["an adjective and a separate street word", "Herr Nowak, wohnhaft Frankfurter Straße 5, hat widersprochen.", "Frankfurter Straße 5"],
    ["a street word in upper case („Landstraße“)", "Familie Wolf, wohnhaft Bergheimer Landstraße 9, hat widersprochen.", "Bergheimer Landstraße 9"],
  ])("%s", (_form, text, address) => {
    expect(found(text)).toEqual([address]);
  });

  it("finds none in a clause whose figures are no address", () => {
    expect(found("der Betrag von 12.400 € aus Ziffer 2 des Haushalts 2026 am 12. März 2027 bereitgestellt wird;")).toEqual([]);
  });
});
