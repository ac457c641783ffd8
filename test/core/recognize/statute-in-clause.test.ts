import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A clause that enacts a Satzung („… die folgende Satzung erlassen wird:“) carries the Satzung's
 * text below it: its Artikel, §§ and Absätze („(1)“, „(2)“). Tryout 4 found them read as Ziffern
 * (false „doppelt vergeben“), the next real Ziffer and the last § dropped out of the decision, and
 * `recognize --renumber` rewrote the Absätze. They are the clause's text; the clause numbering goes
 * on with the next number of the same shape.
 */
const read = (paragraphs: readonly string[]) => recognize(paragraphs, WIESBADEN, sequentialIds("s"));

/** A small Vorlage whose clause 1.1 enacts a statute given as `statute` lines, with clause 1.2 after it. */
const vorlageWithStatute = (statute: readonly string[], after = "1.2 die Verwaltung die Satzung öffentlich bekannt macht.") => [
  "Stadtverordnetenversammlung",
  "Vorlagen-Nr. 25-V-01-0001",
  "Satzung zur Änderung einer Gebührensatzung",
  "1. Es wird beschlossen, dass",
  "1.1 die folgende Satzung erlassen wird:",
  ...statute,
  after,
  "Finanzielle Auswirkungen: keine",
];

const STATUTE = ["Satzung zur Änderung der Gebührensatzung", "§ 1 Gebührenhöhe", "(1) Die Gebühr A beträgt 100 €.", "(2) Die Gebühr B beträgt 50 €.", "§ 2 Inkrafttreten", "Diese Satzung tritt am 01.01.2026 in Kraft."];

describe("a statute enacted by a clause", () => {
  it("keeps the §§ and Absätze as the clause's text and reads the next Ziffer", () => {
    const r = read(vorlageWithStatute(STATUTE));
    const clauses = r.vorlage.sections[0]?.clauses ?? [];
    expect(clauses.map((c) => c.writtenNumber)).toEqual(["1.1", "1.2"]);
    expect(clauses[0]?.text).toBe(["die folgende Satzung erlassen wird:", ...STATUTE].join("\n"));
    expect(clauses[1]?.text).toBe("die Verwaltung die Satzung öffentlich bekannt macht.");
  });

  it("keeps a statute with Artikel and lettered items whole, when it is the last clause", () => {
    const statute = ["Artikel 1", "§ 3 Ausnahmen", "(1) Befreit sind:", "a) Kinder,", "b) Schüler.", "Artikel 2", "Diese Satzung tritt am Tag nach der Bekanntmachung in Kraft."];
    const r = read(vorlageWithStatute(statute, ""));
    const clauses = r.vorlage.sections[0]?.clauses ?? [];
    expect(clauses.map((c) => c.writtenNumber)).toEqual(["1.1"]);
    expect(clauses[0]?.text).toBe(["die folgende Satzung erlassen wird:", ...statute].join("\n"));
  });

  it("still reads plain numbered clauses after a clause that only cites a §", () => {
    const r = read(vorlageWithStatute(["§ 5 der Hauptsatzung bleibt unberührt."], "1.2 die Verwaltung berichtet."));
    expect(r.vorlage.sections[0]?.clauses.map((c) => c.writtenNumber)).toEqual(["1.1", "1.2"]);
  });
});
