import { sequentialIds } from "../../../src/core/model/ids";
import { parseProfile } from "../../../src/core/profile/parse-profile";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../src/core/recognize/recognize";
import { shownText, toLines, toParagraphRange } from "../../../src/core/recognize/lines";
import { InvalidProfileError } from "../../../src/core/errors";

const HEAD = ["Tagesordnung I Punkt 4 der öffentlichen Sitzung am 14. Mai 2025", "Vorlagen-Nr. 25-V-03-0012", "Betreff: Lastenräder", "Gremium: Magistrat"];
const run = (lines: readonly (string | ParagraphInput)[], profile = WIESBADEN) => recognize(lines, profile, sequentialIds("t"));
const codes = (r: ReturnType<typeof run>) => r.findings.map((f) => f.code);
const quellen = (r: ReturnType<typeof run>) => r.vorlage.finanzierung?.quellen.map((q) => [q.stelle.dezernat, q.anteil ?? null]);

describe("recognising shares", () => {
  it("reads „zu 60 % aus … und zu 40 % aus …“ as the two shares written", () => {
    const r = run([...HEAD, "Es wird beschlossen, dass", "1.1 die Kosten von einmalig 10.000 € zu 60 % aus dem Budget des Dezernats III und zu 40 % aus dem Budget des Dezernats I getragen werden;"]);
    expect(quellen(r)).toEqual([["III", 0.6], ["I", 0.4]]);
    expect(codes(r)).not.toContain("recognize-uncertain");
  });

  it("reads a share with decimals as exactly the decimal written („54,27 %“ is 0.5427, not 0.5427000000000001, which the metadata part would contradict)", () => {
    const r = run([...HEAD, "Es wird beschlossen, dass", "1.1 die Kosten von einmalig 10.000 € zu 54,27 % aus dem Budget des Dezernats III und zu 45,73 % aus dem Budget des Dezernats I getragen werden;"]);
    expect(quellen(r)).toEqual([["III", 0.5427], ["I", 0.4573]]);
  });

  it("keeps a wrong split as written (50 % + 30 %), so that the share check can report it", () => {
    const r = run([...HEAD, "Es wird beschlossen, dass", "1.1 die Kosten von einmalig 10.000 € zu 50 % aus dem Budget des Dezernats III und zu 30 % aus dem Budget des Dezernats I getragen werden;"]);
    expect(quellen(r)).toEqual([["III", 0.5], ["I", 0.3]]);
  });

  it("never reports a split that is not written: „überwiegend … im Übrigen“ leaves the shares open and says so", () => {
    const r = run([...HEAD, "Es wird beschlossen, dass", "1.1 die Kosten von einmalig 10.000 € überwiegend aus dem Budget des Dezernats III und im Übrigen aus dem Budget des Dezernats I getragen werden;"]);
    expect(quellen(r)).toEqual([["III", null], ["I", null]]);
    expect(r.findings.find((f) => f.code === "recognize-uncertain")).toMatchObject({ severity: "info", params: { field: "finanzierung.quellen" } });
  });

  it("splits „hälftig“, „je zur Hälfte“ and „zu gleichen Teilen“ equally, and gives one named Dezernat the whole", () => {
    for (const word of ["hälftig", "je zur Hälfte", "zu gleichen Teilen"]) {
      expect(quellen(run([...HEAD, "Es wird beschlossen, dass", `1.1 die Kosten von 900 € jährlich ${word} aus dem Budget der Dezernate III, I und II;`]))).toEqual([
        ["III", 1 / 3],
        ["I", 1 / 3],
        ["II", 1 / 3],
      ]);
    }
    expect(quellen(run([...HEAD, "Es wird beschlossen, dass", "1.1 die Kosten von 900 € jährlich aus dem Budget des Dezernats III;"]))).toEqual([["III", 1]]);
  });
});

