import { isAscii } from "node:buffer";
import { execFileSync, spawnSync } from "node:child_process";
import { strToU8 } from "fflate";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KARLSRUHE, WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { W_NS } from "../../src/document/ooxml/ooxml";
import { clause, section } from "../../src/core/model/builders";
import { completeVorlage } from "../fixtures/builders";
import { docxFromBody, paragraphXml } from "../fixtures/docx";

/**
 * What the compiled command (dist-cli, as the package installs it) loads to start and to
 * compare two documents: only what the work needs. The built-in profiles were checked when
 * it was built, so no schema validator; reading inflates with node:zlib, so no fflate; no
 * node:crypto until something is written. A city's own profile is still validated, and
 * writing a .docx still works (fflate and crypto load on first use).
 */
const root = join(__dirname, "../..");
/** V8 refuses a code cache made under other V8 flags: the cache is checked as a user's plain `node` loads it. */
const withoutV8Options = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_OPTIONS" && k !== "NODE_V8_COVERAGE"));
const work = mkdtempSync(join(tmpdir(), "beschluss-start-"));
const pkg = join(work, "pkg");
const bin = join(pkg, "bin/beschluss.js");

beforeAll(() => {
  execFileSync(process.execPath, [join(root, "scripts/build-cli.js"), "--outdir", join(pkg, "dist-cli")], { stdio: "pipe", timeout: 120_000 });
  for (const part of ["bin", "schemas", "package.json"]) cpSync(join(root, part), join(pkg, part), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(pkg, "node_modules"));
}, 180_000);

/**
 * Runs the compiled command with a preload that notes every module it requires, every V8 flag it
 * sets, whether it ends by process.exit, and which of process.stdout and process.stderr it built.
 */
