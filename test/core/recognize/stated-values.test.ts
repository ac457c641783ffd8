import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";

/**
 * Values read as the document states them, not more and not less (found on the second fresh
 * set): a report „halbjährlich“ is no yearly payment, a Dezernat with a sub-unit („II/A“) keeps
 * it, a Beratungsfolge whose role column is headed „Beratung“ marks its deciding row.
 */
const read = (lines: readonly (string | ParagraphInput)[]) => recognize(lines, WIESBADEN, sequentialIds("k"));
const li = (label: string, text: string): ParagraphInput => ({ text, label: `${label}\t` });
const row = (table: number, r: number, cells: readonly string[]): ParagraphInput[] => cells.map((text, col) => ({ text, cell: { table, row: r, col } }));

describe("the Turnus of the Finanzierung", () => {
  it("does not take „halbjährlich“ for „jährlich“", () => {
    const r = read([
      "Vorlage Nr.: 12/2026",
      "Betreff: Beitritt zu einem Zweckverband",
      "Beschlussvorschlag:",
      li("1.", "Die Stadt tritt dem Zweckverband bei und leistet eine Einlage von 4.000 €."),
      li("2.", "Der Magistrat berichtet halbjährlich über die Arbeit des Verbandes."),
      "Finanzielle Auswirkungen:",
      "Einmalige Auszahlung von 4.000 € im Haushaltsjahr 2026.",
    ]);
    expect(r.vorlage.finanzierung?.turnus).toBe("einmalig");
  });
});

describe("a numbered Dezernat with a sub-unit", () => {
  const r = read(["Vorlage Nr.: 13/2026", "Federführung: Dezernat III/C", "Beteiligt: Dezernat V/A", "Betreff: Neuordnung der Parkgebühren", "Beschlussvorschlag:", "Die Gebühren werden neu geordnet."]);

  it("keeps „III/C“ whole as the lead, not „III“", () => expect(r.vorlage.zustaendigkeit.federfuehrend).toBe("III/C"));

  it("writes the Dezernat taking part as its number, „V/A“", () => expect(r.vorlage.zustaendigkeit.beteiligt).toEqual(["V/A"]));

  it("writes a numbered Dezernat the profile does not know as its number", () => {
    const s = read(["Vorlage Nr.: 14/2026", "Federführende Stelle: Dezernat 9", "Betreff: Neuordnung der Parkgebühren", "Beschlussvorschlag:", "Die Gebühren werden neu geordnet."]);
    expect(s.vorlage.zustaendigkeit.federfuehrend).toBe("9");
  });
});

describe("a Beratungsfolge whose role column is headed „Beratung“", () => {
  it("takes the row marked „Entscheidung“, not the first body the profile knows", () => {
    const r = read([
      "Vorlage Nr.: 15/2026",
      ...row(1, 0, ["Beratungsfolge", "Sitzung am", "Beratung"]),
      ...row(1, 1, ["Magistrat", "02.03.2026", "Vorberatung"]),
      ...row(1, 2, ["Bauausschuss", "09.03.2026", "Vorberatung"]),
      ...row(1, 3, ["Stadtverordnetenversammlung", "26.03.2026", "Entscheidung"]),
      "Betreff: Neuordnung der Parkgebühren",
      "Beschlussvorschlag:",
      "Die Gebühren werden neu geordnet.",
    ]);
    expect([r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum]).toEqual(["Stadtverordnetenversammlung", "2026-03-26"]);
  });

  it("still reads „Beratung“ as the body's column where it heads the names", () => {
    const r = read([
      "Vorlage Nr.: 16/2026",
      ...row(1, 0, ["Beratung", "Datum", "Zuständigkeit"]),
      ...row(1, 1, ["Bauausschuss", "09.03.2026", "Vorberatung"]),
      ...row(1, 2, ["Gemeinderat", "26.03.2026", "Entscheidung"]),
      "Betreff: Neuordnung der Parkgebühren",
      "Beschlussvorschlag:",
      "Die Gebühren werden neu geordnet.",
    ]);
    expect([r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum]).toEqual(["Gemeinderat", "2026-03-26"]);
  });
});

