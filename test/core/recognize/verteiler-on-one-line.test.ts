import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { recipientWithBitte } from "../../../src/core/recognize/recipient-and-bitte";

/**
 * A Verteiler entry typed on one line („Dem Dezernat III mit der Bitte um Kenntnisnahme“) is read as the same entry on
 * two lines is (fifth tryout: it was „nicht erkannt“, and the check asked for what was there).
 */
const read = (...tail: string[]) =>
  recognize(
    [
      "Magistrat",
      "Tagesordnung I Punkt 4 der öffentlichen Sitzung am 12.05.2025",
      "Vorlagen-Nr. 25-V-03-0017",
      "Betreff: Zuschuss an den Verein Stadtteilbibliothek",
      "Federführendes Dezernat: III",
      "Es wird beschlossen, dass",
      "1.1 dem Verein ein Zuschuss gewährt wird.",
      ...tail,
      "Wiesbaden, 22.04.2025",
      "Dr. Manjura",
    ],
    WIESBADEN,
    sequentialIds("v"),
  );

const entries = (...tail: string[]) => read(...tail).vorlage.verteiler.map((e) => [e.empfaenger, e.bitte]);

describe("a Verteiler entry on one line", () => {
  it("reads the recipient and a Kenntnisnahme", () => {
    expect(entries("Dem Dezernat III mit der Bitte um Kenntnisnahme")).toEqual([["Dem Dezernat III", "kenntnisnahme"]]);
  });

  it("reads a Bitte um weitere Veranlassung", () => {
    expect(entries("Dem Magistrat mit der Bitte um weitere Veranlassung")).toEqual([["Dem Magistrat", "veranlassung"]]);
  });

  it("reads it under a „Verteiler“ heading, and says nothing is uncertain", () => {
    const r = read("Verteiler", "Dezernat III mit der Bitte um Kenntnisnahme");
    expect(r.vorlage.verteiler.map((e) => e.empfaenger)).toEqual(["Dezernat III"]);
    expect(r.findings.filter((f) => f.params["field"] === "verteiler")).toEqual([]);
  });

  it("reads the same entries as the two-line form", () => {
    expect(entries("Dem Magistrat mit der Bitte um Kenntnisnahme")).toEqual(entries("Dem Magistrat", "mit der Bitte um Kenntnisnahme"));
  });

  it("takes no sentence for a recipient", () => {
    expect(recipientWithBitte("Der Magistrat nimmt den Bericht zur Kenntnis.")).toBeUndefined();
    expect(recipientWithBitte("Wir übersenden die Liste mit der Bitte um Kenntnisnahme")).toBeUndefined();
    expect(recipientWithBitte("Amt für Umwelt und Grünflächen zur weiteren Veranlassung")).toEqual({ empfaenger: "Amt für Umwelt und Grünflächen", bitte: "zur weiteren Veranlassung" });
  });
});
