import { Buffer, isUtf8 } from "node:buffer";

/** A part's bytes, seen one byte a character (Latin-1), and stretches of them decoded as UTF-8. */
export interface BytesRead {
  readonly latin1: string;
  utf8(start: number, end: number): string;
}

/**
 * What reading a part's bytes without decoding them needs from the platform (parse-xml.ts,
 * `utf8View`): whether they are valid UTF-8, the bytes as a one-byte string, and a stretch of
 * them decoded. Node does each in C (simdutf, a copy). The pages get bytes-browser.ts, which
 * has none of it (webpack.config.js puts it in this one's place): there every part is decoded
 * whole, as before.
 */
export interface PartBytes {
  isUtf8(bytes: Uint8Array): boolean;
  read(bytes: Uint8Array): BytesRead;
}

/** Buffer's own slicing methods, without `toString`'s look-up of the encoding on every call (a stretch is decoded per text). */
interface Slicing {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

export const partBytes: PartBytes | undefined = {
  isUtf8: (bytes) => isUtf8(bytes),
  read(bytes) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Slicing;
    return { latin1: buffer.latin1Slice(0, bytes.byteLength), utf8: (start, end) => buffer.utf8Slice(start, end) };
  },
};