describe("a list inside the Begründung", () => {
  const r = read([
    "Vorlage Nr.: 17/2026",
    "Betreff: Grundsätze für die Pflege der Grünflächen",
    "Beschlussvorschlag:",
    "Die Grundsätze werden bei der Pflege der Grünflächen angewendet.",
    "Die Verwaltung wird beauftragt, die Grundsätze den Vereinen vorzustellen.",
    "Begründung:",
    "Die Grünflächen der Stadt werden seit Jahren nach wechselnden Regeln gepflegt.",
    "Aus den bisherigen Verfahren ergeben sich folgende Grundsätze:",
    li("•", "wiesen werden höchstens zweimal im Jahr gemäht,"),
    li("•", "hecken werden nur im Winter geschnitten,"),
    li("•", "laub bleibt unter den Sträuchern liegen."),
    "Für Gutachten wurden seit 2020 rund 60.000 € an Gutachterkosten aufgewendet.",
  ]);

  it("keeps the bullets and the prose after them in the Begründung", () => {
    expect(r.lines.slice(6).map((l) => l.decoded.role)).toEqual(["sachverhalt", "sachverhalt", "sachverhalt", "sachverhalt", "sachverhalt", "sachverhalt"]);
  });

  it("reads no Finanzierung from a figure of the Begründung", () => expect(r.vorlage.finanzierung).toBeUndefined());
});

describe("the Gesamtkosten a decision names beside the Mehrkosten", () => {
  const r = read([
    "Vorlage Nr.: 18/2026",
    "Betreff: Umbau der Turnhalle",
    "Beschlussvorschlag:",
    li("1.", "Der Rat beschließt den Umbau der Turnhalle mit Gesamtkosten von 800.000 €."),
    li("2.", "Die Mehrkosten von 50.000 € werden aus dem Ansatz für Straßenunterhaltung gedeckt."),
    "Finanzielle Auswirkungen:",
    "Die Gesamtkosten des Umbaus betragen nach der neuen Schätzung des Planungsbüros 800.000 €. Im Haushalt 2026 sind 750.000 € veranschlagt.",
  ]);

  it("takes the Gesamtkosten as the Betrag, and the Haushaltsjahr", () => {
    expect([r.vorlage.finanzierung?.auswirkungen, r.vorlage.finanzierung?.betragCent, r.vorlage.finanzierung?.haushaltsjahr]).toEqual([true, 80_000_000, 2026]);
  });

  it("takes none where two amounts are Gesamtkosten", () => {
    const s = read([
      "Vorlage Nr.: 19/2026",
      "Betreff: Umbau der Turnhalle",
      "Beschlussvorschlag:",
      li("1.", "Der Rat beschließt den Umbau der Turnhalle mit Gesamtkosten von 800.000 €."),
      li("2.", "Der Rat beschließt den Umbau der Aula mit Gesamtkosten von 300.000 €."),
    ]);
    expect(s.vorlage.finanzierung?.betragCent).toBeUndefined();
  });
});

describe("the office that wrote the Vorlage as its Federführung", () => {
  const decision = ["Betreff: Neuordnung der Parkgebühren", "Beschlussvorschlag:", "Die Gebühren werden neu geordnet."];

  it("reads an „Amt“ row of the label table", () => {
    const r = read(["Vorlage Nr.: 20/2026", ...row(1, 0, ["Gremium", "Gemeinderat"]), ...row(1, 1, ["Amt", "Ordnungsamt"]), ...row(1, 2, ["Sachbearbeitung", "Frau Kühn"]), ...decision]);
    expect(r.vorlage.zustaendigkeit.federfuehrend).toBe("Ordnungsamt");
  });

  it("reads „Fachbereich:“ with its value as written", () => {
    const r = read(["Vorlage Nr.: 21/2026", "Fachbereich: FB 3 – Umwelt und Verkehr", "Datum: 02.03.2026", ...decision]);
    expect(r.vorlage.zustaendigkeit.federfuehrend).toBe("FB 3 – Umwelt und Verkehr");
  });

  it("lets a Federführung label win over the office's", () => {
    const r = read(["Vorlage Nr.: 22/2026", "Amt: Kämmerei", "Federführend: Stadtplanungsamt", ...decision]);
    expect(r.vorlage.zustaendigkeit.federfuehrend).toBe("Stadtplanungsamt");
  });
});

