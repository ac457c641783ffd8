import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { validate } from "../../../src/core/validation/validate";

/**
 * Items typed „I.“, „II.“, „III.“ under one decision heading and its lead-in („Der Kreistag beschließt:“): the
 * decision's clauses, numbered in Roman numerals (Saarland's and Thüringen's Kreise and Städte write them so). They
 * were read as unnumbered clauses whose text began with „I.⇥“. Lines „I. Zur Kenntnisnahme“ / „II. Beschluss“ that
 * head sentences of their own stay the headings of sections.
 */
const ROMAN_ITEMS = [
  "Betreff",
  "Neubau der Fahrzeughalle am Bauhof",
  "Beschlussvorschlag",
  "Der Kreistag beschließt:",
  "I.\tDem Neubau der Fahrzeughalle am Bauhof wird zugestimmt.",
  "II.\tDer Landrat wird beauftragt, die Bauleistungen auszuschreiben.",
  "III.\tDie Mittel werden im Haushalt 2028 bereitgestellt.",
  "Begründung",
  "Die alte Halle ist baufällig.",
];
const read = (paragraphs: readonly string[]) => recognize(paragraphs, WIESBADEN, sequentialIds("k"));

describe("items typed in Roman numerals under a decision heading", () => {
  it("are the clauses, numbered as typed, the text after the tab", () => {
    const { vorlage } = read(ROMAN_ITEMS);
    expect(vorlage.sections.map((s) => [s.kind, s.writtenNumber, s.clauses.map((c) => [c.writtenNumber, c.text])])).toEqual([
      [
        "beschluss",
        undefined,
        [
          ["I.", "Dem Neubau der Fahrzeughalle am Bauhof wird zugestimmt."],
          ["II.", "Der Landrat wird beauftragt, die Bauleistungen auszuschreiben."],
          ["III.", "Die Mittel werden im Haushalt 2028 bereitgestellt."],
        ],
      ],
    ]);
  });

  it("anchor the number where it stands", () => {
    const r = read(ROMAN_ITEMS);
    const number = r.anchors.sections[0]?.clauses[1]?.number;
    expect(number && ROMAN_ITEMS[number.paragraph]?.slice(number.start, number.end)).toBe("II.");
  });

  it("are a numbering of the document's own for check, not a gap at every clause", () => {
    const codes = validate(read(ROMAN_ITEMS).vorlage, WIESBADEN).map((f) => f.code).filter((c) => c.startsWith("numbering"));
    expect(codes).toEqual(["numbering-scheme"]);
  });

  it("leave „I. Zur Kenntnisnahme“ and „II. Beschluss“ over their own sentences the headings of two sections", () => {
    const { vorlage } = read([
      "Betreff",
      "Regionalbudget 2028",
      "I. Zur Kenntnisnahme",
      "Der Verbandsausschuss nimmt den Bericht zur Kenntnis.",
      "II. Beschluss",
      "Der Verbandsausschuss beschließt die Förderung der Projekte.",
    ]);
    expect(vorlage.sections.map((s) => [s.kind, s.writtenNumber, s.clauses.length])).toEqual([
      ["kenntnisnahme", "I.", 1],
      ["beschluss", "II.", 1],
    ]);
  });
});
