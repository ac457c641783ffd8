import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { recognitionInput } from "../../../src/document/ooxml/body-vorlage";
import { CORPUS_DIR } from "../../fixtures/corpus/evaluate";
import { OTHER_CITIES } from "../../fixtures/corpus/other-cities";

/**
 * Other cities' section openers and the way their offices lay out a decision: LibreOffice
 * documents 21–23 of the corpus (their expectations are in `<id>.expect.json`, met through
 * `npm run corpus`), and the rules behind them on small texts.
 */
const read = (lines: readonly (string | { text: string; label?: string; cell?: { table: number; row: number; col: number } })[]) => recognize(lines, WIESBADEN, sequentialIds("o"));
const outline = (r: ReturnType<typeof read>) => r.vorlage.sections.map((s) => [s.kind, s.writtenNumber ?? "", s.clauses.map((c) => c.writtenNumber ?? "")]);

describe("other cities' decision headings", () => {
  it.each(["Der Magistrat beschließt:", "Die Stadtverordnetenversammlung wolle beschließen:", "Beschlussvorschlag:", "Der Gemeinderat möge beschließen:", "2. Der Magistrat beschließt:"])("„%s“ opens the decision part", (heading) => {
    const r = read(["Vorlagen-Nr. 25-V-06-0031", heading, "1.\tdie Stadt handelt;", "2.\tdie Stadt zahlt."]);
    expect(r.vorlage.sections.map((s) => [s.kind, s.clauses.length])).toEqual([["beschluss", 2]]);
    expect(r.findings.map((f) => f.code)).not.toContain("recognize-heading-missing");
  });

  it("„Der Magistrat beschließt:“ counts after a Kenntnisnahme in the profile's words", () => {
    const r = read(["1. Der Magistrat nimmt zur Kenntnis, dass", "1.1\tdie Stadt plant;", "2. Der Magistrat beschließt:", "2.1\tdie Stadt handelt."]);
    expect(outline(r)).toEqual([["kenntnisnahme", "1.", ["1.1"]], ["beschluss", "2.", ["2.1"]]]);
  });

  it("a sentence that reports a decision is no heading", () => {
    const r = read(["Es wird beschlossen, dass", "2.1\tdie Stadt handelt.", "Der Magistrat beschließt einstimmig."]);
    expect(r.vorlage.sections).toHaveLength(1);
  });
});

describe("a table inside a clause", () => {
  const cell = (row: number, col: number, text: string) => ({ text, cell: { table: 0, row, col } });

  it("belongs to the clause before it when the numbering goes on after it", () => {
    const r = read(["Es wird beschlossen, dass", "2.1\tdie Kosten sich so verteilen:", cell(0, 0, "Abschnitt 1"), cell(0, 1, "38.000 €"), "2.2\tdie Stadt zahlt."]);
    expect(outline(r)).toEqual([["beschluss", "", ["2.1", "2.2"]]]);
    expect(r.vorlage.sections[0]?.clauses[0]?.text).toBe("die Kosten sich so verteilen:\nAbschnitt 1\n38.000 €");
    expect(r.places.slice(1)).toEqual(["clause", "clause", "clause", "clause"]);
  });

  it("still ends the clauses when nothing numbered follows it (a Finanzierung or Verteiler table)", () => {
    const r = read(["Es wird beschlossen, dass", "2.1\tdie Stadt zahlt.", cell(0, 0, "Haushaltsjahr"), cell(0, 1, "2025"), "Dezernat VII"]);
    expect(r.vorlage.sections[0]?.clauses.map((c) => c.text)).toEqual(["die Stadt zahlt."]);
  });
});

describe.each(OTHER_CITIES.map((c) => [c.id, c.profile] as const))("corpus document %s (LibreOffice, list numbering)", (id, profile) => {
  const paragraphs = DocxDocument.open(new Uint8Array(readFileSync(join(CORPUS_DIR, `${id}.docx`)))).paragraphs();
  const input = recognitionInput(paragraphs);
  const r = recognize(input, profile === "karlsruhe" ? KARLSRUHE : WIESBADEN, sequentialIds("c"));

  it("numbers come from LibreOffice's list numbering, not typed text", () => {
    const labelled = paragraphs.filter((p) => p.listLabel !== undefined);
    expect(labelled.length).toBeGreaterThanOrEqual(5);
    for (const p of labelled) expect(p.segments.map((s) => s.text).join("")).not.toMatch(/^\s*(\d+\.|[a-z]\))\s/u);
  });

  it("finds its decision heading and puts every paragraph with text in one place", () => {
    expect(r.findings.map((f) => f.code)).not.toContain("recognize-heading-missing");
    input.forEach((p, i) => {
      if (p.text.trim() !== "" || p.label) expect([i, r.places[i]]).not.toEqual([i, "empty"]);
      expect(r.places[i]).toBeDefined();
    });
  });
});
