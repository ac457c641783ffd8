import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { isDateAlone } from "../../../src/core/recognize/date-alone";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * München's cover sheet: the title above „Sitzungsvorlage Nr.“, the session and its date („vom 30.11.2022“) below it.
 * The date is never the Betreff (fifth tryout: „vom 30.11.2022“ was read as the Betreff and written into the document's
 * properties, the real title was read as a signature).
 */
const head = [
  "Telefon: 0 233-47574",
  "Telefax: 0 233-47580",
  "Referat für Klima- und Umweltschutz",
  "Umweltschutz",
  "Wasserrecht",
  "RKU-IV-13",
  "",
  "Personalbedarf im Sachgebiet Wasserrecht sowie",
  "technische Sachverständigen-Dienstleistungen",
  "Produkt 45561300 Umweltschutz",
  "Beschluss über die Finanzierung ab 2023",
  "",
  "Sitzungsvorlage Nr. 20-26 / V 07523",
  "",
  "Beschluss der Vollversammlung des Stadtrates",
  "vom 30.11.2022",
  "Öffentliche Sitzung",
  "",
  "I. Vortrag und Antrag der Referentin",
  "wie in der Sitzung des Ausschusses für Klima- und Umweltschutz am 15.11.2022. Der Ausschuss hat die Annahme des Antrages empfohlen.",
  "",
  "II. Beschluss",
  "nach Antrag.",
];

describe("a München cover sheet", () => {
  it("reads the title above the number as the Betreff, not the session's date below it", () => {
    const r = recognize(head, WIESBADEN, sequentialIds("m"));
    expect(r.vorlage.header.betreff).toBe("Personalbedarf im Sachgebiet Wasserrecht sowie technische Sachverständigen-Dienstleistungen");
    expect(r.vorlage.header.sitzungsdatum).toBe("2022-11-30");
  });

  it("takes a line that only says when for no subject", () => {
    expect(isDateAlone("vom 30.11.2022")).toBe(true);
    expect(isDateAlone("am 12. Mai 2025")).toBe(true);
    expect(isDateAlone("Haushaltssatzung 2025 vom 30.11.2022")).toBe(false);
  });
});