describe("recognising the money", () => {
  it("understands „Finanzielle Auswirkungen: keine.“", () => {
    expect(run([...HEAD, "Es wird beschlossen, dass", "1.1 etwas geschieht.", "Finanzielle Auswirkungen: keine."]).vorlage.finanzierung).toEqual({ auswirkungen: false, quellen: [], bewirtschaftung: "" });
  });

  it("finds „Umsetzung erfolgt durch Dezernat III/20“ and the Haushaltsjahr in „in den Jahren 2026 bis 2028“", () => {
    const f = run([...HEAD, "Es wird beschlossen, dass", "1.1 der Platz in den Jahren 2026 bis 2028 mit 30.000 € jährlich aus dem Budget des Dezernats III gepflegt wird;", "1.2 Die haushaltstechnische Umsetzung erfolgt durch Dezernat III/20."]).vorlage.finanzierung;
    expect(f).toMatchObject({ bewirtschaftung: "III/20", haushaltsjahr: 2026, turnus: "jaehrlich", betragCent: 3_000_000 });
  });

  it("gives Produkt, Kostenstelle and Sachkonto to the Dezernat named before them, and doubts them when it cannot tell", () => {
    const r = run([
      ...HEAD,
      "Es wird beschlossen, dass",
      "1.1 die Kosten von einmalig 8.000 € je zur Hälfte aus dem Budget der Dezernate III und I getragen werden.",
      "Finanzielle Auswirkungen:",
      "Die Mittel stehen bereit: Dezernat III im Produkt 1.12.02, Kostenstelle 3120, Sachkonto 5231000; Dezernat I im Produkt 1.01.01, Kostenstelle 1010.",
      "Sachkonto 6000000",
    ]);
    expect(r.vorlage.finanzierung?.quellen.map((q) => q.stelle)).toEqual([
      { dezernat: "III", produkt: "1.12.02", kostenstelle: "3120", sachkonto: "5231000" },
      { dezernat: "I", produkt: "1.01.01", kostenstelle: "1010" },
    ]);
    expect(r.findings.filter((f) => f.code === "recognize-uncertain").map((f) => f.params["field"])).toEqual(["finanzierung.quellen.sachkonto"]);
  });

  it("says an approximate amount and several different amounts are read with doubt", () => {
    const approx = run([...HEAD, "Es wird beschlossen, dass", "1.1 rund 5.000 € einmalig aus dem Budget des Dezernats III bereitgestellt werden."]);
    expect(approx.vorlage.finanzierung?.betragCent).toBe(500_000);
    expect(codes(approx)).toContain("recognize-uncertain");
    const two = run([...HEAD, "Es wird beschlossen, dass", "1.1 2.000 € einmalig und 3.000 € jährlich aus dem Budget des Dezernats III bereitgestellt werden."]);
    expect(two.findings.some((f) => f.code === "recognize-uncertain" && f.params["field"] === "finanzierung.betrag")).toBe(true);
  });

  it("reads a Finanzierung table with a header row, and label rows", () => {
    const cell = (table: number, row: number, col: number, text: string): ParagraphInput => ({ text, cell: { table, row, col } });
    const r = run([
      ...HEAD,
      "Es wird beschlossen, dass",
      "1.1 die Kosten von einmalig 10.000 € getragen werden.",
      "Finanzielle Auswirkungen",
      cell(0, 0, 0, "Dezernat"), cell(0, 0, 1, "Produkt"), cell(0, 0, 2, "Anteil"),
      cell(0, 1, 0, "III"), cell(0, 1, 1, "1.12.02"), cell(0, 1, 2, "75 %"),
      cell(0, 2, 0, "I"), cell(0, 2, 1, "1.01.01"), cell(0, 2, 2, "25 %"),
      cell(1, 0, 0, "Haushaltsjahr"), cell(1, 0, 1, "2026"),
    ]);
    expect(r.vorlage.finanzierung).toMatchObject({ haushaltsjahr: 2026, quellen: [{ stelle: { dezernat: "III", produkt: "1.12.02" }, anteil: 0.75 }, { stelle: { dezernat: "I", produkt: "1.01.01" }, anteil: 0.25 }] });
    expect(r.places.slice(HEAD.length + 3)).toEqual(Array(11).fill("finanzierung"));
  });
});

