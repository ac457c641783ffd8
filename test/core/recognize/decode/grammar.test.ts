import { sequentialIds } from "../../../../src/core/model/ids";
import { InvalidProfileError } from "../../../../src/core/errors";
import { parseProfile } from "../../../../src/core/profile/parse-profile";
import wiesbadenJson from "../../../../src/core/profile/profiles/wiesbaden.json";
import { DEFAULT_GRAMMAR, grammarOf } from "../../../../src/core/recognize/decode/grammar";
import { recognize } from "../../../../src/core/recognize/recognize";

/** Part headings, header labels and weights are profile data over defaults that serve any municipality. */
const withGrammar = (grammar: unknown) => parseProfile({ ...wiesbadenJson, recognition: { ...wiesbadenJson.recognition, grammar } });
const DOC = ["Betreff: Neue Bänke", "Beschlussvorschlag:", "1. Die Stadt beschafft Bänke.", "Problemdarstellung", "2. Die alten Bänke sind morsch."];

describe("the grammar as profile data", () => {
  it("reads with the defaults when the profile declares no grammar", () => {
    expect(grammarOf(undefined)).toBe(DEFAULT_GRAMMAR);
    const r = recognize(DOC, parseProfile(wiesbadenJson), sequentialIds("g"));
    expect(r.vorlage.sections[0]?.clauses.map((c) => c.writtenNumber)).toEqual(["1.", "2."]);
  });

  it("ends the decision at a part heading the profile declares", () => {
    const r = recognize(DOC, withGrammar({ parts: [{ part: "text", patterns: ["Problemdarstellung"] }] }), sequentialIds("g"));
    expect(r.vorlage.sections[0]?.clauses.map((c) => c.writtenNumber)).toEqual(["1."]);
    expect(r.lines.find((l) => l.text === "Problemdarstellung")?.decoded).toMatchObject({ role: "sachverhalt", head: true });
  });

  it("reads a header label the profile declares", () => {
    const r = recognize(["Beschlussgremium: Kreistag", "Betreff: Neue Bänke", "Beschlussvorschlag:", "1. Die Stadt beschafft Bänke."], withGrammar({ headerLabels: [{ field: "gremium", labels: ["Beschlussgremium"] }] }), sequentialIds("g"));
    expect(r.vorlage.header.gremium).toBe("Kreistag");
  });

  it("lets a profile change a weight and keeps the others", () => {
    expect(grammarOf({ weights: { other: -1 } }).weights).toEqual({ ...DEFAULT_GRAMMAR.weights, other: -1 });
  });

  it("refuses a profile whose heading is no regular expression, naming where", () => {
    expect(() => withGrammar({ parts: [{ part: "fin", patterns: ["(Kosten"] }] })).toThrow(InvalidProfileError);
    expect(() => withGrammar({ parts: [{ part: "fin", patterns: ["(Kosten"] }] })).toThrow(/recognition\/grammar\/parts\/0\/patterns\/0/u);
    expect(() => withGrammar({ weights: { unknown: 1 } })).toThrow(InvalidProfileError);
  });
});
