// What the compiled command in a clone (dist-cli/) was built from, so that bin/beschluss.js runs it
// only while it is current: scripts/build-cli.js records, before it reads the sources, the number
// of files and folders the build reads from, their total size and the newest modification time
// among them (dist-cli/built-from.json); at start the same is taken again and compared. Editing,
// adding, deleting or renaming a file (its folder's time changes) makes them differ, and the
// command runs the sources through tsx at once, with no step to remember. About 400 stat calls,
// a few ms (measured in README, "Commands in a clone"); the installed package has no src/ and
// never loads this file.
"use strict";
const { readdirSync, readFileSync, statSync } = require("node:fs");

/** Folders whose every file the build reads from (the sources with the profiles, and the JSON schema they import). */
const FOLDERS = ["src", "schemas"];
/** Single files that decide what the build makes (the lock file: date-fns is bundled, and an update of it changes only the lock). */
const FILES = ["scripts/build-cli.js", "scripts/ascii-bundle.js", "package.json", "package-lock.json"];
/** Where the record is kept, inside the build's output folder. */
const RECORD = "built-from.json";

/**
 * The state of the build's inputs under `root`: `{ entries, bytes, newest }`. Equal states mean
 * nothing was touched since: any write moves a file's time to now, past the newest recorded.
 */
function sourceState(root) {
  let entries = 0;
  let bytes = 0;
  let newest = 0;
  const note = (stat, size) => {
    entries += 1;
    bytes += size;
    if (stat.mtimeMs > newest) newest = stat.mtimeMs;
  };
  // Paths joined with "/" (Node takes it on every system): path.join, which normalises each one,
  // made the walk cost twice as much in a fresh process (8 against 3 ms CPU).
  const walk = (dir) => {
    note(statSync(dir), 0);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else {
        const stat = statSync(path);
        note(stat, stat.size);
      }
    }
  };
  for (const folder of FOLDERS) walk(`${root}/${folder}`);
  for (const file of FILES) {
    const stat = statSync(`${root}/${file}`);
    note(stat, stat.size);
  }
  return { entries, bytes, newest };
}

/** Whether the compiled command in `outdir` was built from the inputs under `root` as they are now. */
function isCurrent(root, outdir) {
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(`${outdir}/${RECORD}`, "utf8"));
  } catch {
    // No build, or one made before the record existed (or by npm pack elsewhere): not known to be current.
    return false;
  }
  let now;
  try {
    now = sourceState(root);
  } catch (error) {
    // An input gone (a clone without scripts/, say): the record cannot be matched.
    if (error && error.code === "ENOENT") return false;
    throw error;
  }
  return recorded.entries === now.entries && recorded.bytes === now.bytes && recorded.newest === now.newest;
}

module.exports = { sourceState, isCurrent, RECORD };
