import { clause, section, vorlage } from "../../../src/core/model/builders";
import { coversBlocks, pairBlockIds, sameBlocks } from "../../../src/document/word/block-ids";

/** The ids of our block controls (block-ids.ts): paired at a full read, compared by each action on the web. */
const v = vorlage({ sections: [section("s1", "beschluss", [clause("a", "x"), { id: "b", text: "y", unterpunkte: [{ id: "u", text: "z" }] }]), section("s2", "kenntnisnahme", [clause("c", "w")])] });

describe("the ids of our block controls", () => {
  it("pairs each block with its control by kind and position where the counts agree", () => {
    const ids = pairBlockIds(v, [[10, 20], [11, 12, 21], [13]]);
    expect(ids && [...ids]).toEqual([["s1", 10], ["s2", 20], ["a", 11], ["b", 12], ["c", 21], ["u", 13]]);
    expect(coversBlocks(v, ids)).toBe(true);
  });

  it("pairs nothing where a list has a control more or less than the model has blocks, or an id twice", () => {
    expect(pairBlockIds(v, [[10, 20], [11, 12, 21, 99], [13]])).toBeUndefined();
    expect(pairBlockIds(v, [[10, 20], [11, 12], [13]])).toBeUndefined();
    expect(pairBlockIds(v, [[10, 20], [11, 11, 21], [13]])).toBeUndefined();
  });

  it("finds a block brought back, one gone, and two in another order; an unchanged document passes", () => {
    const ids = pairBlockIds(v, [[10, 20], [11, 12, 21], [13]]) as ReadonlyMap<string, number>;
    expect(sameBlocks(v, ids, [[10, 20], [11, 12, 21], [13]])).toBe(true);
    expect(sameBlocks(v, ids, [[10, 20], [11, 30, 12, 21], [13]])).toBe(false);
    expect(sameBlocks(v, ids, [[10, 20], [11, 21], [13]])).toBe(false);
    expect(sameBlocks(v, ids, [[10, 20], [12, 11, 21], [13]])).toBe(false);
    expect(sameBlocks(v, ids, [[20, 10], [11, 12, 21], [13]])).toBe(false);
    expect(sameBlocks(v, ids, [[10, 20], [11, 12, 21], []])).toBe(false);
  });

  it("cannot tell where the model has a block without a known id (the tags are compared then)", () => {
    const ids = new Map([["s1", 10], ["s2", 20], ["a", 11], ["b", 12], ["u", 13]]);
    expect(coversBlocks(v, ids)).toBe(false);
    expect(sameBlocks(v, ids, [[10, 20], [11, 12, 21], [13]])).toBeUndefined();
  });
});
