import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { freshNotes, FRESH_DIR } from "../../fixtures/corpus/fresh";
import { FRESH2_DIR, fresh2Notes } from "../../fixtures/corpus/fresh2";
import { FRESH3_DIR, fresh3Notes } from "../../fixtures/corpus/fresh3";
import { FRESH4_DIR, fresh4Notes } from "../../fixtures/corpus/fresh4";
import { FRESH5_DIR, fresh5Notes } from "../../fixtures/corpus/fresh5";
import { FRESH6, FRESH6_DIR, fresh6Notes } from "../../fixtures/corpus/fresh6";
import { FRESH6_WORD } from "../../fixtures/corpus/fresh6/sources-word";
import { EARLIER_MUNICIPALITIES, GROWN_DIR, grownNotes } from "../../fixtures/corpus/grown";
import { wordDocx } from "../../fixtures/corpus/grown/word-builder";
import { expectationIds, expectCorpusShape, readExpectation } from "../../fixtures/corpus/fresh-expectations";
import { dateForms, germanAmount, paragraphTexts, PRINTED_PARTS, shownParagraphs } from "../../fixtures/corpus/visible-text";

/**
 * The sixth fresh set (test/fixtures/corpus/fresh6; held out for a round, a development set since): documents modelled on published
 * Vorlagen of municipalities and municipal bodies no other corpus document covers — among them a
 * Hamburg Bezirksversammlung, a Markt, an Ortsgemeinde, a Verbandsgemeinde, three Landkreise and
 * Bremerhaven in the Stadtstaat Bremen — with expectations committed before any reader ran on
 * them. Here only that the set is well formed — every document is a Word package, every
 * expectation has the corpus's shape and states nothing the document does not show — read with
 * fflate alone, not with the reader it measures (`npm run corpus` does that). Dates may be
 * spelled out, hidden runs (w:vanish) and tracked deletions are not shown, tracked insertions are.
 */
const ids = expectationIds(FRESH6_DIR);

const part = (id: string, name: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(join(FRESH6_DIR, `${id}.docx`))))[name] ?? new Uint8Array());
const read = (id: string) => readExpectation(FRESH6_DIR, id);

