import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * How offices outside Hesse head the parts of a decision (corpus documents 24 München and
 * 27 Köln): a Kenntnisnahme in the body's own words, „Antrag der Referentin“ with its lead-in
 * „Ich beantrage Folgendes:“, „Beschluss: nach Antrag.“, and an umbrella „BESCHLUSSENTWURF:“.
 */
const read = (lines: readonly (string | { text: string; label?: string })[], profile = WIESBADEN) => recognize(lines, profile, sequentialIds("h"));
const outline = (r: ReturnType<typeof read>) => r.vorlage.sections.map((s) => [s.kind, s.writtenNumber ?? "", s.clauses.map((c) => c.writtenNumber ?? c.text.slice(0, 12))]);
const li = (label: string, text: string) => ({ text, label: `${label}\t` });

describe("a Kenntnisnahme in the words of the deciding body", () => {
  it.each(["Die Bezirksvertretung Porz nimmt zur Kenntnis, dass", "Der Gemeinderat nimmt zur Kenntnis:", "1. Der Ausschuss für Umwelt nimmt zur Kenntnis, dass"])("„%s“ opens a Kenntnisnahme", (heading) => {
    const r = read(["Vorlagen-Nr. 25-V-06-0031", heading, li("1.", "die Schule wächst;"), "Die Bezirksvertretung Porz beschließt:", li("1.", "Die Mensa wird gebaut.")]);
    expect(r.vorlage.sections.map((s) => [s.kind, s.clauses.length])).toEqual([
      ["kenntnisnahme", 1],
      ["beschluss", 1],
    ]);
  });

  it("a clause that ends its sentence with „zur Kenntnis.“ stays a clause of the decision", () => {
    const r = read(["Vorlage Nr.: 2026/0218", "Beschlussantrag", li("1.", "Der Gemeinderat beschließt die Pflanzung."), li("2.", "Der Gemeinderat nimmt die Liste der Standorte zur Kenntnis.")], KARLSRUHE);
    expect(outline(r)).toEqual([["beschluss", "", ["1.", "2."]]]);
  });
});

describe("München: Vortrag und Antrag der Referentin", () => {
  const doc = [
    "Sitzungsvorlage Nr. 20-26 / V 09412",
    li("I.", "Vortrag der Referentin"),
    "Die Uferstreifen werden bisher nebenher gepflegt.",
    li("II.", "Antrag der Referentin"),
    "Ich beantrage Folgendes:",
    li("1.", "Der Stadtrat nimmt vom Vortrag der Referentin Kenntnis."),
    li("2.", "Das Referat wird beauftragt, die Pflege zu vergeben."),
    li("III.", "Beschluss"),
    "nach Antrag.",
    "Der Stadtrat der Landeshauptstadt München",
  ];

  it("„II. Antrag der Referentin“ opens the decision, and „Ich beantrage Folgendes:“ is no clause of it", () => {
    const r = read(doc);
    expect(outline(r)).toEqual([["beschluss", "II.", ["1.", "2."]]]);
    expect(r.places[4]).toBe("heading");
  });

  it("„III. Beschluss“ — „nach Antrag.“ adopts the Antrag: no second part, nothing left unplaced", () => {
    const r = read(doc);
    expect(r.vorlage.sections).toHaveLength(1);
    expect(r.places.slice(7, 9)).toEqual(["heading", "heading"]);
  });

  it("„Antrag der CDU-Fraktion“ at the top of a party's Antrag is no heading: the header after it is still read", () => {
    const r = read(["Antrag der CDU-Fraktion", "Betreff: Sichere Schulwege", "Beschlussentwurf:", "Die Bezirksvertretung fordert die Verwaltung auf, zu berichten."]);
    expect(r.vorlage.header.betreff).toBe("Sichere Schulwege");
    expect(r.vorlage.sections).toHaveLength(1);
  });

  it("a Beschluss heading with clauses of its own after an Antrag is still a part", () => {
    const r = read(["Vorlagen-Nr. 25-V-06-0031", "Antrag der Verwaltung:", li("1.", "Die Stadt baut."), "Beschluss:", li("1.", "Die Stadt baut schneller.")]);
    expect(outline(r)).toEqual([
      ["beschluss", "", ["1."]],
      ["beschluss", "", ["1."]],
    ]);
  });
});

describe("Köln: BESCHLUSSENTWURF over a Kenntnisnahme and a Beschluss", () => {
  it("heads the two parts and is no empty part of its own; each part's list starts at 1.", () => {
    const r = read([
      "Vorlagen-Nummer: 2871/2025",
      "BESCHLUSSENTWURF:",
      "Die Bezirksvertretung Porz nimmt zur Kenntnis, dass",
      li("1.", "der Plan steigende Schülerzahlen erwartet;"),
      li("2.", "die Schule keine Mensa hat."),
      "Die Bezirksvertretung Porz beschließt:",
      li("1.", "Die Schule wird erweitert."),
      li("2.", "Die Verwaltung plant weiter."),
    ]);
    expect(outline(r)).toEqual([
      ["kenntnisnahme", "", ["1.", "2."]],
      ["beschluss", "", ["1.", "2."]],
    ]);
    expect(r.places[1]).toBe("heading");
  });

  it("a lone „Beschlussentwurf:“ over plain clauses is still the decision's heading", () => {
    const r = read(["Vorlagen-Nummer: 2871/2025", "Beschlussentwurf:", "Die Bezirksvertretung fordert die Verwaltung auf, zu berichten."]);
    expect(outline(r)).toEqual([["beschluss", "", ["Die Bezirksv"]]]);
  });
});
