import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { freshNotes, FRESH_DIR } from "../../fixtures/corpus/fresh";
import { FRESH2, FRESH2_DIR, fresh2Notes } from "../../fixtures/corpus/fresh2";
import { FRESH2_WORD } from "../../fixtures/corpus/fresh2/sources-word";
import { EARLIER_MUNICIPALITIES, GROWN_DIR, grownNotes } from "../../fixtures/corpus/grown";
import { wordDocx } from "../../fixtures/corpus/grown/word-builder";
import { expectationIds, expectCorpusShape, readExpectation } from "../../fixtures/corpus/fresh-expectations";
import { germanAmount, germanDate, paragraphTexts, PRINTED_PARTS } from "../../fixtures/corpus/visible-text";

/**
 * The second fresh held-out set (test/fixtures/corpus/fresh2): documents modelled on published
 * Vorlagen of municipalities no other corpus document covers, with expectations committed
 * before any reader ran on them. Here only that the set is well formed — every document is a
 * Word package, every expectation has the corpus's shape and states nothing the document does
 * not say — read with fflate alone, not with the reader it measures (`npm run corpus` does that).
 */
const idsIn = expectationIds;
const ids = idsIn(FRESH2_DIR);

const read = (id: string) => readExpectation(FRESH2_DIR, id);


describe("the second fresh held-out set", () => {
  it("has twelve documents from three producers, numbered after the first fresh set, each with a source", () => {
    expect(ids.length).toBe(12);
    expect(ids).toEqual(FRESH2.map((f) => f.id));
    expect(ids.every((id) => /^(7[2-9]|8\d)-/u.test(id))).toBe(true);
    for (const form of ["word", "lo", "py"] as const) expect([form, FRESH2.filter((f) => f.form === form).length >= 3]).toEqual([form, true]);
    for (const id of ids) {
      const notes = fresh2Notes(id);
      expect([id, notes.source]).toEqual([id, expect.stringMatching(/^https?:\/\/[^\s]+$/u)]);
      expect([id, notes.municipality.length > 1, notes.land.length > 1, notes.modelledOn.length > 40]).toEqual([id, true, true, true]);
    }
  });

  it("comes from twelve municipalities in at least eight Länder that no other corpus document covers", () => {
    const fresh2 = ids.map(fresh2Notes);
    const elsewhere = new Set([...EARLIER_MUNICIPALITIES.map((m) => m.municipality), ...idsIn(GROWN_DIR).map((id) => grownNotes(id).municipality), ...idsIn(FRESH_DIR).map((id) => freshNotes(id).municipality)]);
    expect(fresh2.filter((n) => elsewhere.has(n.municipality))).toEqual([]);
    expect(new Set(fresh2.map((n) => n.municipality)).size).toBe(fresh2.length);
    expect(new Set(fresh2.map((n) => n.land)).size).toBeGreaterThanOrEqual(8);
    expect(fresh2.filter((n) => /^(Landkreis|Kreis) /u.test(n.municipality)).length).toBeGreaterThanOrEqual(3);
  });

  it.each(ids)("%s is a Word package with a body", (id) => {
    const file = join(FRESH2_DIR, `${id}.docx`);
    expect(existsSync(file)).toBe(true);
    const parts = unzipSync(new Uint8Array(readFileSync(file)));
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml"]));
    expect(paragraphTexts(file, PRINTED_PARTS).filter((t) => t.trim() !== "").length).toBeGreaterThan(10);
  });

  it("keeps the Word-form documents as their builder writes them", () => {
    for (const src of FRESH2_WORD) expect([src.id, Buffer.from(wordDocx(src)).equals(readFileSync(join(FRESH2_DIR, `${src.id}.docx`)))]).toEqual([src.id, true]);
  });

  it.each(ids)("%s has expectations in the corpus's shape", (id) => {
    expectCorpusShape(read(id));
  });

  it.each(ids)("%s: every value the expectations state is written in the document, and no clause holds what it excludes", (id) => {
    const e = read(id);
    const paragraphs = paragraphTexts(join(FRESH2_DIR, `${id}.docx`), PRINTED_PARTS);
    const text = paragraphs.join("\n");
    const stated: string[] = [];
    for (const k of ["vorlagenNr", "gremium", "federfuehrung"]) if (typeof e[k] === "string" && e[k] !== "") stated.push(e[k] as string);
    if (typeof e["betreff"] === "string") stated.push((e["betreff"] as string).slice(0, 30));
    if (typeof e["sitzungsdatum"] === "string" && e["sitzungsdatum"] !== "") stated.push(germanDate(e["sitzungsdatum"] as string));
    for (const b of e.beteiligte ?? []) stated.push(b);
    for (const s of e.sections ?? []) for (const c of s.clauses) stated.push(c.start, ...(c.contains ? [c.contains] : []));
    if (e.finanzierung && typeof e.finanzierung.betrag === "number") stated.push(germanAmount(e.finanzierung.betrag));
    if (typeof e.finanzierung?.haushaltsjahr === "number") stated.push(String(e.finanzierung.haushaltsjahr));
    for (const z of e.zeichnungen ?? []) stated.push(z.name, `${z.ort}, ${germanDate(z.datum)}`);
    expect(stated.filter((s) => !text.includes(s))).toEqual([]);
    for (const s of e.sections ?? [])
      for (const c of s.clauses) {
        const clause = paragraphs.find((p) => p.includes(c.start)) ?? "";
        if (c.excludes) expect([c.start, clause.includes(c.excludes)]).toEqual([c.start, false]);
      }
  });
});
