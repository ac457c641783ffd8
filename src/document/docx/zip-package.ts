import { deflateSync, zipSync } from "fflate";
import { DocxError } from "../ooxml/docx-error";
import { inflater } from "./inflate-node";

/**
 * A .docx as a map of part names to bytes. Opening checks what the zip's directory
 * declares before anything is inflated: a part over `maxPartBytes`, a total over
 * `maxTotalBytes` or a compression ratio no real document has is refused as a zip bomb.
 * Each part inflates into at most its declared size (inflate-node.ts: Node's zlib; the
 * pages get inflate-browser.ts: fflate), so a lying directory cannot make it allocate more.
 */
export interface ZipLimits {
  readonly maxFileBytes: number;
  readonly maxPartBytes: number;
  readonly maxTotalBytes: number;
  /** Largest inflated/compressed ratio accepted for parts over 1 MB (XML reaches ~20–50). */
  readonly maxRatio: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxPartBytes: 100 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
  maxRatio: 200,
};

export type Parts = ReadonlyMap<string, Uint8Array>;

const MB = 1024 * 1024;

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/** CRC-32 (ISO 3309, as zip uses it); no inflate checks it for us, so we do. */
export const crc32 = (data: Uint8Array): number => inflater.crc32(data);

/** One entry of the zip's central directory, as declared (zip64 fields already read). */
interface DirectoryEntry {
  readonly name: string;
  readonly crc: number;
  readonly size: number;
  readonly originalSize: number;
  readonly offset: number;
  readonly method: number;
}

const damaged = (detail: string): DocxError => new DocxError("damaged-zip", `damaged zip archive (${detail})`, { detail });
const MAX32 = 0xffffffff;

/** A little-endian 64-bit number as a JavaScript number (no BigInt: the pane's engines may lack it); beyond 2^53 no real document goes. */
function u64(view: DataView, at: number): number {
  const high = view.getUint32(at + 4, true);
  if (high >= 0x200000) throw damaged("zip64 value out of range");
  return high * 0x100000000 + view.getUint32(at, true);
}

/**
 * The central directory read directly (ECMA-376 Part 2 uses plain zip, APPNOTE 4.3.12),
 * with zip64 (4.3.14–4.3.15, 4.5.3): a package written by Windows' packaging API or by Java
 * can declare its sizes and offsets there, and is read like any other; the limits apply to
 * the sizes found there. Undefined when there is no directory to read.
 * A name that appears twice, also in another letter case (word/document.xml beside
 * word/Document.xml: Word treats part names case-insensitively, so which copy a program
 * shows would be a guess), is refused.
 */
function centralDirectory(bytes: Uint8Array): DirectoryEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  let count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  // The zip64 end of central directory locator sits right before the plain record.
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === 0x07064b50) {
    const record = u64(view, eocd - 12);
    if (record + 56 <= bytes.length && view.getUint32(record, true) === 0x06064b50) {
      count = u64(view, record + 32);
      at = u64(view, record + 48);
    }
  }
  const out: DirectoryEntry[] = [];
  const seen = new Map<string, string>();
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      if (out.length === 0) return undefined;
      throw damaged("central directory cut short");
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    let size = view.getUint32(at + 20, true);
    let originalSize = view.getUint32(at + 24, true);
    let offset = view.getUint32(at + 42, true);
    if (size === MAX32 || originalSize === MAX32 || offset === MAX32) {
      // The zip64 extended information field: only the values whose plain field is 0xFFFFFFFF, in this order.
      let e = at + 46 + nameLength;
      const end = Math.min(e + extraLength, bytes.length);
      let found = false;
      while (e + 4 <= end) {
        const id = view.getUint16(e, true);
        const length = view.getUint16(e + 2, true);
        if (id === 0x0001) {
          let v = e + 4;
          const next = (): number => {
            if (v + 8 > e + 4 + length || v + 8 > end) throw damaged("zip64 field cut short");
            const n = u64(view, v);
            v += 8;
            return n;
          };
          if (originalSize === MAX32) originalSize = next();
          if (size === MAX32) size = next();
          if (offset === MAX32) offset = next();
          found = true;
          break;
        }
        e += 4 + length;
      }
      if (!found) throw damaged("zip64 sizes missing");
    }
    const part = name.slice(0, 80);
    const folded = name.toLowerCase();
    const before = seen.get(folded);
    if (before === name) throw new DocxError("damaged-zip", `the archive holds "${part}" twice`, { part, detail: "duplicate" });
    if (before !== undefined) throw new DocxError("damaged-zip", `the archive holds "${before.slice(0, 80)}" and "${part}", names that differ only in case`, { part, detail: "case" });
    seen.set(folded, name);
    out.push({ name, crc: view.getUint32(at + 16, true), size, originalSize, offset, method: view.getUint16(at + 10, true) });
    at += 46 + nameLength + extraLength + view.getUint16(at + 32, true);
  }
  return out;
}

