import type { Inflater } from "./inflate";

/** One entry of the central directory as the filter sees it (fflate's UnzipFileInfo). */
export interface UnzipEntry {
  readonly name: string;
  /** Compressed size. */
  readonly size: number;
  /** Inflated size, as declared. */
  readonly originalSize: number;
  /** Zip compression method: 0 stored, 8 deflate. */
  readonly compression: number;
}

const b2 = (d: Uint8Array, b: number): number => (d[b] as number) | ((d[b + 1] as number) << 8);
const b4 = (d: Uint8Array, b: number): number => ((d[b] as number) | ((d[b + 1] as number) << 8) | ((d[b + 2] as number) << 16) | ((d[b + 3] as number) << 24)) >>> 0;
const b8 = (d: Uint8Array, b: number): number => b4(d, b) + b4(d, b + 4) * 4294967296;
const utf8 = new TextDecoder();

/** A name as fflate decodes it: UTF-8 when the entry's flag says so (bit 11), else Latin-1. */
function entryName(d: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return utf8.decode(d);
  let s = "";
  for (let i = 0; i < d.length; i++) s += String.fromCharCode(d[i] as number);
  return s;
}

/**
 * Sizes and local-header offset of a central-directory entry, from its zip64 extra field
 * where the 32-bit fields say 0xFFFFFFFF (APPNOTE 4.5.3).
 */
function zip64Sizes(d: Uint8Array, at: number, length: number, zip64: boolean, size: number, originalSize: number, offset: number): [number, number, number] {
  const nsc = size === 0xffffffff ? 1 : 0;
  const nsu = originalSize === 0xffffffff ? 1 : 0;
  const noff = offset === 0xffffffff ? 1 : 0;
  if (zip64 && nsc + nsu + noff > 0) {
    for (let b = at, end = at + length; b + 4 < end; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) === 1) return [nsc ? b8(d, b + 4 + 8 * nsu) : size, nsu ? b8(d, b + 4) : originalSize, noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : offset];
    }
    throw new Error("invalid zip data");
  }
  return [size, originalSize, offset];
}

/**
 * Unzips the entries `filter` accepts, inflating each with `inflater` into at most its
 * declared size. The same walk as fflate's unzipSync (central directory, zip64 sizes,
 * names decoded the same way, stored and deflated entries only), so that what the reader
 * accepts and refuses does not depend on which inflate runs underneath; only the inflate
 * is exchangeable (native zlib in Node, fflate in the browser). Throws plain Errors for
 * damaged data: the caller names them.
 */
export function unzip(data: Uint8Array, filter: (entry: UnzipEntry) => boolean, inflater: Inflater): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  let e = data.length - 22;
  for (; b4(data, e) !== 0x06054b50; --e) {
    if (e <= 0 || data.length - e > 65558) throw new Error("invalid zip data");
  }
  let count = b2(data, e + 8);
  if (count === 0) return files;
  let at = b4(data, e + 16);
  let zip64 = b4(data, e - 20) === 0x07064b50;
  if (zip64) {
    const z = b4(data, e - 12);
    zip64 = b4(data, z) === 0x06064b50;
    if (zip64) {
      count = b4(data, z + 32);
      at = b4(data, z + 48);
    }
  }
  for (let i = 0; i < count; i++) {
    const nameLength = b2(data, at + 28);
    const extraLength = b2(data, at + 30);
    const name = entryName(data.subarray(at + 46, at + 46 + nameLength), (b2(data, at + 8) & 2048) !== 0);
    const extra = at + 46 + nameLength;
    const compression = b2(data, at + 10);
    const [size, originalSize, offset] = zip64Sizes(data, extra, extraLength, zip64, b4(data, at + 20), b4(data, at + 24), b4(data, at + 42));
    at = extra + extraLength + b2(data, at + 32);
    if (!filter({ name, size, originalSize, compression })) continue;
    const start = offset + 30 + b2(data, offset + 26) + b2(data, offset + 28);
    if (compression === 0) files[name] = data.slice(start, start + size);
    else if (compression === 8) files[name] = inflater.inflateRaw(data.subarray(start, start + size), originalSize);
    else throw new Error(`unknown compression type ${compression}`);
  }
  return files;
}
