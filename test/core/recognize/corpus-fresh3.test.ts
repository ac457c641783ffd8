import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { freshNotes, FRESH_DIR } from "../../fixtures/corpus/fresh";
import { FRESH2_DIR, fresh2Notes } from "../../fixtures/corpus/fresh2";
import { FRESH3, FRESH3_DIR, fresh3Notes } from "../../fixtures/corpus/fresh3";
import { FRESH3_WORD } from "../../fixtures/corpus/fresh3/sources-word";
import { EARLIER_MUNICIPALITIES, GROWN_DIR, grownNotes } from "../../fixtures/corpus/grown";
import { wordDocx } from "../../fixtures/corpus/grown/word-builder";
import { expectationIds, expectCorpusShape, readExpectation } from "../../fixtures/corpus/fresh-expectations";
import { dateForms, germanAmount, paragraphTexts, PRINTED_PARTS, shownParagraphs } from "../../fixtures/corpus/visible-text";

/**
 * The third fresh held-out set (test/fixtures/corpus/fresh3): documents modelled on published
 * Vorlagen of municipalities no other corpus document covers, with expectations committed
 * before any reader ran on them. Here only that the set is well formed — every document is a
 * Word package, every expectation has the corpus's shape and states nothing the document does
 * not show — read with fflate alone, not with the reader it measures (`npm run corpus` does that).
 * Unlike the second set, its documents spell dates out („3. März 2027“), write amounts in T€ and
 * Mio. €, and hide text (w:vanish): a value counts as shown in any of these forms, and hidden
 * runs are not shown.
 */
const idsIn = expectationIds;
const ids = idsIn(FRESH3_DIR);

/** A euro amount as the documents print it: 48.500, 18,4 T€, 0,12 Mio. or 5,025 Mio. */
const amountForms = (n: number): string[] => {
  const comma = (x: number) => String(x).replace(".", ",");
  return [germanAmount(n), `${comma(n / 1000)} T€`, `${comma(n / 1e6)} Mio.`];
};

const read = (id: string) => readExpectation(FRESH3_DIR, id);


describe("the third fresh held-out set", () => {
  it("has twelve documents from three producers, numbered after the second fresh set, each with a source", () => {
    expect(ids.length).toBe(12);
    expect(ids).toEqual(FRESH3.map((f) => f.id));
    expect(ids.every((id) => /^(8[4-9]|9[0-5])-/u.test(id))).toBe(true);
    for (const form of ["word", "lo", "py"] as const) expect([form, FRESH3.filter((f) => f.form === form).length >= 3]).toEqual([form, true]);
    for (const id of ids) {
      const notes = fresh3Notes(id);
      expect([id, notes.source]).toEqual([id, expect.stringMatching(/^https?:\/\/[^\s]+$/u)]);
      expect([id, notes.municipality.length > 1, notes.land.length > 1, notes.modelledOn.length > 40]).toEqual([id, true, true, true]);
    }
  });

  it("comes from twelve municipalities in at least eight Länder, two of them Kreise, that no other corpus document covers", () => {
    const fresh3 = ids.map(fresh3Notes);
    const elsewhere = new Set([
      ...EARLIER_MUNICIPALITIES.map((m) => m.municipality),
      ...idsIn(GROWN_DIR).map((id) => grownNotes(id).municipality),
      ...idsIn(FRESH_DIR).map((id) => freshNotes(id).municipality),
      ...idsIn(FRESH2_DIR).map((id) => fresh2Notes(id).municipality),
    ]);
    expect(fresh3.filter((n) => elsewhere.has(n.municipality))).toEqual([]);
    expect(new Set(fresh3.map((n) => n.municipality)).size).toBe(fresh3.length);
    expect(new Set(fresh3.map((n) => n.land)).size).toBeGreaterThanOrEqual(8);
    expect(fresh3.filter((n) => /^(Landkreis|Kreis) /u.test(n.municipality)).length).toBeGreaterThanOrEqual(2);
  });

  it.each(ids)("%s is a Word package with a body", (id) => {
    const file = join(FRESH3_DIR, `${id}.docx`);
    expect(existsSync(file)).toBe(true);
    const parts = unzipSync(new Uint8Array(readFileSync(file)));
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml"]));
    expect(paragraphTexts(file, PRINTED_PARTS).filter((t) => t.trim() !== "").length).toBeGreaterThan(10);
  });

  it("keeps the Word-form documents as their builder writes them", () => {
    for (const src of FRESH3_WORD) expect([src.id, Buffer.from(wordDocx(src)).equals(readFileSync(join(FRESH3_DIR, `${src.id}.docx`)))]).toEqual([src.id, true]);
  });

  it("holds the hard cases it names: hidden text, a comment, a multilevel Word list", () => {
    const part = (id: string, name: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(join(FRESH3_DIR, `${id}.docx`))))[name] ?? new Uint8Array());
    expect(part("86-py-peine-ausgeblendeter-text", "word/document.xml")).toContain("<w:vanish/>");
    expect(part("95-py-nalbach-kommentar", "word/comments.xml")).toContain("<w:comment ");
    expect(part("95-py-nalbach-kommentar", "word/document.xml")).toContain("<w:commentRangeStart");
    expect(part("84-word-eisenach-mehrstufige-liste", "word/numbering.xml")).toContain(`<w:multiLevelType w:val="multilevel"/>`);
  });

  it.each(ids)("%s has expectations in the corpus's shape", (id) => {
    expectCorpusShape(read(id));
  });

  it.each(ids)("%s: every value the expectations state is shown in the document, and no clause shows what it excludes", (id) => {
    const e = read(id);
    const text = paragraphTexts(join(FRESH3_DIR, `${id}.docx`), PRINTED_PARTS).join("\n");
    const shown = shownParagraphs(join(FRESH3_DIR, `${id}.docx`));
    const missing: string[] = [];
    const need = (forms: readonly string[]) => {
      if (!forms.some((f) => text.includes(f))) missing.push(forms[0] as string);
    };
    for (const k of ["vorlagenNr", "gremium", "federfuehrung"]) if (typeof e[k] === "string" && e[k] !== "") need([e[k] as string]);
    if (typeof e["betreff"] === "string") need([(e["betreff"] as string).slice(0, 30)]);
    if (typeof e["sitzungsdatum"] === "string" && e["sitzungsdatum"] !== "") need(dateForms(e["sitzungsdatum"] as string));
    for (const b of e.beteiligte ?? []) need([b]);
    for (const s of e.sections ?? []) for (const c of s.clauses) for (const t of [c.start, ...(c.contains ? [c.contains] : [])]) if (!shown.some((p) => p.includes(t))) missing.push(t);
    if (e.finanzierung && typeof e.finanzierung.betrag === "number") need(amountForms(e.finanzierung.betrag));
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
