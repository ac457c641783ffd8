/**
 * npm run bench:xml — the XML parsers we could read WordprocessingML with, side by side on our
 * own parts (issue 23, item 2): document.xml of a ten-page Vorlage (140 clauses) and of one of
 * 500 clauses, and its styles.xml. Each parser reads the part and collects the text of every
 * w:t (the least a reader of a body does); median time per part over many runs, and the
 * correctness each offers, tried on small inputs: namespaces by URI (a w:t written with
 * another prefix), a mismatched end tag refused, a DOCTYPE refused, entities expanded.
 *
 * - saxes (what we read with before): a conforming streaming parser;
 * - htmlparser2 in XML mode (a dependency of our dev tools, not of the package);
 * - txml, if installed (`npm install --no-save txml`; not a dependency): a small tree builder;
 * - scanXml (src/document/ooxml/xml-scanner.ts): ours.
 *
 * Then ours from a part's bytes, as reading a .docx starts: decoded whole first (decodePart),
 * or read undecoded (utf8View: the markup at byte offsets, only texts and values decoded).
 *
 * A benchmark, not a test: the machine is shared; only ratios within one run mean anything.
 */
import { performance } from "node:perf_hooks";
import { strFromU8, unzipSync } from "fflate";
import { Parser as Html } from "htmlparser2";
import { SaxesParser } from "saxes";
import { clause, section } from "../src/core/model/builders";
import { WIESBADEN } from "../src/core/profile/builtin-profiles";
import { DocxDocument } from "../src/document/docx/docx-document";
import { decodePart, utf8View } from "../src/document/ooxml/parse-xml";
import { scanXml, type Utf8View } from "../src/document/ooxml/xml-scanner";
import { completeVorlage } from "../test/fixtures/builders";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const SENTENCE = "die Verwaltung beauftragt wird, die Maßnahme im Rahmen der verfügbaren Haushaltsmittel umzusetzen und dem Ausschuss für Finanzen halbjährlich über den Stand zu berichten";

function parts(clauses: number): Record<string, string> {
  const make = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => clause(`${prefix}${i}`, `${SENTENCE} (${i + 1});`));
  const v = completeVorlage({ sections: [section("k", "kenntnisnahme", make("k", Math.floor(clauses / 2))), section("b", "beschluss", make("b", clauses - Math.floor(clauses / 2)))] });
  const files = unzipSync(DocxDocument.create(v, WIESBADEN, "2025-05-06T09:00:00Z").save());
  return Object.fromEntries(Object.entries(files).map(([k, b]) => [k, strFromU8(b)]));
}

/** A parser: the text of every w:t of a part (characters counted), or a throw when it refuses the part. */
type Reader = (xml: string) => number;

const saxes: Reader = (xml) => {
  let chars = 0;
  let inT = false;
  const p = new SaxesParser({ xmlns: true });
  p.on("opentag", (n) => (inT = n.uri === W && n.local === "t"));
  p.on("closetag", () => (inT = false));
  p.on("text", (t) => {
    if (inT) chars += t.length;
  });
  p.on("doctype", () => {
    throw new Error("DOCTYPE");
  });
  p.write(xml).close();
  return chars;
};

