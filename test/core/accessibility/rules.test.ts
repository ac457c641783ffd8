import type { AccessibilityFacts } from "../../../src/core/accessibility/facts";
import { ACCESSIBILITY_FINDING_CODES, checkAccessibility } from "../../../src/core/accessibility/rules";
import { isComplete } from "../../../src/core/validation/finding";

/** A document that passes every rule: German, titled, headings with outline levels, a headed table, a described picture, no floating box, no prompt. */
const CLEAN: AccessibilityFacts = {
  language: "de-DE",
  title: "Beitritt NExT e. V. der Landeshauptstadt Wiesbaden",
  headings: [{ sectionId: "s1", text: "1. Es wird zur Kenntnis genommen, dass", style: "BV Abschnitt", outlineLevel: 0 }],
  tables: [{ number: 1, rows: 3, headerRow: true, layout: false, excerpt: "Gegenstand" }],
  images: [{ number: 1, name: "Wappen", alternative: true, decorative: false }],
  textBoxes: [{ number: 1, floating: false, text: "Hinweis" }],
  placeholders: [],
};

const codes = (facts: AccessibilityFacts): string[] => checkAccessibility(facts).map((f) => f.code);

describe("the accessibility rules", () => {
  it("find nothing in a document that keeps every rule", () => {
    expect(checkAccessibility(CLEAN)).toEqual([]);
  });

  it.each([
    ["no language", { language: undefined }, "accessibility-language-missing"],
    ["a blank language", { language: " " }, "accessibility-language-missing"],
    ["an English language", { language: "en-US" }, "accessibility-language-not-german"],
    ["no title", { title: undefined }, "accessibility-title-missing"],
    ["a blank title", { title: "  " }, "accessibility-title-missing"],
    ["a heading without outline level", { headings: [{ sectionId: "s1", text: "1. Es wird beschlossen, dass", style: "Standard" }] }, "accessibility-heading-style"],
    ["a data table without header row", { tables: [{ number: 1, rows: 2, headerRow: false, layout: false, excerpt: "Betrag" }] }, "accessibility-table-header"],
    ["a picture without text alternative", { images: [{ number: 1, name: "Grafik 1", alternative: false, decorative: false }] }, "accessibility-image-alternative"],
    ["text in a floating text box", { textBoxes: [{ number: 1, floating: true, text: "Wichtig!" }] }, "accessibility-floating-text-box"],
    ["a template's prompt left in", { placeholders: [{ text: "Klicken oder tippen Sie hier, um Text einzugeben.", ownField: false }] }, "accessibility-placeholder"],
    ["our own empty fields' prompts, which print", { placeholders: [{ text: "‹Beschluss-Nr.›", ownField: true }, { text: "‹Tagesordnung›", ownField: true }] }, "accessibility-field-prompt"],
  ] as const)("report %s, once, and nothing else", (_, change, code) => {
    expect(codes({ ...CLEAN, ...change } as AccessibilityFacts)).toEqual([code]);
  });

  it("name all of our printed prompts in one hint", () => {
    const f = checkAccessibility({ ...CLEAN, placeholders: [{ text: "‹Beschluss-Nr.›", ownField: true }, { text: "‹Tagesordnung›", ownField: true }] });
    expect(f.map((x) => x.params)).toEqual([{ auszug: "‹Beschluss-Nr.›, ‹Tagesordnung›", anzahl: 2 }]);
  });

  it("accept every German language tag, and say which other one is set", () => {
    for (const language of ["de", "de-DE", "de-AT", "de-CH", "DE-de"]) expect(codes({ ...CLEAN, language })).toEqual([]);
    expect(checkAccessibility({ ...CLEAN, language: "fr-FR" })[0]?.params).toEqual({ sprache: "fr-FR" });
  });

  it("leave out what needs nothing: one-row and layout tables, decorative pictures, empty or inline text boxes", () => {
    const facts: AccessibilityFacts = {
      ...CLEAN,
      tables: [
        { number: 1, rows: 1, headerRow: false, layout: false, excerpt: "eine Zeile" },
        { number: 2, rows: 4, headerRow: false, layout: true, excerpt: "Briefkopf" },
      ],
      images: [{ number: 1, name: "Linie", alternative: false, decorative: true }],
      textBoxes: [
        { number: 1, floating: true, text: "  " },
        { number: 2, floating: false, text: "im Text" },
      ],
    };
    expect(checkAccessibility(facts)).toEqual([]);
  });

  it("point a heading finding at its section, and name the table, picture and text box", () => {
    const found = checkAccessibility({
      ...CLEAN,
      headings: [{ sectionId: "s2", text: "2. Es wird beschlossen, dass", style: "Standard" }],
      tables: [{ number: 2, rows: 2, headerRow: false, layout: false, excerpt: "Finanzielle Auswirkungen" }],
      images: [{ number: 3, name: "Lageplan", alternative: false, decorative: false }],
      textBoxes: [{ number: 1, floating: true, text: "Ein sehr langer Hinweis, der in einem frei schwebenden Textfeld steht" }],
    });
    expect(found.map((f) => [f.code, f.location, f.params])).toEqual([
      ["accessibility-heading-style", { type: "section", id: "s2" }, { auszug: "2. Es wird beschlossen, dass", formatvorlage: "Standard" }],
      ["accessibility-table-header", { type: "document" }, { nummer: 2, auszug: "Finanzielle Auswirkungen" }],
      ["accessibility-image-alternative", { type: "document" }, { nummer: 3, name: "Lageplan" }],
      ["accessibility-floating-text-box", { type: "document" }, { nummer: 1, auszug: "Ein sehr langer Hinweis, der in einem…" }],
    ]);
  });

  it("are warnings only, but for the printed prompts of our own fields (a hint): they never make a Vorlage incomplete", () => {
    expect(Object.entries(ACCESSIBILITY_FINDING_CODES).every(([code, s]) => s === (code === "accessibility-field-prompt" ? "info" : "warning"))).toBe(true);
    const all = checkAccessibility({
      headings: [{ text: "I. Beschluss" }],
      tables: [{ number: 1, rows: 2, headerRow: false, layout: false, excerpt: "" }],
      images: [{ number: 1, name: "", alternative: false, decorative: false }],
      textBoxes: [{ number: 1, floating: true, text: "x" }],
      placeholders: [{ text: "Text", ownField: false }],
    });
    expect(new Set(all.map((f) => f.code)).size).toBe(7);
    expect(all.every((f) => f.severity === "warning")).toBe(true);
    expect(isComplete(all)).toBe(true);
  });
});
