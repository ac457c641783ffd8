import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, closeSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from "node:fs";
import { dirname, join } from "node:path";

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

/**
 * Lets a SIGINT or SIGTERM that arrived during synchronous work run its handler (which ends the
 * process) before the caller goes on: Node hears signals only between tasks of its event loop.
 * Commands await it right before they replace a file.
 */
export function signalsHeard(): Promise<void> {
  return new Promise((done) => setImmediate(done));
}

function existing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The path is there but is not a regular file (a directory, device, FIFO or socket): never replaced by one. */
export class NotRegularFileError extends Error {
  constructor(
    readonly path: string,
    readonly stats: Stats,
  ) {
    super(`${path} is not a regular file`);
    this.name = "NotRegularFileError";
  }
}

/** A temporary name short enough for any folder: a 245-byte file name plus a suffix would exceed the 255-byte limit. */
const temporaryName = (): string => `.bv-${randomBytes(6).toString("hex")}.tmp`;

/** Makes the rename itself durable; a file system that cannot sync a folder (some network mounts) is no reason to fail. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // The new file is complete either way; only its name may be lost in a power cut.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes a file so that it is either the old one or the complete new one, never half,
 * whenever the process is killed (even SIGKILL) and stays the file it was:
 * - the bytes go to a temporary file beside it (a short name, created 0600: personal data
 *   is never readable by others, not even for a moment), synced, then renamed over it;
 * - a symbolic link is written through: the file it points to is replaced, the link stays;
 * - the mode of the old file is kept, and its owner and group where the system allows;
 * - a directory, device, FIFO or socket is never replaced (NotRegularFileError);
 * - a file with several hard links is replaced by rename too: the given name gets the new
 *   file, the other names keep the old one (writing into the shared file could leave it
 *   half written under every name). Commands refuse such a file unless --force is given.
 * An interrupted run leaves no temporary file: SIGINT/SIGTERM remove it.
 */
export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  let target = path;
  try {
    if (lstatSync(path).isSymbolicLink()) target = realpathSync(path);
  } catch {
    // No such file yet (or a dangling link): written new.
  }
  const old = existing(target);
  if (old && !old.isFile()) throw new NotRegularFileError(path, old);
  const tmp = join(dirname(target), temporaryName());
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
    if (old) {
      chmodSync(tmp, old.mode & 0o7777);
      try {
        chownSync(tmp, old.uid, old.gid);
      } catch {
        // Only root may give a file away; the mode is kept either way.
      }
    } else chmodSync(tmp, 0o666 & ~process.umask());
    renameSync(tmp, target);
    syncFolder(dirname(target));
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    live.delete(tmp);
  }
}
