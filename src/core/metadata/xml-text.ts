import { InvalidValueError } from "../errors";

/**
 * Exact text in XML. Two things would otherwise change user text on a round trip: XML
 * parsers turn CR and CRLF into LF, and XML 1.0 cannot hold some characters at all (NUL
 * and most control characters, lone surrogates) — Word's own text can contain vertical
 * tabs (manual line breaks). CR is written as a character reference; a text with
 * characters XML cannot hold is written with `\uXXXX` escapes (and `\\` for a backslash)
 * and marked `enc="escaped"`.
 */

/** Characters outside XML 1.0's `Char` production (lone surrogates included). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NOT_XML_CHARS = new RegExp(NOT_XML_CHAR.source, "gu");

const hex4 = (unit: number): string => `\\u${unit.toString(16).padStart(4, "0")}`;

/** What `escapeText` and `escapeAttribute` replace: most texts hold none of it and are returned as they are. */
const TEXT_SPECIAL = /[&<>\r\u0085\u2028\u2029]/;
const ATTRIBUTE_SPECIAL = /[&<>\r\u0085\u2028\u2029"\t\n]/;

/** CR, and the line ends some parsers normalise like XML 1.1 (NEL, LS, PS), go as character references. */
export function escapeText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\r\u0085\u2028\u2029]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function escapeAttribute(text: string): string {
  if (!ATTRIBUTE_SPECIAL.test(text)) return text;
  return escapeText(text).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

/**
 * True when XML 1.0 can hold `text` as it is: what `NOT_XML_CHAR` finds nothing in, by a loop
 * over the code units (every text and attribute of the metadata part is asked, on every read).
 */
export function isXmlText(text: string): boolean {
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0xd800) continue;
    if (c < 0x20) {
      if (c === 0x9 || c === 0xa || c === 0xd) continue;
      return false;
    }
    if (c < 0xdc00) {
      // A high surrogate counts only with a low one after it.
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      return false;
    }
    if (c < 0xe000 || c === 0xfffe || c === 0xffff) return false;
  }
  return true;
}

/** An element holding user text; `<name>text</name>` or `<name enc="escaped">…</name>`. */
export function textElement(name: string, text: string): string {
  if (!isXmlText(text)) {
    const escaped = text.replace(/\\/g, "\\\\").replace(NOT_XML_CHARS, (ch) => hex4(ch.charCodeAt(0)));
    return `<${name} enc="escaped">${escapeText(escaped)}</${name}>`;
  }
  return text === "" ? `<${name}/>` : `<${name}>${escapeText(text)}</${name}>`;
}

/** Reads what `textElement` wrote. */
export function decodeText(content: string, enc: string | null): string {
  if (enc !== "escaped") return content;
  return content.replace(/\\(\\|u[0-9a-f]{4})/g, (_m, e: string) => (e === "\\" ? "\\" : String.fromCharCode(parseInt(e.slice(1), 16))));
}

/**
 * Any code unit that is not plain in an attribute's value: what XML 1.0 cannot hold (a surrogate too, paired or not), or
 * what `escapeAttribute` replaces. A value without any is written as it is: one regular expression instead of
 * `isXmlText` and `escapeAttribute` each going over it (every value of the metadata part is asked on every read).
 */
const NOT_PLAIN_ATTRIBUTE = /[^\x20\x21\x23-\x25\x27-\x3b\x3d\x3f-\x84\x86-\u2027\u202a-\ud7ff\ue000-\ufffd]/;

/**
 * Attributes from a record, leaving out undefined values. Attributes hold ids, kinds,
 * numbers and dates, never free text; a value XML cannot hold is a caller's bug.
 */
export function attributes(values: Readonly<Record<string, string | number | boolean | undefined>>): string {
  // A loop rather than entries/filter/map: the metadata part is written (and compared) on every read of a document.
  let out = "";
  for (const k of Object.keys(values)) out += attribute(k, values[k]);
  return out;
}

/**
 * One attribute as `attributes` writes it (` k="v"`, nothing for undefined): for the elements
 * written once per clause, without a record built and its keys listed for each.
 */
export function attribute(k: string, v: string | number | boolean | undefined): string {
  if (v === undefined) return "";
  const text = typeof v === "string" ? v : String(v);
  if (!NOT_PLAIN_ATTRIBUTE.test(text)) return ` ${k}="${text}"`;
  if (!isXmlText(text)) throw new InvalidValueError(`The ${k} "${JSON.stringify(text)}" contains characters XML cannot hold.`);
  return ` ${k}="${escapeAttribute(text)}"`;
}
