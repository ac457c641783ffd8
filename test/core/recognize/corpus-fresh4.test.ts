import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { freshNotes, FRESH_DIR } from "../../fixtures/corpus/fresh";
import { FRESH2_DIR, fresh2Notes } from "../../fixtures/corpus/fresh2";
import { FRESH3_DIR, fresh3Notes } from "../../fixtures/corpus/fresh3";
import { FRESH4, FRESH4_DIR, fresh4Notes } from "../../fixtures/corpus/fresh4";
import { FRESH4_WORD } from "../../fixtures/corpus/fresh4/sources-word";
import { EARLIER_MUNICIPALITIES, GROWN_DIR, grownNotes } from "../../fixtures/corpus/grown";
import { wordDocx } from "../../fixtures/corpus/grown/word-builder";
import { expectationIds, expectCorpusShape, readExpectation } from "../../fixtures/corpus/fresh-expectations";
import { dateForms, germanAmount, paragraphTexts, PRINTED_PARTS, shownParagraphs } from "../../fixtures/corpus/visible-text";

/**
 * The fourth fresh held-out set (test/fixtures/corpus/fresh4): documents modelled on published
 * Vorlagen of municipalities no other corpus document covers, with expectations committed
 * before any reader ran on them. Here only that the set is well formed — every document is a
 * Word package, every expectation has the corpus's shape and states nothing the document does
 * not show — read with fflate alone, not with the reader it measures (`npm run corpus` does that).
 * Dates may be spelled out („16. Februar 2027“), hidden runs (w:vanish) and tracked deletions
 * are not shown, tracked insertions are.
 */
const ids = expectationIds(FRESH4_DIR);

const part = (id: string, name: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(join(FRESH4_DIR, `${id}.docx`))))[name] ?? new Uint8Array());
const read = (id: string) => readExpectation(FRESH4_DIR, id);

describe("the fourth fresh held-out set", () => {
  it("has twelve documents from three producers, numbered after the third fresh set, each with a source", () => {
    expect(ids.length).toBe(12);
    expect(ids).toEqual(FRESH4.map((f) => f.id));
    expect(ids.every((id) => /^(9[6-9]|10[0-7])-/u.test(id))).toBe(true);
    for (const form of ["word", "lo", "py"] as const) expect([form, FRESH4.filter((f) => f.form === form).length >= 3]).toEqual([form, true]);
    for (const id of ids) {
      const notes = fresh4Notes(id);
      expect([id, notes.source]).toEqual([id, expect.stringMatching(/^https?:\/\/[^\s]+$/u)]);
      expect([id, notes.municipality.length > 1, notes.land.length > 1, notes.modelledOn.length > 40]).toEqual([id, true, true, true]);
    }
  });

  it("comes from twelve municipalities in at least eight Länder, three of them Kreise and one a Stadtstaat or Verbandsgemeinde, that no other corpus document covers", () => {
    const fresh4 = ids.map(fresh4Notes);
    const elsewhere = new Set([
      ...EARLIER_MUNICIPALITIES.map((m) => m.municipality),
      ...expectationIds(GROWN_DIR).map((id) => grownNotes(id).municipality),
      ...expectationIds(FRESH_DIR).map((id) => freshNotes(id).municipality),
      ...expectationIds(FRESH2_DIR).map((id) => fresh2Notes(id).municipality),
      ...expectationIds(FRESH3_DIR).map((id) => fresh3Notes(id).municipality),
    ]);
    expect(fresh4.filter((n) => elsewhere.has(n.municipality))).toEqual([]);
    expect(new Set(fresh4.map((n) => n.municipality)).size).toBe(fresh4.length);
    expect(new Set(fresh4.map((n) => n.land)).size).toBeGreaterThanOrEqual(8);
    expect(fresh4.filter((n) => /^(Landkreis|Kreis) /u.test(n.municipality)).length).toBeGreaterThanOrEqual(3);
    expect(fresh4.some((n) => ["Berlin", "Hamburg", "Bremen"].includes(n.land) || n.municipality.startsWith("Verbandsgemeinde "))).toBe(true);
  });

  it.each(ids)("%s is a Word package with a body", (id) => {
    const file = join(FRESH4_DIR, `${id}.docx`);
    expect(existsSync(file)).toBe(true);
    const parts = unzipSync(new Uint8Array(readFileSync(file)));
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml"]));
    expect(paragraphTexts(file, PRINTED_PARTS).filter((t) => t.trim() !== "").length).toBeGreaterThan(10);
  });

  it("keeps the Word-form documents as their builder writes them", () => {
    for (const src of FRESH4_WORD) expect([src.id, Buffer.from(wordDocx(src)).equals(readFileSync(join(FRESH4_DIR, `${src.id}.docx`)))]).toEqual([src.id, true]);
  });

  it("holds the hard cases it names: a comment, hidden text, tracked changes, a lettered Word list, a PDF pasted line by line", () => {
    expect(part("98-py-boerde-kommentar-beteiligt", "word/comments.xml")).toContain("<w:comment ");
    expect(part("106-py-wedel-zielbetrag", "word/document.xml")).toContain("<w:vanish/>");
    expect(part("102-py-regensburg-roemische-teile", "word/document.xml")).toContain("<w:delText");
    expect(part("104-word-weimar-drucksache", "word/document.xml")).toContain("<w:ins ");
    expect(part("97-lo-woellstein-verbandsgemeinde", "word/document.xml")).toMatch(/<w:del [\s\S]*<w:ins /u);
    expect(part("107-word-roedermark-buchstabenliste", "word/numbering.xml")).toContain(`<w:numFmt w:val="lowerLetter"/>`);
    const lines = paragraphTexts(join(FRESH4_DIR, "100-lo-elbe-elster-pdf-zeilen.docx"));
    expect(lines).toEqual(expect.arrayContaining(["bereitgestellt.", "Landkreis Elbe-Elster – Beschlussvorlage 0630/2027 – Seite 2 von 3"]));
  });

  it.each(ids)("%s has expectations in the corpus's shape", (id) => {
    expectCorpusShape(read(id));
  });

  it.each(ids)("%s: every value the expectations state is shown in the document, and no clause shows what it excludes", (id) => {
    const e = read(id);
    const text = paragraphTexts(join(FRESH4_DIR, `${id}.docx`), PRINTED_PARTS).join("\n");
    const shown = shownParagraphs(join(FRESH4_DIR, `${id}.docx`));
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
