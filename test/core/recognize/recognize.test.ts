import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { validate } from "../../../src/core/validation/validate";

const text = (name: string) => readFileSync(join(__dirname, "../../fixtures/texts", name), "utf8").split("\n");
const outline = (v: ReturnType<typeof recognize>["vorlage"]) =>
  v.sections.map((s) => [s.kind, s.writtenNumber, s.clauses.map((c) => c.writtenNumber)]);

describe("recognize, on a text in Wiesbaden's layout", () => {
  const { vorlage, anchors } = recognize(text("wiesbaden-style.txt"), WIESBADEN, sequentialIds("r"));

  it("finds the header fields", () => {
    expect(vorlage.header).toMatchObject({
      vorlagenNr: "25-V-03-0012",
      beschlussNr: "0112",
      betreff: "Beschaffung von Lastenrädern für den Bürgerservice",
      tagesordnung: "I",
      tagesordnungspunkt: "4",
      sitzungsart: "oeffentlich",
      sitzungsdatum: "2025-05-14",
    });
  });

  it("finds both sections and the clauses with their numbers as written, wrong ones included", () => {
    expect(outline(vorlage)).toEqual([
      ["kenntnisnahme", "1.", ["1.1", "1.2"]],
      ["beschluss", "2.", ["2.1", "2.2", "2.4"]],
    ]);
    expect(vorlage.sections[1]?.clauses[0]?.text).toBe("zwei Lastenräder zum Preis von einmalig 12.400,00 € beschafft werden;");
  });

  it("reads the money and who pays: 'hälftig aus dem Budget der Dezernate III und I' is two sources of 50 %", () => {
    expect(vorlage.finanzierung).toMatchObject({ auswirkungen: true, betragCent: 1_240_000, turnus: "einmalig", bewirtschaftung: "III/20" });
    expect(vorlage.finanzierung?.quellen.map((q) => [q.stelle.dezernat, q.anteil])).toEqual([["III", 0.5], ["I", 0.5]]);
  });

  it("derives the Zuständigkeit from the Vorlagen-Nr. and the named Dezernate", () => {
    expect(vorlage.zustaendigkeit).toEqual({ federfuehrend: "III", beteiligt: ["I"] });
  });

  it("finds the earlier decision, the Verteiler and both signatures", () => {
    expect(vorlage.bezuege.map((b) => [b.vermerk, b.gremium, b.datum, b.bp])).toEqual([["antragsgemäß", "Magistrat", "2025-04-22", "0311"]]);
    expect(vorlage.verteiler.map((e) => [e.empfaenger, e.bitte])).toEqual([
      ["Dem Magistrat", "veranlassung"],
      ["Dezernat I", "kenntnisnahme"],
      ["Dezernat III", "veranlassung"],
    ]);
    expect(vorlage.zeichnungen.map((z) => [z.ort, z.datum, z.zusatz, z.name])).toEqual([
      ["Wiesbaden", "2025-05-14", "im Auftrag", "Muster"],
      ["Wiesbaden", "2025-05-15", "im Auftrag", "Beispiel"],
    ]);
  });

  it("anchors every clause and number to its paragraph and characters, bullets left out", () => {
    const lines = text("wiesbaden-style.txt");
    const clause = anchors.sections[1]?.clauses[2];
    expect(lines[clause!.first]).toBe("- 2.4 die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.");
    expect(lines[clause!.first]!.slice(clause!.number!.start, clause!.number!.end)).toBe("2.4");
    const nr = anchors.fields.find((f) => f.field === "header.vorlagenNr")!.range;
    expect(lines[nr.paragraph]!.slice(nr.start, nr.end)).toBe("25-V-03-0012");
  });

  it("lets validation report the wrong number and the missing Gremium", () => {
    const codes = validate(vorlage, WIESBADEN).map((f) => [f.code, f.params["written"] ?? f.params["field"] ?? ""]);
    expect(codes).toEqual(expect.arrayContaining([["numbering-gap", "2.4"], ["field-missing", "header.gremium"]]));
  });
});

describe("recognize, on a text in Karlsruhe's layout", () => {
  const { vorlage } = recognize(text("karlsruhe-style.txt"), KARLSRUHE, sequentialIds("k"));

  it("takes the deciding body, date and agenda point from the Beratungsfolge", () => {
    expect(vorlage.header).toMatchObject({ vorlagenNr: "2025/0417", gremium: "Gemeinderat", sitzungsdatum: "2025-06-24", tagesordnungspunkt: "11", sitzungsart: "oeffentlich" });
    expect(vorlage.beratungsfolge.map((b) => [b.gremium, b.rolle, b.entscheidend])).toEqual([
      ["Ausschuss für Umwelt", "Vorberatung", false],
      ["Gemeinderat", "Entscheidung", true],
    ]);
    expect(vorlage.zustaendigkeit.federfuehrend).toBe("4");
  });

  it("reads the Beschlussantrag with its numbered items, joining lines the PDF broke", () => {
    expect(outline(vorlage)).toEqual([["beschluss", undefined, ["1.", "2."]]]);
    expect(vorlage.sections[0]?.clauses[0]?.text).toBe("Der Gemeinderat beschließt die Pflanzung von 120 Straßenbäumen\nim Stadtteil Mühlburg.");
  });

  it("reads the ticked 'Finanzielle Auswirkungen' box and the labelled total", () => {
    expect(vorlage.finanzierung).toMatchObject({ auswirkungen: true, betragCent: 8_400_000 });
  });
});

describe("recognize, on texts without the profile's phrases", () => {
  it("falls back to the common headings ('Beschluss:', 'Der Ortsbeirat möge beschließen:')", () => {
    const lines = ["Betreff:", "Trauerhalle", "", "Der Ortsbeirat möge beschließen:", "", "Der Magistrat wird gebeten, die Halle zu renovieren.", "", "Begründung:", "Putz fällt."];
    const { vorlage } = recognize(lines, WIESBADEN, sequentialIds());
    expect(vorlage.header.betreff).toBe("Trauerhalle");
    expect(vorlage.sections.map((s) => [s.kind, s.clauses.map((c) => c.text)])).toEqual([["beschluss", ["Der Magistrat wird gebeten, die Halle zu renovieren."]]]);
  });

  it("returns an empty Vorlage for a text that is no Vorlage at all, without failing", () => {
    const { vorlage } = recognize(["Sehr geehrte Damen und Herren,", "anbei die Unterlagen."], WIESBADEN, sequentialIds());
    expect(vorlage.sections).toEqual([]);
    expect(vorlage.finanzierung).toBeUndefined();
  });
});
