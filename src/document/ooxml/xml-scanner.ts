import { DocxError } from "./docx-error";
import { DEFAULT_STRUCTURE_LIMITS, type StructureLimits } from "./structure-limits";

/**
 * A streaming reader of one XML part, written for reading WordprocessingML fast and safely:
 * namespaces resolved by URI (never by prefix), the five predefined entities and character
 * references, CDATA, comments and processing instructions; a DOCTYPE is refused (no part of
 * a .docx has one, and it is how entity expansion gets in), and so is everything that is not
 * well-formed (unmatched or unclosed tags, unbound prefixes, duplicate attributes, bare `&`
 * and `<`, unknown entities, text outside the root). The structure limits (depth, elements)
 * are enforced while reading, so a part needs no separate pre-scan.
 *
 * It builds nothing per attribute: an element's attributes are offsets into the text, and a
 * value is sliced and decoded only when the handler asks for it. Forbidden characters and
 * the encoding are `decodePart`'s business, before this runs.
 *
 * Chosen over saxes (three to four times slower on our parts: it builds an object per
 * attribute and per element) and htmlparser2 (fast, but no namespaces and no
 * well-formedness: it reads `<a><b></a>` without complaint); measured by `bench/xml.bench.ts`.
 */
export interface XmlAttributes {
  /** The value of the attribute with this namespace URI ("" for an unprefixed one) and local name. */
  get(uri: string, local: string): string | undefined;
  /** The value of the attribute by its name as written (`Id`, `w:val`). */
  named(qname: string): string | undefined;
  /** The namespace URI a prefix is bound to at this element ("" for the default namespace). */
  resolve(prefix: string): string | undefined;
  /** How many attributes the element has (namespace declarations included), for a reader that keeps them all. */
  readonly count: number;
  /** The name as written of the `k`-th attribute (0 ≤ k < count). */
  nameAt(k: number): string;
  /** The value of the `k`-th attribute. */
  valueAt(k: number): string;
}

/** What a reader of a part hears, in document order. The attributes are valid only during `open`. */
export interface XmlHandler {
  open(uri: string, local: string, attributes: XmlAttributes): void;
  close(uri: string, local: string): void;
  text(text: string): void;
}

/**
 * A part's UTF-8 bytes seen as text one byte per character (Latin-1): made without decoding (a
 * copy of the bytes into a one-byte string), so that the markup, which is ASCII, is read at the
 * bytes' own offsets, and only the texts and values handed out are decoded, each on its own
 * (`utf8`). Decoding a whole ten-page body was about as costly as reading it. Made only for
 * bytes that `decodePart` reads without complaint as UTF-8 (parse-xml.ts, `utf8View`).
 */
export interface Utf8View {
  /** The bytes as one character each (Latin-1). */
  readonly text: string;
  /** The bytes `[start, end)` decoded as UTF-8. */
  utf8(start: number, end: number): string;
}

/**
 * `scanXml` of a `Utf8View` met something that only the decoded text decides: a name or a
 * processing instruction's target outside ASCII, or anything it refuses (whose message names
 * a line and column of the decoded text). The caller reads the decoded text instead, afresh,
 * and so says and refuses exactly what it said and refused before.
 */
export class ReadDecoded extends Error {
  constructor() {
    super("read the decoded text");
    this.name = "ReadDecoded";
  }
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML 1.0 §2.8: version, then optionally encoding and standalone, in that order. */
const XML_DECLARATION = /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(yes|no)\5)?[ \t\r\n]*\?>$/;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

function isNameStart(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x300 && c <= 0x36f) && !(c >= 0x2000 && c <= 0x206f && c !== 0x200c && c !== 0x200d) && !(c >= 0x2190 && c <= 0x2bff) && !(c >= 0x2ff0 && c <= 0x3000) && c !== 0xfeff;
}

/** Which ASCII characters may stand in a name (1) or not (0): one load instead of a chain of comparisons per character of every name. */
const ASCII_NAME_CHAR = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) t[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x3a || c === 0x2d || c === 0x2e ? 1 : 0;
  return t;
})();

function isNameChar(c: number): boolean {
  if (c < 0x80) return ASCII_NAME_CHAR[c] === 1;
  return c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040 || isNameStart(c);
}

/** Whether a code point may stand in XML 1.0 (§2.2), as a character reference must. */
const isXmlChar = (c: number): boolean => c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