function loads(args: readonly string[]): { status: number | null; stdout: string; stderr: string; modules: string[]; v8Flags: string[]; exited: boolean; streams: string[] } {
  const hook = join(work, "note-requires.js");
  writeFileSync(
    hook,
    `const v8 = require("node:v8"); const setFlags = v8.setFlagsFromString; const flags = [];
     v8.setFlagsFromString = function (f) { flags.push(f); return setFlags.call(this, f); };
     const M = require("node:module"); const load = M._load; const seen = new Set();
     M._load = function (id, ...rest) { seen.add(id); return load.call(this, id, ...rest); };
     const exit = process.exit; let exited = false;
     process.exit = function (...args) { exited = true; return exit.apply(this, args); };
     const streams = [];
     for (const name of ["stdout", "stderr"]) {
       const own = Object.getOwnPropertyDescriptor(process, name);
       Object.defineProperty(process, name, { configurable: true, enumerable: own.enumerable, get() { if (!streams.includes(name)) streams.push(name); return own.get.call(process); } });
     }
     process.on("exit", () => require("node:fs").writeFileSync(process.env.NOTE_FILE, JSON.stringify({ modules: [...seen], flags, exited, streams })));`,
  );
  const note = join(work, `requires-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(process.execPath, ["--require", hook, bin, ...args], { cwd: work, encoding: "utf8", timeout: 60_000, env: { ...process.env, NOTE_FILE: note } });
  const noted = JSON.parse(readFileSync(note, "utf8")) as { modules: string[]; flags: string[]; exited: boolean; streams: string[] };
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, modules: noted.modules, v8Flags: noted.flags, exited: noted.exited, streams: noted.streams };
}

/**
 * Runs the compiled bundle in a process of its own, with esbuild's helper for lazily evaluated
 * modules (`__esm`, every module behind main's per-command `require`) noting the name of each
 * module as it is evaluated. Returns the names in order of evaluation.
 */
function evaluatedModules(args: readonly string[]): string[] {
  const script = `
    const fs = require("node:fs"), path = require("node:path"), Module = require("node:module");
    const file = process.argv[1];
    const source = fs.readFileSync(file, "utf8");
    const helper = /var __esm = \\(fn, res[^)]*\\) => function __init\\(\\) \\{/;
    if (!helper.test(source)) throw new Error("esbuild's __esm helper not found in " + file);
    const noted = [];
    globalThis.__noteModule = (name) => noted.push(name);
    const m = new Module(file);
    m.filename = file;
    m.paths = Module._nodeModulePaths(path.dirname(file));
    m._compile(source.replace(helper, (h) => h + " if (fn) globalThis.__noteModule(Object.getOwnPropertyNames(fn)[0]);"), file);
    m.exports.main(process.argv.slice(2), { out() {}, err() {}, raw() {} }).then(() => process.stdout.write(JSON.stringify(noted)));`;
  const r = spawnSync(process.execPath, ["-e", script, join(pkg, "dist-cli/beschluss.js"), ...args], { cwd: work, encoding: "utf8", timeout: 60_000 });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as string[];
}

const notNeededToRead = (m: string) => m === "fflate" || m.startsWith("ajv") || m === "node:crypto" || m === "crypto" || m === "@xmldom/xmldom" || m === "saxes";

describe("the compiled command's start", () => {
  it("compares two documents with node:zlib, without saxes, fflate, the schema validator or crypto", () => {
    const alt = join(work, "alt.docx");
    const neu = join(work, "neu.docx");
    writeFileSync(alt, DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save());
    writeFileSync(neu, DocxDocument.create(completeVorlage({ header: { ...completeVorlage().header, betreff: "Beschaffung von vier Lastenrädern" } }), WIESBADEN, "2025-05-06T09:00:00Z").save());
    const r = loads(["diff", alt, neu]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("Beschaffung von vier Lastenrädern");
    expect(r.modules).toContain("node:zlib");
    // A run of a third of a second, in which Turbofan's compiling costs more than it gives (bin/v8-flags.js).
    expect(r.v8Flags).toEqual(process.versions.v8.startsWith("11.") ? ["--no-turbofan --no-regexp-tier-up"] : []);
    // Its text written, it ends at once rather than after V8's pending garbage collection, with its exit
    // code and every byte it wrote: the same as the sources write, which end as Node ends by itself.
    expect(r.exited).toBe(true);
    const ours = spawnSync(process.execPath, [join(root, "bin/beschluss.js"), "diff", alt, neu], { cwd: work, encoding: "utf8", timeout: 60_000 });
    expect(r.stdout).toBe(ours.stdout);
    expect(r.status).toBe(ours.status);
    // Its text goes out with fs.writeSync (src/cli/fd-output.ts): Node never builds the stdout and
    // stderr streams, nor loads their stream, socket and TTY modules, for a diff.
    expect(r.streams).toEqual([]);
    // Wiesbaden keeps what it does not print in the metadata part (issue 21 item 7), which is read
    // by streaming: no DOM, nothing else that reading does not need.
    expect(r.modules.filter(notNeededToRead)).toEqual([]);
  });

  it("says on standard error that a file cannot be read, as the sources do, without building the streams; and ends quietly when its reader has gone", () => {
    const alt = join(work, "alt-fehlt.docx");
    writeFileSync(alt, DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save());
    const missing = join(work, "gibt-es-nicht.docx");
    const r = loads(["diff", alt, missing]);
    const ours = spawnSync(process.execPath, [join(root, "bin/beschluss.js"), "diff", alt, missing], { cwd: work, encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("gibt-es-nicht.docx");
    expect(r.stderr).toBe(ours.stderr);
    expect(r.stdout).toBe(ours.stdout);
    expect(r.streams).toEqual([]);
    // A reader that stops after the first bytes (| head -c 1) of more text than a pipe holds (64 KiB):
    // writing meets EPIPE, and the command ends with the comparison's exit code, without a trace.
    const many = (words: string) => completeVorlage({ sections: [section("b", "beschluss", Array.from({ length: 300 }, (_, i) => clause(`b${i}`, `${words} ${i} für die Sanierung der Schulen im Stadtgebiet;`)))] });
    const longAlt = join(work, "alt-lang.docx");
    const longNeu = join(work, "neu-lang.docx");
    writeFileSync(longAlt, DocxDocument.create(many("Die Verwaltung wird beauftragt, Mittel"), WIESBADEN, "2025-05-06T09:00:00Z").save());
    writeFileSync(longNeu, DocxDocument.create(many("Der Magistrat wird gebeten, Haushaltsmittel"), WIESBADEN, "2025-05-06T09:00:00Z").save());
    const whole = spawnSync(process.execPath, [bin, "diff", "--json", longAlt, longNeu], { cwd: work, encoding: "utf8", timeout: 60_000 });
    expect(whole.stdout.length).toBeGreaterThan(128 * 1024);
    const head = spawnSync("bash", ["-c", '"$0" "$1" diff --json "$2" "$3" | head -c 1 >/dev/null; echo "${PIPESTATUS[0]}"', process.execPath, bin, longAlt, longNeu], { cwd: work, encoding: "utf8", timeout: 60_000 });
    expect(head.stderr).toBe("");
    expect(head.stdout.trim()).toBe("1");
  });

  it("evaluates, to compare two documents, none of the other commands' modules, and of date-fns only the function it calls", () => {
    const alt = join(work, "alt-eval.docx");
    const neu = join(work, "neu-eval.docx");
    writeFileSync(alt, DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save());
    writeFileSync(neu, DocxDocument.create(completeVorlage({ header: { ...completeVorlage().header, betreff: "Beschaffung von vier Lastenrädern" } }), WIESBADEN, "2025-05-06T09:00:00Z").save());
    const modules = evaluatedModules(["diff", alt, neu]);
    // The control: the command's own modules are noted.
    expect(modules).toEqual(expect.arrayContaining(["src/cli/diff-command.ts", "src/cli/diff-report.ts", "src/core/diff/vorlage-diff.ts", "node_modules/date-fns/isExists.js"]));
    const otherCommands = /^src\/cli\/(check-command|check-report|check-pool|collect-files|progress|report-files|user-files|export-command|new-command|recognize-command|recognize-docx)\.ts$/;
    expect(modules.filter((m) => otherCommands.test(m) || m.startsWith("src/core/report/"))).toEqual([]);
    // date-fns's index once put a wrapper of each of its 250 functions into every diff and check.
    expect(modules.filter((m) => m.startsWith("node_modules/") && m !== "node_modules/date-fns/isExists.js")).toEqual([]);
  });

  it("checks a Wiesbaden document, whose unprinted values live in the metadata part, without the DOM", () => {
    const file = join(work, "check-wi.docx");
    writeFileSync(file, DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save());
    const r = loads(["check", file]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("check-wi.docx: vollständig");
    // One file is a short run, as a diff is: without Turbofan (bin/v8-flags.js).
    expect(r.v8Flags).toEqual(process.versions.v8.startsWith("11.") ? ["--no-turbofan --no-regexp-tier-up"] : []);
    expect(r.exited).toBe(false);
    // The control for diff's descriptors: every other command writes through the streams.
    expect(r.streams).toContain("stdout");
    expect(r.modules.filter(notNeededToRead)).toEqual([]);
  });

  it("keeps Turbofan for a check of a folder, which runs for seconds, with the output of the one without it", () => {
    const dir = join(work, "ordner");
    mkdirSync(dir);
    const file = join(dir, "check-wi.docx");
    writeFileSync(file, DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save());
    const folder = loads(["check", "--json", dir]);
    expect(folder.v8Flags).toEqual([]);
    const one = loads(["check", "--json", file]);
    expect(one.v8Flags).toEqual(process.versions.v8.startsWith("11.") ? ["--no-turbofan --no-regexp-tier-up"] : []);
    expect(one.status).toBe(folder.status);
    expect(one.stdout).toBe(folder.stdout);
    expect(one.stderr).toBe(folder.stderr);
  });

  it("compares two documents whose house style prints every block (Karlsruhe) without the DOM either", () => {
    const alt = join(work, "alt-ka.docx");
    const neu = join(work, "neu-ka.docx");
    writeFileSync(alt, DocxDocument.create(completeVorlage(), KARLSRUHE, "2025-05-06T09:00:00Z").save());
    writeFileSync(neu, DocxDocument.create(completeVorlage({ header: { ...completeVorlage().header, betreff: "Beschaffung von vier Lastenrädern" } }), KARLSRUHE, "2025-05-06T09:00:00Z").save());
    const r = loads(["diff", "--profile", "karlsruhe", alt, neu]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("Beschaffung von vier Lastenrädern");
    expect(r.modules.filter(notNeededToRead)).toEqual([]);
  });

  it("loads saxes for a styles part that hides text, and leaves the hidden paragraph out as before", () => {
    const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="Alt"><w:name w:val="Alt"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`;
    const head = ["Vorlagen-Nr. 25-V-03-0012", "Beschaffung von Lastenrädern", "1. Es wird beschlossen, dass", "1.1 zwei Räder beschafft werden;"];
    const hidden = `<w:p><w:pPr><w:pStyle w:val="Alt"/></w:pPr><w:r><w:t xml:space="preserve">1.2 die alte Fassung gilt;</w:t></w:r></w:p>`;
    const withHidden = join(work, "verborgen.docx");
    const without = join(work, "ohne.docx");
    const visible = join(work, "sichtbar.docx");
    writeFileSync(withHidden, docxFromBody([...head.map(paragraphXml), hidden].join(""), { "word/styles.xml": strToU8(styles) }));
    writeFileSync(without, docxFromBody(head.map(paragraphXml).join(""), { "word/styles.xml": strToU8(styles) }));
    writeFileSync(visible, docxFromBody([...head, "1.2 die alte Fassung gilt;"].map(paragraphXml).join(""), { "word/styles.xml": strToU8(styles) }));
    const same = loads(["diff", withHidden, without]);
    expect(same.stderr).toBe("");
    expect(same.status).toBe(0);
    expect(same.modules).toContain("saxes");
    // The control: the same clause shown is a difference.
    const differs = loads(["diff", visible, without]);
    expect(differs.status).toBe(1);
    expect(differs.stdout).toContain("die alte Fassung gilt");
  });

  it("loads with the V8 code cache made when it was built, which this Node accepts", () => {
    const r = spawnSync(process.execPath, ["-e", `const r = require(process.argv[1]).loadCompiled(process.argv[2]); process.stdout.write(JSON.stringify({ rejected: r.cacheRejected, main: typeof r.exports.main }));`, join(pkg, "bin/load-compiled.js"), join(pkg, "dist-cli/beschluss.js")], { encoding: "utf8", timeout: 60_000, env: withoutV8Options });
    expect(r.stderr).toBe("");
    expect(existsSync(join(pkg, "dist-cli/beschluss.code-cache"))).toBe(true);
    expect(JSON.parse(r.stdout)).toEqual({ rejected: false, main: "function" });
  });

  it("is pure ASCII, read as one byte a character without decoding UTF-8; a file that is not is still read as UTF-8", () => {
    for (const name of ["beschluss.js", "check-worker.js"]) expect(isAscii(readFileSync(join(pkg, "dist-cli", name)))).toBe(true);
    // The umlauts the command writes are escapes in the file, and the same text when it runs.
    expect(readFileSync(join(pkg, "dist-cli/beschluss.js"), "latin1")).not.toContain("ä");
    const r = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8", timeout: 60_000, env: withoutV8Options });
    const ours = spawnSync(process.execPath, [join(root, "bin/beschluss.js"), "--help"], { encoding: "utf8", timeout: 60_000 });
    expect(r.stdout).toMatch(/[äöüß]/u);
    expect(r.stdout).toBe(ours.stdout);
    const utf8 = join(work, "utf8-modul.js");
    writeFileSync(utf8, 'module.exports = { text: "Grüße – „Beschluss“" };');
    const loaded = spawnSync(process.execPath, ["-e", `process.stdout.write(require(process.argv[1]).loadCompiled(process.argv[2]).exports.text)`, join(pkg, "bin/load-compiled.js"), utf8], { encoding: "utf8", timeout: 60_000 });
    expect(loaded.stdout).toBe("Grüße – „Beschluss“");
  });

  it("holds in its code cache what a diff runs, so that diff compiles next to nothing when it starts", () => {
    const alt = join(work, "alt-cache.docx");
    const neu = join(work, "neu-cache.docx");
    writeFileSync(alt, DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save());
    writeFileSync(neu, DocxDocument.create(completeVorlage({ header: { ...completeVorlage().header, betreff: "Beschaffung von vier Lastenrädern" } }), WIESBADEN, "2025-05-06T09:00:00Z").save());
    // V8's cache holds the functions compiled so far: taken again after a diff, it grows by what
    // that diff compiled beyond the shipped cache (40 KiB, 7 %, when the warm-up ran no diff).
    const script = `
      const { loadCompiled, cacheOf } = require(process.argv[1]);
      const { exports: cli, script, cacheRejected } = loadCompiled(process.argv[2]);
      const shipped = require("node:fs").statSync(cacheOf(process.argv[2])).size;
      cli.main(["diff", process.argv[3], process.argv[4]], { out() {}, err() {}, raw() {} }).then((code) =>
        process.stdout.write(JSON.stringify({ code, cacheRejected, shipped, after: script.createCachedData().length })));`;
    const r = spawnSync(process.execPath, ["-e", script, join(pkg, "bin/load-compiled.js"), join(pkg, "dist-cli/beschluss.js"), alt, neu], { encoding: "utf8", timeout: 60_000, env: withoutV8Options });
    expect(r.stderr).toBe("");
    const { code, cacheRejected, shipped, after } = JSON.parse(r.stdout) as { code: number; cacheRejected: boolean; shipped: number; after: number };
    expect(code).toBe(1);
    expect(cacheRejected).toBe(false);
    expect((after - shipped) / shipped).toBeLessThan(0.02);
  });

  it("runs as before when V8 refuses the code cache or it is missing", () => {
    const other = join(work, "other");
    cpSync(pkg, other, { recursive: true, dereference: false });
    const file = join(work, "karlsruhe-cache.docx");
    writeFileSync(file, DocxDocument.create(completeVorlage(), KARLSRUHE, "2025-05-06T09:00:00Z").save());
    const expected = spawnSync(process.execPath, [bin, "check", "--json", "--profile", "karlsruhe", file], { encoding: "utf8", timeout: 60_000 });
    writeFileSync(join(other, "dist-cli/beschluss.code-cache"), "kein V8-Code");
    const refused = spawnSync(process.execPath, [join(other, "bin/beschluss.js"), "check", "--json", "--profile", "karlsruhe", file], { encoding: "utf8", timeout: 60_000 });
    expect(refused.stderr).toBe("");
    expect(refused.stdout).toBe(expected.stdout);
    expect(refused.status).toBe(expected.status);
    rmSync(join(other, "dist-cli/beschluss.code-cache"));
    const missing = spawnSync(process.execPath, [join(other, "bin/beschluss.js"), "check", "--json", "--profile", "karlsruhe", file], { encoding: "utf8", timeout: 60_000 });
    expect(missing.stdout).toBe(expected.stdout);
    expect(missing.status).toBe(expected.status);
  });

  it("answers --help without loading any package", () => {
    const r = loads(["--help"]);
    expect(r.status).toBe(0);
    expect(r.modules.filter((m) => !m.startsWith("node:") && !m.startsWith("/") && !m.startsWith("."))).toEqual([]);
    expect(r.modules.filter(notNeededToRead)).toEqual([]);
  });

  it("still validates a city's own profile, and refuses a wrong one", () => {
    const own = join(work, "stadt.json");
    writeFileSync(own, JSON.stringify({ ...JSON.parse(readFileSync(join(root, "src/core/profile/profiles/karlsruhe.json"), "utf8")), id: 42 }));
    const r = loads(["check", "--profile", own, join(work, "fehlt.docx")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^beschluss: Kommunalprofil nicht verwendbar: .*\/id/);
    expect(r.modules.some((m) => m.startsWith("ajv"))).toBe(true);
  });

  it("uses the built-in profiles as parseProfile checked them, by name", () => {
    const file = join(work, "karlsruhe.docx");
    writeFileSync(file, DocxDocument.create(completeVorlage(), KARLSRUHE, "2025-05-06T09:00:00Z").save());
    const r = loads(["check", "--json", "--profile", "karlsruhe", file]);
    const ours = spawnSync(process.execPath, [join(root, "bin/beschluss.js"), "check", "--json", "--profile", "karlsruhe", file], { encoding: "utf8", timeout: 60_000 });
    expect(r.stdout).toBe(ours.stdout);
    expect(r.status).toBe(ours.status);
    expect(r.modules.some((m) => m.startsWith("ajv"))).toBe(false);
  });

  it("writes a new .docx, loading fflate and crypto only then", () => {
    const out = join(work, "neu-erzeugt.docx");
    const r = loads(["new", "-o", out]);
    expect(r.stderr).not.toMatch(/Error|at /);
    expect(r.status).toBe(0);
    expect(r.modules).toEqual(expect.arrayContaining(["fflate", "node:crypto"]));
    expect(DocxDocument.open(new Uint8Array(readFileSync(out))).read(WIESBADEN).structured).toBe(true);
  });
});
