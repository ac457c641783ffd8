import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * Under one „Beschlussvorschlag:“, parts titled „I. Gesamtmaßnahmebeschluss“, „II. Überplanmäßige Ausgabe“, „III. Außerplanmäßige
 * Verpflichtungsermächtigung“, each over sentences of its own (Dessau-Roßlau): three decision parts, numbered as shown. They
 * were read as one part whose first clause was the title „I.“, and the second and third parts were lost.
 */
const read = (paragraphs: readonly string[]) => recognize(paragraphs, WIESBADEN, sequentialIds("k")).vorlage;
const shape = (paragraphs: readonly string[]) => read(paragraphs).sections.map((s) => [s.kind, s.writtenNumber, s.clauses.map((c) => c.writtenNumber ?? c.text.slice(0, 25))]);
const HEAD = ["Betreff:", "Neubau der Kindertagesstätte am Park", "Beschlussvorschlag:"];

describe("Roman-numbered titles right below a decision heading", () => {
  it("are the headings of decision parts, each with its own clauses", () => {
    expect(
      shape([
        ...HEAD,
        "I.\tGesamtmaßnahmebeschluss",
        "1.\tDer Stadtrat beschließt die Gesamtmaßnahme mit Gesamtkosten von 2.400.000 €.",
        "2.\tDie Kita wird für 90 Plätze errichtet.",
        "II.\tÜberplanmäßige Ausgabe",
        "Der Stadtrat beschließt eine überplanmäßige Ausgabe von 120.000 €.",
        "III.\tAußerplanmäßige Verpflichtungsermächtigung",
        "Der Stadtrat beschließt eine Verpflichtungsermächtigung von 300.000 €.",
        "Begründung:",
        "Die Kosten sind gestiegen.",
      ]),
    ).toEqual([
      ["beschluss", "I.", ["1.", "2."]],
      ["beschluss", "II.", ["Der Stadtrat beschließt e"]],
      ["beschluss", "III.", ["Der Stadtrat beschließt e"]],
    ]);
  });

  it("leave Roman sub-headings of the Begründung after the decision prose", () => {
    expect(
      shape([...HEAD, "Der Stadtrat beschließt den Neubau.", "Begründung:", "I. Ausgangslage", "Die alte Kita ist zu klein.", "II. Planung", "Der Neubau hat vier Gruppen."]),
    ).toEqual([["beschluss", undefined, ["Der Stadtrat beschließt d"]]]);
  });

  it("leave a single title „I.“ without a „II.“ as it was read before", () => {
    const paragraphs = [...HEAD, "I.\tGesamtmaßnahme", "Der Stadtrat beschließt die Gesamtmaßnahme.", "Begründung:", "Die Kosten sind gestiegen."];
    expect(read(paragraphs).sections).toHaveLength(1);
    expect(read(paragraphs).sections[0]?.writtenNumber).toBeUndefined();
  });
});