describe("the sixth fresh set", () => {
  it("has twelve documents, four from each producer, numbered after the fifth fresh set, each with a source", () => {
    expect(ids.length).toBe(12);
    expect(ids).toEqual(FRESH6.map((f) => f.id));
    expect(ids.every((id) => /^(12\d|13[01])-/u.test(id))).toBe(true);
    for (const form of ["word", "lo", "py"] as const) expect([form, FRESH6.filter((f) => f.form === form).length]).toEqual([form, 4]);
    for (const id of ids) {
      const notes = fresh6Notes(id);
      expect([id, notes.source]).toEqual([id, expect.stringMatching(/^https?:\/\/[^\s]+$/u)]);
      expect([id, notes.municipality.length > 1, notes.land.length > 1, notes.modelledOn.length > 40]).toEqual([id, true, true, true]);
    }
  });

  it("comes from twelve municipalities or municipal bodies in at least eight Länder that no other corpus document covers, among them a Hamburg Bezirk, a Landkreis, a Markt, an Ortsgemeinde and a Verbandsgemeinde", () => {
    const fresh6 = ids.map(fresh6Notes);
    const elsewhere = new Set([
      ...EARLIER_MUNICIPALITIES.map((m) => m.municipality),
      ...expectationIds(GROWN_DIR).map((id) => grownNotes(id).municipality),
      ...expectationIds(FRESH_DIR).map((id) => freshNotes(id).municipality),
      ...expectationIds(FRESH2_DIR).map((id) => fresh2Notes(id).municipality),
      ...expectationIds(FRESH3_DIR).map((id) => fresh3Notes(id).municipality),
      ...expectationIds(FRESH4_DIR).map((id) => fresh4Notes(id).municipality),
      ...expectationIds(FRESH5_DIR).map((id) => fresh5Notes(id).municipality),
    ]);
    expect(fresh6.filter((n) => elsewhere.has(n.municipality))).toEqual([]);
    expect(new Set(fresh6.map((n) => n.municipality)).size).toBe(fresh6.length);
    expect(new Set(fresh6.map((n) => n.land)).size).toBeGreaterThanOrEqual(8);
    expect(fresh6.some((n) => n.land === "Hamburg" && n.municipality.startsWith("Bezirk "))).toBe(true);
    for (const kind of [/^Landkreis /u, /^Markt /u, /^Ortsgemeinde /u, /^Verbandsgemeinde /u]) expect([String(kind), fresh6.some((n) => kind.test(n.municipality))]).toEqual([String(kind), true]);
  });

  it.each(ids)("%s is a Word package with a body", (id) => {
    const file = join(FRESH6_DIR, `${id}.docx`);
    expect(existsSync(file)).toBe(true);
    const parts = unzipSync(new Uint8Array(readFileSync(file)));
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml"]));
    expect(paragraphTexts(file, PRINTED_PARTS).filter((t) => t.trim() !== "").length).toBeGreaterThan(10);
  });

  it("keeps the Word-form documents as their builder writes them", () => {
    for (const src of FRESH6_WORD) expect([src.id, Buffer.from(wordDocx(src)).equals(readFileSync(join(FRESH6_DIR, `${src.id}.docx`)))]).toEqual([src.id, true]);
  });

  it("holds the hard cases it names: comments, hidden text, tracked changes, a text frame, checkboxes, soft breaks inside list items, bullets under an item", () => {
    for (const id of ["129-py-st-ingbert-kinderbeisetzungen", "130-py-goerlitz-kreistag-antrag"]) expect(part(id, "word/comments.xml")).toContain("<w:comment ");
    for (const id of ["128-py-jena-nummern-001", "129-py-st-ingbert-kinderbeisetzungen"]) expect(part(id, "word/document.xml")).toContain("<w:vanish/>");
    expect(part("131-py-vg-schweich-leader", "word/document.xml")).toMatch(/<w:ins [\s\S]*<w:delText/u);
    for (const id of ["120-word-greifswald-buergerschaft", "121-word-eimsbuettel-ermaechtigung", "123-word-saale-orla-dringlichkeit"]) expect(part(id, "word/document.xml")).toMatch(/<w:del [\s\S]*<w:ins /u);
    for (const id of ["124-lo-vorpommern-greifswald-umschuldung", "126-lo-loerzweiler-bushaltestelle", "127-lo-bremerhaven-trinkwasser"]) expect(part(id, "word/document.xml")).toContain("<w:del ");
    expect(part("125-lo-marktzeuln-kindergarten", "word/document.xml")).toContain("<w:txbxContent");
    expect(part("122-word-halle-foerderung-jugendhaus", "word/document.xml")).toContain("<w14:checkbox>");
    expect(part("120-word-greifswald-buergerschaft", "word/document.xml")).toMatch(/<w:numPr><w:ilvl w:val="0"\/>[^]*?<w:br\/>/u);
    expect(part("120-word-greifswald-buergerschaft", "word/numbering.xml")).toContain(`<w:numFmt w:val="bullet"/>`);
    expect(paragraphTexts(join(FRESH6_DIR, "128-py-jena-nummern-001.docx"))).toEqual(expect.arrayContaining([expect.stringMatching(/^001 Der Oberbürgermeister/u)]));
  });

  it.each(ids)("%s has expectations in the corpus's shape", (id) => {
    expectCorpusShape(read(id));
  });

  it.each(ids)("%s: every value the expectations state is shown in the document, and no clause shows what it excludes", (id) => {
    const e = read(id);
    const text = paragraphTexts(join(FRESH6_DIR, `${id}.docx`), PRINTED_PARTS).join("\n");
    const shown = shownParagraphs(join(FRESH6_DIR, `${id}.docx`));
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
