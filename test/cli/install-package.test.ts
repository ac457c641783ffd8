import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KARLSRUHE, WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { completeVorlage } from "../fixtures/builders";

/**
 * What a reviewer's machine gets from `npm install -g` of the packed package: the command
 * compiled to JavaScript with its runtime dependencies only. Packs the tarball as npm does
 * (prepack compiles dist-cli/), installs it into a fresh prefix (from npm's cache where it
 * can), runs it, and measures what was installed.
 */
const root = join(__dirname, "../..");
/** V8 refuses a code cache made under other V8 flags: the cache is checked as a user's plain `node` loads it. */
const withoutV8Options = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_OPTIONS" && k !== "NODE_V8_COVERAGE"));
const work = mkdtempSync(join(tmpdir(), "beschluss-install-"));
const prefix = join(work, "prefix");
// npm passes its own settings to scripts it runs (npm test); the commands below must not inherit them.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || /^npm_config_(cache|registry)$/i.test(k)));
const npm = (args: string[], cwd = root) => execFileSync("npm", args, { cwd, env, encoding: "utf8", stdio: "pipe", timeout: 240_000 });

function sizeOf(path: string): number {
  const st = lstatSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, name) => n + sizeOf(join(path, name)), 0);
}

function packagesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith("@")) return readdirSync(join(dir, name)).map((n) => `${name}/${n}`);
    return name.startsWith(".") ? [] : [name];
  });
}

describe("the installed command", () => {
  let installed = "";
  let bin = "";
  beforeAll(() => {
    const tarball = npm(["pack", "--pack-destination", work, "--silent"]).trim().split("\n").pop() as string;
    npm(["install", "-g", "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund", join(work, tarball)], work);
    installed = join(prefix, "lib/node_modules/beschlussvorlage-addin");
    bin = join(prefix, "bin/beschluss");
  }, 300_000);

  it("ships the compiled command and no sources", () => {
    expect(existsSync(join(installed, "dist-cli/beschluss.js"))).toBe(true);
    expect(existsSync(join(installed, "dist-cli/THIRD-PARTY-LICENSES.txt"))).toBe(true);
    expect(existsSync(join(installed, "src"))).toBe(false);
  });

  it("ships V8's code cache of the command, made by prepack, which the installing Node accepts", () => {
    expect(existsSync(join(installed, "dist-cli/beschluss.code-cache"))).toBe(true);
    const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(require(process.argv[1]).loadCompiled(process.argv[2]).cacheRejected))", join(installed, "bin/load-compiled.js"), join(installed, "dist-cli/beschluss.js")], { encoding: "utf8", timeout: 60_000, env: withoutV8Options });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("false");
  });

  it("brings only the runtime dependencies: no React, Fluent UI, tsx, esbuild or TypeScript", () => {
    const deps = packagesIn(join(installed, "node_modules"));
    expect(deps).toEqual(expect.arrayContaining(["@xmldom/xmldom", "ajv", "fflate", "saxes"]));
    for (const tool of ["react", "react-dom", "@fluentui/react-components", "tsx", "esbuild", "typescript", "date-fns", "webpack"]) expect(deps).not.toContain(tool);
  });

  it("is small: under 10 MB installed (it was 427 MB)", () => {
    const bytes = sizeOf(installed);
    writeFileSync(join(work, "installed-size.txt"), `${bytes}\n`);
    console.log(`installed size of the command: ${(bytes / 1048576).toFixed(1)} MB (${bytes} bytes) in ${installed}`);
    expect(bytes).toBeLessThan(10 * 1048576);
  });

  it("answers --help and checks a document, in German", () => {
    const help = spawnSync(bin, ["--help"], { encoding: "utf8", timeout: 60_000 });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("beschluss – Beschlussvorlagen prüfen");
    const file = join(work, "vorlage.docx");
    writeFileSync(file, DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save());
    const check = spawnSync(bin, ["check", "--report", join(work, "bericht.html"), file], { encoding: "utf8", timeout: 60_000 });
    expect(check.stderr).toContain("geschrieben:");
    expect(check.stdout).toContain(`${file}: vollständig – bereit zur Vorlage`);
    expect(check.status).toBe(0);
    const diff = spawnSync(bin, ["diff", file, file], { encoding: "utf8", timeout: 60_000 });
    expect(diff.status).toBe(0);
  });

  it("loads the XML DOM only when a document needs a tree: not to check or compare its own documents whose house style prints every block", () => {
    // A preload that notes every package the command requires, written out when it exits.
    const hook = join(work, "note-requires.js");
    writeFileSync(
      hook,
      `const M = require("node:module"); const load = M._load; const seen = new Set();
       M._load = function (id, ...rest) { seen.add(id); return load.call(this, id, ...rest); };
       process.on("exit", () => require("node:fs").writeFileSync(process.env.NOTE_FILE, [...seen].join("\\n")));`,
    );
    const loads = (args: string[]): { status: number | null; stdout: string; packages: string[] } => {
      const note = join(work, `requires-${args[0]}-${Math.random().toString(36).slice(2)}.txt`);
      const r = spawnSync(process.execPath, ["--require", hook, bin, ...args], { encoding: "utf8", timeout: 60_000, env: { ...process.env, NOTE_FILE: note } });
      return { status: r.status, stdout: r.stdout, packages: readFileSync(note, "utf8").split("\n") };
    };
    // Karlsruhe prints every block. Wiesbaden keeps the Angaben, the Zuständigkeit and the Finanzierung
    // in the metadata part (issue 21 item 7), which is read by streaming: neither loads the DOM.
    const file = join(work, "eigene.docx");
    writeFileSync(file, DocxDocument.create(completeVorlage(), KARLSRUHE, "2025-05-06T09:00:00Z").save());
    const diff = loads(["diff", "--profile", "karlsruhe", file, file]);
    expect(diff.status).toBe(0);
    // Reading is our own scanner's: saxes parses only a styles part that hides text.
    expect(diff.packages).not.toContain("saxes");
    expect(diff.packages).not.toContain("@xmldom/xmldom");
    expect(loads(["check", "--profile", "karlsruhe", file]).packages).not.toContain("@xmldom/xmldom");
    const wiesbaden = join(work, "eigene-wiesbaden.docx");
    writeFileSync(wiesbaden, DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save());
    const checked = loads(["check", wiesbaden]);
    expect(checked.stdout).toContain("eigene-wiesbaden.docx: vollständig");
    expect(checked.packages).not.toContain("@xmldom/xmldom");
    const compared = loads(["diff", wiesbaden, wiesbaden]);
    expect(compared.status).toBe(0);
    expect(compared.packages).not.toContain("@xmldom/xmldom");
    // A Word document with list numbering: numbering.xml and styles.xml are read by the scanner too (no tree to check it).
    const word = loads(["check", join(root, "test/fixtures/corpus/13-word-style-numbering.docx")]);
    expect(word.packages).not.toContain("@xmldom/xmldom");
    expect(word.stdout).toMatch(/13-word-style-numbering\.docx: (vollständig|unvollständig)/);
    // Editing goes through the tree: the stand-in hands over to the real DOM.
    const edited = loads(["recognize", join(root, "test/fixtures/corpus/13-word-style-numbering.docx"), "-o", join(work, "gegliedert.docx")]);
    expect(edited.status).toBe(0);
    expect(edited.packages).toContain("@xmldom/xmldom");
  });

  it("says unreadable input in one German line, without a stack trace", () => {
    const r = spawnSync(bin, ["check", join(work, "fehlt.docx")], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stdout.trim()).toBe(`${join(work, "fehlt.docx")}: nicht lesbar – nicht gefunden`);
  });
});
