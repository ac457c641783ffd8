import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sequentialIds } from "../../../../src/core/model/ids";
import { WIESBADEN } from "../../../../src/core/profile/builtin-profiles";
import { recognize, type ParagraphInput } from "../../../../src/core/recognize/recognize";
import type { Role } from "../../../../src/core/recognize/decode/roles";
import { DocxDocument } from "../../../../src/document/docx/docx-document";
import { recognitionInput } from "../../../../src/document/ooxml/body-vorlage";
import { CORPUS_DIR, corpusIds } from "../../../fixtures/corpus/evaluate";
import { GROWN_DIR } from "../../../fixtures/corpus/grown";

const ROLES: readonly Role[] = ["furniture", "letterhead", "header-field", "beratungsfolge", "betreff", "bezug", "heading", "lead-in", "clause", "sub-point", "sachverhalt", "finanzierung", "anlagen", "verteiler", "zeichnung", "quoted", "other", "empty"];
const read = (paras: readonly (string | ParagraphInput)[]) => recognize(paras, WIESBADEN, sequentialIds("d"));

/** Every line one role from the closed set; every paragraph in exactly one line; every unplaced paragraph named once. */
function expectEveryLineOneRole(paras: readonly (string | ParagraphInput)[]): void {
  const r = read(paras);
  const seen = new Map<number, number>();
  for (const line of r.lines) {
    expect(ROLES).toContain(line.decoded.role);
    for (const p of line.paras) seen.set(p, (seen.get(p) ?? 0) + 1);
  }
  const deleted = new Set(r.places.flatMap((p, i) => (p === "deleted" ? [i] : [])));
  paras.forEach((_, i) => expect([i, deleted.has(i) ? 1 : seen.get(i)]).toEqual([i, 1]));
  expect(r.places).toHaveLength(paras.length);
  // A line (a paragraph, or a table row's paragraphs) nothing placed is named once; no other line is named.
  const unassigned = r.lines.filter((l) => l.paras.every((p) => r.places[p] === "unassigned"));
  expect(r.lines.filter((l) => l.paras.some((p) => r.places[p] === "unassigned") && !l.paras.every((p) => r.places[p] === "unassigned"))).toEqual([]);
  expect(r.findings.filter((f) => f.code === "recognize-unassigned")).toHaveLength(unassigned.length);
}

