import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * „Zur Kenntnisnahme:“ right below the last clause of a decision: the heading of the next part. Its words are also a
 * Verteiler's Bitte („Dezernat VII / zur Kenntnisnahme“), and the clause above was taken for the Verteiler's recipient and
 * lost from the decision without a word.
 */
const read = (below: string) =>
  recognize(
    ["Vorlagen-Nr. 24-V-07-0001", "Betreff: Beitritt zum Verein NExT e. V.", "Beschlussvorschlag:", "1. Die Stadt tritt dem Verein bei.", "2. Der Beitrag wird gezahlt.", below, "Der Bericht wird zur Kenntnis genommen."],
    WIESBADEN,
    sequentialIds("k"),
  ).vorlage.sections.map((s) => [s.kind, s.clauses.map((c) => c.text)]);

describe("a Kenntnisnahme heading right below the last clause", () => {
  it("leaves that clause in the decision", () => {
    expect(read("Zur Kenntnisnahme:")).toEqual([
      ["beschluss", ["Die Stadt tritt dem Verein bei.", "Der Beitrag wird gezahlt."]],
      ["kenntnisnahme", ["Der Bericht wird zur Kenntnis genommen."]],
    ]);
  });
});
