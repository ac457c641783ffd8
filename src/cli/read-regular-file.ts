import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import type { CliMessages, FileKind } from "../i18n/cli-messages";
import { fileKind } from "./output-target";

/** Why a named file was not read: not a regular file, over the limit, or what the system said. */
export type InputRefusal =
  | { readonly kind: "not-regular"; readonly fileKind: FileKind }
  | { readonly kind: "too-large"; readonly size: number; readonly limit: number }
  | { readonly kind: "errno"; readonly code: string };

/** A file the command will not read, with the reason; the caller turns it into a row or a sentence. */
export class InputRefusedError extends Error {
  constructor(
    readonly path: string,
    readonly refusal: InputRefusal,
  ) {
    super(`${path}: ${refusal.kind === "errno" ? refusal.code : refusal.kind}`);
    this.name = "InputRefusedError";
  }
}

/**
 * Node reads file names as UTF-8; a name written in another encoding (Latin-1 from an old file
 * server, „Vorlage-\xFC.docx“) arrives with U+FFFD in place of its letters and is then „not found“,
 * which is not true. EILSEQ says what it is: the name, not the file, is the problem.
 */
const errnoOf = (path: string, e: unknown): InputRefusedError => {
  const code = (e as NodeJS.ErrnoException).code ?? "EIO";
  return new InputRefusedError(path, { kind: "errno", code: code === "ENOENT" && path.includes("\uFFFD") ? "EILSEQ" : code });
};

/**
 * Reads a file the user named, and only a regular one: a device (/dev/zero would fill the
 * memory), a FIFO (would wait for a writer forever), a socket or a directory is refused,
 * also behind a symbolic link. The size limit applies before reading (the size the file
 * system states) and while reading (a file that grows meanwhile is cut off at the limit and
 * refused). Opened with O_NONBLOCK, so that a FIFO put in place between the check and the
 * open cannot block either; the open file is checked again.
 */
export function readRegularFile(path: string, limit: number): Uint8Array {
  let kind: FileKind | undefined;
  let size: number;
  try {
    const st = statSync(path);
    kind = fileKind(st);
    size = st.size;
  } catch (e) {
    throw errnoOf(path, e);
  }
  if (kind) throw new InputRefusedError(path, { kind: "not-regular", fileKind: kind });
  if (size > limit) throw new InputRefusedError(path, { kind: "too-large", size, limit });
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw errnoOf(path, e);
  }
  try {
    const st = fstatSync(fd);
    const openedKind = fileKind(st);
    if (openedKind) throw new InputRefusedError(path, { kind: "not-regular", fileKind: openedKind });
    if (st.size > limit) throw new InputRefusedError(path, { kind: "too-large", size: st.size, limit });
    let buffer = Buffer.allocUnsafeSlow(st.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const grown = Buffer.allocUnsafeSlow(Math.min(buffer.length * 2, limit + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      let n: number;
      try {
        n = readSync(fd, buffer, length, buffer.length - length, null);
      } catch (e) {
        throw errnoOf(path, e);
      }
      if (n === 0) break;
      length += n;
      if (length > limit) throw new InputRefusedError(path, { kind: "too-large", size: length, limit });
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } finally {
    closeSync(fd);
  }
}

/** The reason in the user's words, for a row („nicht lesbar – …“) or a sentence („… kann nicht gelesen werden: …“). */
export function refusalText(r: InputRefusal, t: CliMessages): string {
  switch (r.kind) {
    case "not-regular":
      return r.fileKind === "directory" ? t.directory : t.notRegularInput(r.fileKind);
    case "too-large":
      return t.tooLarge(r.size / 1048576, r.limit / 1048576);
    case "errno":
      return r.code === "ENOENT" ? t.missing : t.errno(r.code);
  }
}
