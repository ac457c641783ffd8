import fc from "fast-check";
import { detectReferences, mayHoldReference } from "../../../src/core/references/detect-references";
import { detectReferences as before } from "./detect-references-before";
import { REFERENCE_CASES } from "./detect-references.cases";

/** Words that introduce references, numbers, letters, citations and plain words, to build sentences from. */
const WORDS = [
  "Ziffer", "Ziffern", "Ziff.", "Buchstabe", "Buchstaben", "Buchst.", "lit.", "Nr.", "Nrn.", "Nummer", "Punkt", "Punkte", "Pkt.",
  "unter", "Unter", "gemäß", "gem.", "siehe", "s.", "vgl.", "nach", "aus", "in", "In", "innerhalb", "Ausschuss", "Punktzahl",
  "2", "2.1", "2.1.", "1.3", "10.12", "3", "b", "b)", "(c)", "und", "sowie", "oder", "bis", ",", "§", "§ 50", "Abs.", "Absatz", "HGO", "BauGB",
  "des", "Beschlusses", "Anlage", "vom", "01.02.2025", "1.300", "€", "Mio.", "1,3", "Euro", "%", "Uhr", "die", "Verwaltung", "wird", "ä", "ß", "x",
  "Nr", "Numm", "Nummern", "lit", "Buchst", "Ziff", "(12);", "2.", ".2", "12",
];

describe("detecting typed references, rewritten for speed", () => {
  it("finds in every sentence exactly what the detection before the rewrite found", () => {
    const sentence = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(" ", "", "  ", "\n", ". ", ", ")), { maxLength: 30 }).map((ws) => ws.map(([w, sep]) => w + sep).join(""));
    fc.assert(
      fc.property(sentence, (text) => {
        expect(detectReferences(text)).toEqual(before(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("finds in the labelled sentences what the detection before found", () => {
    for (const c of REFERENCE_CASES) expect(detectReferences(c.text)).toEqual(before(c.text));
  });

  it("does not search a sentence that cannot hold a reference: no Ziffer, Nr., Punkt or Buchstabe, no number with a dot", () => {
    expect(mayHoldReference("die Verwaltung beauftragt wird, die Maßnahme im Rahmen der verfügbaren Haushaltsmittel umzusetzen (12);")).toBe(false);
    expect(mayHoldReference("in Ziffer drei aus dem Haushalt")).toBe(false);
    for (const text of ["unter Ziffer 2", "gemäß 1.3", "Nr. 3", "Punkt 2", "Buchstabe b", "lit. c"]) expect(mayHoldReference(text)).toBe(true);
  });

  it("every reference the detection before the rewrite found lies in a sentence that may hold one", () => {
    const cases = REFERENCE_CASES.filter((c) => before(c.text).length > 0);
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(cases.filter((c) => !mayHoldReference(c.text)).map((c) => c.text)).toEqual([]);
  });
});
