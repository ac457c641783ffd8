/**
 * Characters from a document or a file name that would reorder, hide or forge what a
 * terminal shows: C0/C1 controls, DEL, bidi marks, overrides and isolates, the Arabic
 * letter mark, and the line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- naming exactly these characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

const hex = (c: string): string => (c.codePointAt(0) ?? 0).toString(16).toUpperCase();

/**
 * What the terminal gets: every unsafe character shown as \u{…}. Line breaks and tabs of
 * our own output stay (a file name's own line breaks are escaped where the name is put in,
 * see showPath in the message catalogue).
 */
export const neutralise = (text: string): string => text.replace(UNSAFE, (c) => `\\u{${hex(c)}}`);

/**
 * JSON for scripts, which `JSON.parse` turns back into the document's exact text, and
 * which passes the terminal's neutralising unchanged: every unsafe character (bidi marks
 * such as U+200F, U+2028/2029, C1 controls) is written as a JSON escape \uXXXX. Outside
 * strings JSON holds only ASCII, so the replacement can only touch string contents; inside
 * them JSON.stringify has escaped line breaks and tabs already, so the raw ones left are
 * the indentation's.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE, (c) => `\\u${hex(c).padStart(4, "0")}`);
}
