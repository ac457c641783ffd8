import { statSync, type Stats } from "node:fs";
import { dirname, resolve } from "node:path";
import type { CliMessages, FileKind } from "../i18n/cli-messages";
import { UsageError } from "./command";

/** What a path is when it is not a regular file, in the words a message needs; undefined for a regular file. */
export function fileKind(st: Stats): FileKind | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return "directory";
  if (st.isFIFO()) return "fifo";
  if (st.isSocket()) return "socket";
  return "device";
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Whether `path` is the same file as one of `inputs` (device and inode, so also through a symbolic or hard link). */
export function isOneOf(path: string, inputs: readonly string[]): boolean {
  const out = statOrUndefined(path);
  if (!out) return false;
  return inputs.some((input) => {
    const st = statOrUndefined(input);
    return st !== undefined && st.dev === out.dev && st.ino === out.ino;
  });
}

/** What `checkOutput` needs: the files the command reads, whether --force was given, the words. */
export interface OutputCheck {
  readonly inputs: readonly string[];
  readonly force: boolean;
  readonly t: CliMessages;
  /** The sentence for an output that is an input (recognize points to --in-place). */
  readonly sameFileMessage?: string;
}

/**
 * Refuses, before anything is read or written, an output that would replace what is not
 * ours: one of the inputs (also through a link: same device and inode, so --force does not
 * help), a directory, a device, a FIFO or a socket (the command would replace it with a
 * regular file, as root even /dev/null). An existing regular file is replaced only with
 * --force; that is all --force means. A missing folder is said before the work begins.
 */
export function checkOutput(path: string, c: OutputCheck): void {
  const st = statOrUndefined(path);
  if (!st) {
    // A folder that is not there is said now, not after a long check.
    const folder = statOrUndefined(dirname(resolve(path)));
    if (!folder) throw new UsageError(c.t.cannotWrite(path, c.t.errno("ENOENT")));
    if (!folder.isDirectory()) throw new UsageError(c.t.cannotWrite(path, c.t.errno("ENOTDIR")));
    return;
  }
  const kind = fileKind(st);
  if (kind) throw new UsageError(c.t.notRegularOutput(path, kind));
  if (isOneOf(path, c.inputs)) throw new UsageError(c.sameFileMessage ?? c.t.outputIsInput);
  if (!c.force) throw new UsageError(c.t.exists(path));
}

/** The report options of `check`: a name with the right ending, or `-` for standard output. */
export function checkReportName(option: "report" | "csv", path: string, t: CliMessages): void {
  if (path === "-") return;
  const ending = option === "report" ? ".html" : ".csv";
  if (!path.toLowerCase().endsWith(ending) || path.length === ending.length) throw new UsageError(t.badReportName(option, ending, path));
}
