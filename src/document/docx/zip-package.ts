import { unzipSync, zipSync, type Unzipped } from "fflate";
import { DocxError } from "./docx-error";

/**
 * A .docx as a map of part names to bytes. Opening checks what the zip's directory
 * declares before anything is inflated: a part over `maxPartBytes`, a total over
 * `maxTotalBytes` or a compression ratio no real document has is refused as a zip bomb.
 * fflate inflates each part into a buffer of its declared size, so a lying directory
 * cannot make it allocate more.
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

/**
 * Unzips the parts `wanted` selects (all by default). Names are checked for all entries:
 * absolute paths, `..` segments and backslashes have no place in an OPC package.
 */
export function openZip(bytes: Uint8Array, wanted: (name: string) => boolean = () => true, limits: ZipLimits = DEFAULT_LIMITS): Parts {
  if (bytes.length > limits.maxFileBytes) {
    throw new DocxError("too-large", `file is ${(bytes.length / MB).toFixed(1)} MB; the limit is ${limits.maxFileBytes / MB} MB`);
  }
  if (!isZip(bytes)) throw new DocxError("not-a-zip", "not a .docx file (no zip archive)");
  let total = 0;
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        const name = file.name;
        if (name.startsWith("/") || name.includes("\\") || name.split("/").includes("..")) {
          throw new DocxError("unsafe-entry", `the archive holds an entry with an unsafe name ("${name.slice(0, 80)}")`);
        }
        if (!wanted(name)) return false;
        total += file.originalSize;
        if (file.originalSize > limits.maxPartBytes || total > limits.maxTotalBytes) {
          throw new DocxError("zip-bomb", `unpacked, the document would exceed ${limits.maxTotalBytes / MB} MB`);
        }
        if (file.originalSize > MB && file.originalSize / Math.max(file.size, 1) > limits.maxRatio) {
          throw new DocxError("zip-bomb", `part "${name}" is compressed ${Math.round(file.originalSize / Math.max(file.size, 1))}:1, which no real document is`);
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError("not-a-zip", `damaged zip archive (${(e as Error).message})`);
  }
  return new Map(Object.entries(files));
}

/** Writes parts back into a zip; parts are stored in the order given ([Content_Types].xml first, as Word does). */
export function writeZip(parts: Parts): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  const ordered = [...parts.keys()].sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : 0));
  for (const name of ordered) {
    const data = parts.get(name) as Uint8Array;
    entries[name] = [data, { level: /\.(png|jpe?g|gif|emf|wmf)$/i.test(name) ? 0 : 6 }];
  }
  return zipSync(entries);
}
