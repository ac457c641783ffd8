import type { DocumentProperty } from "../../core/metadata/document-properties";

/** The range of `vt:i4` (a signed 32-bit integer, ECMA-376 Part 1, §22.4.2.10). */
const I4_MIN = -2_147_483_648;
const I4_MAX = 2_147_483_647;

/**
 * The variant type a number is written as in docProps/custom.xml: `vt:i4` only for an
 * integer that fits 32 bits and is not asked to be real; everything else `vt:r8`, which
 * never overflows (an `i4` of 2.147.483.648 would read back negative, or not at all).
 */
export function propertyNumberType(value: number, number: DocumentProperty["number"]): "i4" | "r8" {
  return number !== "real" && Number.isInteger(value) && value >= I4_MIN && value <= I4_MAX ? "i4" : "r8";
}