/** htmlparser2 knows no namespaces: a w:t is found by its prefix, as written. */
const htmlparser2: Reader = (xml) => {
  let chars = 0;
  let inT = false;
  const p = new Html(
    {
      onopentagname: (name) => (inT = name === "w:t"),
      onclosetag: () => (inT = false),
      ontext: (t) => {
        if (inT) chars += t.length;
      },
      onprocessinginstruction: (name) => {
        if (name.toLowerCase() === "!doctype") throw new Error("DOCTYPE");
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  p.end(xml);
  return chars;
};

const scanner = (xml: string | Utf8View): number => {
  let chars = 0;
  let inT = false;
  scanXml(xml, "word/document.xml", {
    open: (uri, local) => (inT = uri === W && local === "t"),
    close: () => (inT = false),
    text: (t) => {
      if (inT) chars += t.length;
    },
  });
  return chars;
};

interface TNode {
  readonly tagName: string;
  readonly children: (TNode | string)[];
}
function txmlReader(): Reader | undefined {
  let txml: { parse(xml: string): (TNode | string)[] };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional, not a dependency
    txml = require(process.env["BENCH_TXML"] ?? "txml");
  } catch {
    return undefined;
  }
  return (xml) => {
    let chars = 0;
    const walk = (nodes: readonly (TNode | string)[], inT: boolean) => {
      for (const n of nodes) {
        if (typeof n === "string") chars += inT ? n.length : 0;
        else walk(n.children, n.tagName === "w:t");
      }
    };
    walk(txml.parse(xml), false);
    return chars;
  };
}

const refuses = (read: Reader, xml: string): boolean => {
  try {
    read(xml);
    return false;
  } catch {
    return true;
  }
};

/** What each parser gets right, on inputs small enough to read by eye. */
function correctness(read: Reader): string[] {
  const byUri = read(`<x:document xmlns:x="${W}"><x:t>ab</x:t></x:document>`) === 2;
  const mismatch = refuses(read, `<a xmlns:w="${W}"><w:t>x</a></w:t>`);
  const doctype = refuses(read, `<!DOCTYPE a [<!ENTITY e "boom">]><a xmlns:w="${W}"><w:t>&e;</w:t></a>`);
  let entities = false;
  try {
    entities = read(`<w:t xmlns:w="${W}">&lt;&amp;&#x41;</w:t>`) === 3;
  } catch {
    entities = false;
  }
  return [byUri, mismatch, doctype, entities].map((ok) => (ok ? "yes" : "**no**"));
}

const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function time(read: Reader, xml: string): number {
  const runs: number[] = [];
  const deadline = performance.now() + 300;
  for (let i = 0; i < 5 || (performance.now() < deadline && i < 100); i++) {
    const t0 = performance.now();
    read(xml);
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

function main(): void {
  const small = parts(140);
  const big = parts(500);
  const inputs: [string, string][] = [
    [`document.xml, 140 clauses (${(small["word/document.xml"]!.length / 1024).toFixed(0)} KiB)`, small["word/document.xml"]!],
    [`document.xml, 500 clauses (${(big["word/document.xml"]!.length / 1024).toFixed(0)} KiB)`, big["word/document.xml"]!],
    [`styles.xml (${(small["word/styles.xml"]!.length / 1024).toFixed(1)} KiB)`, small["word/styles.xml"]!],
  ];
  const txml = txmlReader();
  const readers: [string, Reader][] = [["saxes 6 (before)", saxes], ["htmlparser2 (XML mode)", htmlparser2], ...(txml ? [["txml", txml] as [string, Reader]] : []), ["scanXml (ours)", scanner]];
  const expected = scanner(inputs[0]![1]);
  for (const [name, read] of readers) if (read(inputs[0]![1]) !== expected) console.log(`note: ${name} found ${read(inputs[0]![1])} characters of w:t text, ours ${expected}`);
  console.log(`median ms per part (warm); ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC\n`);
  console.log(`| parser | ${inputs.map(([n]) => `${n}: ms (× ours)`).join(" | ")} | namespaces by URI | mismatched tag refused | DOCTYPE refused | entities |`);
  console.log(`|---|${inputs.map(() => "---:").join("|")}|:-:|:-:|:-:|:-:|`);
  // Each part in turn by every parser, so that a burst of load on the shared machine falls on all of them.
  const ms = readers.map(() => inputs.map(() => [] as number[]));
  for (let round = 0; round < 5; round++) readers.forEach(([, read], r) => inputs.forEach(([, xml], i) => ms[r]![i]!.push(time(read, xml))));
  const ours = ms[readers.length - 1]!.map(median);
  readers.forEach(([name, read], r) => {
    const m = ms[r]!.map(median);
    console.log(`| ${name} | ${m.map((x, i) => `${x.toFixed(2)} (${(x / ours[i]!).toFixed(1)}×)`).join(" | ")} | ${correctness(read).join(" | ")} |`);
  });
  if (!txml) console.log("\ntxml not installed: skipped (npm install --no-save txml, or BENCH_TXML=path)");

  // From the bytes: the part's own UTF-8, fresh bytes each run (decodePart remembers the text of bytes it has decoded).
  const bytesOf = (xml: string) => new TextEncoder().encode(xml);
  const fromBytes: [string, Reader][] = [
    ["decodePart, then scanXml of the text (before)", (xml) => scanner(decodePart(bytesOf(xml), "word/document.xml"))],
    ["scanXml of utf8View (the bytes undecoded)", (xml) => scanner(utf8View(bytesOf(xml)) as Utf8View)],
    ["(encoding the bytes alone, in both rows above)", (xml) => bytesOf(xml).length],
  ];
  for (const [name, read] of fromBytes.slice(0, 2)) if (read(inputs[0]![1]) !== expected) console.log(`note: ${name} found ${read(inputs[0]![1])} characters of w:t text, ours ${expected}`);
  console.log(`\nfrom the part's bytes, median ms per part\n\n| reading | ${inputs.map(([n]) => n).join(" | ")} |\n|---|${inputs.map(() => "---:").join("|")}|`);
  const bms = fromBytes.map(() => inputs.map(() => [] as number[]));
  for (let round = 0; round < 5; round++) fromBytes.forEach(([, read], r) => inputs.forEach(([, xml], i) => bms[r]![i]!.push(time(read, xml))));
  fromBytes.forEach(([name], r) => console.log(`| ${name} | ${bms[r]!.map((x) => median(x).toFixed(2)).join(" | ")} |`));
}

main();