/** Whether the text holds the same `length` characters at `a` and at `b`. */
function sameText(xml: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (xml.charCodeAt(a + k) !== xml.charCodeAt(b + k)) return false;
  return true;
}

/**
 * Whether `xml` holds `s` at `at`: for the short names compared on every tag, a loop the
 * compiler inlines is faster than a call of `startsWith`.
 */
function holdsAt(xml: string, at: number, s: string): boolean {
  const length = s.length;
  for (let k = 0; k < length; k++) if (xml.charCodeAt(at + k) !== s.charCodeAt(k)) return false;
  return true;
}

class MalformedXml extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

/** A literal piece of a text or value: of a byte view decoded from its bytes (references and line ends are ASCII, so they stand where they stood). */
function piece(xml: string, start: number, end: number, raw: Utf8View | undefined): string {
  return raw === undefined ? xml.slice(start, end) : raw.utf8(start, end);
}

/**
 * Text with its references expanded (`&amp;`, `&#x3C;`), line ends normalised (XML 1.0
 * §2.11), and in an attribute value (`attribute`) white space normalised to spaces (§3.3.3).
 */
function decodeText(xml: string, start: number, end: number, attribute: boolean, raw?: Utf8View): string {
  let out = "";
  let from = start;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c === 0x26 /* & */) {
      const semi = xml.indexOf(";", i + 1);
      if (semi < 0 || semi >= end || semi - i > 12) throw new MalformedXml(i, "“&” that starts no reference (write &amp;)");
      const name = xml.slice(i + 1, semi);
      let value: string;
      if (name.charCodeAt(0) === 0x23 /* # */) {
        const hex = name.charCodeAt(1) === 0x78; /* x */
        const digits = name.slice(hex ? 2 : 1);
        if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) throw new MalformedXml(i, `malformed character reference &${name};`);
        const code = parseInt(digits, hex ? 16 : 10);
        if (!isXmlChar(code)) throw new MalformedXml(i, `character reference &${name}; names a character XML does not allow`);
        value = String.fromCodePoint(code);
      } else {
        const known = ENTITIES[name];
        if (known === undefined || !Object.prototype.hasOwnProperty.call(ENTITIES, name)) throw new MalformedXml(i, `undefined entity &${name};`);
        value = known;
      }
      out += piece(xml, from, i, raw) + value;
      i = semi;
      from = semi + 1;
    } else if (c === 0x0d /* \r */) {
      out += piece(xml, from, i, raw) + (attribute ? " " : "\n");
      if (xml.charCodeAt(i + 1) === 0x0a && i + 1 < end) i++;
      from = i + 1;
    } else if (attribute && (c === 0x0a || c === 0x09)) {
      out += piece(xml, from, i, raw) + " ";
      from = i + 1;
    }
  }
  return out + piece(xml, from, end, raw);
}

/** An element's attributes as offsets into the text (no object per attribute), reused from element to element. */
class Attributes implements XmlAttributes {
  count = 0;
  nameStart: number[] = [];
  nameEnd: number[] = [];
  /** Where the local name starts (after the colon, or at the name). */
  localStart: number[] = [];
  uri: string[] = [];
  valueStart: number[] = [];
  valueEnd: number[] = [];
  /** The value holds a reference or white space to normalise: decoded, not sliced. */
  coded: boolean[] = [];
  /** Of a byte view: the value holds a byte beyond ASCII, and is decoded from its bytes. */
  wide: boolean[] = [];

  constructor(
    private xml: string,
    private readonly scope: Map<string, string>,
    private readonly raw: Utf8View | undefined,
  ) {}

  reset(xml: string): void {
    this.xml = xml;
    this.count = 0;
  }

  private value(k: number): string {
    const s = this.valueStart[k] as number;
    const e = this.valueEnd[k] as number;
    // Each a string of its own (see SHARED_FROM): a value kept must not keep the part.
    if (this.coded[k]) return own(decodeText(this.xml, s, e, true, this.raw));
    if (this.raw === undefined) return ownSlice(this.xml, s, e, undefined);
    // Of a byte view, decoded from the bytes where it holds a byte beyond ASCII or is long enough to be a slice (one new string).
    return this.wide[k] || e - s >= SHARED_FROM ? this.raw.utf8(s, e) : this.xml.slice(s, e);
  }