/**
 * Entries that are no part of an OPC package: directory entries ("word/") and the
 * resource forks macOS Finder adds when it compresses a folder ("__MACOSX/…"). Every
 * command leaves them out alike, so that a package re-zipped by Finder reads the same in
 * check and in recognize (which otherwise would parse "__MACOSX/word/._document.xml").
 */
const notAPart = (name: string): boolean => name.endsWith("/") || name.startsWith("__MACOSX/");

/** The compressed bytes of an entry, found through its local header (whose sizes may be zero: data descriptors). */
function entryData(bytes: Uint8Array, e: DirectoryEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== 0x04034b50) throw damaged(`no local header for ${e.name.slice(0, 80)}`);
  const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  if (start + e.size > bytes.length) throw damaged(`${e.name.slice(0, 80)} cut short`);
  return bytes.subarray(start, start + e.size);
}

/**
 * Unzips the parts `wanted` selects (all by default). Names are checked for all entries:
 * absolute paths, `..` segments and backslashes have no place in an OPC package. Every
 * inflated part is checked against the CRC and size its directory entry declares: a
 * damaged or lying archive is refused, never silently re-zipped with a fresh CRC.
 * The directory is ours (zip64 and data descriptors read), and each part is inflated into
 * a buffer of its declared size, so a lying directory cannot make it allocate more.
 */
export function openZip(bytes: Uint8Array, wanted: (name: string) => boolean = () => true, limits: ZipLimits = DEFAULT_LIMITS): Parts {
  return zipReader(bytes, limits).parts(wanted);
}

/** A zip whose directory is read and checked, from which parts are taken. */
export interface ZipReader {
  /**
   * The parts `wanted` selects, in the directory's order, each inflated and checked against its
   * CRC and size as `openZip` does; a part taken before is not inflated again (the same bytes).
   */
  parts(wanted: (name: string) => boolean): Parts;
}

/**
 * Reads and checks the directory of a zip once (size limit, zip bombs, unsafe names: what
 * `openZip` checks before it inflates anything), for a reader that takes parts in two steps:
 * opening a .docx takes _rels/.rels first, to find the main part, then the parts it reads.
 */
export function zipReader(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): ZipReader {
  const directory = checkedDirectory(bytes, limits);
  const taken = new Map<string, Uint8Array>();
  return {
    parts(wanted) {
      const parts = new Map<string, Uint8Array>();
      for (const e of directory) {
        if (notAPart(e.name) || !wanted(e.name)) continue;
        let data = taken.get(e.name);
        if (data === undefined) {
          data = inflateEntry(bytes, e);
          taken.set(e.name, data);
        }
        parts.set(e.name, data);
      }
      return parts;
    },
  };
}

/** The central directory, refused as `openZip` refuses it (file size, not a zip, no directory, zip bombs, unsafe names). */
function checkedDirectory(bytes: Uint8Array, limits: ZipLimits): DirectoryEntry[] {
  if (bytes.length > limits.maxFileBytes) {
    throw new DocxError("too-large", `file is ${(bytes.length / MB).toFixed(1)} MB; the limit is ${limits.maxFileBytes / MB} MB`, { size: bytes.length, limit: limits.maxFileBytes });
  }
  if (!isZip(bytes)) throw notAZip(bytes);
  const directory = centralDirectory(bytes);
  if (!directory) throw damaged("no central directory");
  checkDeclaredSizes(directory, limits);
  for (const { name } of directory) {
    if (name.startsWith("/") || name.includes("\\") || name.split("/").includes("..")) {
      throw new DocxError("unsafe-entry", `the archive holds an entry with an unsafe name ("${name.slice(0, 80)}")`, { part: name.slice(0, 80) });
    }
  }
  return directory;
}

/** One entry's bytes, inflated into at most its declared size and checked against its CRC and size. */
function inflateEntry(bytes: Uint8Array, e: DirectoryEntry): Uint8Array {
  const compressed = entryData(bytes, e);
  let data: Uint8Array;
  try {
    if (e.method === 0) data = compressed.slice();
    else if (e.method === 8) data = inflater.inflateRaw(compressed, e.originalSize);
    else throw new Error(`compression method ${e.method}`);
  } catch (x) {
    throw new DocxError("damaged-zip", `damaged zip archive (${(x as Error).message})`, { detail: (x as Error).message });
  }
  if (e.originalSize !== data.length || crc32(data) !== e.crc) {
    throw new DocxError("damaged-zip", `part "${e.name.slice(0, 80)}" does not match its checksum or size (damaged archive)`, { part: e.name.slice(0, 80), detail: "crc" });
  }
  return data;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Why bytes that are no zip are not a .docx, as precisely as the bytes tell: Word writes a
 * password-protected .docx, and every Word 97–2003 .doc, as an OLE compound file (magic
 * D0 CF 11 E0 A1 B1 1A E1). Its directory names the streams: EncryptionInfo and
 * EncryptedPackage for an encrypted document, WordDocument for the old format. Each is
 * told apart, so that a person knows what to do (save without a password, save as .docx); so is
 * an empty file.
 */
function notAZip(bytes: Uint8Array): DocxError {
  // An empty file (a copy that failed, a placeholder made in the file manager) says so, as the reviewers' page does.
  if (bytes.length === 0) return new DocxError("not-a-zip", "the file is empty", { detail: "empty" });
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    const streams = compoundStreams(bytes);
    if (streams.has("EncryptedPackage") || streams.has("EncryptionInfo")) return new DocxError("not-a-zip", "an encrypted Word document (save it without a password)", { detail: "encrypted" });
    if (streams.has("WordDocument")) return new DocxError("not-a-zip", "a Word 97–2003 document (.doc; save it as .docx)", { detail: "word97" });
  }
  return new DocxError("not-a-zip", "not a .docx file (no zip archive)");
}

