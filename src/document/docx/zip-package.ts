import { deflateSync, zipSync } from "fflate";
import { DocxError } from "../ooxml/docx-error";
import { inflater } from "./inflate-node";
import { unzip } from "./unzip";

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

/** One entry of the zip's central directory, as declared. */
interface DirectoryEntry {
  readonly crc: number;
  readonly size: number;
  readonly originalSize: number;
}

/**
 * The central directory read directly (ECMA-376 Part 2 uses plain zip, APPNOTE 4.3.12):
 * name → CRC and sizes. Undefined when there is none to read (fflate then says why).
 * A name that appears twice is refused: which copy a program shows would be a guess.
 */
function centralDirectory(bytes: Uint8Array): Map<string, DirectoryEntry> | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const out = new Map<string, DirectoryEntry>();
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return out.size === 0 ? undefined : out;
    const nameLength = view.getUint16(at + 28, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (out.has(name)) throw new DocxError("damaged-zip", `the archive holds "${name.slice(0, 80)}" twice`, { part: name.slice(0, 80), detail: "duplicate" });
    out.set(name, { crc: view.getUint32(at + 16, true), size: view.getUint32(at + 20, true), originalSize: view.getUint32(at + 24, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/**
 * Unzips the parts `wanted` selects (all by default). Names are checked for all entries:
 * absolute paths, `..` segments and backslashes have no place in an OPC package. Every
 * inflated part is checked against the CRC and size its directory entry declares: a
 * damaged or lying archive is refused, never silently re-zipped with a fresh CRC.
 */
export function openZip(bytes: Uint8Array, wanted: (name: string) => boolean = () => true, limits: ZipLimits = DEFAULT_LIMITS): Parts {
  if (bytes.length > limits.maxFileBytes) {
    throw new DocxError("too-large", `file is ${(bytes.length / MB).toFixed(1)} MB; the limit is ${limits.maxFileBytes / MB} MB`, { size: bytes.length, limit: limits.maxFileBytes });
  }
  if (!isZip(bytes)) throw new DocxError("not-a-zip", "not a .docx file (no zip archive)");
  const directory = centralDirectory(bytes);
  checkDeclaredSizes(directory, limits);
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzip(
      bytes,
      (file) => {
        const name = file.name;
        if (name.startsWith("/") || name.includes("\\") || name.split("/").includes("..")) {
          throw new DocxError("unsafe-entry", `the archive holds an entry with an unsafe name ("${name.slice(0, 80)}")`, { part: name.slice(0, 80) });
        }
        if (!wanted(name)) return false;
        total += file.originalSize;
        if (file.originalSize > limits.maxPartBytes || total > limits.maxTotalBytes) {
          throw new DocxError("zip-bomb", `unpacked, the document would exceed ${limits.maxTotalBytes / MB} MB`, { limit: limits.maxTotalBytes });
        }
        if (file.originalSize > MB && file.originalSize / Math.max(file.size, 1) > limits.maxRatio) {
          const ratio = Math.round(file.originalSize / Math.max(file.size, 1));
          throw new DocxError("zip-bomb", `part "${name}" is compressed ${ratio}:1, which no real document is`, { part: name, ratio, limit: limits.maxRatio });
        }
        return true;
      },
      inflater,
    );
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError("damaged-zip", `damaged zip archive (${(e as Error).message})`, { detail: (e as Error).message });
  }
  for (const [name, data] of Object.entries(files)) {
    const declared = directory?.get(name);
    if (!declared || declared.originalSize !== data.length || crc32(data) !== declared.crc) {
      throw new DocxError("damaged-zip", `part "${name.slice(0, 80)}" does not match its checksum or size (damaged archive)`, { part: name.slice(0, 80), detail: "crc" });
    }
  }
  return new Map(Object.entries(files));
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
function checkDeclaredSizes(directory: ReadonlyMap<string, DirectoryEntry> | undefined, limits: ZipLimits): void {
  let total = 0;
  for (const [name, e] of directory ?? new Map<string, DirectoryEntry>()) {
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
