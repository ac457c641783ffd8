import wiesbaden from "../../../src/core/profile/profiles/wiesbaden.json";
import { InvalidProfileError } from "../../../src/core/errors";
import { parseProfile } from "../../../src/core/profile/parse-profile";
import { BUILTIN_PROFILES, DEFAULT_PROFILE } from "../../../src/core/profile/builtin-profiles";

/** A copy of the Wiesbaden profile with one change, as untrusted JSON. */
// Untrusted JSON edited freely in place: `any` is the honest type of it here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function changed(edit: (p: Record<string, any>) => void): unknown {
  const copy = JSON.parse(JSON.stringify(wiesbaden));
  edit(copy);
  return copy;
}

function refusal(json: unknown): InvalidProfileError {
  try {
    parseProfile(json);
  } catch (e) {
    if (e instanceof InvalidProfileError) return e;
    throw e;
  }
  throw new Error("profile was accepted");
}

describe("parseProfile", () => {
  it("accepts the built-in profiles, with Wiesbaden as the default", () => {
    expect(Object.keys(BUILTIN_PROFILES)).toEqual(["wiesbaden", "karlsruhe"]);
    expect(DEFAULT_PROFILE.id).toBe("wiesbaden");
  });

  it("refuses a profile that fails the schema with the path of the first wrong field", () => {
    expect(refusal(changed((p) => (p.numbering.clause = "hex"))).path).toBe("/numbering/clause");
    expect(refusal(changed((p) => delete p.vorlagenNr)).path).toBe("/vorlagenNr");
    expect(refusal(changed((p) => (p.dezernate.list[2].id = "drei"))).path).toBe("/dezernate/list/2/id");
    expect(refusal(changed((p) => (p.colour = "blau"))).path).toBe("/colour");
    expect(refusal("not a profile").message).toMatch(/^Invalid municipality profile at \/: must be object/);
  });

  it("refuses a Vorlagen-Nr. pattern that does not compile or does not match its example", () => {
    expect(refusal(changed((p) => (p.vorlagenNr.pattern = "(unclosed"))).path).toBe("/vorlagenNr/pattern");
    expect(refusal(changed((p) => (p.vorlagenNr.example = "2024/1"))).path).toBe("/vorlagenNr/example");
  });

  it("refuses references that do not resolve and duplicate ids", () => {
    expect(refusal(changed((p) => (p.aemter[0].dezernat = "IX"))).path).toBe("/aemter/0/dezernat");
    expect(refusal(changed((p) => (p.dezernate.list[1].id = "I"))).path).toBe("/dezernate/list/1/id");
    expect(refusal(changed((p) => p.sectionKinds.push({ kind: "beschluss", phrase: "Nochmals" }))).path).toBe("/sectionKinds/2/kind");
    expect(refusal(changed((p) => p.sectionKinds.splice(1, 1))).path).toBe("/sectionKinds");
    expect(refusal(changed((p) => (p.blocks[0].fields[0].requiredWhen = { field: "nope", in: ["x"] }))).path).toBe("/blocks/0/fields/0/requiredWhen/field");
  });

  it("requires choices for a choice field", () => {
    expect(refusal(changed((p) => delete p.blocks[0].fields[0].choices)).path).toBe("/blocks/0/fields/0/choices");
  });

  it("defaults the severity table to empty", () => {
    expect(parseProfile(changed((p) => delete p.severity)).severity).toEqual({});
  });
});
