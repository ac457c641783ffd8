import { execFileSync } from "node:child_process";
import { chmodSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { checkOutput } from "../../src/cli/output-target";
import { CLI_MESSAGES } from "../../src/i18n/cli-messages";
import { UsageError } from "../../src/cli/command";
import { completeVorlage } from "../fixtures/builders";
import { plainDocx } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/** Issue 20, item 1 (cases 1–3 and 12): an output never replaces an input or what is not ours. */
const { dir, file } = tempFolder("ausgabe-");
const VORLAGE = DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save();
const PLAIN = plainDocx(["Vorlagen-Nr. 25-V-03-0012", "Betreff: Lastenräder", "1. Es wird beschlossen, dass", "1.1\tdie Stadt prüft."]);
const same = (path: string, bytes: Uint8Array) => expect(readFileSync(path).equals(Buffer.from(bytes))).toBe(true);
const oneGermanLine = (text: string) => expect(text).toMatch(/^beschluss: [^\n]+$/);

describe("check never writes its report over a Vorlage (case 1)", () => {
  it("check --report eingang/*.docx: the first Vorlage is not replaced by the report", async () => {
    const a = file("eins.docx", VORLAGE);
    const b = file("zwei.docx", VORLAGE);
    const r = await run("check", "--report", a, b);
    expect(r.code).toBe(2);
    oneGermanLine(r.err);
    expect(r.err).toContain("--report");
    expect(r.err).not.toContain("geschrieben");
    same(a, VORLAGE);
  });

  it("check --csv b.docx b.docx and check a.docx --report a.docx are refused, the file untouched", async () => {
    const b = file("drei.docx", VORLAGE);
    const csv = await run("check", "--csv", b, b);
    expect(csv.code).toBe(2);
    oneGermanLine(csv.err);
    same(b, VORLAGE);
    const html = await run("check", b, "--report", b);
    expect(html.code).toBe(2);
    same(b, VORLAGE);
  });

  it("a report name that is an input through a symbolic or a hard link is refused, even with --force", async () => {
    const sub = join(dir, "eingang");
    mkdirSync(sub);
    const a = join(sub, "a.docx");
    file("eingang/a.docx", VORLAGE);
    symlinkSync(a, join(dir, "verweis.html"));
    linkSync(a, join(dir, "hart.csv"));
    const viaLink = await run("check", sub, "--report", join(dir, "verweis.html"), "--force");
    expect(viaLink.code).toBe(2);
    expect(viaLink.err).toBe("beschluss: Ausgabe und Eingabe sind dieselbe Datei; die Eingabe wird nicht überschrieben");
    const viaHardLink = await run("check", sub, "--csv", join(dir, "hart.csv"), "--force");
    expect(viaHardLink.code).toBe(2);
    expect(viaHardLink.err).toBe("beschluss: Ausgabe und Eingabe sind dieselbe Datei; die Eingabe wird nicht überschrieben");
    same(a, VORLAGE);
    expect(lstatSync(join(dir, "verweis.html")).isSymbolicLink()).toBe(true);
  });

  it("--report takes only .html, --csv only .csv, each also - for standard output", async () => {
    const a = file("vier.docx", VORLAGE);
    const wrong = await run("check", a, "--report", join(dir, "bericht.txt"));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toBe(`beschluss: --report braucht einen Dateinamen auf .html (oder - für die Standardausgabe), nicht „${join(dir, "bericht.txt")}“`);
    const wrongCsv = await run("check", a, "--csv", join(dir, "bericht.html"));
    expect(wrongCsv.code).toBe(2);
    expect(wrongCsv.err).toContain("--csv braucht einen Dateinamen auf .csv");
    const toStdout = await run("check", a, "--csv", "-");
    expect(toStdout.code).toBe(0);
    expect(toStdout.out).toContain("Datei;Vorlagen-Nr.;Betreff");
    expect(toStdout.out).not.toContain("vollständig – bereit");
    const htmlOut = await run("check", a, "--report", "-");
    expect(htmlOut.out).toMatch(/^<!DOCTYPE html>/i);
  });

  it("an existing report needs --force", async () => {
    const a = file("fuenf.docx", VORLAGE);
    const old = file("alt.html", "alter Bericht");
    const r = await run("check", a, "--report", old);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`beschluss: ${old} gibt es schon; zum Überschreiben --force angeben`);
    expect(readFileSync(old, "utf8")).toBe("alter Bericht");
    expect((await run("check", a, "--report", old, "--force")).code).toBe(0);
    expect(readFileSync(old, "utf8")).toMatch(/^<!DOCTYPE html>/i);
  });
});

