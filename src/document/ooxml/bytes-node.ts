import { Buffer, isUtf8 } from "node:buffer";

/**
 * What reading a part's bytes without decoding them needs from the platform (parse-xml.ts,
 * `utf8View`): whether they are valid UTF-8, the bytes as a one-byte string, and a stretch of
 * them decoded. Node does each in C (simdutf, a copy). The pages get bytes-browser.ts, which
 * has none of it (webpack.config.js puts it in this one's place): there every part is decoded
 * whole, as before.
 */
export interface PartBytes {
  isUtf8(bytes: Uint8Array): boolean;
  latin1(bytes: Uint8Array): string;
  utf8(bytes: Uint8Array, start: number, end: number): string;
}

const over = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export const partBytes: PartBytes | undefined = {
  isUtf8: (bytes) => isUtf8(bytes),
  latin1: (bytes) => over(bytes).toString("latin1"),
  utf8: (bytes, start, end) => over(bytes).toString("utf8", start, end),
};
