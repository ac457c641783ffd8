import { detectReferences } from "../../../src/core/references/detect-references";
import { REFERENCE_CASES } from "./detect-references.cases";

const shown = (text: string): string[] => detectReferences(text).map((r) => `${r.number}${r.certain ? "" : "?"}`);

describe("detectReferences", () => {
  it.each(REFERENCE_CASES.map((c) => [c.text, c.expected] as const))("%s", (text, expected) => {
    expect(shown(text)).toEqual(expected);
  });

  it("marks the number's characters only, not the word before it", () => {
    const text = "Die unter Ziffer 2.1 genannten Mittel";
    const [r] = detectReferences(text);
    expect(text.slice(r?.start, r?.end)).toBe("2.1");
  });

  it("keeps the trailing dot of „Ziffer 3.“ out of the reference", () => {
    const text = "unter Ziffer 3. genannt";
    const [r] = detectReferences(text);
    expect(text.slice(r?.start, r?.end)).toBe("3");
  });

  it("names the clause of a letter that follows a clause number", () => {
    expect(detectReferences("nach Ziffer 2 Buchstabe b").map((r) => r.clause)).toEqual([undefined, "2"]);
  });

  it("has at least 40 labelled sentences, half of them no reference of ours", () => {
    expect(REFERENCE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(REFERENCE_CASES.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(20);
  });
});