  get(uri: string, local: string): string | undefined {
    for (let k = 0; k < this.count; k++) {
      const ls = this.localStart[k] as number;
      if (this.nameEnd[k] as number - ls === local.length && this.uri[k] === uri && this.xml.startsWith(local, ls)) return this.value(k);
    }
    return undefined;
  }

  named(qname: string): string | undefined {
    for (let k = 0; k < this.count; k++) {
      const ns = this.nameStart[k] as number;
      if ((this.nameEnd[k] as number) - ns === qname.length && this.xml.startsWith(qname, ns)) return this.value(k);
    }
    return undefined;
  }

  resolve(prefix: string): string | undefined {
    return this.scope.get(prefix);
  }

  nameAt(k: number): string {
    return ownSlice(this.xml, this.nameStart[k] as number, this.nameEnd[k] as number, undefined);
  }

  valueAt(k: number): string {
    return this.value(k);
  }
}

/**
 * The same string, as the engine's one copy of it (a property key always is). Namespace URIs and
 * local names are compared with constants on every element (`uri === W_NS`, `local === "p"`):
 * a copy sliced from the text is compared character by character, the one copy by identity. Done
 * once per distinct name and namespace URI (remembered across parts), not per element.
 */
function unique(s: string): string {
  const key: Record<string, true> = { [s]: true };
  for (const k in key) return k;
  return s;
}

/**
 * How many element names are remembered across parts, and how many namespace URIs. A document
 * uses some hundred distinct names; a hostile one could use a new name per element, so the
 * memory is bounded: names in a table of fixed size (a name takes the slot its hash points
 * to), URIs forgotten when there are too many. The results stay the same either way; only the
 * time to split a name once more is spent.
 */
const NAME_SLOTS = 4096;
const REMEMBERED_URIS = 1024;

/** An element name split into prefix and local name, each the engine's one copy (see `unique`). */
interface SplitName {
  readonly qname: string;
  readonly prefix: string;
  readonly local: string;
  readonly hash: number;
}

/**
 * Element names already split, across parts and documents, by hash of the name: reading a
 * folder splits `w:p` once, and a name found here is neither sliced from the text nor hashed
 * by the engine again.
 */
const splitNames: (SplitName | undefined)[] = new Array<SplitName | undefined>(NAME_SLOTS).fill(undefined);

/** The name `xml[start, end)` (hash `hash`) if it was split before. */
function knownName(xml: string, start: number, end: number, hash: number): SplitName | undefined {
  const s = splitNames[hash & (NAME_SLOTS - 1)];
  return s !== undefined && s.hash === hash && s.qname.length === end - start && holdsAt(xml, start, s.qname) ? s : undefined;
}

/**
 * Splits a name not in its slot, refusing a malformed one. `seen` holds the names of this
 * part: names that push each other out of one slot (by chance, or written to) are split once
 * per part all the same, as before there was a table.
 */
function splitName(qname: string, hash: number, at: number, seen: Map<string, SplitName>): SplitName {
  const before = seen.get(qname);
  if (before !== undefined) {
    splitNames[hash & (NAME_SLOTS - 1)] = before;
    return before;
  }
  const colon = qname.indexOf(":");
  if (colon === 0 || colon === qname.length - 1 || (colon > 0 && qname.indexOf(":", colon + 1) >= 0)) throw new MalformedXml(at, `malformed name ${qname}`);
  // Each its own copy: a slice of the text would keep the whole part alive.
  const s: SplitName = { qname: unique(qname), prefix: colon < 0 ? "" : unique(qname.slice(0, colon)), local: unique(colon < 0 ? qname : qname.slice(colon + 1)), hash };
  splitNames[hash & (NAME_SLOTS - 1)] = s;
  seen.set(s.qname, s);
  return s;
}

/** Namespace URIs as the engine's one copy (see `unique`), across parts and documents. */
const uniqueUris = new Map<string, string>();

function uniqueUri(uri: string): string {
  let u = uniqueUris.get(uri);
  if (u === undefined) {
    if (uniqueUris.size >= REMEMBERED_URIS) uniqueUris.clear();
    u = unique(uri);
    uniqueUris.set(u, u);
  }
  return u;
}

/**
 * Reads `xml` (a part's decoded text) and tells `handler` what it holds. Throws `DocxError`:
 * "doctype", "too-deep", "too-many-elements" (the messages `checkStructure` gives) or
 * "malformed-xml" naming the part and where.
 */
