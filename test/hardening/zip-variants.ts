import { deflateSync, unzipSync } from "fflate";
import { crc32 } from "../../src/document/docx/zip-package";

/**
 * Zip archives as other programs write them, which our own writer (fflate's zipSync) never
 * does: zip64 records (Windows' packaging API, Java, large-file tools), data descriptors and
 * directory entries and __MACOSX/ resource forks (macOS Finder's „Komprimieren“).
 */
export interface VariantOptions {
  /** Sizes and offset in zip64 extra fields (0xFFFFFFFF in the plain fields), plus the zip64 end records. */
  readonly zip64?: boolean;
  /** Flag bit 3: CRC and sizes zero in the local header, given after the data. */
  readonly descriptors?: boolean;
  /** Extra entries Finder adds: "word/" style directory entries and __MACOSX/._… files. */
  readonly finder?: boolean;
}

interface Entry {
  readonly name: string;
  readonly data: Uint8Array;
}

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const u64 = (n: number) => [...u32(n >>> 0), ...u32(Math.floor(n / 2 ** 32))];

/** Re-zips a package's parts in another program's way. */
export function rezip(docx: Uint8Array, options: VariantOptions): Uint8Array {
  const parts = unzipSync(docx);
  const entries: Entry[] = [];
  const dirs = new Set<string>();
  for (const [name, data] of Object.entries(parts)) {
    if (options.finder) {
      const segments = name.split("/").slice(0, -1);
      for (let i = 1; i <= segments.length; i++) {
        const dir = `${segments.slice(0, i).join("/")}/`;
        if (!dirs.has(dir)) {
          dirs.add(dir);
          entries.push({ name: dir, data: new Uint8Array(0) });
        }
      }
    }
    entries.push({ name, data });
  }
  if (options.finder) {
    entries.push({ name: "__MACOSX/", data: new Uint8Array(0) });
    entries.push({ name: "__MACOSX/word/._document.xml", data: new Uint8Array([0, 5, 22, 7, 0, 2, 0, 0, 77, 97, 99, 32, 79, 83, 32, 88]) });
  }
  const encoder = new TextEncoder();
  const out: number[] = [];
  const central: number[] = [];
  for (const e of entries) {
    const name = encoder.encode(e.name);
    const isDir = e.name.endsWith("/");
    const method = isDir ? 0 : 8;
    const body = isDir ? e.data : deflateSync(e.data);
    const crc = crc32(e.data);
    const offset = out.length;
    const flags = (options.descriptors ? 0x08 : 0) | 0x800;
    const localExtra = options.zip64 ? [...u16(1), ...u16(16), ...u64(e.data.length), ...u64(body.length)] : [];
    const zero = options.descriptors;
    out.push(...u32(0x04034b50), ...u16(options.zip64 ? 45 : 20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x5a21));
    out.push(...u32(zero ? 0 : crc), ...u32(options.zip64 ? 0xffffffff : zero ? 0 : body.length), ...u32(options.zip64 ? 0xffffffff : zero ? 0 : e.data.length));
    out.push(...u16(name.length), ...u16(localExtra.length), ...name, ...localExtra);
    for (const b of body) out.push(b);
    if (options.descriptors) out.push(...u32(0x08074b50), ...u32(crc), ...(options.zip64 ? [...u64(body.length), ...u64(e.data.length)] : [...u32(body.length), ...u32(e.data.length)]));
    const centralExtra = options.zip64 ? [...u16(1), ...u16(24), ...u64(e.data.length), ...u64(body.length), ...u64(offset)] : [];
    central.push(...u32(0x02014b50), ...u16(options.finder ? 0x0315 : 45), ...u16(options.zip64 ? 45 : 20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x5a21));
    central.push(...u32(crc), ...u32(options.zip64 ? 0xffffffff : body.length), ...u32(options.zip64 ? 0xffffffff : e.data.length));
    central.push(...u16(name.length), ...u16(centralExtra.length), ...u16(0), ...u16(0), ...u16(0), ...u32(isDir ? 0x10 : 0), ...u32(options.zip64 ? 0xffffffff : offset), ...name, ...centralExtra);
  }
  const cdOffset = out.length;
  out.push(...central);
  if (options.zip64) {
    const z64 = out.length;
    out.push(...u32(0x06064b50), ...u64(44), ...u16(45), ...u16(45), ...u32(0), ...u32(0), ...u64(entries.length), ...u64(entries.length), ...u64(central.length), ...u64(cdOffset));
    out.push(...u32(0x07064b50), ...u32(0), ...u64(z64), ...u32(1));
  }
  out.push(...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(options.zip64 ? 0xffff : entries.length), ...u16(options.zip64 ? 0xffff : entries.length));
  out.push(...u32(options.zip64 ? 0xffffffff : central.length), ...u32(options.zip64 ? 0xffffffff : cdOffset), ...u16(0));
  return new Uint8Array(out);
}

/**
 * A minimal OLE compound file ([MS-CFB], version 3: 512-byte sectors) holding empty streams
 * of these names: what Word writes for a password-protected .docx (EncryptionInfo,
 * EncryptedPackage) or a Word 97 .doc (WordDocument, 1Table).
 */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const names = ["Root Entry", ...streams];
  const dirSectors = Math.ceil(names.length / 4);
  const bytes = new Uint8Array(512 * (2 + dirSectors));
  const view = new DataView(bytes.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (bytes[i] = b));
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // the directory starts at sector 1
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, 0xfffffffe, true);
  view.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  // Sector 0: the FAT. It marks itself, then chains the directory sectors.
  const fat = 512;
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true);
  for (let s = 1; s <= dirSectors; s++) view.setUint32(fat + s * 4, s === dirSectors ? 0xfffffffe : s + 1, true);
  names.forEach((name, i) => {
    const e = 1024 + i * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(e + c * 2, name.charCodeAt(c), true);
    view.setUint16(e + 0x40, (name.length + 1) * 2, true);
    bytes[e + 0x42] = i === 0 ? 5 : 2;
    view.setUint32(e + 0x44, 0xffffffff, true);
    view.setUint32(e + 0x48, i + 1 < names.length && i > 0 ? i + 1 : 0xffffffff, true);
    view.setUint32(e + 0x4c, i === 0 && names.length > 1 ? 1 : 0xffffffff, true);
    view.setUint32(e + 0x74, 0xfffffffe, true);
  });
  return bytes;
}
