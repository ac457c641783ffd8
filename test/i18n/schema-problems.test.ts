import { profileProblemText, schemaProblemText } from "../../src/i18n/schema-problems";

const schema = (keyword: string, params: Record<string, unknown> = {}) => ({ kind: "schema" as const, keyword, params });

describe("why a profile or a Vorlage JSON is refused, in words", () => {
  it.each([
    [schema("type", { type: "integer" }), "muss eine ganze Zahl sein", "must be a whole number"],
    [schema("type", { type: "string,null" }), "muss ein Text oder null sein", "must be a string or null"],
    [schema("enum", { allowedValues: ["oeffentlich", "nichtoeffentlich"] }), "muss einer dieser Werte sein: „oeffentlich“, „nichtoeffentlich“", 'must be one of: "oeffentlich", "nichtoeffentlich"'],
    [schema("minLength", { limit: 1 }), "darf nicht leer sein", "must not be empty"],
    [schema("maxItems", { limit: 1 }), "darf höchstens 1 Eintrag haben", "must have at most 1 entry"],
    [schema("minimum", { comparison: ">=", limit: 0 }), "muss >= 0 sein", "must be >= 0"],
    [schema("format", { format: "date" }), "ist kein Datum der Form JJJJ-MM-TT", "is not a date of the form YYYY-MM-DD"],
    [schema("oneOf"), "passt zu keiner der erlaubten Formen", "matches none of the allowed forms"],
    [schema("dependentRequired"), "entspricht nicht dem Schema (Regel „dependentRequired“)", 'does not match the schema (rule "dependentRequired")'],
  ])("%j", (problem, de, en) => {
    expect(schemaProblemText("/a/0", problem, "de")).toBe(`an der Stelle /a/0: ${de}`);
    expect(schemaProblemText("/a/0", problem, "en")).toBe(`at /a/0: ${en}`);
  });

  it("names the profile's own checks, and a check without a reason value still in the user's language", () => {
    expect(profileProblemText("/aemter/2/dezernat", { kind: "unknown-reference", what: "dezernat", value: "XI" }, "de")).toBe("an der Stelle /aemter/2/dezernat: ein Dezernat „XI“ ist nicht erklärt");
    expect(profileProblemText("/x", undefined, "de")).toBe("an der Stelle /x: Wert nicht zulässig");
    expect(profileProblemText("", { kind: "no-beschluss-kind" }, "en")).toBe('a profile must declare the section kind "beschluss"');
  });
});
