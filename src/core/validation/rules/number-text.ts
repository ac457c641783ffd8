import { fromRoman } from "../../numbering/counters";
import { normalizeNumber } from "../../numbering/derive-numbers";

/**
 * Clause numbers as the numbering rule compares them, read without a regular expression where
 * none is needed. The rule normalised each number two or three times per clause, with three
 * replacements each time, which made it the dearest rule over a long Vorlage (issue 23).
 */

/**
 * What normalizeNumber gives, computed directly for a number written in printable ASCII without
 * a leading bracket (nearly every number: „12.“, „2.1“, „b)“): only its trailing dots and
 * brackets go. Anything else (a space, a no-break space, „(1)“, a letter beyond ASCII) goes
 * through normalizeNumber itself.
 */
export function normalNumber(text: string): string {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 40) return normalizeNumber(text);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Every character \s matches is at or below the space, or beyond ASCII.
    if (c <= 32 || c >= 127) return normalizeNumber(text);
  }
  let end = n;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 46 && c !== 41) break;
    end--;
  }
  return end === n ? text : text.slice(0, end);
}

/** The counter a normalised number ends in: "1.3" → 3, "c" → 3, "II" → 2. */
export function counterOfNormal(normal: string): number | undefined {
  const last = normal.slice(normal.lastIndexOf(".") + 1);
  let digits = last.length > 0;
  for (let i = 0; digits && i < last.length; i++) {
    const c = last.charCodeAt(i);
    digits = c >= 48 && c <= 57;
  }
  if (digits) return Number(last);
  if (/^[a-z]$/i.test(last)) return last.toLowerCase().charCodeAt(0) - 96;
  return fromRoman(last.toUpperCase());
}

/** The counter a number ends in: "1.3" → 3, "c)" → 3, "II." → 2. */
export const lastCounter = (text: string): number | undefined => counterOfNormal(normalNumber(text));
