/**
 * The word, number and space classes of the diff's tokens (word-diff.ts, similarity.ts),
 * spelled out for the characters of German administrative text: Latin-1 and Latin Extended-A/B
 * (U+0000–U+024F), combining marks (U+0300–U+036F), general punctuation („“ – …, U+2000–U+206F)
 * and currency signs (€, U+20A0–U+20CF).
 *
 * Why: V8 compiles a regular expression on its first use, and one with Unicode property classes
 * (`\p{L}`, `\p{M}`, `\p{N}`) builds tables for all of Unicode: the tokenizer's first call took
 * 9–13 ms in a fresh process, a twentieth of a whole `beschluss diff`. Over text within these
 * ranges the classes below are the same sets (test/core/diff/common-script.test.ts compares them
 * code point by code point), so a pattern built from them, without the u flag, splits such text
 * exactly as the Unicode one; any other text is split by the Unicode pattern.
 */

/** `\p{L}` within the ranges. */
const L = "A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f";
/** `\p{M}` within the ranges. */
const M = "\\u0300-\\u036f";
/** `\p{N}` within the ranges. */
const N = "0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be";

/** The classes as pattern text, for the test that compares them with Unicode's. */
export const COMMON_CLASSES = { L, M, N } as const;

/** A character outside the ranges (no u flag: text with a surrogate is outside too). */
// Combining marks stand in the classes one by one, as in \p{M}; the ranges start at U+0000, every control character inside them.
// eslint-disable-next-line no-control-regex, no-misleading-character-class
const OUTSIDE = /[^\u0000-\u024f\u0300-\u036f\u2000-\u206f\u20a0-\u20cf]/;

/** Whether every character of `text` is within the ranges, where the patterns below equal the Unicode ones. */
export const isCommonScript = (text: string): boolean => !OUTSIDE.test(text);

/** word-diff.ts's token pattern with the classes spelled out: the same alternatives in the same order. */
// eslint-disable-next-line no-misleading-character-class -- combining marks one by one, as \p{M} holds them
export const COMMON_TOKEN = new RegExp(`[${N}]+(?:[.,][${N}]+)*(?![${L}${M}_])|[${L}${M}${N}_]+|\\s+|[^${L}${M}${N}_\\s]`, "g");

/** A token that starts with a word character (letter, mark, digit, underscore), similarity.ts's test. */
// eslint-disable-next-line no-misleading-character-class -- combining marks one by one, as \p{M} holds them
export const COMMON_WORD_START = new RegExp(`^[${L}${M}${N}_]`);
