import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * The header of other offices' Vorlagen (corpus documents 24–27): Köln's „Vorlagen-Nummer“ and
 * „hier: …“, the body and date in „Sitzung der … am …“ / „Beschluss der … vom …“, München's
 * title above the Sitzungsvorlage Nr. (with a soft line break), Frankfurt's „Antrag vom …, OF …“
 * and the Ortsbeirat its heading names, Karlsruhe's Beratungsfolge with crosses under ö / nö.
 */
const read = (lines: readonly (string | ParagraphInput)[], profile = WIESBADEN) => recognize(lines, profile, sequentialIds("k"));
const li = (label: string, text: string): ParagraphInput => ({ text, label: `${label}\t` });
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));

describe("Köln: Vorlagen-Nummer, Sitzung der Bezirksvertretung, „hier:“", () => {
  const r = read([
    "Die Oberbürgermeisterin",
    "Vorlagen-Nummer: 2871/2025",
    "Sitzung der Bezirksvertretung Porz am 26.08.2025, TOP 7.2.8",
    "Betreff",
    "Grundschule Am Rheinufer in Köln-Porz",
    "hier: Erweiterung um eine Mensa",
    "Die Bezirksvertretung Porz beschließt:",
    li("1.", "Die Schule wird erweitert."),
  ]);

  it("reads the number after „Vorlagen-Nummer“", () => expect(r.vorlage.header.vorlagenNr).toBe("2871/2025"));

  it("takes the body, the date and the TOP from „Sitzung der … am …, TOP …“", () => {
    expect([r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum, r.vorlage.header.tagesordnungspunkt]).toEqual(["Bezirksvertretung Porz", "2025-08-26", "7.2.8"]);
  });

  it("joins the „hier:“ line to the Betreff, and names no single range for a value on two paragraphs", () => {
    expect(r.vorlage.header.betreff).toBe("Grundschule Am Rheinufer in Köln-Porz, hier: Erweiterung um eine Mensa");
    expect(r.places[5]).toBe("header");
    expect(r.anchors.fields.map((f) => f.field)).not.toContain("header.betreff");
  });
});

describe("München: the Vollversammlung, and the title above the Sitzungsvorlage Nr.", () => {
  const r = read([
    ...row(0, 0, ["Landeshauptstadt München\nReferat für Klima- und Umweltschutz", "Telefon: 089 233-41870"]),
    "Unterhalt der Gewässerrandstreifen\vund Vergabe hydrologischer Gutachten",
    "Produkt 45561300 Umweltschutz",
    "Sitzungsvorlage Nr. 20-26 / V 09412",
    "Beschluss der Vollversammlung des Stadtrates vom 22.03.2023",
    "Öffentliche Sitzung",
    li("II.", "Antrag der Referentin"),
    li("1.", "Der Stadtrat nimmt Kenntnis."),
  ]);

  it("reads the body and the date of „Beschluss der … vom …“", () => {
    expect([r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum, r.vorlage.header.sitzungsart]).toEqual(["Vollversammlung des Stadtrates", "2023-03-22", "oeffentlich"]);
  });

  it("takes the title above the number as the Betreff, its soft line break as a space", () => {
    expect(r.vorlage.header.vorlagenNr).toBe("20-26 / V 09412");
    expect(r.vorlage.header.betreff).toBe("Unterhalt der Gewässerrandstreifen und Vergabe hydrologischer Gutachten");
  });

  it("gives a body in the genitive („des Bauausschusses“) its name", () => {
    const b = read(["Vorlagen-Nr. 25-V-06-0031", "Sitzung des Bauausschusses am 05.05.2025", "Beschlussvorschlag:", "1.\tDie Stadt baut."]);
    expect([b.vorlage.header.gremium, b.vorlage.header.sitzungsdatum]).toEqual(["Bauausschuss", "2025-05-05"]);
  });

  it("Karlsruhe's printing note above the number is no Betreff", () => {
    const b = read(["Beschlussvorlage", "Gedruckt auf 100 Prozent Recyclingpapier", "Vorlage Nr.: 2026/0139", "Beschlussantrag", "Der Gemeinderat ermächtigt die Betriebsleitung."], KARLSRUHE);
    expect(b.vorlage.header.betreff).toBe("");
  });

  it("a letterhead's office or city is no Betreff", () => {
    const b = read(["Landeshauptstadt München", "Referat für Klima- und Umweltschutz", "Sitzungsvorlage Nr. 20-26 / V 09412", "Beschlussvorschlag:", "1.\tDie Stadt baut."]);
    expect(b.vorlage.header.betreff).toBe("");
  });
});

describe("Frankfurt: an Ortsbeirat's Antrag", () => {
  it("reads the OF number of „Antrag vom …, OF 1243/6“ and the Ortsbeirat the heading names, with its number from the header", () => {
    const r = read(["Ortsbeirat 6", "Antrag vom 11.03.2025, OF 1243/6", "Betreff:", "Sichere Schulwege", "Der Ortsbeirat möge beschließen:", "Der Magistrat wird gebeten, zu prüfen."]);
    expect([r.vorlage.header.vorlagenNr, r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum]).toEqual(["OF 1243/6", "Ortsbeirat 6", ""]);
    expect(r.places[0]).toBe("header");
  });

  it("names the body of the heading alone when the header does not number it", () => {
    const r = read(["Betreff: Sichere Schulwege", "Der Ortsbeirat möge beschließen:", "Der Magistrat wird gebeten, zu prüfen."]);
    expect(r.vorlage.header.gremium).toBe("Ortsbeirat");
  });
});

