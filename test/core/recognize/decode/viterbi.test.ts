import { NoDecodingError, viterbi, type ViterbiModel } from "../../../../src/core/recognize/decode/viterbi";

/** A model from tables: start scores, transition matrix and emission rows per observation. */
const model = (start: number[], trans: number[][], emis: number[][]): ViterbiModel => ({
  states: start.length,
  start: (s) => start[s] as number,
  transition: (p, s) => (trans[p] as number[])[s] as number,
  emission: (t, s) => (emis[t] as number[])[s] as number,
});
const NEG = Number.NEGATIVE_INFINITY;

describe("the Viterbi decoder", () => {
  it("chooses the path with the best total score, not the best state line by line", () => {
    // Line 1 alone prefers state 1, but state 1 cannot follow state 0, and line 0 strongly wants state 0.
    const m = model([0, 0], [[0, NEG], [0, 0]], [[5, 0], [0, 1]]);
    expect(viterbi(m, 2)).toEqual([0, 0]);
  });

  it("lets a strong later observation change an earlier decision", () => {
    // Line 0 slightly prefers 0, but only state 1 may precede the strong state 1 at line 1 (0 -> 1 is forbidden).
    const m = model([0, 0], [[0, NEG], [0, 0]], [[1, 0], [0, 10]]);
    expect(viterbi(m, 2)).toEqual([1, 1]);
  });

  it("returns nothing for no observations, and one state per observation otherwise", () => {
    const m = model([0, 0, 0], [[0, 0, 0], [0, 0, 0], [0, 0, 0]], Array.from({ length: 50 }, (_, t) => [t % 3 === 0 ? 1 : 0, t % 3 === 1 ? 1 : 0, t % 3 === 2 ? 1 : 0]));
    expect(viterbi(m, 0)).toEqual([]);
    const path = viterbi(m, 50);
    expect(path).toHaveLength(50);
    expect(path.every((s, t) => s === t % 3)).toBe(true);
  });

  it("breaks ties towards the state listed first", () => {
    const m = model([0, 0], [[0, 0], [0, 0]], [[1, 1], [1, 1]]);
    expect(viterbi(m, 2)).toEqual([0, 0]);
  });

  it("throws a named error when the grammar allows no reading", () => {
    const m = model([0, NEG], [[NEG, NEG], [NEG, NEG]], [[0, 0], [0, 0]]);
    expect(() => viterbi(m, 2)).toThrow(NoDecodingError);
  });
});
