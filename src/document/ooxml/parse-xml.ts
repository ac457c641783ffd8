import { DOMParser, XMLSerializer, type Document as XmlDocument } from "@xmldom/xmldom";
import { strToU8 } from "fflate";
import { DocxError } from "./docx-error";
import { checkStructure } from "./structure-limits";
import { partBytes } from "./bytes-node";
import type { Utf8View } from "./xml-scanner";

/** Characters XML 1.0 forbids (§2.2): a part holding them is not XML, whichever reader looks. */
// eslint-disable-next-line no-control-regex -- finding exactly these characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Parts already decoded, by their bytes: opening a package decodes each part to check it,
 * and reading decodes some again (the metadata part up to three times). A part's bytes are
 * never changed in place (an edit stores new bytes), so the text stays true while they live.
 */
const decoded = new WeakMap<Uint8Array, string>();

/**
 * The text of a part, decoded as its bytes and its XML declaration say (XML 1.0 §4.3.3,
 * OPC Part 2 §8.1.4): UTF-8 or UTF-16 (by byte-order mark or the first bytes). Any other
 * declared encoding (ISO-8859-1, windows-1252) is refused rather than read as UTF-8 and
 * its umlauts lost; so are bytes that are not valid UTF-8 and characters XML forbids.
 * Every reader and every editor goes through here, so they accept the same parts.
 */
export function decodePart(bytes: Uint8Array, part: string): string {
  const known = decoded.get(bytes);
  if (known !== undefined) return known;
  const xml = decodeOnce(bytes, part);
  decoded.set(bytes, xml);
  return xml;
}

/**
 * One decoder per encoding, made once: making a TextDecoder costs about a tenth of decoding a
 * ten-page body. Each `decode` without `stream` starts afresh (WHATWG Encoding §7.2.2), a
 * failed one included, so a decoder shared by every part reads each as a fresh one would.
 */
const decoders = new Map<string, TextDecoder>();

function decoderFor(encoding: string): TextDecoder {
  let d = decoders.get(encoding);
  if (d === undefined) {
    d = new TextDecoder(encoding, { fatal: true });
    decoders.set(encoding, d);
  }
  return d;
}

/** The encoding an XML declaration names (read as decodeOnce reads it). */
const DECLARED_ENCODING = /^<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/;

/**
 * Of a part's bytes seen one byte a character: the control characters XML forbids (§2.2), as
 * UTF-8 writes them; U+FFFE and U+FFFF (EF BF BE, EF BF BF) are looked for as strings (one
 * class is much faster to search for than an alternative).
 */
// eslint-disable-next-line no-control-regex -- finding exactly these characters is the point
const NOT_XML_BYTES = /[\x00-\x08\x0B\x0C\x0E-\x1F]/;

/** A byte beyond ASCII, in a part's bytes seen one byte a character. */
const BEYOND_ASCII = /[\x80-\xff]/;

/**
 * A part's bytes as `scanXml` reads them without decoding them first (xml-scanner.ts,
 * `Utf8View`), where `decodePart` would read them without complaint as UTF-8 with no
 * byte-order mark; undefined otherwise (UTF-16, a byte-order mark, bytes that are no UTF-8, a
 * character XML forbids, a declaration that names another encoding or holds anything beyond
 * ASCII, or no way to read bytes so on this platform: bytes-node.ts), and then `decodePart`
 * decides, as it always did. So both read exactly the same parts, and refuse the same.
 */
