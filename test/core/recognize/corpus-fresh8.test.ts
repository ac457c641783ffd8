import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { freshNotes, FRESH_DIR } from "../../fixtures/corpus/fresh";
import { FRESH2_DIR, fresh2Notes } from "../../fixtures/corpus/fresh2";
import { FRESH3_DIR, fresh3Notes } from "../../fixtures/corpus/fresh3";
import { FRESH4_DIR, fresh4Notes } from "../../fixtures/corpus/fresh4";
import { FRESH5_DIR, fresh5Notes } from "../../fixtures/corpus/fresh5";
import { FRESH6_DIR, fresh6Notes } from "../../fixtures/corpus/fresh6";
import { FRESH7_DIR, fresh7Notes } from "../../fixtures/corpus/fresh7";
import { FRESH8, FRESH8_DIR, fresh8Notes } from "../../fixtures/corpus/fresh8";
import { FRESH8_WORD } from "../../fixtures/corpus/fresh8/sources-word";
import { EARLIER_MUNICIPALITIES, GROWN_DIR, grownNotes } from "../../fixtures/corpus/grown";
import { wordDocx } from "../../fixtures/corpus/grown/word-builder";
import { expectationIds, expectCorpusShape, readExpectation } from "../../fixtures/corpus/fresh-expectations";
import { unshownValues } from "../../fixtures/corpus/shown-expectations";
import { paragraphTexts, PRINTED_PARTS } from "../../fixtures/corpus/visible-text";

/**
 * The eighth fresh set (test/fixtures/corpus/fresh8; held out for a round, a development set since): documents modelled on published
 * Vorlagen (or the session pages that show them) of municipalities and municipal bodies no other
 * corpus document covers — a Berlin Bezirk and a Hamburg Bezirk, Saarland, Thüringen,
 * Mecklenburg-Vorpommern, Sachsen-Anhalt, a Zweckverband in Bayern and a Große Kreisstadt in
 * Baden-Württemberg — with expectations committed before any reader ran on them. Here only that
 * the set is well formed — every document is a Word package, every expectation has the corpus's
 * shape and states nothing the document does not show — read with fflate alone, not with the
 * reader it measures (`npm run corpus` does that). Dates may be spelled out, hidden runs
 * (w:vanish) and tracked deletions are not shown, tracked insertions are.
 */
const ids = expectationIds(FRESH8_DIR);

const part = (id: string, name: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(join(FRESH8_DIR, `${id}.docx`))))[name] ?? new Uint8Array());
const read = (id: string) => readExpectation(FRESH8_DIR, id);