describe("recognising structure", () => {
  it("reads Hessian headings as sections of their kind, not as clause text", () => {
    const r = run([...HEAD, "Der Magistrat nimmt zur Kenntnis, dass", "die Halle saniert werden muss.", "Die Stadtverordnetenversammlung möge beschließen:", "Die Halle wird saniert."]);
    expect(r.vorlage.sections.map((s) => [s.kind, s.clauses.map((c) => c.text)])).toEqual([
      ["kenntnisnahme", ["die Halle saniert werden muss."]],
      ["beschluss", ["Die Halle wird saniert."]],
    ]);
  });

  it("keeps words after a heading on the same line as a clause", () => {
    const r = run([...HEAD, "Es wird beschlossen, dass die Halle saniert wird."]);
    expect(r.vorlage.sections[0]?.clauses.map((c) => c.text)).toEqual(["die Halle saniert wird."]);
  });

  it("makes typed a) b) under a numbered clause its Unterpunkte, continuation lines included", () => {
    const r = run([...HEAD, "Es wird beschlossen, dass", "1.1 folgendes geschieht:", "a) erstens,", "und weiter", "b) zweitens;", "1.2 danach nichts."]);
    const [c1, c2] = r.vorlage.sections[0]?.clauses ?? [];
    expect(c1?.unterpunkte?.map((u) => [u.writtenNumber, u.text])).toEqual([["a)", "erstens,\nund weiter"], ["b)", "zweitens;"]]);
    expect(c2?.writtenNumber).toBe("1.2");
  });

  it("keeps a) b) as clauses where the profile numbers clauses with letters", () => {
    const alpha = { ...WIESBADEN, numbering: { ...WIESBADEN.numbering, clause: "alpha" as const } };
    const r = run([...HEAD, "Es wird beschlossen, dass", "a) erstens,", "b) zweitens."], alpha);
    expect(r.vorlage.sections[0]?.clauses.map((c) => c.writtenNumber)).toEqual(["a)", "b)"]);
  });

  it("reads list numbers Word shows and ends the list at the first paragraph outside it", () => {
    const r = run([...HEAD, { text: "Es wird beschlossen, dass", label: "1.\t" }, { text: "etwas", label: "1.1\t" }, { text: "noch etwas", label: "1.2\t" }, "Ein Satz danach."]);
    expect(r.vorlage.sections.map((s) => [s.writtenNumber, s.clauses.map((c) => c.writtenNumber)])).toEqual([["1.", ["1.1", "1.2"]]]);
    expect(r.places[HEAD.length + 3]).toBe("unassigned");
    expect(r.anchors.sections[0]?.number).toBeUndefined();
  });

  it("says when the decision heading is not recognised, and still lists the clauses under an assumed one", () => {
    const r = run([...HEAD, "Vorgeschlagene Entscheidung:", "Die Halle wird saniert.", "Der Platz wird benannt."]);
    expect(codes(r)).toContain("recognize-heading-missing");
    expect(r.vorlage.sections.map((s) => [s.kind, s.clauses.length])).toEqual([["beschluss", 2]]);
  });

  it("infers the Gremium where the profile says how, and says so", () => {
    const r = run(["Tagesordnung II Punkt 10 der öffentlichen Sitzung am 21. März 2024", "Vorlagen-Nr. 24-V-07-0001", "Beitritt", "1. Es wird beschlossen, dass", "- 1.1 etwas.", "Dem Magistrat", "mit der Bitte um weitere Veranlassung"]);
    expect(r.vorlage.header.gremium).toBe("Stadtverordnetenversammlung");
    expect(r.findings.find((f) => f.code === "recognize-gremium-inferred")).toMatchObject({ severity: "info", params: { gremium: "Stadtverordnetenversammlung" } });
    expect(codes(run(["Tagesordnung I Punkt 1 der Sitzung am 1. März 2024", "Es wird beschlossen, dass", "1.1 etwas.", "Dem Magistrat", "mit der Bitte um weitere Veranlassung"]))).not.toContain("recognize-gremium-inferred");
  });

  it("reads a Karlsruhe head: Betreff after label lines, Beratungsfolge from a table row", () => {
    const cell = (row: number, col: number, text: string): ParagraphInput => ({ text, cell: { table: 0, row, col } });
    const r = run(
      ["Vorlage Nr.: 2024/1032", "Verantwortlich: Dez. 6", "Dienststelle: Hochbau", "Helmholtzstraße 1: Rohbauarbeiten", cell(0, 0, "Gemeinderat"), cell(0, 1, "17.10.2024"), cell(0, 2, "3"), cell(0, 3, "Ö"), cell(0, 4, "Entscheidung"), "Beschlussantrag", "Der Gemeinderat vergibt die Arbeiten."],
      KARLSRUHE,
    );
    expect(r.vorlage.header).toMatchObject({ vorlagenNr: "2024/1032", betreff: "Helmholtzstraße 1: Rohbauarbeiten", gremium: "Gemeinderat", sitzungsdatum: "2024-10-17" });
    expect(r.vorlage.zustaendigkeit.federfuehrend).toBe("6");
    expect(r.places.slice(0, 9)).toEqual(["header", "header", "header", "header", "beratungsfolge", "beratungsfolge", "beratungsfolge", "beratungsfolge", "beratungsfolge"]);
  });
});

