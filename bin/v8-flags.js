// V8 flags for one run of the compiled command, set by bin/beschluss.js after the command is
// loaded. Why: `beschluss diff` of two 500-clause versions lives a third of a second, and in so
// short a process V8's optimising compiler (Turbofan) costs more than it gives: it compiles the
// XML scanner and the validation rules on a second thread, and the process ends before the
// optimised code has paid for itself. Without Turbofan (Ignition and Sparkplug only) the same
// diff took about 35 % less CPU time and less wall time on a two-core machine (npm run
// bench:diff, README). A `check` of a folder runs for seconds and keeps Turbofan.
//
// Set only after the command's code is loaded: V8 stores a hash of its flags in the code cache
// (dist-cli/beschluss.code-cache, made under plain `node`) and refuses the cache if the flags
// differ when it is read; flags set afterwards do not touch the cache already accepted.
// Only for a V8 whose flag names we know (an unknown flag makes V8 print an error on standard
// output, which would become part of diff's output): elsewhere the command runs as before.
"use strict";

/** V8 major versions on which the flags below were measured (Node 20 has V8 11.3). */
const MEASURED_V8 = [11];

/** The flags for each command; a command not listed runs with V8's defaults. */
const FLAGS = { diff: ["--no-turbofan"] };

/**
 * The V8 flags for `command` under the V8 of `v8Version` (process.versions.v8): none for a
 * command not listed or a V8 they were not measured on.
 */
function v8FlagsFor(command, v8Version = process.versions.v8) {
  const major = Number(String(v8Version).split(".")[0]);
  if (!MEASURED_V8.includes(major)) return [];
  return (command !== undefined && Object.hasOwn(FLAGS, command) && FLAGS[command]) || [];
}

/** Sets the flags for `command` (see v8FlagsFor); returns what it set. */
function setV8FlagsFor(command) {
  const flags = v8FlagsFor(command);
  if (flags.length) require("node:v8").setFlagsFromString(flags.join(" "));
  return flags;
}

module.exports = { v8FlagsFor, setV8FlagsFor };