export function utf8View(bytes: Uint8Array): Utf8View | undefined {
  const platform = partBytes;
  if (platform === undefined || bytes.length < 3) return undefined;
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if ((b0 === 0xef && b1 === 0xbb && b2 === 0xbf) || (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || (b0 === 0x3c && b1 === 0x00) || (b0 === 0x00 && b1 === 0x3c)) return undefined;
  if (!platform.isUtf8(bytes)) return undefined;
  const read = platform.read(bytes);
  const text = read.latin1;
  // decodeOnce reads the declaration twice: from the first 200 bytes, then from the decoded text. With the
  // declaration all ASCII, the second reads alike from the bytes; a declaration beyond ASCII is left to decodeOnce.
  const named = DECLARED_ENCODING.exec(text.slice(0, 200))?.[1];
  if (named !== undefined && !["utf-8", "utf8"].includes(named.toLowerCase())) return undefined;
  if (text.startsWith("<?xml") && BEYOND_ASCII.test(text.slice(0, text.indexOf(">") >>> 0))) return undefined;
  const declared = DECLARED_ENCODING.exec(text)?.[1];
  if (declared !== undefined) {
    const d = declared.toLowerCase().replace(/_/g, "-");
    if (BEYOND_ASCII.test(declared) || !(d === "utf-8" || d === "utf8")) return undefined;
  }
  if (NOT_XML_BYTES.test(text) || text.includes("\xEF\xBF\xBE") || text.includes("\xEF\xBF\xBF")) return undefined;
  return { text, utf8: read.utf8 };
}

function decodeOnce(bytes: Uint8Array, part: string): string {
  let encoding = "utf-8";
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ["utf-16le", 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ["utf-16be", 2];
  else if (bytes[0] === 0x3c && bytes[1] === 0x00) encoding = "utf-16le";
  else if (bytes[0] === 0x00 && bytes[1] === 0x3c) encoding = "utf-16be";
  if (!encoding.startsWith("utf-16")) {
    // The declaration is ASCII in every encoding but UTF-16: read it before decoding, so that a Latin-1 part is named as such.
    // Byte for byte (Latin-1); `apply` with the bytes, not a spread of them (an iterator per part: ten times slower).
    const head = String.fromCharCode.apply(null, bytes.subarray(start, start + 200) as unknown as number[]);
    const named = /^<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
    if (named !== undefined && !["utf-8", "utf8"].includes(named.toLowerCase())) {
      throw new DocxError("encoding", `${part} is declared as ${named}; only UTF-8 and UTF-16 are read`, { part, detail: named });
    }
  }
  let xml: string;
  try {
    xml = decoderFor(encoding).decode(bytes.subarray(start));
  } catch {
    throw new DocxError("encoding", `${part} is not valid ${encoding.toUpperCase()} text`, { part, detail: encoding.toUpperCase() });
  }
  const declared = /^<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(xml)?.[1];
  if (declared !== undefined) {
    const d = declared.toLowerCase().replace(/_/g, "-");
    const fits = encoding === "utf-8" ? d === "utf-8" || d === "utf8" : d === "utf-16" || d === encoding;
    if (!fits) throw new DocxError("encoding", `${part} is declared as ${declared}; only UTF-8 and UTF-16 are read`, { part, detail: declared });
  }
  const bad = NOT_XML.exec(xml);
  if (bad) {
    const code = `U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
    throw new DocxError("malformed-xml", `${part} is not well-formed XML (character ${code} is not allowed in XML)`, { part, detail: code });
  }
  return xml;
}

/**
 * What every parser of a part checks first, tree or stream: no DOCTYPE, and bounded depth
 * and size (`checkStructure`). Throws `DocxError`.
 */
export function guardPart(xml: string, part: string): void {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096)) || /<!DOCTYPE/i.test(xml)) {
    throw new DocxError("doctype", `${part} declares a DOCTYPE, which a Word document never does (refused: entity expansion)`, { part });
  }
  checkStructure(xml, part);
}

/**
 * Parses one part of a package. A DOCTYPE is refused before parsing (no part of a .docx
 * needs one, and it is how external entities and entity expansion get in); malformed XML
 * is a `DocxError` naming the part, never a crash.
 */
export function parsePart(xml: string, part: string): XmlDocument {
  guardPart(xml, part);
  try {
    return new DOMParser({
      normalizeLineEndings: xml10LineEndings,
      onError: (level, message) => {
        if (level !== "warning") throw new SyntaxError(message.split("\n")[0]);
      },
    }).parseFromString(xml, "application/xml");
  } catch (e) {
    throw new DocxError("malformed-xml", `${part} is not well-formed XML (${(e as Error).message})`, { part, detail: (e as Error).message });
  }
}

/**
 * Line ends as XML 1.0 (§2.11) reads them, which is how Word and our scanner read a part:
 * only CR LF and CR become LF. xmldom's default is XML 1.1's, which also turns NEL, U+2028
 * and U+2029 into LF, so that editing a document changed a user's line separator into a
 * line feed (and a sub-point typed with one read back differently after the edit).
 */
function xml10LineEndings(input: string): string {
  return input.includes("\r") ? input.replace(/\r\n?/g, "\n") : input;
}

/** A parsed part back to bytes: always UTF-8, with the declaration Word writes (a part read as UTF-16 is not written back claiming UTF-16). */
export function serializePart(doc: XmlDocument): Uint8Array {
  return strToU8(serializePartText(doc));
}

/** A parsed part back to its text, with the declaration Word writes. */
export function serializePartText(doc: XmlDocument): string {
  // A carriage return in a text node can only have come from a character reference (line
  // ends are normalised when parsing): written literally it would be read back as a line feed.
  const xml = new XMLSerializer()
    .serializeToString(doc)
    .replace(/^<\?xml[^?]*\?>/, "")
    .replace(/\r/g, "&#13;");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${xml}`;
}
