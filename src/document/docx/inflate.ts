/**
 * What the zip reader needs from a deflate implementation: raw inflate into at most the
 * size the zip's directory declares, and CRC-32. Two implementations, chosen by the build:
 * inflate-node.ts (Node's zlib, in C: the command, the tests, the benches) and
 * inflate-browser.ts (fflate and CRC-32 in JavaScript: the pages and the desk's worker, whose
 * reading API is synchronous while the browser's own DecompressionStream is not).
 * webpack.config.js puts the browser one in place of the Node one for the pages.
 */
export interface Inflater {
  /** Which implementation this is: the tests check that Node reads natively. */
  readonly kind: "node-zlib" | "javascript";
  /**
   * Inflates raw deflate data (zip method 8) that its directory entry says is `size` bytes.
   * Never produces or allocates more than `size` bytes (a lying entry is a zip bomb's way in):
   * a stream that would inflate beyond it throws; one that ends short returns fewer bytes,
   * which the caller's size check refuses. Corrupt or truncated data throws.
   */
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  /** CRC-32 (ISO 3309, as zip uses it). */
  crc32(data: Uint8Array): number;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 in JavaScript: the browser has none of its own, and Node before 20.15 neither. */
export function crc32Js(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
