import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clause, finanzierung, section } from "../../src/core/model/builders";
import type { Vorlage } from "../../src/core/model/vorlage";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { completeVorlage } from "../fixtures/builders";
import { plainDocx } from "../fixtures/docx";
import { run } from "./cli-helpers";

const dir = mkdtempSync(join(tmpdir(), "beschluss-diff-"));
let n = 0;
const file = (bytes: Uint8Array | string, name = `v${n++}.docx`): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

const KENNTNIS = ["der Bürgerservice seine Außentermine künftig mit dem Rad wahrnimmt;"];
const BESCHLUSS = [
  "zwei Lastenräder zum Preis von insgesamt 12.400,00 € beschafft werden;",
  "die Räder im Innenhof des Rathauses abgestellt werden;",
  "die Räder jährlich gewartet werden;",
  "die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.",
];

/** A structured document (content controls with ids), as the add-in writes it. */
function structured(beschluss: readonly (readonly [string, string])[], patch: (v: Vorlage) => Vorlage = (v) => v): string {
  const base = completeVorlage();
  const v = patch({ ...base, sections: [section("k", "kenntnisnahme", KENNTNIS.map((t, i) => clause(`k${i}`, t))), section("b", "beschluss", beschluss.map(([id, t]) => clause(id, t)))] });
  return file(DocxDocument.create(v, WIESBADEN, "2025-05-06T09:00:00Z").save());
}

/** A plain document, one paragraph per line, numbered by hand as most existing Vorlagen are. */
function plain(beschluss: readonly string[], betreff = "Beschaffung von Lastenrädern für den Bürgerservice", numbers?: readonly string[]): string {
  return file(
    plainDocx([
      "Tagesordnung I Punkt 4 der öffentlichen Sitzung am 14. Mai 2025",
      "Vorlagen-Nr. 25-V-03-0012",
      betreff,
      "1. Es wird zur Kenntnis genommen, dass",
      ...KENNTNIS.map((t, i) => `1.${i + 1} ${t}`),
      "2. Es wird beschlossen, dass",
      ...beschluss.map((t, i) => `${numbers?.[i] ?? `2.${i + 1}`} ${t}`),
      "Wiesbaden, 14.05.2025",
      "Muster",
    ]),
  );
}

const ids = BESCHLUSS.map((t, i) => [`b${i}`, t] as const);
const S = (i: number) => ids[i] as readonly [string, string];

