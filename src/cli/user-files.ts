import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { DocxDocument } from "../document/docx/docx-document";
import { DocxError } from "../document/ooxml/docx-error";
import type { CliMessages } from "../i18n/cli-messages";
import { NotRegularFileError, writeFileAtomic } from "./atomic-write";
import { UsageError } from "./command";
import { fileKind } from "./output-target";

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

/** Reads a file the user named; a missing or unreadable one is a German sentence, not ENOENT. */
export function readInput(file: string, t: CliMessages): Uint8Array {
  try {
    if (statSync(file).isDirectory()) throw new UsageError(t.cannotRead(file, t.errno("EISDIR")));
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(t.cannotRead(file, t.errno((e as NodeJS.ErrnoException).code ?? "EIO")));
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
