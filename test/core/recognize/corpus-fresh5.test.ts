import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { freshNotes, FRESH_DIR } from "../../fixtures/corpus/fresh";
import { FRESH2_DIR, fresh2Notes } from "../../fixtures/corpus/fresh2";
import { FRESH3_DIR, fresh3Notes } from "../../fixtures/corpus/fresh3";
import { FRESH4_DIR, fresh4Notes } from "../../fixtures/corpus/fresh4";
import { FRESH5, FRESH5_DIR, fresh5Notes } from "../../fixtures/corpus/fresh5";
import { FRESH5_WORD } from "../../fixtures/corpus/fresh5/sources-word";
import { EARLIER_MUNICIPALITIES, GROWN_DIR, grownNotes } from "../../fixtures/corpus/grown";
import { wordDocx } from "../../fixtures/corpus/grown/word-builder";
import { expectationIds, expectCorpusShape, readExpectation } from "../../fixtures/corpus/fresh-expectations";
import { dateForms, germanAmount, paragraphTexts, PRINTED_PARTS, shownParagraphs } from "../../fixtures/corpus/visible-text";

/**
 * The fifth fresh held-out set (test/fixtures/corpus/fresh5): documents modelled on published
 * Vorlagen of municipalities and municipal bodies (an Amt, a Samtgemeinde, a Berlin Bezirk, a
 * Regionalverband, two Zweckverbände, a Bezirksvertretung and a Stadtbezirksrat of big cities)
 * no other corpus document covers, with expectations committed before any reader ran on them.
 * Here only that the set is well formed — every document is a Word package, every expectation
 * has the corpus's shape and states nothing the document does not show — read with fflate
 * alone, not with the reader it measures (`npm run corpus` does that). Dates may be spelled out
 * („19. März 2027“), hidden runs (w:vanish) and tracked deletions are not shown, tracked
 * insertions are.
 */
const ids = expectationIds(FRESH5_DIR);

const part = (id: string, name: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(join(FRESH5_DIR, `${id}.docx`))))[name] ?? new Uint8Array());
const read = (id: string) => readExpectation(FRESH5_DIR, id);

