import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { validate } from "../../../src/core/validation/validate";

/**
 * Forms of our own Wiesbaden-style documents that the reviewers' page misread (issue 22, „Why“):
 * each document below is the smallest one that showed the defect.
 */
const vorlage = (opts: { betreff?: string; decision?: readonly string[]; after?: readonly string[]; verteiler?: readonly string[] }) => [
  "Tagesordnung I Punkt 7 der öffentlichen Sitzung am 14. Mai 2025",
  "",
  "Vorlagen-Nr. 25-V-07-0031",
  "",
  opts.betreff ?? "Neufassung der Gebührenordnung der Stadtbibliothek",
  "",
  "Beschluss Nr. 0140",
  "",
  "1. Es wird zur Kenntnis genommen, dass",
  "- 1.1 die Gebühren seit 2015 nicht angepasst wurden.",
  "2. Es wird beschlossen, dass",
  ...(opts.decision ?? ["- 2.1 die Gebührenordnung in der Fassung der Anlage 1 geändert wird;", "- 2.2 die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt."]),
  "",
  ...(opts.after ?? []),
  "Dem Magistrat",
  "mit der Bitte um weitere Veranlassung",
  "",
  "Wiesbaden, 14.05.2025",
  "im Auftrag",
  "",
  "Muster",
  "",
  "Der Magistrat",
  "",
  "Wiesbaden, 15.05.2025",
  "im Auftrag",
  "",
  ...(opts.verteiler ?? ["Dezernat VII", "mit der Bitte um weitere Veranlassung"]),
];
const read = (lines: readonly string[]) => recognize(lines, WIESBADEN, sequentialIds("r"));
const unassigned = (r: ReturnType<typeof read>) => r.findings.filter((f) => f.code === "recognize-unassigned").map((f) => f.params["auszug"]);

describe("a Betreff with „hier:“", () => {
  it.each([
    "Bebauungsplan Nr. 4711 „Am Hang“; hier: Änderung des Aufstellungsbeschlusses",
    "Beschluss über die Geschäftsordnung der Sitzungen; hier: Änderung des § 4",
    "Satzung über die Benutzung der Stadtbibliothek; hier: Änderung der Gebührenordnung",
  ])("is read whole, although it names a number, a Sitzung or begins with „Beschluss“: %s", (betreff) => {
    expect(read(vorlage({ betreff })).vorlage.header.betreff).toBe(betreff);
  });
  it("joins „hier: …“ on the line below a Betreff that ends with its semicolon without a second mark", () => {
    const lines = vorlage({ betreff: "Satzung über die Benutzung der Stadtbibliothek;" });
    const r = read([...lines.slice(0, 5), "hier: Änderung der Gebührenordnung", ...lines.slice(5)]);
    expect(r.vorlage.header.betreff).toBe("Satzung über die Benutzung der Stadtbibliothek; hier: Änderung der Gebührenordnung");
  });
});

describe("a Verteiler with the abbreviated requests", () => {
  it("reads „z. w. V.“ as weitere Veranlassung and „z. K.“ as Kenntnisnahme, spaced or not", () => {
    const r = read(vorlage({ verteiler: ["Dezernat VII", "z. w. V.", "Dezernat II", "z. K.", "Dezernat III", "z.K."] }));
    expect(r.vorlage.verteiler.map((e) => [e.empfaenger, e.bitte])).toEqual([
      ["Dem Magistrat", "veranlassung"],
      ["Dezernat VII", "veranlassung"],
      ["Dezernat II", "kenntnisnahme"],
      ["Dezernat III", "kenntnisnahme"],
    ]);
    expect(unassigned(r)).toEqual([]);
  });
});

describe("a page number", () => {
  it.each(["27 -", "- 27", "-27-", "- 3 -"])("„%s“ is page furniture, not an unplaced paragraph", (page) => {
    const lines = vorlage({});
    const r = read([...lines.slice(0, 24), page, "", ...lines.slice(24)]);
    expect(unassigned(r)).toEqual([]);
  });
});

