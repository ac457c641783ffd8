import * as zlib from "node:zlib";
import { crc32Js, type Inflater } from "./inflate";

/**
 * Node's zlib, in C: several times fflate's speed for inflate, and CRC-32 about ten times ours.
 * `maxOutputLength` is the declared size, so zlib stops (RangeError) where a lying entry
 * would inflate beyond it, as fflate's fixed output buffer did. `zlib.crc32` arrived in
 * Node 20.15 and 22.2; on an older Node 20 the JavaScript CRC stands in (same result).
 */
export const inflater: Inflater = {
  kind: "node-zlib",
  inflateRaw(data, size) {
    // One output chunk of the declared size (+1, so that a stream that ends exactly there needs no second
    // chunk): no chunks to join, about three times faster than zlib's default 16 KB chunks for a body.
    const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size + 1, 64) });
    // A plain Uint8Array over the same memory: callers compare and slice parts as Uint8Array.
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  crc32: typeof zlib.crc32 === "function" ? (data) => zlib.crc32(data) : crc32Js,
};
