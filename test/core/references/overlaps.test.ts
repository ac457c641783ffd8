import fc from "fast-check";
import { overlapTest, type Span } from "../../../src/core/references/overlaps";

/** The overlap test by halving answers as the walk over every span did, whatever order or overlaps the spans come in. */
describe("overlapTest", () => {
  const span = fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 8 })).map(([start, n]): Span => ({ start, end: start + n }));
  it("says what a walk over every span says", () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.boolean(), span, (spans, disjoint, r) => {
        // Half the cases: spans in order that do not overlap (as links are), in a shuffled order.
        const list = disjoint ? spans.reduce<Span[]>((out, s) => (out.every((o) => s.end <= o.start || o.end <= s.start) ? [...out, s] : out), []).reverse() : spans;
        expect(overlapTest(list)(r)).toBe(list.some((s) => s.start < r.end && r.start < s.end));
      }),
      { numRuns: 3000 },
    );
  });
});