describe("the Betrag, never a share of it", () => {
  it("is the total when the decision names the shares and their sum (2.500 €, not the 1.150 € share)", () => {
    const r = read(
      vorlage({
        decision: [
          "- 2.1 die Kosten der Umstellung von 1.150 € für Dezernat VII und 1.350 € für Dezernat II, zusammen 2.500 €, einmalig im Haushaltsjahr 2025 bereitgestellt werden;",
          "- 2.2 die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.",
        ],
      }),
    );
    expect(r.vorlage.finanzierung).toMatchObject({ betragCent: 250_000, turnus: "einmalig" });
    expect(r.findings.filter((f) => f.code === "recognize-uncertain" && f.params["field"] === "finanzierung.betrag")).toEqual([]);
  });

  it("is not a sentence after the decision that begins with „Kosten“ (15.000 € einmalig, not 65.000 € jährlich)", () => {
    const r = read(
      vorlage({
        decision: ["- 2.1 die Einrichtung des Dienstes einmalig mit 15.000 € aus dem Budget des Dezernats VII finanziert wird;", "- 2.2 die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt."],
        after: ["Kosten des laufenden Betriebs ab 2026 entstehen jährlich in Höhe von 65.000 € beim Eigenbetrieb.", ""],
      }),
    );
    expect(r.vorlage.finanzierung).toMatchObject({ betragCent: 1_500_000, turnus: "einmalig" });
  });

  it("is not a sentence of the Finanzierung part that merely begins with „Kosten“ (15.000 € einmalig, not 65.000 € jährlich)", () => {
    const r = read(
      vorlage({
        decision: ["- 2.1 die Einrichtung des Dienstes einmalig mit 15.000 € aus dem Budget des Dezernats VII finanziert wird;", "- 2.2 die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt."],
        after: ["Finanzielle Auswirkungen", "Kosten des laufenden Betriebs ab 2026 entstehen jährlich in Höhe von 65.000 € beim Eigenbetrieb.", ""],
      }),
    );
    expect(r.vorlage.finanzierung).toMatchObject({ betragCent: 1_500_000, turnus: "einmalig" });
  });

  it("still takes a labelled amount („Betrag: …“, a table's „Kosten“ cell) over the decision's", () => {
    const r = read(vorlage({ decision: ["- 2.1 die Maßnahme umgesetzt wird;"], after: ["Betrag: 8.000 €", "Turnus: jährlich", ""] }));
    expect(r.vorlage.finanzierung).toMatchObject({ betragCent: 800_000, turnus: "jaehrlich" });
  });
});

describe("a Finanzierung part that states another total or year than the decision", () => {
  const check = (after: readonly string[], decision: readonly string[]) => {
    const r = read(vorlage({ decision: [...decision, "- 2.9 die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt."], after: [...after, ""] }));
    return { r, codes: validate(r.vorlage, WIESBADEN).map((f) => f.code) };
  };

  it("takes the Betrag from „Finanzielle Auswirkungen: …“, so that the decision's other sum is a contradiction (18.500 € against 18.000 €)", () => {
    const { r, codes } = check(["Finanzielle Auswirkungen: Ja, 18.000 EUR einmalig"], ["- 2.1 für die Sanierung einmalig 18.500 EUR aus dem Budget des Dezernats VII bereitgestellt werden;"]);
    expect(r.vorlage.finanzierung?.betragCent).toBe(1_800_000);
    expect(codes).toContain("finanzierung-betrag-widerspruch");
  });

  it("takes the Haushaltsjahr from its labelled line, so that the decision's other year is a contradiction", () => {
    const { r, codes } = check(["Finanzielle Auswirkungen", "Haushaltsjahr: 2026"], ["- 2.1 für die Sanierung einmalig 18.500 EUR im Haushaltsjahr 2025 aus dem Budget des Dezernats VII bereitgestellt werden;"]);
    expect(r.vorlage.finanzierung?.haushaltsjahr).toBe(2026);
    expect(codes).toContain("finanzierung-haushaltsjahr-widerspruch");
  });
});