export function scanXml(xml: string | Utf8View, part: string, handler: XmlHandler, limits: StructureLimits = DEFAULT_STRUCTURE_LIMITS): void {
  if (typeof xml !== "string") {
    // Whatever goes wrong reading the bytes is decided by the decoded text (ReadDecoded): its refusals name places in it.
    try {
      scan(xml.text, part, handler, limits, xml);
    } catch {
      throw new ReadDecoded();
    }
    return;
  }
  try {
    scan(xml, part, handler, limits, undefined);
  } catch (e) {
    if (!(e instanceof MalformedXml)) throw e;
    const before = xml.slice(0, e.at);
    const line = before.split("\n").length;
    const detail = `line ${line}, column ${e.at - before.lastIndexOf("\n")}: ${e.message}`;
    throw new DocxError("malformed-xml", `${part} is not well-formed XML (${detail})`, { part, detail });
  }
}

/** Text outside the root element: white space only. */
function onlySpace(xml: string, start: number, end: number, rootSeen: boolean): void {
  for (let k = start; k < end; k++) if (!isSpace(xml.charCodeAt(k))) throw new MalformedXml(k, rootSeen ? "text after the root element" : "text before the root element");
}

/**
 * From this length on, a string that `slice` cuts from a longer one is, in V8, a view of it (a
 * sliced string, 13 characters and more), and keeps the whole text alive as long as it lives:
 * a clause's text kept in a Vorlage kept the 96 KB of its document.xml, a metadata value the
 * whole metadata part (checking a folder held every file's parts to the end: some 30 MB for
 * 200 files). What the scanner hands out is therefore its own string: a byte view's decoded
 * from the bytes (a copy), a text's copied (`own`).
 */
const SHARED_FROM = 13;

/**
 * The same characters in a string of their own (see SHARED_FROM): `" " + s` joins them in a
 * new string, and slicing that makes V8 copy it flat before it cuts off the space.
 */
function own(s: string): string {
  return s.length < SHARED_FROM ? s : (" " + s).slice(1);
}

/** `xml[start, end)` as a string of its own: of a byte view decoded from the bytes (ASCII or not), else sliced and copied. */
function ownSlice(xml: string, start: number, end: number, raw: Utf8View | undefined): string {
  if (end - start < SHARED_FROM) return raw !== undefined && beyondAscii(xml, start, end) ? raw.utf8(start, end) : xml.slice(start, end);
  return raw !== undefined ? raw.utf8(start, end) : own(xml.slice(start, end));
}

/** Whether a byte view's text holds a byte beyond ASCII in `[start, end)` (texts and values are short: a loop, not a search). */
function beyondAscii(xml: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (xml.charCodeAt(k) >= 0x80) return true;
  return false;
}

function scan(xml: string, part: string, handler: XmlHandler, limits: StructureLimits, raw: Utf8View | undefined): void {
  new Scanner(xml, part, handler, limits, raw).run();
}

/**
 * One reading of one part. The loop (`run`) is small and hands each kind of markup to a method
 * of its own (`startTag`, `endTag`, `text`, `markup`): V8 optimises each on its own and early,
 * where one function of the whole scanner took it some 40 ms to compile, twice per process (once
 * while the first part was read, once for the next), and the parts before ran unoptimised. The
 * state lives in the instance's fields, the same shape for every part.
 */
class Scanner {
  private readonly n: number;
  private readonly scope = new Map<string, string>([
    ["xml", XML_NS],
    ["xmlns", XMLNS_NS],
  ]);
  /** Bindings an element made, to undo at its end: prefix and the URI it had before (undefined: none). */
  private readonly undo: [string, string | undefined][] = [];
  /** The open elements' names (each the one split of its name: qualified and local name in one push). */
  private readonly names: SplitName[] = [];
  private readonly seen = new Map<string, SplitName>();
  private readonly uris: string[] = [];
  private readonly undoAt: number[] = [];
  private readonly attrs: Attributes;
  private elements = 0;
  private rootSeen = false;
  // The last attribute prefix and element prefix resolved, and what to: kept from element to element
  // (most of a part is written with one prefix), forgotten whenever a binding is made or undone.
  private lastPrefix = "";
  private lastUri = "";
  private elementPrefix: string | undefined = undefined;
  private elementUri: string | undefined = undefined;
  // Where the next "]]>" stands (not allowed in text): found once and moved on, so that looking is linear.
  private cdataEnd = -1;
  private ampAt = -1;
  private crAt = -1;
  // The same for attribute values: the next "<" (not allowed in one), line feed and tab (normalised to a space in one).
  private ltAt = -1;
  private lfAt = -1;
  private tabAt = -1;

