#!/usr/bin/env node
// The `beschluss` command. In a clone it runs the JavaScript compiled on `npm install` (npm's
// `prepare`, scripts/build-cli.js) while that is current, built from the sources as they are now
// (bin/built-from.js), and the TypeScript sources through tsx once a source is edited, so that
// a change shows at once with no build step. The installed package has no sources and no tsx,
// and runs the JavaScript compiled at pack time (dist-cli/).
const { existsSync } = require("node:fs");
const { join } = require("node:path");

/**
 * Set (to 1) by jest's setup (test/setup-cli-sources.ts): a clone takes the sources even where its
 * dist-cli is current, so that the tests that spawn this file test the sources, never a build.
 */
const FROM_SOURCES = "BESCHLUSS_FROM_SOURCES";

function load() {
  const root = join(__dirname, "..");
  const sources = join(root, "src/cli/main.ts");
  const outdir = join(root, "dist-cli");
  const compiled = join(outdir, "beschluss.js");
  // With V8's code cache made at build time (see load-compiled.js).
  const loadCompiled = () => ({ cli: require("./load-compiled").loadCompiled(compiled).exports, isCompiled: true });
  const inClone = existsSync(sources);
  if (inClone && process.env[FROM_SOURCES] !== "1" && require("./built-from").isCurrent(root, outdir)) return loadCompiled();
  // Only where the sources are is tsx looked for: in the installed package the failed search
  // through every node_modules folder up to the root would be paid by every command.
  let tsx = false;
  if (inClone) {
    try {
      require.resolve("tsx/cjs/api");
      tsx = true;
    } catch {
      tsx = false;
    }
  }
  if (tsx) {
    require("tsx/cjs/api").register();
    return { cli: require(sources), isCompiled: false };
  }
  if (existsSync(compiled)) return loadCompiled();
  // A clone installed without devDependencies (npm install --omit=dev) and never built.
  process.stderr.write("beschluss: weder tsx (npm install) noch das übersetzte Programm (npm run build:cli) ist vorhanden.\n");
  process.exit(2);
}

const { cli, isCompiled } = load();
const { main, removeTemporaryFilesOnSignal, quietOnClosedOutput, CLI_MESSAGES } = cli;
removeTemporaryFilesOnSignal();
const argv = process.argv.slice(2);
const [command, ...files] = cli.positionalsOf(argv);
// The compiled diff writes its text once, with fs.writeSync on the descriptors (src/cli/fd-output.ts),
// and never builds process.stdout and process.stderr, whose stream modules Node would load for them.
const writesOnDescriptors = isCompiled && command === "diff" && cli.fdIo !== undefined;
if (!writesOnDescriptors) quietOnClosedOutput();
// After loading, so that V8 has accepted the code cache under its default flags (v8-flags.js).
if (isCompiled) require("./v8-flags").setV8FlagsFor(command, files);
/**
 * Ends the process as soon as standard output and error have taken everything written to them.
 * For `diff`, which has nothing left to do once its text is written: left to end by itself, Node
 * first runs the tasks V8 has posted, among them a full garbage collection of a heap the process
 * is about to give back (about 7 ms CPU of a 280 ms diff). Exit handlers still run.
 */
function exitOnceWritten() {
  // Written synchronously on the descriptors: nothing is waiting.
  if (writesOnDescriptors && !cli.fdIoPending()) process.exit();
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit();
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
}

const endsOnceWritten = isCompiled && command === "diff";
main(argv, writesOnDescriptors ? cli.fdIo : undefined).then(
  (code) => {
    process.exitCode = code;
    if (endsOnceWritten) exitOnceWritten();
  },
  (error) => {
    // A bug, not a bad input: the trace, a plain request to report it, and exit 3, so that scripts can tell the difference.
    const lang = argv.includes("--lang=en") || argv.some((a, i) => a === "--lang" && argv[i + 1] === "en") ? "en" : "de";
    process.stderr.write(`beschluss: interner Fehler / internal error: ${error && error.stack ? error.stack : error}\n${CLI_MESSAGES[lang].bug}\n`);
    process.exitCode = 3;
  },
);