describe("one decision over the whole document", () => {
  it("ends the Finanzierung where the next part's heading begins: no sink", () => {
    const r = read([
      "Vorlagen-Nr. 25-V-04-0001",
      "Betreff: Neue Bänke am Rheinufer",
      "Beschlussvorschlag:",
      "1. Die Stadt beschafft zwanzig Bänke.",
      "Finanzielle Auswirkungen:",
      "Betrag: 12.000 € einmalig im Haushaltsjahr 2026",
      "Sachverhalt:",
      "Der Haushalt 2026 hat ein Volumen von 1.200.000.000 €; die Bänke am Ufer sind 40 Jahre alt.",
      "Anlagen:",
      "Anlage 1 Kostenschätzung über 14.500 €",
    ]);
    expect(r.vorlage.finanzierung).toMatchObject({ betragCent: 1_200_000, haushaltsjahr: 2026 });
    const role = (start: string) => r.lines.find((l) => l.text.startsWith(start))?.decoded.role;
    expect(role("Der Haushalt 2026")).toBe("sachverhalt");
    expect(role("Anlage 1")).toBe("anlagen");
    expect(r.places[7]).toBe("unassigned");
    expect(r.findings.filter((f) => f.code === "recognize-unassigned").map((f) => f.params["auszug"])).toContain("Sachverhalt:");
  });

  it("never makes a clause of a Begründung that follows the decision", () => {
    const r = read(["Betreff: Wahl", "Der Rat möge beschließen:", "1. Frau Weber wird gewählt.", "Begründung:", "1. Frau Weber ist Mitglied seit 2020.", "2. Sie kandidiert erneut."]);
    expect(r.vorlage.sections.flatMap((s) => s.clauses.map((c) => c.text))).toEqual(["Frau Weber wird gewählt."]);
  });

  it("takes the Sitzungsdatum from the deciding body's row only, not from another session named in the text", () => {
    const cells = (row: number, ...texts: string[]) => texts.map((text, col) => ({ text, cell: { table: 0, row, col } }));
    const r = read([
      "Betreff: Bericht",
      ...cells(0, "Gremium", "Datum", "Zuständigkeit"),
      ...cells(1, "Hauptausschuss", "03.11.2025", "Vorberatung"),
      ...cells(2, "Stadtrat", "20.11.2025", "Entscheidung"),
      "Der Stadtrat hat in seiner Sitzung am 20.03.2025 beschlossen, einen Bericht zu erbitten.",
      "Beschlussvorschlag:",
      "1. Der Bericht wird zur Kenntnis genommen.",
    ]);
    expect(r.vorlage.header).toMatchObject({ gremium: "Stadtrat", sitzungsdatum: "2025-11-20" });
  });

  it("does not take one of several different amounts of a decision, and says it read them with doubt", () => {
    const r = read(["Betreff: Zuschüsse", "Beschlussvorschlag:", "1. Dem Verein A wird ein Zuschuss von 5.000 € bewilligt, dem Verein B ein Zuschuss von 7.000 €."]);
    expect(r.vorlage.finanzierung?.betragCent).toBeUndefined();
    expect(r.findings.find((f) => f.code === "recognize-uncertain")?.params["field"]).toBe("finanzierung.betrag");
  });

  it("keeps a list that restarts under a sub-point as text of the sub-point, with an info finding", () => {
    const r = read(["Beschlussvorschlag:", "1. Der Bericht wird zur Kenntnis genommen.", "2. Die Verwaltung wird beauftragt,", "a) erstens,", "b) zweitens mit", "1. einer Unterliste", "2. in zwei Teilen", "3. Die Verwaltung berichtet."]);
    const clauses = r.vorlage.sections[0]?.clauses ?? [];
    expect(clauses.map((c) => c.writtenNumber)).toEqual(["1.", "2.", "3."]);
    expect(clauses[1]?.unterpunkte?.[1]?.text).toContain("1. einer Unterliste");
    expect(r.findings.filter((f) => f.code === "recognize-nested-deeper")).toHaveLength(2);
  });

  it("says „keine Vorlage erkannt“ for a letter", () => {
    const r = read(["Herrn Oberbürgermeister", "Sehr geehrter Herr Oberbürgermeister,", "wir fragen:", "1. Wie viele Busse?", "Mit freundlichen Grüßen"]);
    expect(r.findings.map((f) => f.code)).toContain("recognize-keine-vorlage");
  });

  describe.each([...corpusIds().map((id) => [id, CORPUS_DIR] as const), ...corpusIds(GROWN_DIR).map((id) => [id, GROWN_DIR] as const)])("%s", (id, dir) => {
    it("gives every line one role and reports no paragraph twice", () => {
      expectEveryLineOneRole(recognitionInput(DocxDocument.open(new Uint8Array(readFileSync(join(dir, `${id}.docx`)))).paragraphs()));
    });
  });

  it("gives every line of generated documents one role and reports no paragraph twice", () => {
    const line = fc.oneof(
      fc.constantFrom("Beschlussvorschlag:", "Sachverhalt:", "Finanzielle Auswirkungen:", "Anlagen", "Begründung:", "Verteiler:", "keine", "Wiesbaden, 02.12.2025", "- 2 -", "Der Rat möge beschließen:", "Betreff:", "hier: Änderung"),
      fc.tuple(fc.constantFrom("1.", "1.)", "2)", "a)", "(3)", "1.1", "II.", "–", ""), fc.lorem({ maxCount: 12 })).map(([n, t]) => `${n} ${t}`.trim()),
      fc.lorem({ maxCount: 20 }).map((t) => `${t} 12.500 €.`),
      fc.record({ text: fc.lorem({ maxCount: 3 }), label: fc.constantFrom("1.\t", "a)\t", "1.)\t") }),
    );
    const row = fc.array(fc.lorem({ maxCount: 3 }), { minLength: 1, maxLength: 4 });
    const doc = fc.array(fc.oneof({ weight: 5, arbitrary: line.map((l) => [l] as (string | ParagraphInput)[]) }, { weight: 1, arbitrary: fc.array(row, { minLength: 1, maxLength: 3 }).map((rows) => rows) }), { maxLength: 40 });
    fc.assert(
      fc.property(doc, (parts) => {
        let table = 0;
        const paras: (string | ParagraphInput)[] = [];
        for (const p of parts) {
          if (Array.isArray(p[0])) {
            (p as unknown as string[][]).forEach((cells, r) => cells.forEach((text, col) => paras.push({ text, cell: { table, row: r, col } })));
            table++;
          } else paras.push(...(p as (string | ParagraphInput)[]));
        }
        expectEveryLineOneRole(paras);
      }),
      { numRuns: 2000, seed: 22 },
    );
  });
});