describe("-o never replaces a device, a FIFO or a directory (case 2)", () => {
  it("a FIFO stays a FIFO, a directory stays a directory: exit 2 with a German sentence", async () => {
    const fifo = join(dir, "rohr.docx");
    execFileSync("mkfifo", [fifo]);
    const doc = file("quelle.docx", VORLAGE);
    for (const args of [["export", doc, "-o", fifo], ["new", "-o", fifo, "--force"], ["recognize", file("einfach.docx", PLAIN), "-o", fifo, "--force"]]) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`beschluss: ${fifo} ist eine benannte Pipe (FIFO), keine gewöhnliche Datei; dorthin wird nichts geschrieben`);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
    }
    const folder = join(dir, "ordner.html");
    mkdirSync(folder);
    const r = await run("check", doc, "--report", folder, "--force");
    expect(r.code).toBe(2);
    expect(r.err).toBe(`beschluss: ${folder} ist ein Verzeichnis, keine gewöhnliche Datei; dorthin wird nichts geschrieben`);
    expect(statSync(folder).isDirectory()).toBe(true);
  });

  it("a character device is refused before anything is written (checked without writing: /dev/null)", () => {
    const t = CLI_MESSAGES.de;
    expect(() => checkOutput("/dev/null", { inputs: [], force: true, t })).toThrow(new UsageError("/dev/null ist ein Gerät, keine gewöhnliche Datei; dorthin wird nichts geschrieben"));
  });

  it("recognize -o onto an existing file needs --force, as new -o does", async () => {
    const input = file("roh.docx", PLAIN);
    const there = file("schon-da.docx", "alter Inhalt");
    const r = await run("recognize", input, "-o", there);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`beschluss: ${there} gibt es schon; zum Überschreiben --force angeben`);
    expect(readFileSync(there, "utf8")).toBe("alter Inhalt");
    expect((await run("recognize", input, "-o", there, "--force")).code).toBe(0);
    const ex = await run("export", input, "-o", there);
    expect(ex.code).toBe(2);
  });
});

describe("--in-place (case 3 and 12)", () => {
  it("keeps a 0644 file 0644", async () => {
    const doc = file("offen.docx", PLAIN);
    chmodSync(doc, 0o644);
    expect((await run("recognize", doc, "--in-place")).code).toBe(0);
    expect(statSync(doc).mode & 0o777).toBe(0o644);
  });

  it("refuses a file with more than one hard link (exit 2); with --force writes the named file only and says the other names keep the old content", async () => {
    const a = file("hart-a.docx", PLAIN);
    chmodSync(a, 0o644);
    const b = join(dir, "hart-b.docx");
    linkSync(a, b);
    const r = await run("recognize", a, "--in-place");
    expect(r.code).toBe(2);
    expect(r.err).toBe(`beschluss: ${a} hat weitere Namen (harte Verknüpfungen) und kann nicht unter allen zugleich ersetzt werden; nichts geändert. Mit --force wird nur ${a} neu geschrieben, die anderen Namen behalten den alten Inhalt.`);
    same(a, PLAIN);
    const forced = await run("recognize", a, "--in-place", "--force");
    expect(forced.code).toBe(0);
    expect(forced.err).toContain(`${a} wurde neu geschrieben; 1 weiterer Name (harte Verknüpfung) behält den alten Inhalt`);
    same(b, PLAIN);
    expect(DocxDocument.open(readFileSync(a)).read(WIESBADEN).structured).toBe(true);
    expect(statSync(a).mode & 0o777).toBe(0o644);
    expect(statSync(a).nlink).toBe(1);
  });

  it("rewrites a file whose name is 245 bytes long: the temporary name stays short", async () => {
    const sub = join(dir, "lang");
    mkdirSync(sub);
    const name = `${"ä".repeat(120)}.docx`; // 240 + 5 bytes
    expect(Buffer.byteLength(name)).toBe(245);
    const doc = join(sub, name);
    file(join("lang", name), PLAIN);
    const r = await run("recognize", doc, "--in-place");
    expect(r.err).not.toContain("ENAMETOOLONG");
    expect(r.code).toBe(0);
    expect(readdirSync(sub)).toEqual([name]);
    expect(DocxDocument.open(readFileSync(doc)).read(WIESBADEN).structured).toBe(true);
  });
});
