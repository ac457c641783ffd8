import fc from "fast-check";
import { readShare, showShare } from "../../src/document/field-values";

describe("a Deckungsquelle's share as the document prints it", () => {
  it("reads „54,27 %“ as the share 0.5427, not as 54.27 / 100 (0.5427000000000001)", () => {
    expect(readShare("54,27 %")).toBe(0.5427);
    expect(readShare("2,2 %")).toBe(0.022);
    expect(readShare("49,77 %")).toBe(0.4977);
    expect(readShare("100 %")).toBe(1);
    expect(readShare("0 %")).toBe(0);
    expect(readShare("kein Anteil")).toBeUndefined();
  });

  it("reads back exactly the share it printed, for any share typed with up to four places of a percent", () => {
    // Shares as the pane takes them: 0 to 100 % with at most four places after the comma (0.5427 is 54,27 %).
    const share = fc.integer({ min: 0, max: 1_000_000 }).map((millionths) => Number(`${millionths}e-6`));
    fc.assert(
      fc.property(share, (x) => {
        expect(readShare(showShare(x))).toBe(x);
      }),
      { numRuns: 2000 },
    );
  });
});