  constructor(
    private readonly xml: string,
    private readonly part: string,
    private readonly handler: XmlHandler,
    private readonly limits: StructureLimits,
    private readonly raw: Utf8View | undefined,
  ) {
    this.n = xml.length;
    this.attrs = new Attributes(xml, this.scope, raw);
  }

  run(): void {
    const xml = this.xml;
    const n = this.n;
    let i = 0;
    while (i < n) {
      // Tags mostly follow one another with nothing between: look for the next "<" only where text stands.
      const lt = xml.charCodeAt(i) === 0x3c ? i : xml.indexOf("<", i);
      const end = lt < 0 ? n : lt;
      if (end > i) this.text(i, end);
      if (lt < 0) break;
      const c = xml.charCodeAt(lt + 1);
      if (c === 0x2f /* / */) i = this.endTag(lt);
      else if (c === 0x21 /* ! */ || c === 0x3f /* ? */) i = this.markup(lt, c);
      else i = this.startTag(lt, c);
    }
    if (this.names.length > 0) throw new MalformedXml(n, `unclosed element <${(this.names[this.names.length - 1] as SplitName).qname}>`);
    if (!this.rootSeen) throw new MalformedXml(n, "no root element");
  }

  /** Text `[i, end)`: outside the root only white space; inside, handed out decoded. */
  private text(i: number, end: number): void {
    const xml = this.xml;
    if (this.names.length === 0) {
      onlySpace(xml, i, end, this.rootSeen);
      return;
    }
    if (this.cdataEnd < i && this.cdataEnd !== -2) {
      this.cdataEnd = xml.indexOf("]]>", i);
      if (this.cdataEnd < 0) this.cdataEnd = -2;
    }
    if (this.cdataEnd >= 0 && this.cdataEnd < end - 2) throw new MalformedXml(this.cdataEnd, "“]]>” in text");
    // Whether a reference or a carriage return stands in the text: the next of each found once and moved on, as "]]>" is.
    if (this.ampAt < i && this.ampAt !== -2) {
      this.ampAt = xml.indexOf("&", i);
      if (this.ampAt < 0) this.ampAt = -2;
    }
    if (this.crAt < i && this.crAt !== -2) {
      this.crAt = xml.indexOf("\r", i);
      if (this.crAt < 0) this.crAt = -2;
    }
    const plain = !(this.ampAt >= 0 && this.ampAt < end) && !(this.crAt >= 0 && this.crAt < end);
    this.handler.text(plain ? ownSlice(xml, i, end, this.raw) : own(decodeText(xml, i, end, false, this.raw)));
  }

  /** The end tag at `lt`; returns where reading goes on. */
  private endTag(lt: number): number {
    const xml = this.xml;
    const names = this.names;
    const top = names.length > 0 ? (names[names.length - 1] as SplitName).qname : undefined;
    if (top === undefined) throw new MalformedXml(lt, "end tag without a start tag");
    let j = lt + 2 + top.length;
    if (!holdsAt(xml, lt + 2, top) || isNameChar(xml.charCodeAt(j))) throw new MalformedXml(lt, `end tag does not match <${top}>`);
    while (isSpace(xml.charCodeAt(j))) j++;
    if (xml.charCodeAt(j) !== 0x3e) throw new MalformedXml(j, "malformed end tag");
    const closed = names.pop() as SplitName;
    const at = this.undoAt.pop() as number;
    this.handler.close(this.uris.pop() as string, closed.local);
    if (this.undo.length > at) this.unbind(at);
    return j + 1;
  }

  /** Undoes the bindings made since `at` (an element's end). */
  private unbind(at: number): void {
    const undo = this.undo;
    while (undo.length > at) {
      const [prefix, before] = undo.pop() as [string, string | undefined];
      if (before === undefined) this.scope.delete(prefix);
      else this.scope.set(prefix, before);
      this.lastPrefix = "";
      this.elementPrefix = undefined;
    }
  }

