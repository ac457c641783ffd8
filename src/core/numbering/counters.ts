import { InvalidValueError } from "../errors";

/** 1 → "I", 4 → "IV", 1990 → "MCMXC". */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) {
    throw new InvalidValueError(`Cannot write ${n} as a Roman numeral: only whole numbers 1–3999 have one.`);
  }
  const table: readonly (readonly [number, string])[] = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let rest = n;
  let out = "";
  for (const [value, glyph] of table) {
    while (rest >= value) {
      out += glyph;
      rest -= value;
    }
  }
  return out;
}

/** "VII" → 7; `undefined` for anything that is not a canonical Roman numeral. */
export function fromRoman(text: string): number | undefined {
  if (!/^[IVXLCDM]+$/.test(text)) return undefined;
  const values: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = values[text[i] as string] as number;
    const next = i + 1 < text.length ? (values[text[i + 1] as string] as number) : 0;
    total += v < next ? -v : v;
  }
  return total >= 1 && total <= 3999 && toRoman(total) === text ? total : undefined;
}

/** 1 → "a", 26 → "z", 27 → "aa" (as word processors continue lettered lists). */
export function toLetters(n: number): string {
  if (!Number.isInteger(n) || n < 1) {
    throw new InvalidValueError(`Cannot write ${n} as a letter: counting starts at 1.`);
  }
  let rest = n;
  let out = "";
  while (rest > 0) {
    rest -= 1;
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  }
  return out;
}
