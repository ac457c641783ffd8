import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sequentialIds } from "../../../src/core/model/ids";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { recognitionInput } from "../../../src/document/ooxml/body-vorlage";
import { unzipSync } from "fflate";
import { existsSync } from "node:fs";
import { CORPUS_DIR, corpusIds, evaluateCorpus } from "../../fixtures/corpus/evaluate";
import { EARLIER_MUNICIPALITIES, GROWN, GROWN_DIR, grownNotes } from "../../fixtures/corpus/grown";
import { GROWN_WORD } from "../../fixtures/corpus/grown/sources-word";
import { wordDocx } from "../../fixtures/corpus/grown/word-builder";
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

/**
 * The grown corpus (test/fixtures/corpus/grown): documents modelled on published Vorlagen of
 * other municipalities, with expectations committed before any reader ran on them. `npm run
 * corpus` measures them; here only that the set is well formed, not that it is met (the
 * decoder that is to meet them comes in a later round).
 */
describe("the grown corpus", () => {
  const ids = corpusIds(GROWN_DIR);

  it("has at least sixteen documents, each with a source, and every document has its expectations", () => {
    expect(ids.length).toBeGreaterThanOrEqual(16);
    expect(ids).toEqual(GROWN.map((g) => g.id));
    expect(GROWN.filter((g) => g.form === "word").length).toBeGreaterThanOrEqual(5);
    expect(GROWN.filter((g) => g.form === "lo").length).toBeGreaterThanOrEqual(5);
    for (const id of ids) {
      const notes = grownNotes(id);
      expect([id, notes.source]).toEqual([id, expect.stringMatching(/^https?:\/\/[^\s]+$/u)]);
      expect([id, notes.municipality.length > 1, notes.land.length > 1, notes.modelledOn.length > 40]).toEqual([id, true, true, true]);
    }
  });

  it("brings the corpus to at least twenty municipalities in at least eight Länder, none of the grown ones among the first 27's", () => {
    const grown = ids.map(grownNotes);
    const earlier = new Set(EARLIER_MUNICIPALITIES.map((m) => m.municipality));
    expect(grown.filter((n) => earlier.has(n.municipality))).toEqual([]);
    expect(new Set(grown.map((n) => n.municipality)).size).toBeGreaterThanOrEqual(16);
    const all = [...EARLIER_MUNICIPALITIES, ...grown];
    expect(new Set(all.map((n) => n.municipality)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(all.map((n) => n.land)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(ids)("%s opens as a Word package", (id) => {
    const file = join(GROWN_DIR, `${id}.docx`);
    expect(existsSync(file)).toBe(true);
    const parts = unzipSync(new Uint8Array(readFileSync(file)));
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml"]));
    expect(DocxDocument.open(new Uint8Array(readFileSync(file))).paragraphs().length).toBeGreaterThan(5);
  });

  it("keeps the Word-form documents as their builder writes them", () => {
    for (const src of GROWN_WORD) expect([src.id, Buffer.from(wordDocx(src)).equals(readFileSync(join(GROWN_DIR, `${src.id}.docx`)))]).toEqual([src.id, true]);
  });

  it("is measured expectation by expectation, for every document", () => {
    const outcomes = evaluateCorpus(GROWN_DIR);
    expect(new Set(outcomes.map((o) => o.doc))).toEqual(new Set(ids));
    expect(outcomes.length).toBeGreaterThan(150);
  });
});
