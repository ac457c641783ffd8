import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * Berlin's „Vorlage zur Beschlussfassung“ numbers its parts as a Word list: „1. Gegenstand der Vorlage:“ with the subject
 * on the line below, „2. Berichterstatterin:“, „3. Beschlussentwurf:“ …. „Gegenstand der Vorlage“ is the Betreff's label;
 * read as an unknown line, the Vorlage had no Betreff.
 */
const item = (n: number, text: string): ParagraphInput => ({ text, label: `${n}.\t` });
const read = (label: string) =>
  recognize(
    [
      "Vorlage zur Beschlussfassung",
      "Drucksache:\tIX/0415",
      item(1, label),
      "Benennung eines Platzes im Ortsteil Adlershof",
      item(2, "Berichterstatterin:"),
      "Bezirksstadträtin Anna Beispiel",
      item(3, "Beschlussentwurf:"),
      "Die Bezirksverordnetenversammlung beschließt, den Platz zu benennen.",
    ],
    WIESBADEN,
    sequentialIds("k"),
  ).vorlage.header.betreff;

describe("„Gegenstand der Vorlage:“ over the subject", () => {
  it("labels the Betreff, also as an item of a Word list", () => expect(read("Gegenstand der Vorlage:")).toBe("Benennung eines Platzes im Ortsteil Adlershof"));

  it("„Gegenstand der Drucksache:“ as well", () => expect(read("Gegenstand der Drucksache:")).toBe("Benennung eines Platzes im Ortsteil Adlershof"));
});