  /** A comment, CDATA section, DOCTYPE (refused) or processing instruction at `lt` (`c`: "!" or "?"); returns where reading goes on. */
  private markup(lt: number, c: number): number {
    const xml = this.xml;
    if (c === 0x21 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const close = xml.indexOf("-->", lt + 4);
        if (close < 0) throw new MalformedXml(lt, "unclosed comment");
        const dashes = xml.indexOf("--", lt + 4);
        if (dashes < close) throw new MalformedXml(dashes, "“--” inside a comment");
        return close + 3;
      }
      if (xml.startsWith("<![CDATA[", lt)) {
        if (this.names.length === 0) throw new MalformedXml(lt, "CDATA outside the root element");
        const close = xml.indexOf("]]>", lt + 9);
        if (close < 0) throw new MalformedXml(lt, "unclosed CDATA section");
        const body = ownSlice(xml, lt + 9, close, this.raw);
        this.handler.text(body.includes("\r") ? own(body.replace(/\r\n?/g, "\n")) : body);
        return close + 3;
      }
      if (/^<!DOCTYPE/i.test(xml.slice(lt, lt + 9))) {
        throw new DocxError("doctype", `${this.part} declares a DOCTYPE, which a Word document never does (refused: entity expansion)`, { part: this.part });
      }
      throw new MalformedXml(lt, "unknown markup “<!”");
    }
    const close = xml.indexOf("?>", lt + 2);
    if (close < 0) throw new MalformedXml(lt, "unclosed processing instruction");
    let j = lt + 2;
    // A target is a name without a colon (Namespaces in XML §7).
    while (j < close && isNameChar(xml.charCodeAt(j)) && xml.charCodeAt(j) !== 0x3a) j++;
    if (j === lt + 2 || !isNameStart(xml.charCodeAt(lt + 2)) || (j < close && !isSpace(xml.charCodeAt(j)))) throw new MalformedXml(lt, "malformed processing instruction");
    // Of a byte view, a target beyond ASCII is judged on the decoded text (a byte of one character may look like a name character).
    if (this.raw !== undefined) for (let k = lt + 2; k <= j; k++) if (xml.charCodeAt(k) >= 0x80) throw new ReadDecoded();
    if (j - lt - 2 === 3 && xml.slice(lt + 2, j).toLowerCase() === "xml") {
      if (lt !== 0) throw new MalformedXml(lt, "XML declaration not at the start");
      if (!XML_DECLARATION.test(xml.slice(0, close + 2))) throw new MalformedXml(lt, "malformed XML declaration");
    }
    return close + 2;
  }

  /** The start tag at `lt` (`c`: the character after "<"); returns where reading goes on. */
  private startTag(lt: number, c: number): number {
    const xml = this.xml;
    const n = this.n;
    const raw = this.raw;
    const attrs = this.attrs;
    const names = this.names;
    if (!isNameStart(c)) throw new MalformedXml(lt, "“<” that starts no tag (write &lt;)");
    if (names.length === 0 && this.rootSeen) throw new MalformedXml(lt, "a second root element");
    let j = lt + 2;
    let hash = c;
    let beyond = c;
    for (let d = xml.charCodeAt(j); isNameChar(d); d = xml.charCodeAt(++j)) {
      hash = (Math.imul(hash, 31) + d) | 0;
      beyond |= d;
    }
    // Of a byte view, a name beyond ASCII is read from the decoded text (its bytes are no characters of it).
    if (raw !== undefined && (beyond >= 0x80 || xml.charCodeAt(j) >= 0x80)) throw new ReadDecoded();
    let known = knownName(xml, lt + 1, j, hash);
    const qname = known !== undefined ? known.qname : xml.slice(lt + 1, j);
    attrs.reset(xml);
    const undoStart = this.undo.length;
    let selfClosing = false;
    for (;;) {
      const spaced = isSpace(xml.charCodeAt(j));
      while (isSpace(xml.charCodeAt(j))) j++;
      const d = xml.charCodeAt(j);
      if (d === 0x3e /* > */) {
        j++;
        break;
      }
      if (d === 0x2f /* / */ && xml.charCodeAt(j + 1) === 0x3e) {
        selfClosing = true;
        j += 2;
        break;
      }
      if (j >= n) throw new MalformedXml(lt, `unclosed start tag <${qname}`);
      if (!spaced || !isNameStart(d)) throw new MalformedXml(j, `malformed attribute in <${qname}>`);
      j = this.attribute(j, d, qname);
    }
    this.elements++;
    if (this.elements > this.limits.maxElements) {
      throw new DocxError("too-many-elements", `${this.part} holds more than ${this.limits.maxElements.toLocaleString("en")} elements`, { part: this.part, limit: this.limits.maxElements });
    }
    if (attrs.count > 0) this.resolveAttributes();
    known ??= splitName(qname, hash, lt, this.seen);
    const prefix = known.prefix;
    const local = known.local;
    if (prefix !== this.elementPrefix) {
      this.elementPrefix = prefix;
      this.elementUri = this.scope.get(prefix) ?? (prefix === "" ? "" : undefined);
    }
    const uri = this.elementUri;
    if (uri === undefined) throw new MalformedXml(lt, `unbound prefix ${prefix} in <${qname}>`);
    if (prefix === "xmlns") throw new MalformedXml(lt, `element named with the xmlns prefix: <${qname}>`);
    this.rootSeen = true;
    if (selfClosing) {
      // Opened and closed at once: never on the stacks.
      this.handler.open(uri, local, attrs);
      this.handler.close(uri, local);
      if (this.undo.length > undoStart) this.unbind(undoStart);
    } else {
      names.push(known);
      this.uris.push(uri);
      this.undoAt.push(undoStart);
      if (names.length > this.limits.maxDepth) throw new DocxError("too-deep", `${this.part} nests elements more than ${this.limits.maxDepth} deep`, { part: this.part, limit: this.limits.maxDepth });
      this.handler.open(uri, local, attrs);
    }
    return j;
  }

  /** The attribute whose name starts at `nameStart` (`d`: its first character) in the start tag of `qname`; returns where the tag goes on. */
  private attribute(nameStart: number, d: number, qname: string): number {
    const xml = this.xml;
    const raw = this.raw;
    const attrs = this.attrs;
    let j = nameStart;
    let colon = -1;
    if (d === 0x3a) throw new MalformedXml(nameStart, `malformed attribute name in <${qname}>`);
    // Of a byte view, a name beyond ASCII is read from the decoded text: the characters or'ed together, looked at once.
    let wideName = d;
    for (let e = xml.charCodeAt(++j); isNameChar(e); e = xml.charCodeAt(++j)) {
      wideName |= e;
      if (e !== 0x3a) continue;
      if (colon >= 0) throw new MalformedXml(nameStart, `malformed attribute name in <${qname}>`);
      colon = j;
    }
    const nameEnd = j;
    if (raw !== undefined && (wideName >= 0x80 || xml.charCodeAt(j) >= 0x80)) throw new ReadDecoded();
    while (isSpace(xml.charCodeAt(j))) j++;
    if (xml.charCodeAt(j) !== 0x3d /* = */) throw new MalformedXml(j, `attribute without a value in <${qname}>`);
    j++;
    while (isSpace(xml.charCodeAt(j))) j++;
    const quote = xml.charCodeAt(j);
    if (quote !== 0x22 && quote !== 0x27) throw new MalformedXml(j, `attribute value without quotes in <${qname}>`);
    const valueStart = j + 1;
    const valueEnd = xml.indexOf(quote === 0x22 ? '"' : "'", valueStart);
    if (valueEnd < 0) throw new MalformedXml(j, `unclosed attribute value in <${qname}>`);
    // What the value holds, from the next of each character found once and moved on (no look at each character of each value).
    if (this.ltAt < valueStart && this.ltAt !== -2) {
      this.ltAt = xml.indexOf("<", valueStart);
      if (this.ltAt < 0) this.ltAt = -2;
    }
    if (this.ltAt >= 0 && this.ltAt < valueEnd) throw new MalformedXml(this.ltAt, `“<” in an attribute value of <${qname}>`);
    if (this.ampAt < valueStart && this.ampAt !== -2) {
      this.ampAt = xml.indexOf("&", valueStart);
      if (this.ampAt < 0) this.ampAt = -2;
    }
    if (this.crAt < valueStart && this.crAt !== -2) {
      this.crAt = xml.indexOf("\r", valueStart);
      if (this.crAt < 0) this.crAt = -2;
    }
    if (this.lfAt < valueStart && this.lfAt !== -2) {
      this.lfAt = xml.indexOf("\n", valueStart);
      if (this.lfAt < 0) this.lfAt = -2;
    }
    if (this.tabAt < valueStart && this.tabAt !== -2) {
      this.tabAt = xml.indexOf("\t", valueStart);
      if (this.tabAt < 0) this.tabAt = -2;
    }
    const coded = (this.ampAt >= 0 && this.ampAt < valueEnd) || (this.crAt >= 0 && this.crAt < valueEnd) || (this.lfAt >= 0 && this.lfAt < valueEnd) || (this.tabAt >= 0 && this.tabAt < valueEnd);
    // References are checked now, whether or not the value is ever asked for.
    if (coded) decodeText(xml, valueStart, valueEnd, true, raw);
    const wide = raw !== undefined && beyondAscii(xml, valueStart, valueEnd);
    const k = attrs.count++;
    for (let m = 0; m < k; m++) {
      const ms = attrs.nameStart[m] as number;
      if ((attrs.nameEnd[m] as number) - ms === nameEnd - nameStart && sameText(xml, ms, nameStart, nameEnd - nameStart)) throw new MalformedXml(nameStart, `attribute ${xml.slice(nameStart, nameEnd)} given twice in <${qname}>`);
      if (m > 64) break; // beyond that the count is hostile, and a quadratic check would be the attack
    }
    attrs.nameStart[k] = nameStart;
    attrs.nameEnd[k] = nameEnd;
    attrs.localStart[k] = colon < 0 ? nameStart : colon + 1;
    attrs.uri[k] = "";
    attrs.valueStart[k] = valueStart;
    attrs.valueEnd[k] = valueEnd;
    attrs.coded[k] = coded;
    attrs.wide[k] = wide;
    // Namespace declarations: xmlns="…" and xmlns:p="…".
    if (xml.charCodeAt(nameStart) === 0x78 /* x */ && (nameEnd === nameStart + 5 || colon === nameStart + 5) && xml.startsWith("xmlns", nameStart)) this.declare(k, colon, coded, wide);
    return valueEnd + 1;
  }

  /** The `k`-th attribute is a namespace declaration (`colon`: where its name's colon stands, or -1): the prefix is bound until the element ends. */
  private declare(k: number, colon: number, coded: boolean, wide: boolean): void {
    const xml = this.xml;
    const raw = this.raw;
    const attrs = this.attrs;
    const nameStart = attrs.nameStart[k] as number;
    const nameEnd = attrs.nameEnd[k] as number;
    const valueStart = attrs.valueStart[k] as number;
    const valueEnd = attrs.valueEnd[k] as number;
    const prefix = nameEnd === nameStart + 5 ? "" : xml.slice(colon + 1, nameEnd);
    // Trimmed, as saxes (the reader before this one) and the DOM take it: a URI has no white space of its own.
    const uri = uniqueUri((coded ? decodeText(xml, valueStart, valueEnd, true, raw) : wide ? (raw as Utf8View).utf8(valueStart, valueEnd) : xml.slice(valueStart, valueEnd)).trim());
    if (prefix === "xmlns" || (prefix === "xml") !== (uri === XML_NS) || uri === XMLNS_NS) throw new MalformedXml(nameStart, `reserved namespace prefix or name bound: ${xml.slice(nameStart, nameEnd)}`);
    if (prefix !== "" && uri === "") throw new MalformedXml(nameStart, `prefix ${prefix} bound to no namespace`);
    this.undo.push([prefix, this.scope.get(prefix)]);
    this.scope.set(prefix, uri);
    this.lastPrefix = "";
    this.elementPrefix = undefined;
    attrs.uri[k] = XMLNS_NS;
  }

  /** Prefixed attributes resolve once every declaration of the element is known. */
  private resolveAttributes(): void {
    const xml = this.xml;
    const attrs = this.attrs;
    for (let k = 0; k < attrs.count; k++) {
      const ls = attrs.localStart[k] as number;
      const ns = attrs.nameStart[k] as number;
      if (ls === ns || attrs.uri[k] === XMLNS_NS) continue;
      const plen = ls - 1 - ns;
      if (!(this.lastPrefix.length === plen && holdsAt(xml, ns, this.lastPrefix))) {
        this.lastPrefix = xml.slice(ns, ls - 1);
        const uri = this.scope.get(this.lastPrefix);
        if (uri === undefined || ls === attrs.nameEnd[k]) throw new MalformedXml(ns, `unbound prefix or malformed name ${xml.slice(ns, attrs.nameEnd[k])}`);
        this.lastUri = uri;
      } else if (ls === attrs.nameEnd[k]) throw new MalformedXml(ns, `malformed name ${xml.slice(ns, attrs.nameEnd[k])}`);
      attrs.uri[k] = this.lastUri;
    }
  }
}