describe("the fifth fresh held-out set", () => {
  it("has twelve documents from three producers, numbered after the fourth fresh set, each with a source", () => {
    expect(ids.length).toBe(12);
    expect(ids).toEqual(FRESH5.map((f) => f.id));
    expect(ids.every((id) => /^(10[89]|11\d)-/u.test(id))).toBe(true);
    for (const form of ["word", "lo", "py"] as const) expect([form, FRESH5.filter((f) => f.form === form).length >= 3]).toEqual([form, true]);
    for (const id of ids) {
      const notes = fresh5Notes(id);
      expect([id, notes.source]).toEqual([id, expect.stringMatching(/^https?:\/\/[^\s]+$/u)]);
      expect([id, notes.municipality.length > 1, notes.land.length > 1, notes.modelledOn.length > 40]).toEqual([id, true, true, true]);
    }
  });

  it("comes from twelve municipalities or municipal bodies in at least eight Länder that no other corpus document covers, among them an Amt or Samtgemeinde, a Zweck- or Regionalverband and a Bezirk of Berlin or Hamburg", () => {
    const fresh5 = ids.map(fresh5Notes);
    const elsewhere = new Set([
      ...EARLIER_MUNICIPALITIES.map((m) => m.municipality),
      ...expectationIds(GROWN_DIR).map((id) => grownNotes(id).municipality),
      ...expectationIds(FRESH_DIR).map((id) => freshNotes(id).municipality),
      ...expectationIds(FRESH2_DIR).map((id) => fresh2Notes(id).municipality),
      ...expectationIds(FRESH3_DIR).map((id) => fresh3Notes(id).municipality),
      ...expectationIds(FRESH4_DIR).map((id) => fresh4Notes(id).municipality),
    ]);
    expect(fresh5.filter((n) => elsewhere.has(n.municipality))).toEqual([]);
    expect(new Set(fresh5.map((n) => n.municipality)).size).toBe(fresh5.length);
    expect(new Set(fresh5.map((n) => n.land)).size).toBeGreaterThanOrEqual(8);
    expect(fresh5.filter((n) => /^(Amt|Samtgemeinde) /u.test(n.municipality)).length).toBeGreaterThanOrEqual(2);
    expect(fresh5.filter((n) => /[Vv]erband/u.test(n.municipality)).length).toBeGreaterThanOrEqual(2);
    expect(fresh5.some((n) => ["Berlin", "Hamburg"].includes(n.land) && n.municipality.startsWith("Bezirk "))).toBe(true);
  });

  it.each(ids)("%s is a Word package with a body", (id) => {
    const file = join(FRESH5_DIR, `${id}.docx`);
    expect(existsSync(file)).toBe(true);
    const parts = unzipSync(new Uint8Array(readFileSync(file)));
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml"]));
    expect(paragraphTexts(file, PRINTED_PARTS).filter((t) => t.trim() !== "").length).toBeGreaterThan(10);
  });

  it("keeps the Word-form documents as their builder writes them", () => {
    for (const src of FRESH5_WORD) expect([src.id, Buffer.from(wordDocx(src)).equals(readFileSync(join(FRESH5_DIR, `${src.id}.docx`)))]).toEqual([src.id, true]);
  });

  it("holds the hard cases it names: a comment, hidden text, tracked changes, text frames, a two-level list, the Beratungsfolge with crosses", () => {
    expect(part("109-py-fuerstenau-samtgemeinde", "word/comments.xml")).toContain("<w:comment ");
    expect(part("109-py-fuerstenau-samtgemeinde", "word/document.xml")).toContain("<w:vanish/>");
    expect(part("112-py-beetzsee-zweckverband", "word/document.xml")).toMatch(/<w:delText[\s\S]*<w:vanish\/>/u);
    expect(part("117-py-trier-energieagentur", "word/document.xml")).toContain("<w:ins ");
    expect(part("110-word-steglitz-zehlendorf-kenntnisnahme", "word/document.xml")).toMatch(/<w:del [\s\S]*<w:ins /u);
    expect(part("116-word-kassel-antrag-zweistufig", "word/document.xml")).toContain("<w:ins ");
    expect(part("116-word-kassel-antrag-zweistufig", "word/numbering.xml")).toContain(`<w:numFmt w:val="lowerLetter"/>`);
    expect(part("108-lo-probstei-amtsausschuss", "word/document.xml")).toContain("<w:del ");
    for (const id of ["111-lo-rhein-neckar-verbandsversammlung", "119-lo-obere-lauer-zweckverband"]) expect(part(id, "word/document.xml")).toContain("<w:txbxContent");
    expect(part("111-lo-rhein-neckar-verbandsversammlung", "word/numbering.xml")).toContain(`<w:numFmt w:val="upperRoman"/>`);
    expect(paragraphTexts(join(FRESH5_DIR, "118-word-freiburg-beratungsfolge-kreuze.docx"))).toEqual(expect.arrayContaining(["Empf.", "Beschl.", "X"]));
  });

  it.each(ids)("%s has expectations in the corpus's shape", (id) => {
    expectCorpusShape(read(id));
  });

  it.each(ids)("%s: every value the expectations state is shown in the document, and no clause shows what it excludes", (id) => {
    const e = read(id);
    const text = paragraphTexts(join(FRESH5_DIR, `${id}.docx`), PRINTED_PARTS).join("\n");
    const shown = shownParagraphs(join(FRESH5_DIR, `${id}.docx`));
    const missing: string[] = [];
    const need = (forms: readonly string[]) => {
      if (!forms.some((f) => text.includes(f))) missing.push(forms[0] as string);
    };
    for (const k of ["vorlagenNr", "gremium", "federfuehrung"]) if (typeof e[k] === "string" && e[k] !== "") need([e[k] as string]);
    if (typeof e["betreff"] === "string") need([(e["betreff"] as string).slice(0, 30)]);
    if (typeof e["sitzungsdatum"] === "string" && e["sitzungsdatum"] !== "") need(dateForms(e["sitzungsdatum"] as string));
    for (const b of e.beteiligte ?? []) need([b]);
    for (const s of e.sections ?? []) for (const c of s.clauses) for (const t of [c.start, ...(c.contains ? [c.contains] : [])]) if (!shown.some((p) => p.includes(t))) missing.push(t);
    if (e.finanzierung && typeof e.finanzierung.betrag === "number") need([germanAmount(e.finanzierung.betrag)]);
    if (typeof e.finanzierung?.haushaltsjahr === "number") need([String(e.finanzierung.haushaltsjahr)]);
    for (const z of e.zeichnungen ?? []) {
      need([z.name]);
      need([`${z.ort}, `]);
      need(dateForms(z.datum));
    }
    expect(missing).toEqual([]);
    for (const s of e.sections ?? [])
      for (const c of s.clauses) {
        const clause = shown.find((p) => p.includes(c.start)) ?? "";
        if (c.excludes) expect([c.start, clause.includes(c.excludes)]).toEqual([c.start, false]);
      }
  });
});
