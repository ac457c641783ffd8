import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/** „Beschlussempfehlung“ alone on its line heads the decision (komuna's Sitzungsvorlagen of Bavarian Märkte and Gemeinden). */
describe("a decision headed „Beschlussempfehlung“", () => {
  const r = recognize(
    [
      "Vorlagennummer: MZ/2027/001",
      "Betreff: Umbau des Kindergartens",
      "Sachverhalt",
      "Der Kindergarten ist zu klein.",
      "Beschlussempfehlung",
      "Der Marktgemeinderat genehmigt die Entwurfsplanung.",
      "Die Verwaltung wird beauftragt, den Förderantrag einzureichen.",
      "Abstimmungsergebnis",
      "Dafür: ___ Dagegen: ___",
    ],
    WIESBADEN,
    sequentialIds("k"),
  );

  it("reads the paragraphs below it as the decision's clauses, up to the Abstimmungsergebnis", () => {
    expect(r.vorlage.sections.map((s) => [s.kind, s.clauses.map((c) => c.text.slice(0, 25))])).toEqual([["beschluss", ["Der Marktgemeinderat gene", "Die Verwaltung wird beauf"]]]);
  });
});
