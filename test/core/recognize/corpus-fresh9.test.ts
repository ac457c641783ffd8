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
import { FRESH8_DIR, fresh8Notes } from "../../fixtures/corpus/fresh8";
import { FRESH9, FRESH9_DIR, fresh9Notes } from "../../fixtures/corpus/fresh9";
import { FRESH9_WORD } from "../../fixtures/corpus/fresh9/sources-word";
import { EARLIER_MUNICIPALITIES, GROWN_DIR, grownNotes } from "../../fixtures/corpus/grown";
import { wordDocx } from "../../fixtures/corpus/grown/word-builder";
import { expectationIds, expectCorpusShape, readExpectation } from "../../fixtures/corpus/fresh-expectations";
import { unshownValues } from "../../fixtures/corpus/shown-expectations";
import { paragraphTexts, PRINTED_PARTS } from "../../fixtures/corpus/visible-text";

/**
 * The ninth fresh set (test/fixtures/corpus/fresh9; held out for a round, a development set since): documents modelled on published
 * Vorlagen (or the session pages that show them) of municipalities and municipal bodies no other
 * corpus document covers — Verbandsgemeinden in Rheinland-Pfalz, Samtgemeinden in Niedersachsen,
 * Ämter in Schleswig-Holstein, a Zweckverband and two Städte in Brandenburg, a Stadt in Sachsen, a
 * Hamburg Bezirk — with expectations committed before any reader ran on them. Here only that
 * the set is well formed — every document is a Word package, every expectation has the corpus's
 * shape and states nothing the document does not show — read with fflate alone, not with the
 * reader it measures (`npm run corpus` does that). Dates may be spelled out, hidden runs
 * (w:vanish) and tracked deletions are not shown, tracked insertions are.
 */
const ids = expectationIds(FRESH9_DIR);

const part = (id: string, name: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(join(FRESH9_DIR, `${id}.docx`))))[name] ?? new Uint8Array());
const read = (id: string) => readExpectation(FRESH9_DIR, id);

