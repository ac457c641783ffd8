import fc from "fast-check";
import { COMMON_CLASSES, COMMON_TOKEN, COMMON_WORD_START, isCommonScript } from "../../../src/core/diff/common-script";
import { wordBag } from "../../../src/core/diff/similarity";
import { tokenize } from "../../../src/core/diff/word-diff";

/** The tokenizer as it was, with Unicode's property classes: what the spelled-out one must equal. */
const unicodeTokens = (text: string): string[] => text.match(/\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{M}_])|[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu) ?? [];
const unicodeBag = (text: string): Map<string, number> => {
  const bag = new Map<string, number>();
  for (const t of unicodeTokens(text.toLowerCase())) if (/^[\p{L}\p{M}\p{N}_]/u.test(t)) bag.set(t, (bag.get(t) ?? 0) + 1);
  return bag;
};

/** Every code point of the ranges common-script.ts spells its classes out for. */
const COMMON: number[] = [];
for (let c = 0; c <= 0x20cf; c++) if (c <= 0x24f || (c >= 0x300 && c <= 0x36f) || (c >= 0x2000 && c <= 0x206f) || c >= 0x20a0) COMMON.push(c);

describe("the diff's tokens of common text, without Unicode's property tables", () => {
  it("spells out \\p{L}, \\p{M} and \\p{N} exactly, for every code point of the ranges", () => {
    const spelled = Object.fromEntries(Object.entries(COMMON_CLASSES).map(([k, v]) => [k, new RegExp(`^[${v}]$`)]));
    const unicode = { L: /^\p{L}$/u, M: /^\p{M}$/u, N: /^\p{N}$/u };
    const wrong: string[] = [];
    for (const c of COMMON) {
      const ch = String.fromCharCode(c);
      for (const k of ["L", "M", "N"] as const) if ((spelled[k] as RegExp).test(ch) !== unicode[k].test(ch)) wrong.push(`${k} U+${c.toString(16)}`);
      if (COMMON_WORD_START.test(ch) !== /^[\p{L}\p{M}\p{N}_]/u.test(ch)) wrong.push(`word start U+${c.toString(16)}`);
      expect(isCommonScript(ch)).toBe(true);
    }
    expect(wrong).toEqual([]);
  });

  it("tells text outside the ranges, which the Unicode pattern splits", () => {
    for (const t of ["Ελλάδα", "Straße ✓", "a😀", "İstanbul ſ", "\u0250"]) expect(isCommonScript(t)).toBe(t === "İstanbul ſ");
    expect(tokenize("Straße ✓ 12.400,00 €")).toEqual(unicodeTokens("Straße ✓ 12.400,00 €"));
    expect(tokenize("Ελλάδα 2025")).toEqual(["Ελλάδα", " ", "2025"]);
  });

  it("splits German administrative text as the Unicode pattern does: numbers with their separators, words, spaces, marks", () => {
    const samples = ["Die Verwaltung wird beauftragt, 12.400,00 € bis zum 14.02.2025 bereitzustellen („Ziffer 2.1“).", "12ab 1.2.3x ³⁄₄ ½ x²", "Größe\u00a0–\u2009Maß_nahme a\u0308 e\u0301", "", "…"];
    for (const t of samples) expect(tokenize(t)).toEqual(unicodeTokens(t));
    expect(tokenize("12ab")).toEqual(["1", "2ab"]);
  });

  it("splits any text as the Unicode pattern does, and counts the same words (property)", () => {
    const common = fc.constantFrom(...[..."0123456789.,;:-_ \t\nAaZzÄäÖöÜüßéèªºµ²³¹¼½¾×÷\u00a0\u0308\u0301\u2013\u201e\u201c\u2009\u20ac\u2028", "İ", "ǅ", "ɏ"]);
    const any = fc.oneof(common, fc.constantFrom("Ω", "😀", "\u0250", "\u0370", "\u20d0", "\uff10", "٣"));
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 9, arbitrary: common }, { weight: 1, arbitrary: any }), { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        expect(tokenize(text)).toEqual(unicodeTokens(text));
        expect([...wordBag(text)]).toEqual([...unicodeBag(text)]);
      }),
      { numRuns: 2000 },
    );
  });

  it("shares one global pattern between calls without carrying its position over", () => {
    expect(tokenize("eins zwei")).toEqual(["eins", " ", "zwei"]);
    expect(tokenize("drei")).toEqual(["drei"]);
    expect(COMMON_TOKEN.global).toBe(true);
  });
});
