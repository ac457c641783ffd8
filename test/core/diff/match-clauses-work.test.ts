import * as similarity from "../../../src/core/diff/similarity";
import { matchClauses, placeClauses } from "../../../src/core/diff/match-clauses";
import { clause, section } from "../../../src/core/model/builders";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { completeVorlage } from "../../fixtures/builders";

/** Two versions of 40 clauses with our ids, of which 3 were reworded and the rest kept. */
function versions(): [Vorlage, Vorlage] {
  const texts = Array.from({ length: 40 }, (_, i) => `die Verwaltung wird beauftragt, die Maßnahme ${i + 1} umzusetzen;`);
  const build = (ts: readonly string[]) => ({ ...completeVorlage(), sections: [section("b", "beschluss", ts.map((t, i) => clause(`b${i}`, t)))] });
  return [build(texts), build(texts.map((t, i) => (i % 13 === 5 ? t.replace("Maßnahme", "geänderte Maßnahme") : t)))];
}

describe("pairing the clauses of two versions with our ids", () => {
  afterEach(() => jest.restoreAllMocks());

  it("scores each reworded pair with one word bag per side and leaves the kept clauses' text alone", () => {
    const [a, b] = versions();
    const bags = jest.spyOn(similarity, "wordBag");
    const normalised = jest.spyOn(similarity, "normalizeText");
    const m = matchClauses(placeClauses(a), placeClauses(b), true);
    const reworded = m.pairs.filter((p) => p.score < 1);
    expect(reworded.map((p) => p.new.id)).toEqual(["b5", "b18", "b31"]);
    // The score is still the similarity of the two texts' words.
    for (const p of reworded) expect(p.score).toBe(similarity.similarity(similarity.wordBag(p.old.text), similarity.wordBag(p.new.text), similarity.bagSize(similarity.wordBag(p.old.text)), similarity.bagSize(similarity.wordBag(p.new.text))));
    bags.mockClear();
    normalised.mockClear();
    matchClauses(placeClauses(a), placeClauses(b), true);
    // Two bags for each of the 3 reworded pairs (four before), and only their texts normalised.
    expect(bags).toHaveBeenCalledTimes(6);
    expect(normalised).toHaveBeenCalledTimes(6);
  });
});
