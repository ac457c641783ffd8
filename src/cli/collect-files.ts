import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** What the command was given, expanded: files as named, directories as the .docx files inside. */
export interface Collected {
  readonly files: readonly string[];
  /** Directories that held no .docx file at all (said to the user, exit 2). */
  readonly emptyDirectories: readonly string[];
}

/** Word's lock file beside an open document ("~$rlage.docx"): not a document. */
const isLockFile = (name: string): boolean => name.startsWith("~$");

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, "de"));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const path = join(dir, e.name);
    // Symbolic links to directories are not followed: no cycles, no wandering out of the folder.
    if (e.isDirectory()) walk(path, out);
    else if ((e.isFile() || e.isSymbolicLink()) && /\.docx$/iu.test(e.name) && !isLockFile(e.name)) out.push(path);
  }
}

/**
 * Expands the arguments of `check`. A reviewer who names a folder means the Vorlagen in it,
 * in its subfolders too (one per Dezernat, as offices file them): every .docx, in name
 * order, hidden entries and Word's lock files left out. A named file is taken as it is, so
 * that a wrong one is reported rather than silently skipped.
 */
export function collectFiles(args: readonly string[]): Collected {
  const files: string[] = [];
  const emptyDirectories: string[] = [];
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) {
      files.push(arg);
      continue;
    }
    const found: string[] = [];
    walk(arg, found);
    if (found.length === 0) emptyDirectories.push(arg);
    files.push(...found);
  }
  return { files, emptyDirectories };
}
