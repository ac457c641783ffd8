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
import { FRESH9_DIR, fresh9Notes } from "../../fixtures/corpus/fresh9";
import { FRESH10, FRESH10_DIR, fresh10Notes } from "../../fixtures/corpus/fresh10";
import { FRESH10_WORD } from "../../fixtures/corpus/fresh10/sources-word";
import { EARLIER_MUNICIPALITIES, GROWN_DIR, grownNotes } from "../../fixtures/corpus/grown";
import { wordDocx } from "../../fixtures/corpus/grown/word-builder";
import { expectationIds, expectCorpusShape, readExpectation } from "../../fixtures/corpus/fresh-expectations";
import { unshownValues } from "../../fixtures/corpus/shown-expectations";
import { paragraphTexts, PRINTED_PARTS } from "../../fixtures/corpus/visible-text";

/**
 * The tenth fresh held-out set (test/fixtures/corpus/fresh10): documents modelled on published
 * Beschlussvorlagen (or the council information system pages that show them) of municipalities
 * no other corpus document covers — Großstädte with complex forms (Augsburg, Offenbach am Main,
 * Wuppertal, Bochum, Bielefeld, Zwickau, Aschaffenburg), two Landkreise, a Markt in Bayern, a
 * Stadt and a Gemeinde in Baden-Württemberg — with expectations committed before any reader ran
 * on them. Here only that
 * the set is well formed — every document is a Word package, every expectation has the corpus's
 * shape and states nothing the document does not show — read with fflate alone, not with the
 * reader it measures (`npm run corpus` does that). Dates may be spelled out, hidden runs
 * (w:vanish) and tracked deletions are not shown, tracked insertions are.
 */
const ids = expectationIds(FRESH10_DIR);

const part = (id: string, name: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(join(FRESH10_DIR, `${id}.docx`))))[name] ?? new Uint8Array());
const read = (id: string) => readExpectation(FRESH10_DIR, id);

