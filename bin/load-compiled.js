// Loads the compiled command (dist-cli/beschluss.js) as Node's require would, but with V8's
// code cache for it, made at pack time by scripts/build-cli.js after a run of the command:
// V8 then neither parses the 900 KiB bundle nor compiles the functions that run, which in a
// process of half a second is a large share of its work (Node 20 has no module compile cache
// of its own). A cache V8 refuses (another Node or V8 version, other V8 flags, a changed file)
// or a missing one costs nothing but its reading: the file is then compiled as usual.
"use strict";
const { isAscii } = require("node:buffer");
const { readFileSync } = require("node:fs");
const Module = require("node:module");
const { dirname } = require("node:path");
const vm = require("node:vm");

/** The code cache beside a compiled file. */
const cacheOf = (file) => file.replace(/\.js$/, ".code-cache");

/**
 * Runs `file` as a CommonJS module and returns its exports and the script (build-cli.js asks
 * the script for its code cache after a run). `useCache: false` compiles without the cache.
 * `v8Flags` are set before the file is compiled: V8 checks a cache against the flags it was
 * made under, and a worker thread of `check DIR` (src/cli/check-pool.ts) starts with Node's
 * flags set anew, not with those its cache was made under (scripts/build-cli.js).
 */
function loadCompiled(file, { useCache = true, v8Flags } = {}) {
  if (v8Flags) require("node:v8").setFlagsFromString(v8Flags);
  // Built as pure ASCII (scripts/ascii-bundle.js): read as one byte per character, without
  // decoding UTF-8, into the one-byte string V8 keeps. Any other file is read as UTF-8.
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString("utf8");
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(cacheOf(file));
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = new Module(file, require.main ?? null);
  module.filename = file;
  const fn = script.runInThisContext();
  fn.call(module.exports, module.exports, Module.createRequire(file), module, file, dirname(file));
  module.loaded = true;
  return { exports: module.exports, script, cacheRejected: cachedData !== undefined && script.cachedDataRejected === true };
}

module.exports = { loadCompiled, cacheOf };
