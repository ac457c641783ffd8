// V8 flags for one run of the compiled command, set by bin/beschluss.js after the command is
// loaded. Why: `beschluss diff` of two 500-clause versions lives a third of a second, and in so
// short a process V8's optimising compiler (Turbofan) costs more than it gives: it compiles the
// XML scanner and the validation rules on a second thread, and the process ends before the
// optimised code has paid for itself. Without Turbofan (Ignition and Sparkplug only) the same
// diff took about 35 % less CPU time and less wall time on a two-core machine (npm run
// bench:diff, README). The same holds for `check`, `export` and `recognize` of one to three named
// files (`check` of one 500-clause document: CPU 311 → 196 ms, of one of 3,000 clauses 649 → 571 ms;
// `export --format json` 280 → 162 ms; `recognize --explain` of a plain one 305 → 265 ms; README,
// Measured). A `check` of a folder, or of more files, runs for seconds, may start worker threads
// (whose code cache is taken under the check's own flags, src/cli/check-pool.ts) and keeps Turbofan,
// as does a `recognize --in-place` of many files.
//
// And without V8's regular-expression tier-up (`--no-regexp-tier-up`): by default V8 runs a
// regular expression's first match in its interpreter and compiles it to machine code on the
// second, so that every pattern is compiled twice; code caches hold no regular expressions, and a
// short run compiles each of the detectors' patterns (personal data, amounts, recognition) cold.
// Compiled once, at first use: `diff` of two 500-clause versions 244 → 223 ms CPU, `check` of one
// 186 → 171 ms, `recognize --explain` of a plain one 241 → 209 ms, `export --format json` unchanged
// (137 → 136 ms; medians of 9–11 alternating rounds, bench/diff.bench.ts's documents). Matching is the same.
//
// Set only after the command's code is loaded: V8 stores a hash of its flags in the code cache
// (dist-cli/beschluss.code-cache, made under plain `node`) and refuses the cache if the flags
// differ when it is read; flags set afterwards do not touch the cache already accepted.
// Only for a V8 whose flag names we know (an unknown flag makes V8 print an error on standard
// output, which would become part of diff's output): elsewhere the command runs as before.
"use strict";
const { statSync } = require("node:fs");

/** V8 major versions on which the flags below were measured (Node 20 has V8 11.3). */
const MEASURED_V8 = [11];

/** The flags of a short run: no Turbofan, and each regular expression compiled once (see above). */
const SHORT_RUN_FLAGS = ["--no-turbofan", "--no-regexp-tier-up"];

/** The commands that run without Turbofan when their files make a short run (isShortRun). */
const SHORT_RUN_COMMANDS = ["check", "export", "recognize"];

/**
 * The most files a short run has: below four files check-pool.ts starts no worker thread for
 * `check`, whatever BESCHLUSS_THREADS says (a worker's code cache is taken under the check's
 * flags, and V8 would refuse it under these).
 */
const SHORT_CHECK_FILES = 3;

/**
 * The most bytes those files may hold together: the largest measured was a pair of 3,000-clause
 * documents (580 KB), where the run without Turbofan still took less CPU time. Beyond it, a run
 * long enough for Turbofan to pay back is not ruled out, and it keeps V8's defaults.
 */
const SHORT_CHECK_BYTES = 1024 * 1024;

/** The size of a regular file (links followed), or undefined for a folder, a missing file, anything else. */
function fileBytes(path) {
  const s = statSync(path, { throwIfNoEntry: false });
  return s !== undefined && s.isFile() ? s.size : undefined;
}

/** Whether a command's run over these files is short: one to three regular files, together at most SHORT_CHECK_BYTES. */
function isShortRun(files, sizeOf = fileBytes) {
  if (files.length === 0 || files.length > SHORT_CHECK_FILES) return false;
  let bytes = 0;
  for (const file of files) {
    let size;
    try {
      size = sizeOf(file);
    } catch {
      size = undefined;
    }
    if (size === undefined) return false;
    bytes += size;
  }
  return bytes <= SHORT_CHECK_BYTES;
}

/**
 * The V8 flags for `command` given `files` under the V8 of `v8Version` (process.versions.v8):
 * SHORT_RUN_FLAGS for `diff`, and for `check`, `export` and `recognize` when it is a short run
 * (isShortRun); none for any other command or a V8 they were not measured on.
 */
function v8FlagsFor(command, v8Version = process.versions.v8, files = [], sizeOf = fileBytes) {
  const major = Number(String(v8Version).split(".")[0]);
  if (!MEASURED_V8.includes(major)) return [];
  if (command === "diff") return [...SHORT_RUN_FLAGS];
  if (SHORT_RUN_COMMANDS.includes(command) && isShortRun(files, sizeOf)) return [...SHORT_RUN_FLAGS];
  return [];
}

/** Sets the flags for `command` and its `files` (see v8FlagsFor); returns what it set. */
function setV8FlagsFor(command, files = []) {
  const flags = v8FlagsFor(command, process.versions.v8, files);
  if (flags.length) require("node:v8").setFlagsFromString(flags.join(" "));
  return flags;
}

module.exports = { v8FlagsFor, setV8FlagsFor, SHORT_CHECK_FILES, SHORT_CHECK_BYTES };