describe("lines as Word shows them", () => {
  it("turns no-break spaces into spaces, drops soft hyphens, shows non-breaking hyphens", () => {
    expect(shownText("e.\u00a0V. Kultur\u00aderbe Rhein\u2011Main")).toBe("e. V. Kulturerbe Rhein-Main");
  });

  it("joins a paragraph whose mark was deleted to the next one, and leaves out an empty one", () => {
    const { lines, deleted } = toLines([{ text: "", markDeleted: true }, { text: "Anfang ", markDeleted: true }, "und Ende"]);
    expect(lines.map((l) => [l.text, l.paras])).toEqual([["Anfang und Ende", [1, 2]]]);
    expect(deleted).toEqual([0]);
    expect(toParagraphRange(lines[0]!, 7, 10)).toEqual({ paragraph: 2, start: 0, end: 3 });
  });

  it("maps no range into a list label or across paragraphs, nor in a line whose text changed length", () => {
    const { lines } = toLines([{ text: "etwas", label: "1.1\t" }, "Kultur\u00aderbe"]);
    expect(toParagraphRange(lines[0]!, 0, 3)).toBeUndefined();
    expect(toParagraphRange(lines[0]!, 4, 9)).toEqual({ paragraph: 0, start: 0, end: 5 });
    expect(toParagraphRange(lines[1]!, 0, 3)).toBeUndefined();
  });
});

describe("the recognition part of a profile", () => {
  it("is checked: heading kinds must be declared, patterns must be regular expressions", () => {
    const json = JSON.parse(JSON.stringify(WIESBADEN)) as Record<string, unknown>;
    expect(() => parseProfile({ ...json, recognition: { headings: [{ kind: "anhoerung", phrase: "Anhörung" }] } })).toThrow(InvalidProfileError);
    expect(() => parseProfile({ ...json, recognition: { sharePattern: "zu (" } })).toThrow(/sharePattern/);
    expect(() => parseProfile({ ...json, recognition: { gremiumInference: [{ gremium: "Rat", allOf: ["["] }] } })).toThrow(/gremiumInference/);
  });
});
