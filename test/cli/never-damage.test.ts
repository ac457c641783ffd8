import { spawn } from "node:child_process";
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { neutralise } from "../../src/cli/main";
import { toVorlageJson } from "../../src/core/metadata/vorlage-json";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { plainDocx, docxFromBody, paragraphXml } from "../fixtures/docx";
import { reference0057 } from "../fixtures/reference-0057";
import { run, runBin } from "./cli-helpers";

/** Issue 11, items 5, 6, 11 and 12: a file stays the file it was; every user error is one sentence in the user's language. */
const dir = mkdtempSync(join(tmpdir(), "never-damage-"));
const PLAIN = plainDocx(["Vorlagen-Nr. 25-V-03-0012", "Betreff: Lastenräder", "1. Es wird beschlossen, dass", "1.1\tdie Stadt prüft."]);
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const oneLine = (text: string) => expect(text).toMatch(/^beschluss: [^\n]+$/);

describe("a file stays the file it was (items 5, 6)", () => {
  it("export X.docx -o X.docx is refused and the document is untouched", async () => {
    const doc = file("export-selbst.docx", PLAIN);
    const r = await run("export", doc, "-o", doc);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(readFileSync(doc).equals(Buffer.from(PLAIN))).toBe(true);
  });

  it("new -o onto an existing file needs --force", async () => {
    const there = file("vorhanden.docx", "alter Inhalt");
    const r = await run("new", "-o", there);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`beschluss: ${there} gibt es schon; zum Überschreiben --force angeben`);
    expect(readFileSync(there, "utf8")).toBe("alter Inhalt");
    expect((await run("new", "-o", there, "--force")).code).toBe(0);
    expect(DocxDocument.open(readFileSync(there)).read(WIESBADEN).structured).toBe(true);
  });

  it("--in-place keeps a 0600 file 0600, and the temporary file is never readable by others", async () => {
    const doc = file("privat.docx", PLAIN);
    chmodSync(doc, 0o600);
    expect((await run("recognize", doc, "--in-place")).code).toBe(0);
    expect(statSync(doc).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("--in-place through a symbolic link writes the file it points to, and the link stays a link", async () => {
    const real = file("echt.docx", PLAIN);
    const link = join(dir, "verweis.docx");
    symlinkSync(real, link);
    expect((await run("recognize", link, "--in-place")).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(DocxDocument.open(readFileSync(real)).read(WIESBADEN).structured).toBe(true);
  });

  it("--in-place on a hard-linked file is refused (issue 20: it cannot be replaced whole under both names), both names unchanged", async () => {
    const a = file("hart-a.docx", PLAIN);
    const b = join(dir, "hart-b.docx");
    linkSync(a, b);
    expect((await run("recognize", a, "--in-place")).code).toBe(2);
    expect(statSync(a).ino).toBe(statSync(b).ino);
    expect(readFileSync(b).equals(Buffer.from(PLAIN))).toBe(true);
  });

  it("a killed run leaves neither a temporary file nor a changed document", async () => {
    const sub = join(dir, "abbruch");
    mkdirSync(sub);
    const big = join(sub, "gross.docx");
    // A Vorlage (a letter is left alone and written never): one decision part of 20,000 clauses.
    const head = ["Vorlagen-Nr. 25-V-03-0012", "Betreff: Viele Ziffern", "1. Es wird beschlossen, dass"].map(paragraphXml).join("");
    writeFileSync(big, docxFromBody(head + Array.from({ length: 20_000 }, (_, i) => paragraphXml(`1.${i + 1}\tAbsatz mit Text;`)).join("")));
    const before = readFileSync(big);
    const child = spawn(process.execPath, [join(__dirname, "../../bin/beschluss.js"), "recognize", big, "--in-place"], { stdio: "ignore" });
    // Listened to from the start: on a quiet machine the run can end before the signal is sent.
    const exited = new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
    await new Promise((r) => setTimeout(r, 2500));
    child.kill("SIGTERM");
    const code = await exited;
    expect(readdirSync(sub).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    // The document is never half written: it is the old file, whole, or the new one, whole. (A signal can
    // arrive after the rename and before the process ends: exit 143 with the new file is fine.)
    const after = readFileSync(big);
    // A whole new file opens (every part's CRC and size checked) and reads; a half-written one does not.
    if (!after.equals(before)) expect(() => DocxDocument.open(after).read(WIESBADEN)).not.toThrow();
    // 0: done before the signal; 143: stopped by our handler; null: stopped by the signal itself, before the handler was installed.
    expect([0, 143, null]).toContain(code);
    // A signal is handled between two steps of work, so the end can wait for the 20,000 clauses' step: a loaded machine needs minutes.
  }, 240_000);
});

describe("every user error is one sentence in the user's language (item 11)", () => {
  it("control characters in new --from JSON: exit 2, no trace", async () => {
    const v = reference0057();
    const json = JSON.stringify(toVorlageJson({ ...v, header: { ...v.header, betreff: "Steuer\u0001zeichen" } }, WIESBADEN));
    const r = await run("new", "--from", file("steuer.json", json), "-o", join(dir, "steuer.docx"));
    expect(r.code).toBe(2);
    expect(r.err).toBe("beschluss: Vorlage nicht schreibbar: header.betreff enthält Zeichen, die ein Word-Dokument nicht aufnehmen kann (Steuerzeichen oder defekte Ersatzzeichen)");
  });

  it("an output folder without write permission, and a missing one, name the file meant, never the temporary one", async () => {
    const locked = join(dir, "gesperrt");
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const doc = file("eingabe.docx", PLAIN);
    const r = await run("recognize", doc, "-o", join(locked, "aus.docx"));
    chmodSync(locked, 0o700);
    if (process.getuid?.() !== 0) {
      expect(r.code).toBe(2);
      expect(r.err).toBe(`beschluss: ${join(locked, "aus.docx")} kann nicht geschrieben werden: keine Berechtigung`);
    }
    const missing = await run("new", "-o", join(dir, "fehlt", "neu.docx"));
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`beschluss: ${join(dir, "fehlt", "neu.docx")} kann nicht geschrieben werden: nicht gefunden (Datei oder Ordner fehlt)`);
    expect(missing.err).not.toContain(".tmp");
  });

  it("export of a missing file is a sentence, not ENOENT; in English with --lang en", async () => {
    const de = await run("export", join(dir, "gibt-es-nicht.docx"));
    expect(de.code).toBe(2);
    expect(de.err).toBe(`beschluss: ${join(dir, "gibt-es-nicht.docx")} kann nicht gelesen werden: nicht gefunden (Datei oder Ordner fehlt)`);
    const en = await run("export", join(dir, "gibt-es-nicht.docx"), "--lang", "en");
    expect(en.err).toBe(`beschluss: cannot read ${join(dir, "gibt-es-nicht.docx")}: not found (file or folder missing)`);
  });

  it("an unreadable .docx is reported in one language only", async () => {
    const r = await run("check", file("kein-zip.docx", "kein Archiv"));
    expect(r.out).toContain("nicht lesbar – keine Word-Datei (kein ZIP-Archiv)");
    const en = await run("check", "--lang", "en", join(dir, "kein-zip.docx"));
    expect(en.out).toContain("not readable – not a Word file (no zip archive)");
  });

  it("an unknown option names the valid ones and points to --help; an unknown language is refused", async () => {
    const r = await run("check", "--schnell", "x.docx");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^beschluss: unbekannte Option „--schnell“; möglich sind --json, --report, --csv, --force, .* \(beschluss --help zeigt alle\)$/);
    const fr = await run("check", "--lang", "fr", "x.docx");
    expect(fr.code).toBe(2);
    expect(fr.err).toBe("beschluss: unbekannte Sprache „fr“; möglich sind de und en (beschluss --help)");
    expect((await run("check", "--frob", "--lang", "en")).err).toMatch(/^beschluss: unknown option "--frob"; valid are/);
  });

  it("an option of another command is refused with the command's own options, not ignored (check --from did nothing before)", async () => {
    const r = await run("check", "--from", "x.json", "x.docx");
    expect(r.code).toBe(2);
    expect(r.err).toBe("beschluss: der Befehl „check“ kennt die Option „--from“ nicht; möglich sind --json, --report, --csv, --force, --lang, --profile, --help (-h) (beschluss --help zeigt alle)");
    const unknown = await run("diff", "--schnell", "a.docx", "b.docx");
    expect(unknown.err).toBe("beschluss: unbekannte Option „--schnell“; möglich sind --json, --lang, --profile, --help (-h) (beschluss --help zeigt alle)");
    const en = await run("diff", "--renumber", "a.docx", "b.docx", "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.err).toMatch(/^beschluss: diff takes no option "--renumber"; valid are --json, --lang/);
  });

  it("neutralises bidi overrides and C1 controls before they reach the terminal", () => {
    expect(neutralise("Betreff \u202Egnuldnahrev\u202C und \u0085 und \u001b[31m")).toBe("Betreff \\u{202E}gnuldnahrev\\u{202C} und \\u{85} und \\u{1B}[31m");
    expect(neutralise("Zeile 1\n\tZeile 2")).toBe("Zeile 1\n\tZeile 2");
  });

  it("the bin prints a German line, exit 2 and no trace for bad usage", () => {
    const r = runBin("check", "--lang", "fr");
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe("beschluss: unbekannte Sprache „fr“; möglich sind de und en (beschluss --help)");
  });
});

describe("recognize says what it did not do (item 12)", () => {
  it("with Track Changes on, the output says the edits are not recorded as revisions", async () => {
    const { strToU8, unzipSync, zipSync } = await import("fflate");
    const files = unzipSync(PLAIN);
    files["word/settings.xml"] = strToU8(`<?xml version="1.0"?><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:trackRevisions/></w:settings>`);
    const r = await run("recognize", file("nachverfolgt.docx", zipSync(files)), "-o", join(dir, "nachverfolgt-aus.docx"));
    expect(r.code).toBe(0);
    expect(r.err).toContain("„Änderungen nachverfolgen“ eingeschaltet");
  });
});
