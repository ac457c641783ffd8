import { detectReferences } from "../../../src/core/references/detect-references";

/**
 * An Änderungsantrag's clauses say how another Vorlage's decision is changed („In Ziffer 2 werden
 * die Worte … ersetzt“, „Nach Ziffer 3 wird folgende Ziffer 4 eingefügt“, „Die bisherige Ziffer 4
 * wird Ziffer 5“). Their Ziffern are the amended Vorlage's: tryout 4 found them checked against this
 * one („verweist auf Ziffer 4, die es nicht gibt“) and rewritten by `recognize --references`
 * („In Ziffer 1.2 werden die Worte …“), which changed the motion.
 */
const numbers = (text: string) => detectReferences(text).map((r) => r.number);

describe("references in an amendment instruction", () => {
  it.each([
    "In Ziffer 2 werden die Worte „ab 2027“ durch „ab 2026“ ersetzt.",
    "Nach Ziffer 3 wird folgende Ziffer 4 eingefügt: „Der Kreisausschuss berichtet jährlich.“",
    "Die bisherige Ziffer 4 wird Ziffer 5.",
    "Ziffer 2.1 wird gestrichen.",
    "Ziffer 1.3 erhält folgende Fassung: „Die Verwaltung wird beauftragt …“",
    "In Ziffer 1.2 wird das Wort „soll“ durch „muss“ ersetzt.",
  ])("are none of this Vorlage: %s", (text) => {
    expect(numbers(text)).toEqual([]);
  });

  it("keeps a reference in a plain sentence of the same clause", () => {
    expect(numbers("Die unter Ziffer 1.2 genannten Mittel werden bereitgestellt. Ziffer 3 wird gestrichen.")).toEqual(["1.2"]);
  });

  it("keeps ordinary references to this Vorlage's clauses", () => {
    expect(numbers("Die Verwaltung setzt die Maßnahme nach Ziffer 2 um.")).toEqual(["2"]);
    expect(numbers("Die Kosten gemäß 1.3 trägt der Kreis.")).toEqual(["1.3"]);
  });
});
