import { readdirSync, statSync } from "node:fs";
import { basename, isAbsolute, join, normalize, relative, resolve } from "node:path";

/** What the command was given, expanded: files as named, directories as the .docx files inside. */
export interface Collected {
  readonly files: readonly string[];
  /** Directories that held no .docx file at all (said to the user, exit 2). */
  readonly emptyDirectories: readonly string[];
  /** Folders that could not be listed (no permission, gone meanwhile): each a row „nicht lesbar“, the rest still checked. */
  readonly unreadableDirectories: readonly { readonly path: string; readonly code: string }[];
  /**
   * The name of each file (and unreadable folder) in the report: relative to the folder
   * that was named, so that a report handed on shows no one's home directory.
   */
  readonly display: ReadonlyMap<string, string>;
}

/** Word's lock file beside an open document ("~$rlage.docx"): not a document. */
const isLockFile = (name: string): boolean => name.startsWith("~$");

interface Walk {
  readonly files: string[];
  readonly unreadable: { path: string; code: string }[];
}

function walk(dir: string, out: Walk): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, "de"));
  } catch (e) {
    out.unreadable.push({ path: dir, code: (e as NodeJS.ErrnoException).code ?? "EIO" });
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const path = join(dir, e.name);
    // Symbolic links to directories are not followed: no cycles, no wandering out of the folder.
    // Every other .docx entry is taken; reading refuses what is not a regular file. A Word 97
    // .doc is taken too, so that its row says „Word-97-Format – bitte als .docx speichern“
    // instead of the file being passed over without a word.
    if (e.isDirectory()) walk(path, out);
    else if (/\.docx?$/iu.test(e.name) && !isLockFile(e.name)) out.files.push(path);
  }
}

/**
 * Expands the arguments of `check`. A reviewer who names a folder means the Vorlagen in it,
 * in its subfolders too (one per Dezernat, as offices file them): every .docx, in name
 * order, hidden entries and Word's lock files left out. A named file is taken as it is, so
 * that a wrong one is reported rather than silently skipped. A folder that cannot be
 * listed is reported, and the others are still read.
 */
export function collectFiles(args: readonly string[]): Collected {
  const files: string[] = [];
  const emptyDirectories: string[] = [];
  const unreadableDirectories: { path: string; code: string }[] = [];
  const display = new Map<string, string>();
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) {
      files.push(arg);
      display.set(arg, isAbsolute(arg) ? basename(arg) : normalize(arg));
      continue;
    }
    display.set(arg, basename(resolve(arg)));
    const found: Walk = { files: [], unreadable: [] };
    walk(arg, found);
    // With one folder named, names start inside it; with more, each starts with its folder's name.
    const prefix = args.length > 1 ? basename(resolve(arg)) : "";
    const show = (path: string) => join(prefix, relative(arg, path)) || basename(resolve(arg));
    for (const f of found.files) display.set(f, show(f));
    for (const u of found.unreadable) display.set(u.path, show(u.path));
    if (found.files.length === 0 && found.unreadable.length === 0) emptyDirectories.push(arg);
    files.push(...found.files);
    unreadableDirectories.push(...found.unreadable);
  }
  return { files, emptyDirectories, unreadableDirectories, display: unambiguous(display) };
}

/**
 * Two files must never look the same in a report (s1/eingang/v1.docx and s2/eingang/v1.docx
 * both shown as eingang/v1.docx): where short names collide, each of those files is shown by
 * its path from the working folder, as the reviewer typed it.
 */
function unambiguous(display: ReadonlyMap<string, string>): Map<string, string> {
  const count = new Map<string, number>();
  for (const shown of display.values()) count.set(shown, (count.get(shown) ?? 0) + 1);
  return new Map([...display].map(([path, shown]) => [path, (count.get(shown) ?? 0) > 1 ? relative(process.cwd(), resolve(path)) || path : shown]));
}
