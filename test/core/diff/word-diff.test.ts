import fc from "fast-check";
import { diffWords, newSide, oldSide, tokenize } from "../../../src/core/diff/word-diff";

describe("the word diff", () => {
  it("marks the replaced word and keeps the rest equal", () => {
    expect(diffWords("zwei Lastenräder werden beschafft;", "drei Lastenräder werden beschafft;")).toEqual([
      { op: "delete", text: "zwei" },
      { op: "insert", text: "drei" },
      { op: "equal", text: " Lastenräder werden beschafft;" },
    ]);
  });

  it("finds an inserted phrase in the middle", () => {
    expect(diffWords("die Kosten werden finanziert.", "die Kosten werden hälftig finanziert.")).toEqual([
      { op: "equal", text: "die Kosten werden " },
      { op: "insert", text: "hälftig " },
      { op: "equal", text: "finanziert." },
    ]);
  });

  it("sees an amount change as a change of the whole number, not of the sentence nor of digits around its dots", () => {
    const d = diffWords("zum Preis von 12.400,00 € beschafft", "zum Preis von 15.000,00 € beschafft");
    expect(d.filter((c) => c.op !== "equal")).toEqual([
      { op: "delete", text: "12.400,00" },
      { op: "insert", text: "15.000,00" },
    ]);
    expect(tokenize("am 14.02.2025. Ziffer 2.1, 3a")).toEqual(["am", " ", "14.02.2025", ".", " ", "Ziffer", " ", "2.1", ",", " ", "3a"]);
  });

  it("keeps words with umlauts and ß whole", () => {
    expect(tokenize("Maßnahme für Bürger")).toEqual(["Maßnahme", " ", "für", " ", "Bürger"]);
  });

  it("gives back both texts exactly, for any two texts", () => {
    const words = fc.constantFrom("die", "der", "Stadt", "wird", "beschlossen", ",", ";", " ", "  ", "\n", "ä", "€", "1.000");
    const text = fc.array(words, { maxLength: 40 }).map((w) => w.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = diffWords(a, b);
        return oldSide(d) === a && newSide(d) === b && (a !== b || d.every((c) => c.op === "equal"));
      }),
      { numRuns: 500 },
    );
  });

  it("is one deletion and one insertion for texts with nothing in common", () => {
    expect(diffWords("alt", "neu")).toEqual([
      { op: "delete", text: "alt" },
      { op: "insert", text: "neu" },
    ]);
    expect(diffWords("", "neu")).toEqual([{ op: "insert", text: "neu" }]);
  });
});