describe("the eighth fresh set", () => {
  it("has twelve documents, four from each producer, numbered after the seventh fresh set, each with a source", () => {
    expect(ids.length).toBe(12);
    expect(ids).toEqual(FRESH8.map((f) => f.id));
    expect(ids.every((id) => /^(14[4-9]|15[0-5])-/u.test(id))).toBe(true);
    for (const form of ["word", "lo", "py"] as const) expect([form, FRESH8.filter((f) => f.form === form).length]).toEqual([form, 4]);
    for (const id of ids) {
      const notes = fresh8Notes(id);
      expect([id, notes.source]).toEqual([id, expect.stringMatching(/^https?:\/\/[^\s]+$/u)]);
      expect([id, notes.municipality.length > 1, notes.land.length > 1, notes.modelledOn.length > 40]).toEqual([id, true, true, true]);
    }
  });

  it("comes from twelve municipalities or municipal bodies in at least eight Länder that no other corpus document covers, among them the thin ones: Saarland, Thüringen, Mecklenburg-Vorpommern, Sachsen-Anhalt, Berlin and Hamburg Bezirke, a Zweckverband", () => {
    const fresh8 = ids.map(fresh8Notes);
    const elsewhere = new Set([
      ...EARLIER_MUNICIPALITIES.map((m) => m.municipality),
      ...expectationIds(GROWN_DIR).map((id) => grownNotes(id).municipality),
      ...expectationIds(FRESH_DIR).map((id) => freshNotes(id).municipality),
      ...expectationIds(FRESH2_DIR).map((id) => fresh2Notes(id).municipality),
      ...expectationIds(FRESH3_DIR).map((id) => fresh3Notes(id).municipality),
      ...expectationIds(FRESH4_DIR).map((id) => fresh4Notes(id).municipality),
      ...expectationIds(FRESH5_DIR).map((id) => fresh5Notes(id).municipality),
      ...expectationIds(FRESH6_DIR).map((id) => fresh6Notes(id).municipality),
      ...expectationIds(FRESH7_DIR).map((id) => fresh7Notes(id).municipality),
    ]);
    expect(fresh8.filter((n) => elsewhere.has(n.municipality))).toEqual([]);
    expect(new Set(fresh8.map((n) => n.municipality)).size).toBe(fresh8.length);
    expect(new Set(fresh8.map((n) => n.land)).size).toBeGreaterThanOrEqual(8);
    for (const land of ["Saarland", "Thüringen", "Mecklenburg-Vorpommern", "Sachsen-Anhalt", "Berlin", "Hamburg", "Baden-Württemberg"]) expect([land, fresh8.some((n) => n.land === land)]).toEqual([land, true]);
    for (const kind of [/^Bezirk /u, /^Zweckverband /u, /^Landkreis /u, /^Gemeinde /u, /kreis$/iu]) expect([String(kind), fresh8.some((n) => kind.test(n.municipality))]).toEqual([String(kind), true]);
  });

  it.each(ids)("%s is a Word package with a body", (id) => {
    const file = join(FRESH8_DIR, `${id}.docx`);
    expect(existsSync(file)).toBe(true);
    const parts = unzipSync(new Uint8Array(readFileSync(file)));
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml"]));
    expect(paragraphTexts(file, PRINTED_PARTS).filter((t) => t.trim() !== "").length).toBeGreaterThan(10);
  });

  it("keeps the Word-form documents as their builder writes them", () => {
    for (const src of FRESH8_WORD) expect([src.id, Buffer.from(wordDocx(src)).equals(readFileSync(join(FRESH8_DIR, `${src.id}.docx`)))]).toEqual([src.id, true]);
  });

  it("holds the hard cases it names: comments, hidden text, tracked changes, Roman and two-level lists, checkboxes, numbered headings, typed numbers", () => {
    for (const id of ["152-py-ilm-kreis-aufsichtsrat", "154-py-saarlouis-schulsozialarbeit"]) expect(part(id, "word/comments.xml")).toContain("<w:comment ");
    for (const id of ["153-py-kroepelin-bebauungsplan-aufhebung", "155-py-leonberg-rahmenplan"]) expect(part(id, "word/document.xml")).toContain("<w:vanish/>");
    expect(part("154-py-saarlouis-schulsozialarbeit", "word/document.xml")).toContain("<w:ins ");
    expect(part("153-py-kroepelin-bebauungsplan-aufhebung", "word/document.xml")).toContain("<w:delText");
    expect(part("144-word-treptow-koepenick-strassenbenennung", "word/document.xml")).toContain("<w:del ");
    for (const id of ["145-word-freisen-feuerwehrzweckverband", "147-word-wartburgkreis-landschaftspflegeverband", "149-lo-schwerin-feuerwerk"]) expect(part(id, "word/document.xml")).toContain("<w:ins ");
    for (const id of ["146-word-gotha-radweg-ausserplanmaessig", "148-lo-wandsbek-quartiersfonds", "150-lo-dessau-rosslau-kita-gesamtmassnahme"]) expect(part(id, "word/document.xml")).toMatch(/<w:del [\s\S]*<w:ins /u);
    expect(part("151-lo-altmuehlland-regionalbudget", "word/document.xml")).toContain("<w:del ");
    expect(part("146-word-gotha-radweg-ausserplanmaessig", "word/numbering.xml")).toContain(`<w:numFmt w:val="upperRoman"/>`);
    expect(part("145-word-freisen-feuerwehrzweckverband", "word/numbering.xml")).toContain(`<w:lvlText w:val="%2)"/>`);
    expect(part("147-word-wartburgkreis-landschaftspflegeverband", "word/document.xml")).toContain("<w14:checkbox>");
    expect(part("150-lo-dessau-rosslau-kita-gesamtmassnahme", "word/document.xml")).toContain(`<w:pStyle w:val="Heading1"/>`);
    for (const id of ["152-py-ilm-kreis-aufsichtsrat", "155-py-leonberg-rahmenplan"]) expect(part(id, "word/document.xml")).toContain(`<w:pStyle w:val="ListNumber"/>`);
    const typedItems = (id: string) => paragraphTexts(join(FRESH8_DIR, `${id}.docx`));
    expect(typedItems("153-py-kroepelin-bebauungsplan-aufhebung")).toEqual(expect.arrayContaining([expect.stringMatching(/^2\.\s*Die Begründung/u)]));
    expect(typedItems("154-py-saarlouis-schulsozialarbeit")).toEqual(expect.arrayContaining([expect.stringMatching(/^III\.\s*Der Eigenanteil/u)]));
  });

  it.each(ids)("%s has expectations in the corpus's shape", (id) => {
    expectCorpusShape(read(id));
  });

  it.each(ids)("%s: every value the expectations state is shown in the document, and no clause shows what it excludes", (id) => {
    expect(unshownValues(FRESH8_DIR, id)).toEqual({ missing: [], excludedShown: [] });
  });
});