describe("beschluss diff on structured documents", () => {
  const base = structured(ids);

  it("exits 0 and says so for two equal versions", async () => {
    const r = await run("diff", base, structured(ids));
    expect(r.code).toBe(0);
    expect(r.out).toContain("Ergebnis: Die Fassungen sind inhaltlich gleich.");
    expect(r.out).toContain("Ziffern: 0 geändert, 0 hinzugefügt, 0 entfernt, 0 verschoben, 0 nur neu nummeriert");
  });

  it("shows a changed clause as a word diff and exits 1", async () => {
    const r = await run("diff", base, structured([S(0), S(1), ["b2", "die Räder halbjährlich gewartet werden;"], S(3)]));
    expect(r.code).toBe(1);
    expect(r.out).toContain("Ziffer 2.3 geändert:");
    expect(r.out).toContain("die Räder [-jährlich-]{+halbjährlich+} gewartet werden;");
    expect(r.out).toContain("Ergebnis: Die Fassungen unterscheiden sich.");
  });

  it("shows a moved clause as moved, and the clauses that only got a new number as renumbered", async () => {
    const r = await run("diff", base, structured([S(0), S(2), S(1), S(3)]));
    expect(r.out).toMatch(/Ziffer 2\.(2 → 2\.3|3 → 2\.2) verschoben/u);
    expect(r.out).not.toContain("geändert:");
    const r2 = await run("diff", base, structured([S(1), S(2), S(3)]));
    expect(r2.out).toContain("Ziffer 2.1 (Beschluss) entfernt:");
    expect(r2.out).toContain("- zwei Lastenräder zum Preis von insgesamt 12.400,00 € beschafft werden;");
    expect(r2.out).toContain("Nur neu nummeriert (Text unverändert): 2.2 → 2.1, 2.3 → 2.2, 2.4 → 2.3");
  });

  it("shows an added clause with its number", async () => {
    const r = await run("diff", base, structured([...ids, ["neu", "ein Ladepunkt eingerichtet wird."]]));
    expect(r.out).toContain("Ziffer 2.5 (Beschluss) hinzugefügt:");
    expect(r.out).toContain("+ ein Ladepunkt eingerichtet wird.");
  });

  it("pairs a rewritten clause by its content-control id", async () => {
    const r = await run("diff", "--json", base, structured([S(0), ["b1", "ein völlig neuer Wortlaut für diese Ziffer."], S(2), S(3)]));
    const j = JSON.parse(r.out);
    expect(j.clauses).toHaveLength(1);
    expect(j.clauses[0]).toMatchObject({ kind: "changed", matchedBy: "id", old: { number: "2.2" }, new: { number: "2.2" } });
  });

  it("compares the Betreff, the amount and the Deckungsquellen field by field, and names findings that appeared", async () => {
    const changed = structured(ids, (v) => ({
      ...v,
      header: { ...v.header, betreff: "Beschaffung von drei Lastenrädern", gremium: "" },
      finanzierung: finanzierung({ ...v.finanzierung, betragCent: 1_860_000, quellen: [{ id: "q1", stelle: { dezernat: "III", produkt: "1.11.02", kostenstelle: "2010" }, anteil: 1 }] }),
    }));
    const r = await run("diff", base, changed);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Betreff: „Beschaffung von Lastenrädern für den Bürgerservice“ → „Beschaffung von drei Lastenrädern“");
    expect(r.out).toContain("Betrag: 12.400\u00a0€ → 18.600\u00a0€");
    expect(r.out).toContain("Deckungsquelle 1 – Produkt: „1.11.01“ → „1.11.02“");
    expect(r.out).toContain("Gremium: „Magistrat“ → (leer)");
    expect(r.out).toContain("neu: Fehler – Pflichtangabe fehlt: Gremium.");
  });

  it("lists a changed Verteiler, Zeichnung and Bezug and does not call the versions equal", async () => {
    const withLists = (empfaenger: string, name: string, bp: string) => (v: Vorlage): Vorlage => ({
      ...v,
      bezuege: [{ id: "r1", gremium: "Magistrat", datum: "2024-02-27", bp, vermerk: "antragsgemäß" }],
      verteiler: [{ id: "v1", empfaenger, bitte: "veranlassung" }],
      zeichnungen: [{ id: "z1", ort: "Wiesbaden", datum: "2025-05-06", zusatz: "", name }],
    });
    const old = structured(ids, withLists("Dezernat VII", "Dr. Heimlich", "0106"));
    const r = await run("diff", old, structured(ids, withLists("Dezernat VI", "Dr. Anders", "0199")));
    expect(r.code).toBe(1);
    expect(r.out).toContain("Verteiler 1 – Empfänger: „Dezernat VII“ → „Dezernat VI“");
    expect(r.out).toContain("Zeichnung 1 – Name: „Dr. Heimlich“ → „Dr. Anders“");
    expect(r.out).toContain("Bezug 1 – Beschlusspunkt: „0106“ → „0199“");
    expect(r.out).toContain("Ergebnis: Die Fassungen unterscheiden sich.");
    expect(r.out).not.toContain("inhaltlich gleich");
    const only = await run("diff", old, structured(ids, withLists("Dezernat VI", "Dr. Heimlich", "0106")));
    expect(only.code).toBe(1);
    expect(only.out).toContain("Verteiler 1 – Empfänger");
  });

  it("shows the Sitzungsart and the Bitte as words, not as the model's codes", async () => {
    const closed = structured(ids, (v) => ({ ...v, header: { ...v.header, sitzungsart: "nichtoeffentlich" }, verteiler: [{ id: "v1", empfaenger: "Dezernat III", bitte: "kenntnisnahme" }] }));
    const de = await run("diff", base, closed);
    expect(de.out).toContain("Sitzungsart (öffentlich/nicht öffentlich): öffentlich → nichtöffentlich");
    expect(de.out).toContain("Verteiler 1 – Bitte: um weitere Veranlassung → um Kenntnisnahme");
    expect(de.out).not.toMatch(/oeffentlich|veranlassung →/u);
    const en = await run("diff", "--lang", "en", base, closed);
    expect(en.out).toContain("Public or closed session: public → non-public");
    expect(en.out).toContain("Distribution list entry 1 – request: for further action → for information");
    expect(en.out).not.toContain("oeffentlich");
  });

  it("quotes text values with English quotes in English", async () => {
    const changed = structured(ids, (v) => ({ ...v, header: { ...v.header, betreff: "Beschaffung von drei Lastenrädern" } }));
    const r = await run("diff", "--lang", "en", base, changed);
    expect(r.out).toContain('Subject (Betreff): "Beschaffung von Lastenrädern für den Bürgerservice" → "Beschaffung von drei Lastenrädern"');
    expect(r.out).not.toMatch(/[„“]/u);
  });

  it("writes JSON for scripts, in English with --lang en", async () => {
    const r = await run("diff", "--json", "--lang", "en", base, structured([S(0), S(1), S(3)]));
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ old: base, equal: false, matched: { id: 4 } }); // the Kenntnisnahme clause and three Beschluss clauses
    expect(j.clauses[0]).toMatchObject({ kind: "removed", old: { number: "2.3", text: BESCHLUSS[2] } });
    const t = await run("diff", "--lang", "en", base, structured([S(0), S(1), S(3)]));
    expect(t.out).toContain("Clause 2.3 (Resolved) removed:");
    expect(t.out).toContain("Result: the versions differ.");
  });
});

