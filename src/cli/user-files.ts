import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { DocxDocument } from "../document/docx/docx-document";
import { DocxError } from "../document/ooxml/docx-error";
import { DEFAULT_LIMITS } from "../document/docx/zip-package";
import type { CliMessages } from "../i18n/cli-messages";
import { NotRegularFileError, writeFileAtomic } from "./atomic-write";
import { UsageError } from "./command";
import { fileKind } from "./output-target";
import { InputRefusedError, readRegularFile, refusalText } from "./read-regular-file";

/** Whether two paths name the same file (so that an output never overwrites its own input). */
export function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    try {
      return realpathSync(a) === realpathSync(b);
    } catch {
      return resolve(a) === resolve(b);
    }
  }
}

/**
 * Reads a file the user named: only a regular file, and not over the size limit (see
 * readRegularFile); a missing, unreadable or wrong one is a German sentence, not ENOENT.
 */
export function readInput(file: string, t: CliMessages, limit: number = DEFAULT_LIMITS.maxFileBytes): Uint8Array {
  try {
    return readRegularFile(file, limit);
  } catch (e) {
    if (!(e instanceof InputRefusedError)) throw e;
    const r = e.refusal;
    throw new UsageError(t.cannotRead(file, r.kind === "errno" ? t.errno(r.code) : r.kind === "not-regular" && r.fileKind === "directory" ? t.errno("EISDIR") : refusalText(r, t)));
  }
}

/** Writes an output file; a missing folder, a missing permission or a full disk is a German sentence naming the file we meant, never the temporary one. */
export function writeOutput(path: string, data: Uint8Array | string, t: CliMessages): void {
  try {
    writeFileAtomic(path, data);
  } catch (e) {
    if (e instanceof NotRegularFileError) throw new UsageError(t.notRegularOutput(path, fileKind(e.stats) ?? "device"));
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined) throw e;
    throw new UsageError(t.cannotWrite(path, t.errno(code === "ENOENT" && !existsSync(dirname(resolve(path))) ? "ENOENT" : code)));
  }
}

/** A document leaves our engine only as bytes our own check reads; when it would not, say why (exit 2). */
export function saved(doc: DocxDocument, t: CliMessages, path: string): Uint8Array {
  try {
    return doc.save();
  } catch (e) {
    if (e instanceof DocxError) throw new UsageError(t.cannotWrite(path, t.docxError(e.reason, e.params)));
    throw e;
  }
}
