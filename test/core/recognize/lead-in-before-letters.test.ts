import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A Kreistag's Beschlussvorschlag written as one sentence over lettered points: „Der Kreistag“ /
 * „Der Kreistag beschließt:“ then „a) stimmt … zu, b) genehmigt …, c) beauftragt …“. Tryout 4 found
 * the lead-in read as a Ziffer („Die Nummer fehlt; richtig wäre 1.1“) and the points only as its
 * sub-points. The lead-in is the decision's; a), b), c) are its points.
 */
const read = (paragraphs: readonly string[]) => recognize(paragraphs, WIESBADEN, sequentialIds("l"));

const vorlage = (leadIn: string) => [
  "Drucksache Nr. 2025/001",
  "Betreff: Neubau einer Schule",
  "Beschlussvorschlag:",
  leadIn,
  "a) stimmt dem Neubau der Schule zu,",
  "b) genehmigt Gesamtkosten in Höhe von 1.000.000 €,",
  "c) beauftragt die Verwaltung, die Bauleistungen auszuschreiben.",
  "Finanzielle Auswirkungen:",
  "Die Kosten von 1.000.000 € sind veranschlagt.",
];

describe("a lead-in sentence over lettered points", () => {
  it.each(["Der Kreistag", "Der Kreistag beschließt:", "Der Gemeinderat der Stadt"])("is no clause, its points are: %s", (leadIn) => {
    const r = read(vorlage(leadIn));
    const clauses = r.vorlage.sections[0]?.clauses ?? [];
    expect(clauses.map((c) => c.writtenNumber)).toEqual(["a)", "b)", "c)"]);
    expect(clauses[1]?.text).toBe("genehmigt Gesamtkosten in Höhe von 1.000.000 €,");
  });

  it("keeps lettered sub-points under a numbered clause", () => {
    const r = read(["Beschlussvorschlag:", "1. Der Kreistag beschließt die Maßnahmen:", "a) erstens,", "b) zweitens.", "2. Die Verwaltung berichtet."]);
    const clauses = r.vorlage.sections[0]?.clauses ?? [];
    expect(clauses.map((c) => c.writtenNumber)).toEqual(["1.", "2."]);
    expect(clauses[0]?.unterpunkte?.map((u) => u.writtenNumber)).toEqual(["a)", "b)"]);
  });
});
