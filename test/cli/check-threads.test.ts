import { execFileSync, spawnSync } from "node:child_process";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { cpSync, existsSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { threadCount } from "../../src/cli/check-pool";
import { KARLSRUHE, WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { completeVorlage } from "../fixtures/builders";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { compoundFile } from "../hardening/zip-variants";
import { BIN } from "./cli-helpers";

/**
 * `beschluss check DIR` reads a folder's files in parallel (src/cli/check-pool.ts): the report,
 * the order of its lines, the messages and the exit code must be those of one thread, for
 * valid, incomplete, broken and encrypted files alike — in a clone (the sources through tsx)
 * and in the compiled command as the package installs it (the worker file bundled beside it).
 */
const root = join(__dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "beschluss-threads-"));
const folder = join(work, "sitzung");

beforeAll(() => {
  execFileSync("mkdir", ["-p", folder]);
  const complete = DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save();
  const other = DocxDocument.create(completeVorlage({ header: { ...completeVorlage().header, betreff: "Beschaffung von vier Lastenrädern" } }), WIESBADEN, "2025-05-06T09:00:00Z").save();
  const files: Record<string, Uint8Array | string> = {
    "a-vollstaendig.docx": complete,
    "b-anderer-betreff.docx": other,
    "c-kein-zip.docx": "kein Word-Dokument",
    "d-kennwort.docx": compoundFile(["EncryptionInfo", "EncryptedPackage"]),
    "e-kaputtes-xml.docx": docxFromBody(`${paragraphXml("Text")}<w:p>`),
    "f-doctype.docx": docxWithDoctype(),
    "g-abgeschnitten.docx": complete.slice(0, Math.floor(complete.length / 2)),
    "h-leer.docx": "",
    // Drafted with another profile: each thread reads it with the profile it names (src/core/profile/document-profile.ts).
    "k-karlsruhe.docx": DocxDocument.create(completeVorlage(), KARLSRUHE, "2025-05-06T09:00:00Z").save(),
  };
  for (let i = 0; i < 10; i++) files[`v${i}.docx`] = i % 2 ? complete : other;
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
});

/** A package whose main part declares a DOCTYPE (refused: entity expansion). */
function docxWithDoctype(): Uint8Array {
  const parts = unzipSync(docxFromBody(paragraphXml("x")));
  const xml = strFromU8(parts["word/document.xml"] as Uint8Array).replace("<w:document", '<!DOCTYPE w:document [<!ENTITY x "y">]><w:document');
  return zipSync({ ...parts, "word/document.xml": strToU8(xml) });
}

function check(bin: string, threads: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, "check", folder, ...args], { encoding: "utf8", timeout: 120_000, env: { ...process.env, BESCHLUSS_THREADS: threads } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("checking a folder with several threads", () => {
  it("uses one thread when asked to, and none beyond a thread per four files", () => {
    expect(threadCount(200, { BESCHLUSS_THREADS: "1" })).toBe(1);
    expect(threadCount(200, { BESCHLUSS_THREADS: "3" })).toBe(3);
    expect(threadCount(5, { BESCHLUSS_THREADS: "3" })).toBe(1);
    expect(threadCount(8, { BESCHLUSS_THREADS: "3" })).toBe(2);
  });

  it("uses a thread per idle core: one where other work keeps every core busy, each core on a quiet machine, the number asked whatever the load", () => {
    expect(threadCount(200, {}, 2, 14.4)).toBe(1);
    expect(threadCount(200, {}, 2, 1.2)).toBe(1);
    expect(threadCount(200, {}, 2, 0.3)).toBe(2);
    expect(threadCount(200, {}, 8, 3)).toBe(5);
    expect(threadCount(200, {}, 16, 0)).toBe(8);
    expect(threadCount(200, { BESCHLUSS_THREADS: "2" }, 2, 14.4)).toBe(2);
    expect(threadCount(6, {}, 8, 0)).toBe(1);
  });

  it("reports exactly what one thread reports, in German and as JSON, with the same exit code (sources through tsx)", () => {
    const one = check(BIN, "1");
    for (const name of ["kennwort", "kein-zip", "kaputtes-xml", "doctype", "abgeschnitten", "leer", "v9"]) expect(one.stdout).toContain(name);
    expect(one.stdout).toContain("DOCTYPE");
    expect(one.status).toBe(2);
    for (const args of [[], ["--json"]]) expect(check(BIN, "3", ...args)).toEqual(check(BIN, "1", ...args));
    expect(check(BIN, "3").stdout).toContain("Profil: Stadt Karlsruhe (im Dokument gespeichert)");
    expect(check(BIN, "3", "--profile", "wiesbaden")).toEqual(check(BIN, "1", "--profile", "wiesbaden"));
    expect(check(BIN, "3", "--profile", "wiesbaden").stdout).toContain("Profil: Landeshauptstadt Wiesbaden (--profile; das Dokument wurde mit dem Profil „karlsruhe“ erstellt)");
  }, 240_000);

  it("does the same in the compiled command, whose worker file is built beside it", () => {
    const pkg = join(work, "pkg");
    execFileSync(process.execPath, [join(root, "scripts/build-cli.js"), "--outdir", join(pkg, "dist-cli")], { stdio: "pipe", timeout: 120_000 });
    expect(existsSync(join(pkg, "dist-cli/check-worker.js"))).toBe(true);
    for (const part of ["bin", "schemas", "package.json"]) cpSync(join(root, part), join(pkg, part), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(pkg, "node_modules"));
    const bin = join(pkg, "bin/beschluss.js");
    const one = check(bin, "1", "--lang", "en");
    expect(one.status).toBe(2);
    expect(check(bin, "3", "--lang", "en")).toEqual(one);
    expect(check(bin, "3")).toEqual(check(BIN, "1"));
    // The threads really check: a worker file that fails is reported as a bug (exit 3), never as a silently shorter report.
    writeFileSync(join(pkg, "dist-cli/check-worker.js"), `throw new Error("Probe: kaputter Prüf-Thread");`);
    const broken = check(bin, "3");
    expect(broken.status).toBe(3);
    expect(broken.stderr).toContain("Probe: kaputter Prüf-Thread");
    // One thread never loads it.
    expect(check(bin, "1", "--lang", "en")).toEqual(one);
  }, 240_000);
});
