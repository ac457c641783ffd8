import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { validate } from "../../../src/core/validation/validate";

/**
 * The Verteiler as offices write it beyond the profile's two phrases. Found by the third tryout: „Dem Magistrat / mit der
 * Bitte um Beschlussfassung“ was read as part of the Anlagen, and a „Verteiler“ heading over „Dezernat II – zur Kenntnis“
 * and „Kämmerei – zur weiteren Veranlassung“ as the Zeichnung; both then got the false error „Der Verteiler ist leer.“
 */
const doc = (...tail: string[]) => [
  "Vorlagen-Nr. 25-V-06-0012",
  "Gremium: Stadtverordnetenversammlung",
  "Sitzungsdatum: 06.05.2025",
  "Betreff: Beschaffung von Lastenrädern",
  "1. Es wird beschlossen, dass",
  "1.1 sechs Lastenräder beschafft werden.",
  ...tail,
  "Wiesbaden, 14.04.2025",
  "Kowol",
];
const read = (...tail: string[]) => {
  const r = recognize(doc(...tail), WIESBADEN, sequentialIds("v"));
  return { entries: r.vorlage.verteiler.map((e) => ({ empfaenger: e.empfaenger, bitte: e.bitte })), codes: validate(r.vorlage, WIESBADEN).map((f) => f.code) };
};

describe("Verteiler wordings", () => {
  it.each([
    ["mit der Bitte um Beschlussfassung"],
    ["mit der Bitte um Zustimmung"],
    ["zur Entscheidung"],
  ])("reads „Dem Magistrat / %s“ after the Anlagen as a request to act", (bitte) => {
    const r = read("Anlagen", "Anlage 1: Angebotsvergleich (3 Seiten)", "Dem Magistrat", bitte);
    expect(r.entries).toEqual([{ empfaenger: "Dem Magistrat", bitte: "veranlassung" }]);
    expect(r.codes).not.toContain("verteiler-missing");
  });

  it("reads recipients with their Bitte after a dash under a „Verteiler“ heading", () => {
    const r = read("Verteiler", "Dezernat II – zur Kenntnis", "Kämmerei – zur weiteren Veranlassung");
    expect(r.entries).toEqual([
      { empfaenger: "Dezernat II", bitte: "kenntnisnahme" },
      { empfaenger: "Kämmerei", bitte: "veranlassung" },
    ]);
    expect(r.codes).not.toContain("verteiler-missing");
  });

  it("takes no sentence that begins with the same words for a Bitte", () => {
    const r = read("Zur Prüfung der Angebote wurde eine Bewertungsmatrix verwendet.");
    expect(r.entries).toEqual([]);
  });
});

describe("the „Verteiler“ heading", () => {
  it("belongs to the entries below it, not named as fitting nowhere", () => {
    const r = recognize(doc("Verteiler", "Dezernat II – zur Kenntnis"), WIESBADEN, sequentialIds("v"));
    expect(r.findings.filter((f) => f.code === "recognize-unassigned" && f.params?.["auszug"] === "Verteiler")).toEqual([]);
  });
});
