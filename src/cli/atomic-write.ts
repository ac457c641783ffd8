import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, closeSync, copyFileSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Temporary files being written now; removed by `removeTemporaryFiles` when the process is stopped. */
const live = new Set<string>();

/** Removes every temporary file still being written (called on SIGINT/SIGTERM). */
export function removeTemporaryFiles(): void {
  for (const tmp of live) rmSync(tmp, { force: true });
  live.clear();
}

let handlersInstalled = false;

/** On SIGINT or SIGTERM: remove temporary files, then end with 128 + the signal's number, as a shell expects. */
export function removeTemporaryFilesOnSignal(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.on(signal, () => {
      removeTemporaryFiles();
      process.exit(code);
    });
  }
}

function existing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Writes a file so that it is either the old one or the complete new one, never half,
 * and stays the file it was:
 * - the bytes go to a temporary file beside it, created 0600 (personal data is never
 *   readable by others, not even for a moment), then renamed over it;
 * - a symbolic link is written through: the file it points to is replaced, the link stays;
 * - the mode of the old file is kept, and its owner and group where the system allows;
 * - a file with several hard links is written in place, from the complete temporary copy,
 *   so that every link sees the new content (a rename would cut the links; here an
 *   interruption during the final copy could leave that file half written, the price of
 *   keeping the links).
 * An interrupted run leaves no temporary file: SIGINT/SIGTERM remove it.
 */
export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  let target = path;
  try {
    if (lstatSync(path).isSymbolicLink()) target = realpathSync(path);
  } catch {
    // No such file yet: written new.
  }
  const old = existing(target);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  live.add(tmp);
  try {
    const fd = openSync(tmp, "wx", 0o600);
    try {
      const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (old && old.nlink > 1) {
      copyFileSync(tmp, target);
      rmSync(tmp, { force: true });
      return;
    }
    if (old) {
      chmodSync(tmp, old.mode & 0o7777);
      try {
        chownSync(tmp, old.uid, old.gid);
      } catch {
        // Only root may give a file away; the mode is kept either way.
      }
    } else chmodSync(tmp, 0o666 & ~process.umask());
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    live.delete(tmp);
  }
}
