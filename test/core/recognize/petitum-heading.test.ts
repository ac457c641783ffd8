import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";
import { isPetitumHeading } from "../../../src/core/recognize/petitum-heading";

/** Hamburg's Drucksachen head the decision „Petitum“ or „Petitum/Beschluss:“; its paragraphs below are the clauses. */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const antrag = (heading: string) => [
  "Drucksache 22-0001",
  "Ein Vorhaben im Bezirk",
  "Sachverhalt:",
  "Das Vorhaben ist nötig, sagt die Fraktion.",
  heading,
  "Die Bezirksversammlung ersucht das Bezirksamt, das Vorhaben zu prüfen.",
  "Das Bezirksamt berichtet im Ausschuss.",
  "Anna Muster und Fraktion",
  "Anlage/n:",
  "keine",
];

describe("a decision headed „Petitum“", () => {
  it.each(["Petitum/Beschluss:", "Petitum:", "Petitum", "Beschlussvorschlag / Petitum"])("reads the paragraphs below „%s“ as the decision's clauses", (heading) => {
    const r = read(antrag(heading));
    expect(r.vorlage.sections.map((s) => [s.kind, s.clauses.map((c) => c.text.slice(0, 30))])).toEqual([
      ["beschluss", ["Die Bezirksversammlung ersucht", "Das Bezirksamt berichtet im Au"]],
    ]);
  });

  it("is a whole line: the word inside a sentence heads nothing", () => {
    expect(isPetitumHeading("Das Petitum der Fraktion wurde abgelehnt.")).toBe(false);
    expect(isPetitumHeading("Petitum/Beschluss:")).toBe(true);
  });
});