describe("figures that are not this Vorlage's amount", () => {
  it("takes no rate „je Einwohner“ for the Betrag beside the sum it gives", () => {
    const r = read([
      "Vorlage Nr.: 23/2026",
      "Betreff: Beitritt zum Musikschulverband",
      "Beschlussvorschlag:",
      "Die Gemeinde tritt dem Musikschulverband bei.",
      "Finanzielle Auswirkungen:",
      "Die Umlage beträgt 0,40 € je Einwohner, für die Gemeinde 3.200 € jährlich ab dem Haushaltsjahr 2027.",
    ]);
    expect([r.vorlage.finanzierung?.betragCent, r.vorlage.finanzierung?.turnus, r.vorlage.finanzierung?.haushaltsjahr]).toEqual([320_000, "jaehrlich", 2027]);
  });

  it("still takes an amount „je Jahr“ or one shared „je zur Hälfte“", () => {
    const yearly = read(["Vorlage Nr.: 25/2026", "Betreff: Zuschuss an den Heimatverein", "Beschlussvorschlag:", "Der Heimatverein erhält einen Zuschuss von 2.000 € je Jahr."]);
    const shared = read(["Vorlage Nr.: 26/2026", "Betreff: Neue Bänke", "Beschlussvorschlag:", "Die Kosten von 9.000 € je zur Hälfte aus dem Budget der Dezernate II und IV getragen werden."]);
    expect([yearly.vorlage.finanzierung?.betragCent, yearly.vorlage.finanzierung?.turnus, shared.vorlage.finanzierung?.betragCent]).toEqual([200_000, "jaehrlich", 900_000]);
  });

  it("leaves out what is „nicht Gegenstand dieser Vorlage“ or decided later, and reads the year from the table's column", () => {
    const r = read([
      "Vorlage Nr.: 24/2026",
      "Betreff: Sanierung der Brücke am Mühlbach",
      "Beschlussvorschlag:",
      li("1.", "Der Rat beschließt die Sanierung des ersten Abschnitts mit Kosten von 300.000 €."),
      li("2.", "Über den zweiten Abschnitt, dessen Kosten auf 500.000 € geschätzt werden, wird gesondert entschieden."),
      "Finanzielle Auswirkungen:",
      ...row(5, 0, ["Abschnitt", "Betrag", "Haushaltsjahr"]),
      ...row(5, 1, ["erster Abschnitt", "300.000 €", "2026"]),
      ...row(5, 2, ["zweiter Abschnitt (nachrichtlich, nicht Gegenstand dieser Vorlage)", "500.000 €", "2028"]),
    ]);
    expect([r.vorlage.finanzierung?.betragCent, r.vorlage.finanzierung?.haushaltsjahr]).toEqual([30_000_000, 2026]);
  });
});

describe("a Zeichnung signed by a body", () => {
  it("reads the name below „Der Magistrat“", () => {
    const r = read(["Vorlage Nr.: 27/2026", "Betreff: Neue Bänke", "Beschlussvorschlag:", "Es werden neue Bänke aufgestellt.", "Waldstadt, 03.03.2026", "Der Magistrat", "Erika Sommerfeld", "Bürgermeisterin"]);
    expect(r.vorlage.zeichnungen.map((z) => [z.ort, z.datum, z.name])).toEqual([["Waldstadt", "2026-03-03", "Erika Sommerfeld"]]);
  });

  it("takes no sentence below the body for a name", () => {
    const r = read(["Vorlage Nr.: 28/2026", "Betreff: Neue Bänke", "Beschlussvorschlag:", "Es werden neue Bänke aufgestellt.", "Waldstadt, 03.03.2026", "Der Magistrat", "Die Anlagen liegen im Ratsinformationssystem bereit."]);
    expect(r.vorlage.zeichnungen.map((z) => z.name)).toEqual([""]);
  });
});

