import wiesbadenJson from "../../../src/core/profile/profiles/wiesbaden.json";
import { InvalidProfileError } from "../../../src/core/errors";
import { parseProfile } from "../../../src/core/profile/parse-profile";

const withOwn = (ownContacts: unknown): unknown => ({ ...wiesbadenJson, ownContacts });

describe("ownContacts in a municipality profile", () => {
  it("is optional: a profile without it is read, and one with it keeps it", () => {
    const { ownContacts: _, ...without } = wiesbadenJson;
    expect(parseProfile(without).ownContacts).toBeUndefined();
    expect(parseProfile(wiesbadenJson).ownContacts?.domains).toEqual(["wiesbaden.de"]);
  });

  it("is checked by the schema: domains in lower case with a dot, prefixes starting with 0 or +, nothing unknown", () => {
    expect(() => parseProfile(withOwn({ domains: ["Wiesbaden"] }))).toThrow("/ownContacts/domains/0");
    expect(() => parseProfile(withOwn({ telephonePrefixes: ["611 31"] }))).toThrow("/ownContacts/telephonePrefixes/0");
    expect(() => parseProfile(withOwn({ ibans: [] }))).toThrow("/ownContacts/ibans");
  });

  it("is checked beyond the schema: addresses read as street and number, mailbox patterns compile", () => {
    expect(() => parseProfile(withOwn({ addresses: ["Rathaus Wiesbaden"] }))).toThrow(InvalidProfileError);
    expect(() => parseProfile(withOwn({ functionalMailboxes: ["amt(["] }))).toThrow("/ownContacts/functionalMailboxes/0");
  });
});
