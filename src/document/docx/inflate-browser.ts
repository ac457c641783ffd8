import { inflateSync } from "fflate";
import { crc32Js, type Inflater } from "./inflate";

/**
 * The pages' and the desk worker's inflate: fflate into a buffer of the declared size (it
 * cannot grow, so a lying entry cannot make it allocate more), and CRC-32 in JavaScript.
 * The browser's DecompressionStream would be native, but it is asynchronous and the
 * reading API is synchronous; browsers have no CRC-32 of their own.
 */
export const inflater: Inflater = {
  kind: "javascript",
  inflateRaw: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  crc32: crc32Js,
};
