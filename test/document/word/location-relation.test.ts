import { endsByEndOf, startsBefore, type LocationRelation } from "../../../src/document/word/location-relation";

const ALL: readonly LocationRelation[] = ["Before", "AdjacentBefore", "After", "AdjacentAfter", "Equal", "Inside", "InsideStart", "InsideEnd", "Contains", "ContainsStart", "ContainsEnd", "OverlapsBefore", "OverlapsAfter", "Unrelated"];

describe("reading Word's LocationRelation", () => {
  it("counts a range as starting first for Before, AdjacentBefore, OverlapsBefore, Contains and ContainsEnd only", () => {
    expect(ALL.filter(startsBefore)).toEqual(["Before", "AdjacentBefore", "Contains", "ContainsEnd", "OverlapsBefore"]);
  });

  it("puts a block placed after b after a when a ends by b's end, and never for another story", () => {
    expect(ALL.filter(endsByEndOf)).toEqual(["Before", "AdjacentBefore", "Equal", "Inside", "InsideStart", "InsideEnd", "ContainsEnd", "OverlapsBefore"]);
    expect(endsByEndOf("Unrelated")).toBe(false);
  });
});