describe("the tenth fresh held-out set", () => {
  it("has twelve documents, four from each producer, numbered after the ninth fresh set, each with a source", () => {
    expect(ids.length).toBe(12);
    expect(ids).toEqual(FRESH10.map((f) => f.id));
    expect(ids.every((id) => /^(16[89]|17[0-9])-/u.test(id))).toBe(true);
    for (const form of ["word", "lo", "py"] as const) expect([form, FRESH10.filter((f) => f.form === form).length]).toEqual([form, 4]);
    for (const id of ids) {
      const notes = fresh10Notes(id);
      expect([id, notes.source]).toEqual([id, expect.stringMatching(/^https?:\/\/[^\s]+$/u)]);
      expect([id, notes.municipality.length > 1, notes.land.length > 1, notes.modelledOn.length > 40]).toEqual([id, true, true, true]);
    }
  });

  it("comes from twelve municipalities that no other corpus document covers: Großstädte, Landkreise, a Gemeinde in Bayern and one in Baden-Württemberg, in the Länder of the brief", () => {
    const fresh10 = ids.map(fresh10Notes);
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
      ...expectationIds(FRESH9_DIR).map((id) => fresh9Notes(id).municipality),
    ]);
    expect(fresh10.filter((n) => elsewhere.has(n.municipality))).toEqual([]);
    expect(new Set(fresh10.map((n) => n.municipality)).size).toBe(fresh10.length);
    for (const land of ["Bayern", "Hessen", "Nordrhein-Westfalen", "Sachsen", "Baden-Württemberg"]) expect([land, fresh10.some((n) => n.land === land)]).toEqual([land, true]);
    expect(fresh10.filter((n) => /^Landkreis /u.test(n.municipality)).length).toBe(2);
    for (const kind of [/^Markt /u, /^Gemeinde /u]) expect([String(kind), fresh10.some((n) => kind.test(n.municipality))]).toEqual([String(kind), true]);
  });

  it.each(ids)("%s is a Word package with a body", (id) => {
    const file = join(FRESH10_DIR, `${id}.docx`);
    expect(existsSync(file)).toBe(true);
    const parts = unzipSync(new Uint8Array(readFileSync(file)));
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml"]));
    expect(paragraphTexts(file, PRINTED_PARTS).filter((t) => t.trim() !== "").length).toBeGreaterThan(10);
  });

  it("keeps the Word-form documents as their builder writes them", () => {
    for (const src of FRESH10_WORD) expect([src.id, Buffer.from(wordDocx(src)).equals(readFileSync(join(FRESH10_DIR, `${src.id}.docx`)))]).toEqual([src.id, true]);
  });

  it("holds the hard cases it names: comments, hidden text, tracked changes, two-level lists, checkboxes, headings, bullets, soft line breaks, typed numbers and sub-points", () => {
    for (const id of ["176-py-bochum-anmietung-kita", "177-py-bielefeld-spielplatz-bezirksvertretung", "178-py-erlangen-hoechstadt-rufbus", "179-py-wannweil-kommunaltraktor"]) expect(part(id, "word/comments.xml")).toContain("<w:comment ");
    for (const id of ["176-py-bochum-anmietung-kita", "178-py-erlangen-hoechstadt-rufbus", "179-py-wannweil-kommunaltraktor"]) expect(part(id, "word/document.xml")).toContain("<w:vanish/>");
    for (const id of ["170-word-wuppertal-fraktionsantrag-treppen", "177-py-bielefeld-spielplatz-bezirksvertretung", "178-py-erlangen-hoechstadt-rufbus"]) expect(part(id, "word/document.xml")).toContain("<w:ins ");
    for (const id of ["174-lo-kaufering-kita-gebuehren", "176-py-bochum-anmietung-kita", "179-py-wannweil-kommunaltraktor"]) expect(part(id, "word/document.xml")).toContain("<w:del ");
    for (const id of ["168-word-augsburg-ueberplanmaessig-bruecke", "169-word-offenbach-magistratsvorlage-kita", "171-word-landkreis-meissen-kreisstrasse", "172-lo-zwickau-vorhabenbeschluss-efre", "173-lo-aschaffenburg-generalsanierung-schule", "175-lo-schoenau-drehleiter-beschlussantrag"])
      expect([id, /<w:del [\s\S]*<w:ins /u.test(part(id, "word/document.xml"))]).toEqual([id, true]);
    expect(part("168-word-augsburg-ueberplanmaessig-bruecke", "word/numbering.xml")).toContain(`<w:lvlText w:val="%2)"/>`);
    expect(part("168-word-augsburg-ueberplanmaessig-bruecke", "word/document.xml")).toContain("<w14:checkbox>");
    expect(part("173-lo-aschaffenburg-generalsanierung-schule", "word/document.xml")).toContain(`<w:pStyle w:val="Heading1"/>`);
    expect(part("176-py-bochum-anmietung-kita", "word/document.xml")).toContain(`<w:pStyle w:val="ListNumber"/>`);
    expect(part("178-py-erlangen-hoechstadt-rufbus", "word/document.xml")).toContain(`<w:pStyle w:val="ListBullet"/>`);
    for (const id of ["169-word-offenbach-magistratsvorlage-kita", "170-word-wuppertal-fraktionsantrag-treppen", "175-lo-schoenau-drehleiter-beschlussantrag", "176-py-bochum-anmietung-kita"]) expect([id, part(id, "word/document.xml").includes("<w:br/>")]).toEqual([id, true]);
    const typedItems = (id: string) => paragraphTexts(join(FRESH10_DIR, `${id}.docx`));
    expect(typedItems("177-py-bielefeld-spielplatz-bezirksvertretung")).toEqual(expect.arrayContaining([expect.stringMatching(/^b\)\s*der Sandbereich/u)]));
    expect(typedItems("179-py-wannweil-kommunaltraktor")).toEqual(expect.arrayContaining([expect.stringMatching(/^2\.\s*Der Auftrag wird/u)]));
  });

  it.each(ids)("%s has expectations in the corpus's shape", (id) => {
    expectCorpusShape(read(id));
  });

  it.each(ids)("%s: every value the expectations state is shown in the document, and no clause shows what it excludes", (id) => {
    expect(unshownValues(FRESH10_DIR, id)).toEqual({ missing: [], excludedShown: [] });
  });
});
