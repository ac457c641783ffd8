import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { validate } from "../../../src/core/validation/validate";

/**
 * Karlsruhe states its decision twice: short at the top („Beschlussantrag (Kurzfassung)“) and in full on its last page
 * („Beschluss:“, after the Erläuterungen and the Anlage). The full statement is the decision; the short one is its summary,
 * placed as such and never checked as a second decision part. Invented texts in the form of the published Vorlagen.
 */
const head = ["Beschlussvorlage", "Vorlage Nr.: 2027/0412", "Verantwortlich: Dez. 3", "Dienststelle: Amt für Hochbau", "Sanierung der Turnhalle Nordstadt"];
const tail = ["Finanzielle Auswirkungen Ja ☒ Nein ☐", "Gesamtkosten: 120.000 Euro", "– 2 –", "Ergänzende Erläuterungen", "Die Turnhalle ist seit 1974 nicht saniert worden.", "Anlage", "Kostenschätzung", "– 3 –"];
const read = (lines: readonly string[]) => {
  const r = recognize(lines, KARLSRUHE, sequentialIds("r"));
  const placed = (text: string) => r.places[lines.indexOf(text)];
  return { r, placed, codes: validate(r.vorlage, KARLSRUHE).map((f) => f.code), unassigned: r.findings.filter((f) => f.code === "recognize-unassigned").map((f) => f.params["auszug"]) };
};

describe("a numbered decision stated short and in full", () => {
  const short = ["Beschlussantrag (Kurzfassung)", "1. Der Gemeinderat beschließt die Sanierung der Turnhalle Nordstadt.", "2. Der Gemeinderat nimmt den Bericht zur Kenntnis."];
  const full = [
    "Beschluss:",
    "I. Beratung der Sanierung in der Sitzung des Bauausschusses am 3. März 2027;",
    "Kenntnisnahme des Berichts",
    "II. Antrag an den Gemeinderat",
    "1. Der Gemeinderat beschließt die Sanierung der Turnhalle Nordstadt mit Kosten von 120.000 Euro.",
    "2. Der Gemeinderat nimmt den Bericht zur Kenntnis.",
    "-- 4 of 4 --",
  ];
  const { r, placed, codes, unassigned } = read([...head, ...short, ...tail, ...full]);

  it("reads the full statement as the decision, its one part, with no second decision part or numbering fault from it", () => {
    expect(r.vorlage.sections.map((s) => [s.kind, s.clauses.map((c) => c.writtenNumber)])).toEqual([["beschluss", ["1.", "2."]]]);
    expect(r.vorlage.sections[0]?.clauses[0]?.text).toContain("120.000 Euro");
    expect(codes.filter((c) => c === "section-kind-repeated" || c.startsWith("numbering-") || c === "section-empty")).toEqual([]);
  });

  it("places the short statement as its summary", () => {
    for (const line of short) expect([line, placed(line)]).toEqual([line, "kurzfassung"]);
  });

  it("places the preliminary body's session and the body the motion is put to, none of them a clause", () => {
    expect(placed("I. Beratung der Sanierung in der Sitzung des Bauausschusses am 3. März 2027;")).toBe("beratungsfolge");
    expect(placed("Kenntnisnahme des Berichts")).toBe("beratungsfolge");
    expect(placed("II. Antrag an den Gemeinderat")).toBe("heading");
    expect(unassigned.filter((a) => full.includes(a as string) || short.includes(a as string))).toEqual([]);
  });
});

describe("a decision in prose stated short and in full", () => {
  const decision = ["Der Bauausschuss genehmigt die Vergabe der Rohbauarbeiten an die Firma Muster Bau GmbH.", "Die Verwaltung wird ermächtigt, den Zuschlag zu erteilen."];
  const lines = [...head, "Beschlussantrag", ...decision, ...tail, "Beschluss:", "Antrag an den Bauausschuss", ...decision];
  const { r, codes, placed } = read(lines);

  it("is one decision part, read from the full statement, without the line that names the body it is put to", () => {
    expect(r.vorlage.sections.map((s) => s.clauses.map((c) => c.text))).toEqual([decision]);
    expect(decision.map((d) => [r.places[lines.indexOf(d)], r.places[lines.lastIndexOf(d)]])).toEqual(decision.map(() => ["kurzfassung", "clause"]));
    expect([placed("Beschlussantrag"), placed("Antrag an den Bauausschuss")]).toEqual(["kurzfassung", "heading"]);
    expect(codes).not.toContain("section-kind-repeated");
  });
});

describe("a full statement that decides more than the short one", () => {
  const { r, codes } = read([
    ...head,
    "Beschlussantrag",
    "Der Gemeinderat beschließt die Sanierung der Turnhalle Nordstadt.",
    ...tail,
    "Beschluss:",
    "Der Gemeinderat beschließt die Sanierung der Turnhalle Nordstadt.",
    "Der Gemeinderat beschließt den Abriss des Lehrschwimmbeckens.",
  ]);

  it("is no restatement: both stay parts of their own, which check names", () => {
    expect(r.vorlage.sections).toHaveLength(2);
    expect(codes).toContain("section-kind-repeated");
  });
});

describe("a session's record „Beschluss:“ below the profile's own decision heading (the form of Frankfurt's Ortsbeirat pages)", () => {
  // A guard: „Beschluss:“ heads a part below the profile's own heading only where it states that decision again.
  it("heads no part: it states another decision (on the Vorlage), not this one again", () => {
    const r = recognize(
      [
        "Antrag vom 02.03.2027, OF 1201/6",
        "Betreff: Bänke am Stadtweiher",
        "Der Ortsbeirat möge beschließen:",
        "Der Magistrat wird gebeten, am Stadtweiher drei Bänke aufzustellen.",
        "Begründung:",
        "Am Weiher gibt es keine Sitzgelegenheit.",
        "Beratungsergebnisse:",
        "12. Sitzung des OBR 6 am 14.04.2027, TO I, TOP 7",
        "Beschluss:",
        "Die Vorlage OF 1201/6 wird in der vorgelegten Fassung beschlossen.",
      ],
      WIESBADEN,
      sequentialIds("o"),
    );
    expect(r.vorlage.sections.map((s) => s.clauses.map((c) => c.text))).toEqual([["Der Magistrat wird gebeten, am Stadtweiher drei Bänke aufzustellen."]]);
    expect(validate(r.vorlage, WIESBADEN).map((f) => f.code)).not.toContain("section-kind-repeated");
  });
});
