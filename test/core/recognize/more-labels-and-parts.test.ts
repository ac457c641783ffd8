import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * Header labels and part headings of offices the defaults did not know (found on the fresh set),
 * as grammar data: „DS-Nr.:“, „Vorlage zur Sitzung der:“, „Verantwortliche/r:“, a part
 * „Personelle Auswirkungen“ whose „keine“ is no word on the money.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));
const decision = ["Beschlussvorschlag:", "Der Zuschuss von 1.800 € wird gewährt."];

describe("header labels", () => {
  it("reads the number after „DS-Nr.:“", () => {
    expect(read(["DS-Nr.: 94/2026", "Betreff: Ein Vorhaben", ...decision]).vorlage.header.vorlagenNr).toBe("94/2026");
  });

  it("reads the body after „Vorlage zur Sitzung der:“ as the Gremium", () => {
    const r = read([...row(1, 0, ["Drucksache Nr.:", "01288-26"]), ...row(1, 1, ["Vorlage zur Sitzung der:", "Bezirksvertretung Mitte"]), "Betreff: Ein Vorhaben", ...decision]);
    expect(r.vorlage.header.gremium).toBe("Bezirksvertretung Mitte");
  });

  it("reads the office after „Verantwortliche/r:“ as the lead", () => {
    const r = read([...row(1, 0, ["Vorlagennummer:", "31/118/2026"]), ...row(1, 1, ["Verantwortliche/r:", "Amt für Umweltschutz"]), "Betreff: Ein Vorhaben", ...decision]);
    expect(r.vorlage.zustaendigkeit.federfuehrend).toBe("Amt für Umweltschutz");
  });
});

describe("whether the sitting is public, by its own label", () => {
  it("reads „Sitzungsart: nichtöffentlich“ and „Öffentlichkeit: nicht öffentlich“, and „Sitzungsart: öffentlich“, taking no date from them", () => {
    const art = (line: string) => read(["Vorlagen-Nr. 25-V-03-0043", "Betreff: Zuschuss", line, ...decision]).vorlage.header;
    expect(art("Sitzungsart: nichtöffentlich").sitzungsart).toBe("nichtoeffentlich");
    expect(art("Öffentlichkeit: nicht öffentlich").sitzungsart).toBe("nichtoeffentlich");
    expect(art("Sitzungsart: nicht-öffentlich").sitzungsart).toBe("nichtoeffentlich");
    expect(art("Sitzungsart: öffentlich").sitzungsart).toBe("oeffentlich");
    expect(art("Sitzungsart: öffentlich").sitzungsdatum).toBe("");
  });
});

describe("a part after the Finanzierung", () => {
  it("„Personelle Auswirkungen: keine“ ends the Finanzierung: its „keine“ says nothing about money", () => {
    const r = read(["Vorlage Nr.: 1/2026", "Betreff: Ein Vorhaben", ...decision, "Finanzielle Auswirkungen", "Der Zuschuss wird im Haushaltsjahr 2026 gezahlt.", "Personelle Auswirkungen", "keine"]);
    expect(r.vorlage.finanzierung?.auswirkungen).toBe(true);
    expect(r.vorlage.finanzierung?.betragCent).toBe(180_000);
    expect(r.lines.find((l) => l.text === "Personelle Auswirkungen")?.decoded).toMatchObject({ role: "sachverhalt", head: true });
  });
});

describe("a Mitteilung zur Kenntnis: nothing decided", () => {
  const li = (label: string, text: string): ParagraphInput => ({ text, label: `${label}\t` });
  const r = read([
    "Mitteilung zur Kenntnis",
    ...row(1, 0, ["Vorlagennummer:", "12/034/2026"]),
    "Betreff",
    "Bericht über die Spielplätze",
    "I. Kenntnisnahme",
    "Der Bericht der Verwaltung dient zur Kenntnis.",
    "II. Sachbericht",
    li("1.", "Ergebnis"),
    "Alle Spielplätze wurden geprüft.",
    li("2.", "Ressourcen"),
    ...row(2, 0, ["Sachkosten:", "€", "bei Sachkonto:", ""]),
    "☒ Haushaltsmittel werden nicht benötigt",
    "☐ sind vorhanden",
  ]);

  it("reads „I. Kenntnisnahme“ as a Kenntnisnahme whose one clause is the sentence below it", () => {
    expect(r.vorlage.sections.map((s) => [s.kind, s.writtenNumber, s.clauses.map((c) => c.text)])).toEqual([["kenntnisnahme", "I.", ["Der Bericht der Verwaltung dient zur Kenntnis."]]]);
  });

  it("ends it at „II. Sachbericht“: the report's numbered parts are no clauses", () => {
    expect(r.lines.find((l) => l.text === "II. Sachbericht")?.decoded).toMatchObject({ role: "sachverhalt", head: true });
  });

  it("reads „Ressourcen“ as the Finanzierung and its ticked „Haushaltsmittel werden nicht benötigt“ as no financial effects", () => {
    expect(r.vorlage.finanzierung?.auswirkungen).toBe(false);
  });
});

describe("the offices taking part, as a label lists them", () => {
  const beteiligt = (value: string) => read([...row(1, 0, ["Vorlage Nr.:", "1/2026"]), ...row(1, 1, ["Beteiligte Dienststellen:", value]), "Betreff: Ein Vorhaben", ...decision]).vorlage.zustaendigkeit.beteiligt;

  it("are several where each part between the commas names an office", () => {
    expect(beteiligt("Amt für Gebäudemanagement, Stadtjugendamt")).toEqual(["Amt für Gebäudemanagement", "Stadtjugendamt"]);
  });

  it("stay one where a comma is inside one office's name", () => {
    expect(beteiligt("Fachbereich II – Ordnung, Bildung und Soziales")).toEqual(["Fachbereich II – Ordnung, Bildung und Soziales"]);
  });
});

describe("a Satzung the decision enacts", () => {
  it("is one clause with the text it announces, its Artikel and Paragraphen included", () => {
    const r = read([
      "Vorlage Nr.: 1/2026",
      "Betreff: Änderung der Hauptsatzung",
      "Beschlussentwurf:",
      "Aufgrund von § 7 GO hat der Rat in seiner Sitzung am ______ folgende 2. Änderungssatzung beschlossen:",
      "Artikel I",
      "In § 4 wird ein Satz angefügt.",
      "Artikel II",
      "Diese Satzung tritt am Tage nach ihrer Bekanntmachung in Kraft.",
      "Begründung:",
      "Das Gesetz verlangt es.",
    ]);
    expect(r.vorlage.sections.map((s) => s.clauses.length)).toEqual([1]);
    expect(r.vorlage.sections[0]?.clauses[0]?.text).toContain("Artikel II");
  });
});
