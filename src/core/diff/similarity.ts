import { COMMON_WORD_START, isCommonScript } from "./common-script";
import { tokenize } from "./word-diff";

/** Text as compared: white space collapsed, case kept (a changed capital is a change). */
export function normalizeText(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** The words of a text with their counts; punctuation and white space left out. */
export function wordBag(text: string): ReadonlyMap<string, number> {
  const bag = new Map<string, number>();
  const lower = text.toLowerCase();
  // Tokens of common text are common text: their first character is tested without Unicode's tables (common-script.ts).
  const common = isCommonScript(lower);
  for (const t of tokenize(lower)) {
    if (common ? COMMON_WORD_START.test(t) : /^[\p{L}\p{M}\p{N}_]/u.test(t)) bag.set(t, (bag.get(t) ?? 0) + 1);
  }
  return bag;
}

/** Sørensen–Dice over word multisets: 1 for the same words, 0 for none in common. */
export function similarity(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, sizeA: number, sizeB: number): number {
  if (sizeA + sizeB === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const [word, n] of small) common += Math.min(n, large.get(word) ?? 0);
  return (2 * common) / (sizeA + sizeB);
}

export const bagSize = (bag: ReadonlyMap<string, number>): number => {
  let n = 0;
  for (const c of bag.values()) n += c;
  return n;
};
