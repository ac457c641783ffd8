import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readRegularFile } from "../../src/cli/read-regular-file";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { completeVorlage } from "../fixtures/builders";
import { BIN, run, tempFolder } from "./cli-helpers";

/** Issue 20, item 3 (cases 9 and 10): only regular files are read, the size limit applies before reading, an unreadable file or folder is a row. */
const { dir, file } = tempFolder("begrenzt-");
chmodSync(dir, 0o755);
const VORLAGE = DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save();

/** Permissions do not bind root: as root, the command runs as nobody, so that a folder without permission is one. */
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
const bin = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 60_000, ...asUser });

describe("only regular files are read (case 9)", () => {
  it("a folder with a link to /dev/zero and a link to a FIFO: both are rows „nicht lesbar“, the rest is checked, nothing hangs", () => {
    const folder = join(dir, "eingang");
    mkdirSync(folder);
    chmodSync(folder, 0o755);
    writeFileSync(join(folder, "a-gut.docx"), VORLAGE);
    symlinkSync("/dev/zero", join(folder, "b-null.docx"));
    const fifo = join(dir, "rohr");
    execFileSync("mkfifo", [fifo]);
    symlinkSync(fifo, join(folder, "c-rohr.docx"));
    const r = bin("check", folder);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`${join(folder, "a-gut.docx")}: vollständig`);
    expect(r.stdout).toContain(`${join(folder, "b-null.docx")}: nicht lesbar – ist ein Gerät, keine gewöhnliche Datei – nicht gelesen`);
    expect(r.stdout).toContain(`${join(folder, "c-rohr.docx")}: nicht lesbar – ist eine benannte Pipe (FIFO), keine gewöhnliche Datei – nicht gelesen`);
    expect(r.stdout).toContain("3 Dateien geprüft: 1 vollständig, 0 unvollständig, 2 nicht lesbar");
  }, 60_000);

  it("export and recognize of a FIFO or a device refuse with a sentence instead of waiting", () => {
    const fifo = join(dir, "rohr2.docx");
    execFileSync("mkfifo", [fifo]);
    const ex = bin("export", fifo);
    expect(ex.signal).toBeNull();
    expect(ex.status).toBe(2);
    expect(ex.stderr.trim()).toBe(`beschluss: ${fifo} kann nicht gelesen werden: ist eine benannte Pipe (FIFO), keine gewöhnliche Datei – nicht gelesen`);
    const link = join(dir, "null.docx");
    symlinkSync("/dev/zero", link);
    const rec = bin("recognize", link, "-o", join(dir, "aus.docx"));
    expect(rec.signal).toBeNull();
    expect(rec.status).toBe(2);
    expect(rec.stderr.trim()).toBe(`beschluss: ${link} kann nicht gelesen werden: ist ein Gerät, keine gewöhnliche Datei – nicht gelesen`);
  }, 60_000);

  it("reads a regular file whole and refuses /dev/zero without reading from it", () => {
    expect(Buffer.from(readRegularFile(file("klein.docx", "Inhalt"), 100)).toString()).toBe("Inhalt");
    expect(() => readRegularFile("/dev/zero", 100)).toThrow(expect.objectContaining({ refusal: { kind: "not-regular", fileKind: "device" } }));
  });
});

describe("the size limit applies before reading (case 9)", () => {
  it("a 150 MB file given to export is refused by its stated size, before a byte is read", async () => {
    const big = file("riesig.docx", "");
    truncateSync(big, 150 * 1024 * 1024);
    const r = await run("export", big);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`beschluss: ${big} kann nicht gelesen werden: zu groß (150 MB; Grenze 100 MB)`);
  });

  it("stops reading past the limit when the file holds more than its size said (it grew meanwhile)", () => {
    const path = file("waechst.docx", "x".repeat(50));
    expect(() => readRegularFile(path, 40)).toThrow(expect.objectContaining({ refusal: expect.objectContaining({ kind: "too-large" }) }));
  });
});

describe("an unreadable file or folder is a row, and the rest are checked (case 10)", () => {
  it("one folder without permission among others: exit 2, the others checked, no stack trace", () => {
    const root = join(dir, "sitzung");
    for (const sub of ["I", "II", "III"]) {
      mkdirSync(join(root, sub), { recursive: true });
      writeFileSync(join(root, sub, `vorlage-${sub}.docx`), VORLAGE);
    }
    writeFileSync(join(root, "gesperrt.docx"), VORLAGE);
    chmodSync(root, 0o755);
    for (const sub of ["I", "III"]) chmodSync(join(root, sub), 0o755);
    chmodSync(join(root, "II"), 0o000);
    chmodSync(join(root, "gesperrt.docx"), 0o000);
    const report = join(dir, "sitzung-bericht.csv");
    chmodSync(dir, 0o777);
    const r = bin("check", root, "--csv", report);
    chmodSync(dir, 0o755);
    expect(r.stderr).not.toMatch(/interner Fehler|at .*\.ts:\d+/);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`${join(root, "II")}: nicht lesbar – keine Berechtigung`);
    expect(r.stdout).toContain(`${join(root, "gesperrt.docx")}: nicht lesbar – keine Berechtigung`);
    expect(r.stdout).toContain(`${join(root, "I", "vorlage-I.docx")}: vollständig`);
    expect(r.stdout).toContain(`${join(root, "III", "vorlage-III.docx")}: vollständig`);
    // The report names files relative to the folder that was named.
    const csv = execFileSync("cat", [report], { encoding: "utf8" });
    expect(csv).toContain("\r\nI/vorlage-I.docx;");
    expect(csv).toContain("\r\nII;");
    expect(csv).not.toContain(root);
  }, 60_000);
});

describe("report write errors are sentences, exit 2 (case 10)", () => {
  it("a report into a missing folder", async () => {
    const a = file("eins.docx", VORLAGE);
    const target = join(dir, "fehlt", "bericht.html");
    const r = await run("check", a, "--report", target);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`beschluss: ${target} kann nicht geschrieben werden: nicht gefunden (Datei oder Ordner fehlt)`);
  });
});

describe("a report into a missing folder is refused before the files are read", () => {
  it("says so without checking (no report of the files on the terminal)", async () => {
    const a = file("zwei.docx", VORLAGE);
    const target = join(dir, "gibt-es-nicht", "bericht.csv");
    const r = await run("check", a, "--csv", target);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(`beschluss: ${target} kann nicht geschrieben werden: nicht gefunden (Datei oder Ordner fehlt)`);
  });
});