describe("Karlsruhe: a Beratungsfolge with crosses under ö and nö", () => {
  const r = read(
    [
      "Vorlage Nr.: 2026/0218",
      "Beratungsfolge dieser Vorlage",
      ...row(0, 0, ["Gremium", "Termin", "TOP", "ö", "nö", "Ergebnis"]),
      ...row(0, 1, ["Ausschuss für Umwelt und Gesundheit", "12.05.2026", "3", "", "x", "Vorberatung"]),
      ...row(0, 2, ["Gemeinderat", "19.05.2026", "14", "x", "", "Entscheidung"]),
      "Beschlussantrag",
      li("1.", "Der Gemeinderat beschließt die Pflanzung."),
    ],
    KARLSRUHE,
  );

  it("reads each row by its columns: the deciding body, its date, TOP and public session", () => {
    const h = r.vorlage.header;
    expect([h.gremium, h.sitzungsdatum, h.tagesordnungspunkt, h.sitzungsart]).toEqual(["Gemeinderat", "2026-05-19", "14", "oeffentlich"]);
    expect(r.vorlage.beratungsfolge.map((b) => [b.gremium, b.datum, b.rolle, b.entscheidend])).toEqual([
      ["Ausschuss für Umwelt und Gesundheit", "2026-05-12", "Vorberatung", false],
      ["Gemeinderat", "2026-05-19", "Entscheidung", true],
    ]);
  });
});

describe("the real samples' forms that LibreOffice documents 24–27 do not show", () => {
  it("„Beschluss der Vollversammlung des Stadtrates“ with „vom 30.11.2022“ on the next line gives body and date (München's cover sheet)", () => {
    const r = read(["Sitzungsvorlage Nr. 20-26 / V 07523", "Beschluss der Vollversammlung des Stadtrates", "vom 30.11.2022", "wie in der Sitzung des Ausschusses am 15.11.2022.", "II. Beschluss", "nach Antrag."]);
    expect([r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum]).toEqual(["Vollversammlung des Stadtrates", "2022-11-30"]);
    expect(r.places[2]).toBe("header");
  });

  it("a Köln Fraktionsantrag: the body and date of „Antrag zur Sitzung der … am …“, the Betreff after „hier:“", () => {
    const r = read(["Antrag zur Sitzung der Bezirksvertretung Köln-Porz am 26. August 2008", "hier: Konzept der Musikschule in Köln-Porz", "BESCHLUSSENTWURF:", "Die Bezirksvertretung Porz fordert die Verwaltung auf, zu berichten."]);
    expect([r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum, r.vorlage.header.betreff]).toEqual(["Bezirksvertretung Köln-Porz", "2008-08-26", "Konzept der Musikschule in Köln-Porz"]);
  });

  it("„Beschlussantrag (Kurzfassung)“ heads the decision; the remark in brackets is no clause", () => {
    const r = read(["Vorlage Nr.: 2025/1057", "Beschlussantrag (Kurzfassung)", "1. Der Gemeinderat beschließt die Stellen.", "2. Der Gemeinderat nimmt die Liste zur Kenntnis."], KARLSRUHE);
    expect(r.vorlage.sections.map((s) => s.clauses.map((c) => c.writtenNumber))).toEqual([["1.", "2."]]);
  });

  it("the deciding body is named by the decision's heading, not by the Kenntnisnahme's", () => {
    const r = read(["Betreff: Schulwege", "Der Ortsbeirat nimmt zur Kenntnis, dass", "1.\tdie Wege gefährlich sind.", "Die Bezirksvertretung Porz beschließt:", "1.\tDie Wege werden sicherer."]);
    expect(r.vorlage.header.gremium).toBe("Bezirksvertretung Porz");
  });
});

describe("Karlsruhe: a Beratungsfolge as text, with a cross whose column is lost", () => {
  it("still gives the deciding body, its date and TOP, and leaves public or not unsaid", () => {
    const r = read(["Vorlage Nr.: 2025/1057", "Gremium Termin TOP ö nö Ergebnis", "Personalausschuss 12.12.2025 3  x Vorberatung", "Gemeinderat 22.12.2025 6.1 X  Entscheidung", "Beschlussantrag", "1. Der Gemeinderat beschließt die Stellen."], KARLSRUHE);
    const h = r.vorlage.header;
    expect([h.gremium, h.sitzungsdatum, h.tagesordnungspunkt, h.sitzungsart]).toEqual(["Gemeinderat", "2025-12-22", "6.1", undefined]);
    expect(r.vorlage.beratungsfolge.map((b) => b.gremium)).toEqual(["Personalausschuss", "Gemeinderat"]);
  });
});