describe("beschluss diff on plain documents (no ids: text similarity)", () => {
  const base = plain(BESCHLUSS);

  it("exits 0 for the same text", async () => {
    expect((await run("diff", base, plain(BESCHLUSS))).code).toBe(0);
  });

  it("finds the changed clause and its words", async () => {
    const r = await run("diff", base, plain([BESCHLUSS[0] as string, BESCHLUSS[1] as string, "die Räder halbjährlich gewartet werden;", BESCHLUSS[3] as string]));
    expect(r.code).toBe(1);
    expect(r.out).toContain("Ziffer 2.3 geändert:");
    expect(r.out).toContain("[-jährlich-]{+halbjährlich+}");
    expect(r.out).toContain("Ziffern: 1 geändert, 0 hinzugefügt, 0 entfernt, 0 verschoben, 0 nur neu nummeriert");
  });

  it("sees a clause put elsewhere as moved, not as removed and added", async () => {
    const r = await run("diff", "--json", base, plain([BESCHLUSS[0], BESCHLUSS[3], BESCHLUSS[1], BESCHLUSS[2]] as string[]));
    const j = JSON.parse(r.out);
    expect(j.clauses.map((c: { kind: string }) => c.kind)).toEqual(["moved", "moved", "moved"]);
    expect(j.clauses.find((c: { reordered: boolean }) => c.reordered)).toMatchObject({ old: { number: "2.4" }, new: { number: "2.2" }, matchedBy: "text" });
  });

  it("sees a renumbered but unchanged clause as moved, not changed", async () => {
    const r = await run("diff", "--json", base, plain(BESCHLUSS, undefined, ["2.1", "2.2", "2.4", "2.5"]));
    const j = JSON.parse(r.out);
    expect(j.clauses.map((c: { kind: string }) => c.kind)).toEqual(["moved", "moved"]);
    expect(j.clauses[0]).toMatchObject({ old: { number: "2.3" }, new: { number: "2.4" } });
  });

  it("finds added and removed clauses", async () => {
    const r = await run("diff", base, plain([BESCHLUSS[0], "ein Ladepunkt im Innenhof eingerichtet wird;", BESCHLUSS[1], BESCHLUSS[3]] as string[]));
    expect(r.out).toContain("Ziffer 2.2 (Beschluss) hinzugefügt:");
    expect(r.out).toContain("Ziffer 2.3 (Beschluss) entfernt:");
    expect(r.out).toContain("- die Räder jährlich gewartet werden;");
  });

  it("compares the Betreff read from the text", async () => {
    const r = await run("diff", base, plain(BESCHLUSS, "Beschaffung von drei Lastenrädern"));
    expect(r.out).toContain("Betreff: „Beschaffung von Lastenrädern für den Bürgerservice“ → „Beschaffung von drei Lastenrädern“");
  });

  it("compares a structured version with a plain one by text", async () => {
    const r = await run("diff", "--json", structured(ids), plain(BESCHLUSS));
    const j = JSON.parse(r.out);
    expect(j.clauses.filter((c: { kind: string }) => c.kind !== "moved")).toEqual([]);
    expect(j.matched.id).toBe(0);
  });
});

describe("beschluss diff with bad input", () => {
  it("exits 2 with a German reason when a file cannot be read", async () => {
    const r = await run("diff", file("kein Word-Dokument", "kaputt.docx"), structured(ids));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/kaputt\.docx: nicht lesbar – /u);
    expect(r.out).toBe("");
  });

  it("exits 2 when not given two files", async () => {
    const r = await run("diff", structured(ids));
    expect(r.code).toBe(2);
    expect(r.err).toContain("bitte zwei Dateien angeben");
  });
});
