// Compiles the `beschluss` command to one JavaScript file for the packed package (npm pack
// runs it as `prepack`) and for a clone (npm install and npm ci run it as `prepare`, with
// `--prepare`, see prepare() below; bin/beschluss.js runs it while it is current). Our sources
// are bundled (TypeScript, the profiles' JSON, the generated profile validator), and so is the little we use of date-fns (`isExists`; the
// package itself is 28 MB). The runtime dependencies (package.json "dependencies") stay
// external and are installed by npm beside it, visible to npm audit and SBOMs. React, Fluent
// UI, tsx and esbuild are build tools and never reach the package.
const { execFileSync } = require("node:child_process");
const { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { dirname, join } = require("node:path");
const { asciiOnly } = require("./ascii-bundle");
const builtFrom = require("../bin/built-from");

const root = join(__dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
/** dist-cli/ of the package; `node scripts/build-cli.js --outdir DIR` compiles elsewhere (tests, so as not to race npm pack). */
const outdirArg = process.argv.indexOf("--outdir");
const outdir = outdirArg > 0 && process.argv[outdirArg + 1] ? require("node:path").resolve(process.argv[outdirArg + 1]) : join(root, "dist-cli");
/** Packages compiled into the file; everything else from node_modules must be a runtime dependency. */
const BUNDLED = ["date-fns"];

function licenceOf(name) {
  const dir = join(root, "node_modules", name);
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const version = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
  return `${name} ${version}\n\n${file ? readFileSync(join(dir, file), "utf8").trim() : "(no licence file)"}\n`;
}

/**
 * The XML DOM (@xmldom/xmldom) is loaded when a command first builds a tree, not at start:
 * reading a document streams its XML (saxes) and needs the DOM only for editing, lists
 * (numbering.xml) and a metadata part that must be compared; loading it costs every command
 * about 50 ms (its HTML entity table). Our sources use two of its classes; this stands in
 * for them and hands over to the real ones on first use. Types are not affected.
 */
const LAZY_XMLDOM = `
let xmldom;
const load = () => (xmldom ??= require("@xmldom/xmldom"));
export class DOMParser { constructor(options) { return new (load().DOMParser)(options); } }
export class XMLSerializer { constructor() { return new (load().XMLSerializer)(); } }
`;
const lazyXmldom = {
  name: "lazy-xmldom",
  setup(b) {
    b.onResolve({ filter: /^@xmldom\/xmldom$/ }, (args) =>
      args.namespace === "lazy-xmldom" ? { path: "@xmldom/xmldom", external: true } : { path: "@xmldom/xmldom", namespace: "lazy-xmldom" },
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-xmldom" }, () => ({ contents: LAZY_XMLDOM, loader: "js", resolveDir: root }));
  },
};

/**
 * Modules that most runs of a command never call, loaded on their first call instead of at
 * start, as the XML DOM above: fflate (about 10 ms to load: reading a .docx inflates with
 * node:zlib and needs fflate only to write one; its strToU8 is TextEncoder, as fflate's own
 * is where TextEncoder exists, so reading never loads it), node:crypto (random temp names
 * and hashes when writing; a few ms to load) and saxes with its character tables (xmlchars;
 * 10–20 ms to resolve and load: documents are read by our own scanner, and saxes parses only a
 * styles part that hides text, src/document/ooxml/hidden-text.ts). Each stand-in exports the
 * functions and classes our sources use: a name we do not list fails the build ("No matching
 * export"), never the run.
 */
const LAZY = {
  fflate: {
    names: ["deflateSync", "zipSync", "unzipSync", "inflateSync"],
    extra: `const te = new TextEncoder();
export function strToU8(str, latin1) { return latin1 ? load().strToU8(str, latin1) : te.encode(str); }`,
  },
  "node:crypto": { names: ["randomBytes", "createHash"] },
  saxes: { names: [], classes: ["SaxesParser"] },
};
const lazyModules = {
  name: "lazy-modules",
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(LAZY).join("|")})$`);
    b.onResolve({ filter }, (args) => (args.namespace === "lazy-modules" ? { path: args.path, external: true } : { path: args.path, namespace: "lazy-modules" }));
    b.onLoad({ filter: /.*/, namespace: "lazy-modules" }, (args) => {
      const { names, classes = [], extra = "" } = LAZY[args.path];
      const contents = [
        `let loaded;`,
        `const load = () => (loaded ??= require(${JSON.stringify(args.path)}));`,
        ...names.map((n) => `export function ${n}(...args) { return load().${n}(...args); }`),
        ...classes.map((n) => `export class ${n} { constructor(...args) { return new (load().${n})(...args); } }`),
        extra,
      ].join("\n");
      return { contents, loader: "js", resolveDir: root };
    });
  },
};

/**
 * date-fns by its single-function modules: our sources import `isExists` from the package's
 * index, which esbuild compiles (behind a lazily required command) into 250 module wrappers
 * that every `diff` and `check` evaluated at start, one for each function of date-fns, for the
 * one we call. A name we do not list fails the build ("No matching export"), never the run.
 */
const DATE_FNS = ["isExists"];
const dateFnsParts = {
  name: "date-fns-parts",
  setup(b) {
    b.onResolve({ filter: /^date-fns$/ }, () => ({ path: "date-fns", namespace: "date-fns-parts" }));
    b.onLoad({ filter: /.*/, namespace: "date-fns-parts" }, () => ({
      contents: DATE_FNS.map((n) => `export { ${n} } from "date-fns/${n}";`).join("\n"),
      loader: "js",
      resolveDir: root,
    }));
  },
};

/**
 * The built-in profiles checked here, at build time, as webpack.config.js does for the pages:
 * parseProfile (schema and cross-references) runs on each now, a profile that fails stops the
 * build, and the command ships the checked result as data. Starting, it then neither loads the
 * schema validator nor validates our own JSON again (about 10 ms of every command's start);
 * a city's own --profile file is still checked at run time (src/cli/load-profile.ts).
 */
function checkedBuiltinProfiles() {
  const { isDeepStrictEqual } = require("node:util");
  const { require: tsxRequire } = require("tsx/cjs/api");
  const module = tsxRequire("./src/core/profile/builtin-profiles.ts", join(root, "package.json"));
  const profiles = Object.values(module.BUILTIN_PROFILES);
  const lines = profiles.map((p, i) => {
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(p)), p)) throw new Error(`built-in profile ${i} is not plain JSON data: it cannot be compiled in as checked`);
    return `const P${i} = ${JSON.stringify(p)};`;
  });
  for (const [name, value] of Object.entries(module)) {
    const i = profiles.indexOf(value);
    if (i >= 0) lines.push(`export const ${name} = P${i};`);
    else if (value === module.BUILTIN_PROFILES) lines.push(`export const ${name} = { ${Object.keys(value).map((k) => `${JSON.stringify(k)}: P${profiles.indexOf(value[k])}`).join(", ")} };`);
    else throw new Error(`builtin-profiles.ts exports "${name}", which build-cli.js does not know how to compile in`);
  }
  return {
    name: "checked-builtin-profiles",
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]core[\\/]profile[\\/]builtin-profiles\.ts$/ }, () => ({ contents: lines.join("\n"), loader: "js" }));
    },
  };
}

/**
 * V8's code cache of the compiled command (dist-cli/beschluss.code-cache), which bin/load-compiled.js
 * hands to V8 when it loads the command: taken in a fresh Node after the command has run on
 * sample documents (scripts/warm-up-documents.ts: compare and check two versions, structured and
 * plain), so that it holds the compiled functions those runs call, not only the bundle's top
 * level. A process that lives half a second then parses and compiles little of the 900 KiB.
 * The cache fits only the Node (V8) that made it: under another version V8 refuses it and the
 * command compiles as before. No V8 flags from NODE_OPTIONS (nor coverage), which would make users' V8 refuse it.
 */
const WARM_UP = `
const [loader, file, cacheFile, runs] = process.argv.slice(1);
const { loadCompiled } = require(loader);
const { exports: cli, script } = loadCompiled(file, { useCache: false });
const quiet = { out() {}, err() {}, raw() {} };
(async () => {
  for (const argv of JSON.parse(runs)) {
    const code = await cli.main(argv, quiet);
    if (code > 1) throw new Error("beschluss " + argv.join(" ") + ": exit " + code);
  }
  require("node:fs").writeFileSync(cacheFile, script.createCachedData());
})().catch((e) => { console.error(e); process.exitCode = 1; });
`;

/**
 * The same for the checking thread of `check DIR` (dist-cli/check-worker.code-cache, loaded by
 * bin/load-compiled.js in each worker, src/cli/check-pool.ts): the worker file is loaded in a
 * fresh Node, checks the warm-up documents as a worker would (check-worker.ts warmUp), and its
 * cache is taken under the V8 flags the pool sets while a folder is checked, which warmUp
 * returns: a worker loads its code under them, and V8 refuses a cache made under other flags.
 */
const WORKER_WARM_UP = `
const [loader, file, cacheFile, documents] = process.argv.slice(1);
const { loadCompiled } = require(loader);
const { exports: worker, script } = loadCompiled(file, { useCache: false });
const flags = worker.warmUp(JSON.parse(documents));
require("node:v8").setFlagsFromString(flags);
require("node:fs").writeFileSync(cacheFile, script.createCachedData());
`;

function writeCodeCache(outdir) {
  const { require: tsxRequire } = require("tsx/cjs/api");
  const dir = mkdtempSync(join(tmpdir(), "beschluss-warm-up-"));
  try {
    const { structured, plain } = tsxRequire("./scripts/warm-up-documents.ts", join(root, "package.json")).writeWarmUpDocuments(dir);
    const runs = [["--help"], ["diff", ...structured], ["diff", ...plain], ["check", structured[0]], ["check", plain[0]]];
    const { cacheOf } = require("../bin/load-compiled");
    const env = { ...process.env, NODE_PATH: join(root, "node_modules") };
    delete env.NODE_OPTIONS;
    delete env.NODE_V8_COVERAGE;
    const file = join(outdir, "beschluss.js");
    execFileSync(process.execPath, ["-e", WARM_UP, require.resolve("../bin/load-compiled"), file, cacheOf(file), JSON.stringify(runs)], { env, stdio: "pipe", cwd: dir });
    const worker = join(outdir, "check-worker.js");
    execFileSync(process.execPath, ["-e", WORKER_WARM_UP, require.resolve("../bin/load-compiled"), worker, cacheOf(worker), JSON.stringify([...structured, ...plain])], { env, stdio: "pipe", cwd: dir });
    return { command: statSync(cacheOf(file)).size, worker: statSync(cacheOf(worker)).size };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Builds into a fresh folder beside `outdir` and puts it in place only when everything is
 * written, so that a build that fails (or is stopped) never leaves a half-written dist-cli/,
 * whose bin/beschluss.js would then load it. The record of the sources it was built from
 * (bin/built-from.js) is taken first: a source edited while the build runs leaves it stale.
 */
async function main() {
  const sources = builtFrom.sourceState(root);
  // --outdir may name a folder in one not made yet (the tests' packages).
  mkdirSync(dirname(outdir), { recursive: true });
  const building = mkdtempSync(`${outdir}-building-`);
  try {
    const summary = await buildInto(building);
    writeFileSync(join(building, builtFrom.RECORD), `${JSON.stringify(sources)}\n`);
    rmSync(outdir, { recursive: true, force: true });
    renameSync(building, outdir);
    return summary;
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

async function buildInto(outdir) {
  // Required here, not at the top: `--prepare` first looks whether esbuild is installed at all.
  const { build } = require("esbuild");
  const result = await build({
    // The checking thread of `check DIR` (src/cli/check-pool.ts) is a file of its own beside the command.
    entryPoints: { beschluss: join(root, "src/cli/main.ts"), "check-worker": join(root, "src/cli/check-worker.ts") },
    outdir,
    bundle: true,
    platform: "node",
    target: `node${pkg.engines.node.replace(/[^0-9.]/g, "").split(".")[0]}`,
    format: "cjs",
    external: Object.keys(pkg.dependencies),
    legalComments: "eof",
    metafile: true,
    logLevel: "warning",
    // check-pool.ts resolves tsx only when it runs from the sources (a clone), never in this file.
    logOverride: { "require-resolve-not-external": "silent" },
    plugins: [lazyXmldom, lazyModules, dateFnsParts, checkedBuiltinProfiles()],
  });
  const packages = new Set(
    Object.keys(result.metafile.inputs)
      .map((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p)?.[1])
      .filter(Boolean),
  );
  const foreign = [...packages].filter((p) => !BUNDLED.includes(p));
  if (foreign.length) throw new Error(`bundled, but neither a runtime dependency nor meant to be bundled: ${foreign.join(", ")}`);
  writeFileSync(join(outdir, "THIRD-PARTY-LICENSES.txt"), [...packages].map(licenceOf).join("\n---\n\n"));
  // Pure ASCII, so that bin/load-compiled.js reads each file into a one-byte string (scripts/ascii-bundle.js).
  for (const name of readdirSync(outdir).filter((f) => f.endsWith(".js"))) {
    const file = join(outdir, name);
    writeFileSync(file, asciiOnly(readFileSync(file, "utf8"), name));
  }
  const bytes = readdirSync(outdir).filter((f) => f.endsWith(".js")).reduce((n, f) => n + statSync(join(outdir, f)).size, 0);
  const cache = writeCodeCache(outdir);
  return `beschluss.js and check-worker.js: ${(bytes / 1024).toFixed(0)} KiB (bundled: ${[...packages].join(", ") || "none"}); V8 code caches ${(cache.command / 1024).toFixed(0)} and ${(cache.worker / 1024).toFixed(0)} KiB`;
}

/**
 * `npm install` and `npm ci` in a clone (npm's `prepare`): builds dist-cli/ unless it is
 * current already (a second `npm ci`, or `npm pack` after its `prepack`), in one line. Without
 * the devDependencies (`npm install --omit=dev`) there is nothing to build with: the clone runs
 * the compiled command if one is there, else says what is missing. A build that fails fails the
 * install, as it fails `npm pack`: the sources do not compile, and the tests would say so too.
 */
async function prepare() {
  for (const tool of ["esbuild", "tsx/cjs/api"]) {
    try {
      require.resolve(tool);
    } catch {
      console.log(`beschluss: dist-cli/ not built (no ${tool.split("/")[0]}: installed without devDependencies)`);
      return;
    }
  }
  if (builtFrom.isCurrent(root, outdir)) {
    console.log("beschluss: dist-cli/ is current");
    return;
  }
  console.log(`beschluss: built dist-cli/ (${await main()})`);
}

(process.argv.includes("--prepare") ? prepare() : main().then((summary) => console.log(`built ${outdir}: ${summary}`))).catch((e) => {
  console.error(e.message);
  process.exitCode = 1;
});