describe("the ninth fresh set", () => {
  it("has twelve documents, four from each producer, numbered after the eighth fresh set, each with a source", () => {
    expect(ids.length).toBe(12);
    expect(ids).toEqual(FRESH9.map((f) => f.id));
    expect(ids.every((id) => /^(15[6-9]|16[0-7])-/u.test(id))).toBe(true);
    for (const form of ["word", "lo", "py"] as const) expect([form, FRESH9.filter((f) => f.form === form).length]).toEqual([form, 4]);
    for (const id of ids) {
      const notes = fresh9Notes(id);
      expect([id, notes.source]).toEqual([id, expect.stringMatching(/^https?:\/\/[^\s]+$/u)]);
      expect([id, notes.municipality.length > 1, notes.land.length > 1, notes.modelledOn.length > 40]).toEqual([id, true, true, true]);
    }
  });

  it("comes from twelve municipalities or municipal bodies that no other corpus document covers, in the thin Länder and kinds: Verbandsgemeinden, Samtgemeinden, Ämter, a Zweckverband, a Bezirk", () => {
    const fresh9 = ids.map(fresh9Notes);
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
      ...expectationIds(FRESH8_DIR).map((id) => fresh8Notes(id).municipality),
    ]);
    expect(fresh9.filter((n) => elsewhere.has(n.municipality))).toEqual([]);
    expect(new Set(fresh9.map((n) => n.municipality)).size).toBe(fresh9.length);
    for (const land of ["Rheinland-Pfalz", "Schleswig-Holstein", "Brandenburg", "Sachsen", "Niedersachsen", "Hamburg"]) expect([land, fresh9.some((n) => n.land === land)]).toEqual([land, true]);
    for (const kind of [/^Verbandsgemeinde /u, /^Samtgemeinde /u, /^Amt /u, /zweckverband/iu, /^Bezirk /u]) expect([String(kind), fresh9.some((n) => kind.test(n.municipality))]).toEqual([String(kind), true]);
  });

  it.each(ids)("%s is a Word package with a body", (id) => {
    const file = join(FRESH9_DIR, `${id}.docx`);
    expect(existsSync(file)).toBe(true);
    const parts = unzipSync(new Uint8Array(readFileSync(file)));
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml"]));
    expect(paragraphTexts(file, PRINTED_PARTS).filter((t) => t.trim() !== "").length).toBeGreaterThan(10);
  });

  it("keeps the Word-form documents as their builder writes them", () => {
    for (const src of FRESH9_WORD) expect([src.id, Buffer.from(wordDocx(src)).equals(readFileSync(join(FRESH9_DIR, `${src.id}.docx`)))]).toEqual([src.id, true]);
  });

  it("holds the hard cases it names: comments, hidden text, tracked changes, two-level lists, checkboxes, headings, bullets, soft line breaks, typed numbers", () => {
    for (const id of ["164-py-thalfang-mehrzweckfahrzeuge", "167-py-buesum-wesselburen-kita"]) expect(part(id, "word/comments.xml")).toContain("<w:comment ");
    for (const id of ["165-py-baumholder-buergermeisterwahl", "166-py-nordsee-treene-edv-mitteilung"]) expect(part(id, "word/document.xml")).toContain("<w:vanish/>");
    for (const id of ["164-py-thalfang-mehrzweckfahrzeuge", "167-py-buesum-wesselburen-kita", "158-word-brandenburg-havel-buergerhaushalt", "160-lo-liebenau-haushaltssatzung", "163-lo-harburg-fraktionsantrag-sondermittel"]) expect(part(id, "word/document.xml")).toContain("<w:ins ");
    for (const id of ["165-py-baumholder-buergermeisterwahl", "167-py-buesum-wesselburen-kita"]) expect(part(id, "word/document.xml")).toContain("<w:delText");
    for (const id of ["157-word-heidenau-solarpark-bebauungsplan", "159-word-finsterwalde-eilentscheidung-schillerplatz", "162-lo-emster-wirtschaftsplan"]) expect(part(id, "word/document.xml")).toContain("<w:del ");
    expect(part("156-word-langenlonsheim-stromberg-reinigung", "word/document.xml")).toMatch(/<w:del [\s\S]*<w:ins /u);
    for (const id of ["157-word-heidenau-solarpark-bebauungsplan", "158-word-brandenburg-havel-buergerhaushalt"]) expect(part(id, "word/numbering.xml")).toContain(`<w:lvlText w:val="%2)"/>`);
    expect(part("159-word-finsterwalde-eilentscheidung-schillerplatz", "word/document.xml")).toContain("<w14:checkbox>");
    expect(part("162-lo-emster-wirtschaftsplan", "word/document.xml")).toContain(`<w:pStyle w:val="Heading1"/>`);
    expect(part("165-py-baumholder-buergermeisterwahl", "word/document.xml")).toContain(`<w:pStyle w:val="ListNumber"/>`);
    expect(part("166-py-nordsee-treene-edv-mitteilung", "word/document.xml")).toContain(`<w:pStyle w:val="ListBullet"/>`);
    for (const id of ["156-word-langenlonsheim-stromberg-reinigung", "165-py-baumholder-buergermeisterwahl", "167-py-buesum-wesselburen-kita"]) expect(part(id, "word/document.xml")).toContain("<w:br/>");
    const typedItems = (id: string) => paragraphTexts(join(FRESH9_DIR, `${id}.docx`));
    expect(typedItems("164-py-thalfang-mehrzweckfahrzeuge")).toEqual(expect.arrayContaining([expect.stringMatching(/^b\)\s*Die bisherigen Fahrzeuge/u)]));
    expect(typedItems("167-py-buesum-wesselburen-kita")).toEqual(expect.arrayContaining([expect.stringMatching(/^2\.\s*Die Beschäftigten/u)]));
  });

  it.each(ids)("%s has expectations in the corpus's shape", (id) => {
    expectCorpusShape(read(id));
  });

  it.each(ids)("%s: every value the expectations state is shown in the document, and no clause shows what it excludes", (id) => {
    expect(unshownValues(FRESH9_DIR, id)).toEqual({ missing: [], excludedShown: [] });
  });
});
