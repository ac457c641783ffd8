import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from "fflate";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFile } from "../../src/cli/check-file";
import { readMetadataXml } from "../../src/core/metadata/read-metadata-xml";
import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { validate } from "../../src/core/validation/validate";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { DocxError } from "../../src/document/ooxml/docx-error";
import { UnwritableTextError } from "../../src/document/ooxml/writable-text";
import { BlockNotFoundError } from "../../src/document/block-not-found";

/**
 * A seeded fuzzer for everything that reads untrusted documents: it mutates real packages
 * (byte flips, truncation, shuffled, duplicated and dropped zip entries, damaged and
 * random XML) and feeds them to the reader, the checker, the editor and the metadata
 * parser. Every outcome is sorted: read, rejected with a typed error, or a crash (any
 * other exception) — the last must never happen. Same seed, same inputs.
 */
export interface FuzzFigures {
  inputs: number;
  read: number;
  rejected: number;
  crashes: number;
  readonly crashSamples: string[];
  readonly rejectedBy: Record<string, number>;
}

/** mulberry32: small, fast, reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPED = [DocxError, UnwritableTextError, BlockNotFoundError];
const XML_BITS = ["<w:sdt>", "</w:sdt>", "<w:sdtContent>", '<w:tag w:val="bv:ziffer:x"/>', '<w:tag w:val="bv:nr:x"/>', "<w:p>", "</w:p>", "<w:t>", "</w:t>", "&amp;", "&", "<", ">", "]]>", "<!--", "\u0000", "\uD800", "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", 'xmlns:w="x"'];

type Mutator = (bytes: Uint8Array, random: () => number) => Uint8Array;
const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)] as T;

export const MUTATORS: Readonly<Record<string, Mutator>> = {
  flip: (bytes, random) => {
    const out = bytes.slice();
    const n = 1 + Math.floor(random() * 16);
    for (let i = 0; i < n; i++) out[Math.floor(random() * out.length)] = Math.floor(random() * 256);
    return out;
  },
  truncate: (bytes, random) => bytes.subarray(0, Math.floor(random() * bytes.length)),
  shuffle: (bytes, random) => {
    const entries = Object.entries(unzipSync(bytes));
    entries.sort(() => random() - 0.5);
    return zipSync(Object.fromEntries(entries));
  },
  drop: (bytes, random) => {
    const files = unzipSync(bytes);
    delete files[pick(Object.keys(files), random)];
    return zipSync(files);
  },
  duplicate: (bytes, random) => {
    // Two entries of one name (the object API cannot express it; the streaming one can).
    const files = unzipSync(bytes);
    const name = pick(Object.keys(files), random);
    const other = files[pick(Object.keys(files), random)] as Uint8Array;
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, data) => {
      if (error) throw error;
      chunks.push(data);
    });
    for (const [entry, data] of [...Object.entries(files), [name, other] as const]) {
      const file = new ZipDeflate(entry, { level: 1 });
      zip.add(file);
      file.push(data, true);
    }
    zip.end();
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  },
  xml: (bytes, random) => {
    const files = unzipSync(bytes);
    const xmlParts = Object.keys(files).filter((n) => n.endsWith(".xml"));
    const name = pick(xmlParts, random);
    let xml = strFromU8(files[name] as Uint8Array);
    const n = 1 + Math.floor(random() * 6);
    for (let i = 0; i < n; i++) {
      const at = Math.floor(random() * xml.length);
      const op = random();
      if (op < 0.4) xml = xml.slice(0, at) + pick(XML_BITS, random) + xml.slice(at);
      else if (op < 0.8) xml = xml.slice(0, at) + xml.slice(at + Math.floor(random() * 200));
      else xml = xml.slice(0, at) + xml.slice(at, at + 300).split("").reverse().join("") + xml.slice(at + 300);
    }
    files[name] = strToU8(xml);
    return zipSync(files);
  },
  fastCheckXml: (bytes, random) => {
    // Random XML-like text from fast-check, seeded from our generator so that runs repeat.
    const files = unzipSync(bytes);
    const name = pick(["word/document.xml", ...Object.keys(files).filter((n) => n.startsWith("customXml/item"))], random);
    const piece = fc.oneof(fc.constantFrom(...XML_BITS), fc.string({ unit: "binary", maxLength: 12 }), fc.stringMatching(/^<w:[a-z]{1,8}( w:val="[^"]{0,8}")?\/?>$/));
    const [xml] = fc.sample(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join("")), { seed: Math.floor(random() * 2 ** 31), numRuns: 1 });
    files[name] = strToU8(xml ?? "");
    return zipSync(files);
  },
  randomXml: (bytes, random) => {
    const files = unzipSync(bytes);
    const name = pick(["word/document.xml", ...Object.keys(files).filter((n) => n.startsWith("customXml/item"))], random);
    let xml = "";
    const n = Math.floor(random() * 80);
    for (let i = 0; i < n; i++) xml += random() < 0.6 ? pick(XML_BITS, random) : String.fromCharCode(Math.floor(random() * 0x3000));
    files[name] = strToU8(xml);
    return zipSync(files);
  },
};

function classify(figures: FuzzFigures, label: string, run: () => void): void {
  figures.inputs++;
  try {
    run();
    figures.read++;
  } catch (e) {
    if (TYPED.some((T) => e instanceof T)) {
      figures.rejected++;
      const reason = e instanceof DocxError ? e.reason : (e as Error).name;
      figures.rejectedBy[reason] = (figures.rejectedBy[reason] ?? 0) + 1;
    } else {
      figures.crashes++;
      if (figures.crashSamples.length < 10) figures.crashSamples.push(`${label}: ${(e as Error).stack?.split("\n").slice(0, 3).join(" | ")}`);
    }
  }
}

/** Runs `count` mutated inputs from the seed documents; every fifth is also edited and saved. */
export function fuzz(seeds: readonly Uint8Array[], count: number, seed: number): FuzzFigures {
  const random = prng(seed);
  const figures: FuzzFigures = { inputs: 0, read: 0, rejected: 0, crashes: 0, crashSamples: [], rejectedBy: {} };
  const names = Object.keys(MUTATORS);
  const workdir = mkdtempSync(join(tmpdir(), "fuzz-"));
  for (let i = 0; i < count; i++) {
    const name = pick(names, random);
    const source = pick(seeds, random);
    let input: Uint8Array;
    try {
      input = (MUTATORS[name] as Mutator)(source, random);
    } catch {
      input = source.subarray(0, Math.floor(random() * source.length));
    }
    const ids = sequentialIds(`f${i}-`);
    classify(figures, `${name}#${i}`, () => {
      const read = DocxDocument.open(input).read(WIESBADEN, ids);
      validate(read.vorlage, WIESBADEN);
      if (i % 5 === 0) {
        const doc = DocxDocument.open(input, { edit: true });
        doc.renumber(WIESBADEN, ids);
        DocxDocument.open(doc.save()).read(WIESBADEN, ids);
      }
    });
    if (i % 10 === 0) {
      // The command's own check, from a file: it must answer with a reason, never throw.
      const file = join(workdir, `input-${i % 100}.docx`);
      writeFileSync(file, input);
      classify(figures, `cli#${i}`, () => {
        const result = checkFile(file, WIESBADEN, "de");
        if (!result.readable && result.error.trim() === "") throw new Error("unreadable without a reason");
      });
    }
    if (i % 4 === 0) {
      // The metadata parser on its own, with whatever the mutation left of an XML part.
      const files = (() => {
        try {
          return unzipSync(input);
        } catch {
          return {};
        }
      })();
      const part = Object.entries(files).find(([n]) => n.startsWith("customXml/item"))?.[1];
      const xml = part ? strFromU8(part) : strFromU8(input.subarray(0, 2000));
      classify(figures, `metadata#${i}`, () => void readMetadataXml(xml));
    }
  }
  return figures;
}
