import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { corpusIds } from "../../fixtures/corpus/evaluate";
import { FRESH, FRESH_DIR, freshNotes } from "../../fixtures/corpus/fresh";
import { FRESH_WORD } from "../../fixtures/corpus/fresh/sources-word";
import { EARLIER_MUNICIPALITIES, GROWN_DIR, grownNotes } from "../../fixtures/corpus/grown";
import { wordDocx } from "../../fixtures/corpus/grown/word-builder";
import { germanAmount, germanDate, paragraphTexts } from "../../fixtures/corpus/visible-text";

/**
 * The fresh held-out set (test/fixtures/corpus/fresh): documents modelled on published Vorlagen
 * of municipalities the other corpora do not cover, with expectations committed before any
 * reader ran on them. Here only that the set is well formed — every document opens, every
 * expectation has the corpus's shape and states nothing the document does not say — not
 * that the reader meets it (that is measured, not required).
 */
const ids = corpusIds(FRESH_DIR);


interface Clause {
  readonly number: string;
  readonly start: string;
  readonly contains?: string;
  readonly excludes?: string;
  readonly unterpunkte?: readonly string[];
}
interface FreshExpect {
  readonly [key: string]: unknown;
  readonly sections?: readonly { readonly kind: string; readonly number: string; readonly clauses: readonly Clause[] }[];
  readonly finanzierung?: { readonly auswirkungen: boolean; readonly betrag: number | null; readonly turnus?: string; readonly haushaltsjahr?: number } | null;
  readonly zeichnungen?: readonly { readonly ort: string; readonly datum: string; readonly name: string }[];
}
const read = (id: string) => JSON.parse(readFileSync(join(FRESH_DIR, `${id}.expect.json`), "utf8")) as FreshExpect;

const KEYS = new Set(["notes", "vorlagenNr", "betreff", "gremium", "sitzungsdatum", "federfuehrung", "beteiligte", "sections", "finanzierung", "verteiler", "zeichnungen", "findings", "unassigned", "keineVorlage"]);

describe("the fresh held-out set", () => {
  it("has twelve documents of both forms, each with a source, and every document has its expectations", () => {
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect(ids).toEqual(FRESH.map((f) => f.id));
    expect(ids.every((id) => /^(6\d|7\d)-/u.test(id))).toBe(true);
    expect(FRESH.filter((f) => f.form === "word").length).toBeGreaterThanOrEqual(5);
    expect(FRESH.filter((f) => f.form === "lo").length).toBeGreaterThanOrEqual(5);
    for (const id of ids) {
      const notes = freshNotes(id);
      expect([id, notes.source]).toEqual([id, expect.stringMatching(/^https?:\/\/[^\s]+$/u)]);
      expect([id, notes.municipality.length > 1, notes.land.length > 1, notes.modelledOn.length > 40]).toEqual([id, true, true, true]);
    }
  });

  it("comes from twelve municipalities in at least six Länder that no other corpus document covers", () => {
    const fresh = ids.map(freshNotes);
    const elsewhere = new Set([...EARLIER_MUNICIPALITIES.map((m) => m.municipality), ...corpusIds(GROWN_DIR).map((id) => grownNotes(id).municipality)]);
    expect(fresh.filter((n) => elsewhere.has(n.municipality))).toEqual([]);
    expect(new Set(fresh.map((n) => n.municipality)).size).toBe(fresh.length);
    expect(new Set(fresh.map((n) => n.land)).size).toBeGreaterThanOrEqual(6);
    expect(fresh.filter((n) => /^(Landkreis|Kreis) /u.test(n.municipality)).length).toBeGreaterThanOrEqual(3);
  });

  it.each(ids)("%s opens as a Word package", (id) => {
    const file = join(FRESH_DIR, `${id}.docx`);
    expect(existsSync(file)).toBe(true);
    const parts = unzipSync(new Uint8Array(readFileSync(file)));
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml"]));
    expect(DocxDocument.open(new Uint8Array(readFileSync(file))).paragraphs().length).toBeGreaterThan(5);
  });

  it("keeps the Word-form documents as their builder writes them", () => {
    for (const src of FRESH_WORD) expect([src.id, Buffer.from(wordDocx(src)).equals(readFileSync(join(FRESH_DIR, `${src.id}.docx`)))]).toEqual([src.id, true]);
  });

  it.each(ids)("%s has expectations in the corpus's shape", (id) => {
    const e = read(id);
    expect(Object.keys(e).filter((k) => !KEYS.has(k))).toEqual([]);
    for (const k of ["vorlagenNr", "betreff", "gremium", "federfuehrung"]) if (k in e) expect([k, typeof e[k]]).toEqual([k, "string"]);
    if ("sitzungsdatum" in e) expect(e["sitzungsdatum"]).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    if ("keineVorlage" in e) expect(typeof e["keineVorlage"]).toBe("boolean");
    for (const s of e.sections ?? []) {
      expect(["beschluss", "kenntnisnahme"]).toContain(s.kind);
      expect(s.clauses.length).toBeGreaterThan(0);
      for (const c of s.clauses) expect([typeof c.number, c.start.length > 5]).toEqual(["string", true]);
    }
    if (e.finanzierung) {
      expect(typeof e.finanzierung.auswirkungen).toBe("boolean");
      expect(e.finanzierung.betrag === null || typeof e.finanzierung.betrag === "number").toBe(true);
      if (e.finanzierung.turnus !== undefined) expect(["einmalig", "jaehrlich"]).toContain(e.finanzierung.turnus);
    }
    for (const z of e.zeichnungen ?? []) expect(z.datum).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
  });

  it.each(ids)("%s: every value the expectations state is written in the document", (id) => {
    const e = read(id);
    const paragraphs = paragraphTexts(join(FRESH_DIR, `${id}.docx`));
    const text = paragraphs.join("\n");
    const stated: string[] = [];
    for (const k of ["vorlagenNr", "gremium", "federfuehrung"]) if (typeof e[k] === "string" && e[k] !== "") stated.push(e[k] as string);
    if (typeof e["betreff"] === "string") stated.push((e["betreff"] as string).slice(0, 30));
    if (typeof e["sitzungsdatum"] === "string") stated.push(germanDate(e["sitzungsdatum"] as string));
    for (const s of e.sections ?? []) for (const c of s.clauses) stated.push(c.start, ...(c.contains ? [c.contains] : []));
    if (e.finanzierung && typeof e.finanzierung.betrag === "number") stated.push(germanAmount(e.finanzierung.betrag));
    if (e.finanzierung?.haushaltsjahr !== undefined) stated.push(String(e.finanzierung.haushaltsjahr));
    for (const z of e.zeichnungen ?? []) stated.push(z.name, `${z.ort}, ${germanDate(z.datum)}`);
    expect(stated.filter((s) => !text.includes(s))).toEqual([]);
    const excluded = (e.sections ?? []).flatMap((s) => s.clauses.flatMap((c) => (c.excludes ? [c.excludes] : [])));
    expect(excluded.filter((x) => text.includes(x))).toEqual([]);
  });
});
