import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { recognitionInput } from "../../../src/document/ooxml/body-vorlage";
import { CORPUS_DIR, evaluateCorpus } from "../../fixtures/corpus/evaluate";
import { CORPUS } from "../../fixtures/corpus/sources";

/**
 * The corpus: twenty-seven documents in the forms offices write, with a reviewer's expectations
 * written before the reader ran (test/fixtures/corpus). `npm run corpus` prints the table.
 */
describe("the corpus of office documents", () => {
  const outcomes = evaluateCorpus();

  it("has at least twenty-seven documents, made by LibreOffice and in Word's own form", () => {
    expect(new Set(outcomes.map((o) => o.doc)).size).toBeGreaterThanOrEqual(27);
    expect(CORPUS.filter((c) => c.form === "lo").length).toBeGreaterThanOrEqual(5);
    expect(CORPUS.filter((c) => c.form === "word").length).toBeGreaterThanOrEqual(5);
  });

  it("meets every expectation a reviewer wrote down", () => {
    const misses = outcomes.filter((o) => !o.met).map((o) => `${o.doc}: ${o.what}: expected ${JSON.stringify(o.expected)}, read ${JSON.stringify(o.actual)}`);
    expect(misses).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(400);
  });

  describe.each(CORPUS.map((c) => [c.id, c] as const))("%s", (id, src) => {
    const profile = src.profile === "karlsruhe" ? KARLSRUHE : WIESBADEN;
    const paragraphs = DocxDocument.open(new Uint8Array(readFileSync(join(CORPUS_DIR, `${id}.docx`)))).paragraphs();
    const input = recognitionInput(paragraphs);
    const r = recognize(input, profile, sequentialIds("c"));

    it("puts every paragraph with text in exactly one place, and names the ones it could not place", () => {
      expect(r.places).toHaveLength(paragraphs.length);
      input.forEach((p, i) => {
        const shown = p.text.replace(/[\s\u00ad]/gu, "");
        if (shown !== "" || p.label) expect([i, r.places[i]]).not.toEqual([i, "empty"]);
        expect(r.places[i]).toBeDefined();
      });
      const unassigned = r.places.filter((p) => p === "unassigned").length;
      expect(r.findings.filter((f) => f.code === "recognize-unassigned")).toHaveLength(unassigned);
    });

    it("never lists fewer clauses than the document numbers or writes", () => {
      const clauseParagraphs = r.places.filter((p) => p === "clause").length;
      const clauses = r.vorlage.sections.reduce((n, s) => n + s.clauses.length, 0);
      const numbered = input.filter((p, i) => r.places[i] === "clause" && /^(\d{1,2}\.)+\d{0,2}\s/u.test(`${p.label ?? ""}${p.text}`.replace(/^[-–•]\s+/u, ""))).length;
      expect(clauses).toBeGreaterThanOrEqual(numbered);
      expect(clauses).toBeLessThanOrEqual(clauseParagraphs);
      expect(clauses).toBeGreaterThan(0);
    });
  });
});
