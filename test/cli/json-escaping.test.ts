import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { completeVorlage } from "../fixtures/builders";
import { plainDocx } from "../fixtures/docx";
import { run, runBin, tempFolder } from "./cli-helpers";

/** Issue 20, item 4 (case 12 and 13): output a person and a script can trust. */
const { dir, file } = tempFolder("vertrauen-");
const BETREFF = "Radwege \u200Fمرحبا\u200E am Rhein\u2028zweite Zeile \u202Bx\u202C \u2066y\u2069";
const base = completeVorlage();
const doc = file("bidi.docx", DocxDocument.create({ ...base, header: { ...base.header, betreff: BETREFF } }, WIESBADEN, "2025-05-06T09:00:00Z").save());

/** Every string in a JSON value, however deep. */
const strings = (v: unknown): string[] => (typeof v === "string" ? [v] : v && typeof v === "object" ? Object.values(v).flatMap(strings) : []);

describe("--json is JSON that JSON.parse turns back into the document's text", () => {
  it("check --json: a Betreff with RLM, LRM, U+2028 and bidi embeddings", () => {
    const r = runBin("check", "--json", doc);
    expect(r.status).toBe(0);
    const parsed = JSON.parse(r.stdout);
    expect(parsed.files[0].vorlage.betreff).toBe(BETREFF);
    expect(r.stdout).toContain("\\u200F");
    expect(r.stdout).toContain("\\u2028");
  });

  it("export --format json and oparl, on the terminal and into a file", () => {
    for (const format of ["json", "oparl"]) {
      const r = runBin("export", doc, "--format", format);
      expect(r.status).toBe(0);
      expect(strings(JSON.parse(r.stdout))).toContain(BETREFF);
    }
    const out = join(dir, "export.json");
    expect(runBin("export", doc, "-o", out).status).toBe(0);
    expect(strings(JSON.parse(readFileSync(out, "utf8")))).toContain(BETREFF);
  });

  it("diff --json", () => {
    const other = file("bidi-2.docx", DocxDocument.create({ ...base, header: { ...base.header, betreff: `${BETREFF}!` } }, WIESBADEN, "2025-05-06T09:00:00Z").save());
    const r = runBin("diff", "--json", doc, other);
    expect(r.status).toBe(1);
    expect(strings(JSON.parse(r.stdout))).toContain(BETREFF);
  });
});

describe("file names on the terminal", () => {
  it("a newline in a file name cannot forge a „vollständig“ line", () => {
    const forged = "x.docx\nb.docx: vollständig – bereit zur Vorlage (0 Fehler, 0 Warnungen, 0 Hinweise)";
    const path = join(dir, forged);
    writeFileSync(path, "kein Word-Dokument");
    const r = runBin("check", path, doc);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("b.docx"))).toEqual([]);
    expect(r.stdout).toContain(`${join(dir, "x.docx")}\\u{A}b.docx: vollständig – bereit zur Vorlage (0 Fehler, 0 Warnungen, 0 Hinweise): nicht lesbar – keine Word-Datei (kein ZIP-Archiv)`);
  });

  it("a name in a message is shown the same way", async () => {
    const r = await run("export", join(dir, "fehlt\r\nbeschluss: alles gut.docx"));
    expect(r.err).toBe(`beschluss: ${join(dir, "fehlt")}\\u{D}\\u{A}beschluss: alles gut.docx kann nicht gelesen werden: nicht gefunden (Datei oder Ordner fehlt)`);
  });
});

describe("what the command says it does", () => {
  it("an unknown profile is answered in German, in English only with --lang en", async () => {
    const de = await run("check", "--profile", "muenchen", doc);
    expect(de.code).toBe(2);
    expect(de.err).toBe("beschluss: Kommunalprofil „muenchen“ gibt es nicht: weder eingebaut (wiesbaden, karlsruhe) noch als Datei vorhanden");
    const en = await run("check", "--profile", "muenchen", "--lang", "en", doc);
    expect(en.err).toBe('beschluss: there is no municipality profile "muenchen": neither built in (wiesbaden, karlsruhe) nor a file');
    const notJson = file("stadt.json", "{ kein JSON");
    expect((await run("check", "--profile", notJson, doc)).err).toBe(`beschluss: Kommunalprofil nicht verwendbar: ${notJson} ist keine gültige JSON-Datei`);
    expect((await run("check", "--profile", "/dev/zero", doc)).err).toBe("beschluss: Kommunalprofil nicht verwendbar: /dev/zero kann nicht gelesen werden: ist ein Gerät, keine gewöhnliche Datei – nicht gelesen");
  });

  it("recognize --in-place a.docx b.docx rewrites both, not a.docx alone; export of two files is refused, both unchanged", async () => {
    const plain = plainDocx(["Vorlagen-Nr. 25-V-03-0012", "Betreff: Lastenräder", "1. Es wird beschlossen, dass", "1.1\tdie Stadt prüft."]);
    const a = file("a.docx", plain);
    const b = file("b.docx", plain);
    const r = await run("recognize", "--in-place", a, b);
    expect(r.code).toBe(0);
    expect(readFileSync(a).equals(Buffer.from(plain))).toBe(false);
    expect(readFileSync(b).equals(Buffer.from(plain))).toBe(false);
    const c = file("c.docx", plain);
    const d = file("d.docx", plain);
    const e = await run("export", c, d);
    expect(e.err).toBe(`beschluss: beschluss export nimmt nur eine Datei entgegen; „${d}“ bliebe unbeachtet – nichts geändert`);
    expect(readFileSync(c).equals(Buffer.from(plain))).toBe(true);
    expect(e.code).toBe(2);
  });
});