describe("a Kreis's header block without labels for number, body and Betreff", () => {
  const r = read([
    "öffentliche Vorlage",
    "Drs.Nr. 41/26",
    "Anlagen: keine",
    "Ausschuss für Schule und Sport",
    "Der Landrat",
    ...row(2, 0, ["Dezernent:", "Herr Albers"]),
    ...row(2, 1, ["Datum:", "03.02.2026"]),
    ...row(2, 2, ["voraussichtlich:", "24.02.2026"]),
    "Neubau einer Dreifeldhalle am Gymnasium Nordheim",
    "Beschlussvorschlag:",
    "Der Neubau der Halle wird beschlossen.",
  ]);

  it("reads the number after „Drs.Nr.“", () => expect(r.vorlage.header.vorlagenNr).toBe("41/26"));

  it("takes the plain line above the decision as the Betreff, not a label line or the body's name", () => expect(r.vorlage.header.betreff).toBe("Neubau einer Dreifeldhalle am Gymnasium Nordheim"));

  it("takes the body named alone on its line and the date „voraussichtlich:“", () => {
    expect([r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum]).toEqual(["Ausschuss für Schule und Sport", "2026-02-24"]);
  });
});

describe("a RIS line „… Entscheidung“ beside the header's Gremium", () => {
  const ris = (label: string) => read(["Vorlage Nr.: 29/2026", label, "Betreff: Neue Bänke", "Beratungsfolge:", "Gemeinderat 12.03.2026 3 Ö Entscheidung", "Beschlussvorschlag:", "Es werden Bänke aufgestellt."]);
  const uncertain = (r: ReturnType<typeof read>) => r.findings.filter((f) => f.code === "recognize-uncertain").map((f) => f.params["field"]);

  it("takes neither where the label names another body, and says so", () => {
    const r = ris("Gremium: Bauausschuss");
    expect([r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum, uncertain(r)]).toEqual(["", "", ["header.gremium"]]);
  });

  it("takes the row where the label names the same body", () => {
    const r = ris("Gremium: Gemeinderat");
    expect([r.vorlage.header.gremium, r.vorlage.header.sitzungsdatum, uncertain(r)]).toEqual(["Gemeinderat", "2026-03-12", []]);
  });
});

describe("a part heading with a short complement", () => {
  it("reads „Erläuterungen zur Änderung:“ as the heading of the Sachverhalt, not as a clause", () => {
    const r = read(["Vorlage Nr.: 30/2026", "Betreff: Neue Bänke", "Beschlussvorschlag:", li("1.", "Es werden Bänke aufgestellt."), "Erläuterungen zur Änderung:", "Die Zahl der Bänke wurde erhöht."]);
    expect(r.lines.slice(4).map((l) => [l.decoded.role, l.decoded.head])).toEqual([["sachverhalt", true], ["sachverhalt", false]]);
  });
});

describe("numbered points inside a Begründung", () => {
  it("keeps typed 1.–3. under „Begründung“ in it, and the decision's one clause alone", () => {
    const r = read([
      "Vorlage Nr.: 31/2026",
      "Betreff: Bestellung einer Schiedsperson",
      "Beschlussvorschlag",
      "Der Rat bestellt Frau Ida Muster für fünf Jahre zur Schiedsperson des Bezirks Nord.",
      "Begründung",
      "Die Amtszeit der bisherigen Schiedsperson endet im Frühjahr. Frau Muster erfüllt die Voraussetzungen:",
      "1.\tSie wohnt seit zwölf Jahren im Bezirk Nord.",
      "2.\tSie hat den Einführungslehrgang im Januar 2026 besucht.",
      "3.\tDas Amtsgericht hat keine Bedenken geäußert.",
      "Finanzielle Auswirkungen",
      "keine",
    ]);
    expect(r.lines.slice(5, 9).map((l) => l.decoded.role)).toEqual(["sachverhalt", "sachverhalt", "sachverhalt", "sachverhalt"]);
    expect(r.vorlage.sections.map((s) => s.clauses.length)).toEqual([1]);
  });
});