/**
 * The stream names of an OLE compound file ([MS-CFB] 2.2, 2.6): the directory sectors
 * followed through the FAT. Bounded by the number of sectors, so a looping chain ends;
 * anything that does not add up yields what was found so far.
 */
function compoundStreams(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 512) return names;
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return names;
  const sectorSize = 1 << shift;
  const sectors = Math.floor((bytes.length - sectorSize) / sectorSize);
  const sectorAt = (s: number): number => (s + 1) * sectorSize;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(view.getUint32(0x4c + i * 4, true));
  let difat = view.getUint32(0x44, true);
  for (let guard = 0; difat < sectors && guard < sectors; guard++) {
    const base = sectorAt(difat);
    for (let i = 0; i < sectorSize / 4 - 1; i++) fatSectors.push(view.getUint32(base + i * 4, true));
    difat = view.getUint32(base + sectorSize - 4, true);
  }
  const fat: number[] = [];
  for (const s of fatSectors) {
    if (s >= sectors) continue;
    const base = sectorAt(s);
    for (let i = 0; i < sectorSize / 4; i++) fat.push(view.getUint32(base + i * 4, true));
  }
  let dir = view.getUint32(0x30, true);
  for (let guard = 0; dir < sectors && guard < sectors; guard++) {
    const base = sectorAt(dir);
    for (let e = base; e + 128 <= base + sectorSize; e += 128) {
      const length = Math.min(view.getUint16(e + 0x40, true), 64);
      if (length >= 2) names.add(new TextDecoder("utf-16le").decode(bytes.subarray(e, e + length - 2)));
    }
    dir = fat[dir] ?? MAX32;
  }
  return names;
}

/**
 * Whether a package we are about to write stays within the limits we read with: a file
 * our own check would call a zip bomb is never written (DocxError instead).
 */
export function assertReadable(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): void {
  if (bytes.length > limits.maxFileBytes) throw new DocxError("too-large", `the document would be ${(bytes.length / MB).toFixed(1)} MB; the limit is ${limits.maxFileBytes / MB} MB`, { size: bytes.length, limit: limits.maxFileBytes });
  checkDeclaredSizes(centralDirectory(bytes), limits);
}

/**
 * Refuses a zip bomb from what the central directory declares, for every entry, before
 * anything is inflated: whichever parts a caller wants, a package that would unpack beyond
 * the limits is refused the same way (the inflated sizes are checked against these later).
 */
function checkDeclaredSizes(directory: readonly DirectoryEntry[] | undefined, limits: ZipLimits): void {
  let total = 0;
  for (const e of directory ?? []) {
    const name = e.name;
    total += e.originalSize;
    if (e.originalSize > limits.maxPartBytes || total > limits.maxTotalBytes) throw new DocxError("zip-bomb", `unpacked, the document would exceed ${limits.maxTotalBytes / MB} MB`, { limit: limits.maxTotalBytes });
    if (e.originalSize > MB && e.originalSize / Math.max(e.size, 1) > limits.maxRatio) {
      const ratio = Math.round(e.originalSize / Math.max(e.size, 1));
      throw new DocxError("zip-bomb", `part "${name.slice(0, 80)}" is compressed ${ratio}:1, which no real document is`, { part: name.slice(0, 80), ratio, limit: limits.maxRatio });
    }
  }
}

/** Writes parts back into a zip; parts are stored in the order given ([Content_Types].xml first, as Word does). */
export function writeZip(parts: Parts): Uint8Array {
  const folded = new Map<string, string>();
  for (const name of parts.keys()) {
    const other = folded.get(name.toLowerCase());
    // Word treats part names case-insensitively, and our reader refuses such a package: never written.
    if (other !== undefined) throw new Error(`part names differ only in case: "${other}" and "${name}"`);
    folded.set(name.toLowerCase(), name);
  }
  const entries: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  const ordered = [...parts.keys()].sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : 0));
  for (const name of ordered) {
    const data = parts.get(name) as Uint8Array;
    // A part so repetitive that it would compress beyond what our reader accepts (a 5 MB Betreff
    // of one letter) is stored instead: the file is larger, but our own check can read it.
    const stored = /\.(png|jpe?g|gif|emf|wmf)$/i.test(name) || (data.length > MB && data.length / deflateSync(data, { level: 6 }).length > DEFAULT_LIMITS.maxRatio / 2);
    entries[name] = [data, { level: stored ? 0 : 6 }];
  }
  return zipSync(entries);
}
