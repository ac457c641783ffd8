import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * Niedersachsen's ALLRIS Vorlagen put the preliminary bodies' recommendations over the council's
 * decision: „a) Der Fachbereichsausschuss … empfiehlt, den Beschluss zu c) zu fassen. b) Der
 * Verwaltungsausschuss empfiehlt, … c) Der Rat … beschließt:“ over the numbered clauses. The
 * recommendations are procedure, c) leads in: the decision is the numbered list. Found on the
 * fourth fresh set (Sehnde).
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const li = (n: number, text: string): ParagraphInput => ({ text, label: `${n}.\t` });

describe("recommendations a) b) before the council's c) with its list", () => {
  const r = read([
    "Vorlage Nr.: 2027/0041",
    "Betreff: Radverkehrskonzept",
    "Beschlussvorschlag:",
    "a) Der Fachbereichsausschuss Stadtentwicklung und Bauaufsicht empfiehlt, den Beschluss zu c) zu fassen.",
    "b) Der Verwaltungsausschuss empfiehlt, den Beschluss zu c) zu fassen.",
    "c) Der Rat nimmt das Radverkehrskonzept (Anlage 1) zur Kenntnis und beschließt:",
    li(1, "Die Maßnahmen der Priorität 1 werden bis zum Jahr 2029 umgesetzt."),
    li(2, "Für die ersten Maßnahmen werden Mittel von 210.000 € bereitgestellt."),
    li(3, "Die Verwaltung berichtet jährlich über den Stand der Umsetzung."),
    "Sachverhalt:",
    "Das Konzept wurde 2026 erarbeitet.",
  ]);
  const clauses = r.vorlage.sections[0]?.clauses ?? [];

  it("reads the numbered list as the decision's clauses", () => expect(clauses.map((c) => c.writtenNumber)).toEqual(["1.", "2.", "3."]));

  it("places the recommendations with the Beratungsfolge, not unread", () =>
    expect(r.places.filter((_, i) => [3, 4].includes(i))).toEqual(["beratungsfolge", "beratungsfolge"]));
});

describe("lettered clauses that decide", () => {
  it("stay clauses where no item recommends and none leads in", () => {
    const r = read([
      "Vorlage Nr.: 2027/0042",
      "Betreff: Radverkehrskonzept",
      "Beschlussvorschlag:",
      "a) Der Rat nimmt das Radverkehrskonzept zur Kenntnis.",
      "b) Der Rat beschließt die Maßnahmen der Priorität 1.",
    ]);
    expect(r.vorlage.sections[0]?.clauses.map((c) => c.writtenNumber)).toEqual(["a)", "b)"]);
  });
});
