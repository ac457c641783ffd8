/**
 * npm run bench:limits — memory at the structure limit (src/document/ooxml/structure-limits.ts):
 * documents whose main part holds just under `maxElements` XML elements, in three shapes
 * (bare paragraphs, formatted paragraphs, a table of cells). For each, in a process of its
 * own under /usr/bin/time -v: `beschluss check` (the streaming reader), `beschluss recognize`
 * (the editor, which builds a tree), and the reading the browser's desk worker and preview do
 * (DocxDocument.open + read, as src/desk/read-entry.ts calls it) under a V8 heap capped at
 * 512 MB and 1 GB, which says whether a browser tab's worker would survive it.
 * A benchmark, not a test: peak memory (max RSS) and seconds on a shared, noisy machine.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WIESBADEN } from "../src/core/profile/builtin-profiles";
import { DocxDocument } from "../src/document/docx/docx-document";
import { DEFAULT_STRUCTURE_LIMITS } from "../src/document/ooxml/structure-limits";
import { docxFromBody } from "../test/fixtures/docx";

const WORDS = "Stadt Verwaltung Haushalt Mittel Beschluss Antrag Ausschuss Dezernat Vorlage Sitzung Kosten Maßnahme Bericht Projekt Förderung Vertrag".split(" ");

/** Text that does not repeat, so that the package compresses like a real one (no zip-bomb ratio). */
function words(seed: number, n: number): string {
  let x = seed * 2654435761 + 1;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(`${WORDS[x % WORDS.length] as string}${x % 997}`);
  }
  return out.join(" ");
}

interface Shape {
  readonly name: string;
  /** Elements one repetition adds. */
  readonly per: number;
  readonly unit: (i: number) => string;
  readonly wrap?: (inner: string) => string;
}

const SHAPES: readonly Shape[] = [
  { name: "bare paragraphs (w:p/w:r/w:t)", per: 3, unit: (i) => `<w:p><w:r><w:t>${words(i, 2)}</w:t></w:r></w:p>` },
  {
    name: "formatted paragraphs (style, fonts, size)",
    per: 8,
    unit: (i) => `<w:p><w:pPr><w:pStyle w:val="Standard"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Arial"/><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">${i % 40 === 0 ? `${(i / 40) % 99 + 1}.${(i % 9) + 1}\t` : ""}${words(i, 6)}</w:t></w:r></w:p>`,
  },
  {
    name: "table cells (w:tr/w:tc/w:p/w:r/w:t)",
    // Four per cell, and a w:tr for every four cells.
    per: 4.25,
    unit: (i) => `${i % 4 === 0 ? (i === 0 ? "<w:tr>" : "</w:tr><w:tr>") : ""}<w:tc><w:p><w:r><w:t>${words(i, 2)}</w:t></w:r></w:p></w:tc>`,
    wrap: (inner) => `<w:tbl>${inner}</w:tr></w:tbl>`,
  },
];

/** A document of `shape` whose main part holds (just under) `target` elements. */
function documentNearLimit(shape: Shape, target: number): { bytes: Uint8Array; elements: number; xmlBytes: number } {
  // w:document, w:body, w:sectPr, plus the wrapper's elements.
  const fixed = 3 + (shape.wrap ? 2 : 0);
  const reps = Math.floor((target - fixed) / shape.per);
  const parts: string[] = [];
  for (let i = 0; i < reps; i++) parts.push(shape.unit(i));
  const inner = parts.join("");
  const body = shape.wrap ? shape.wrap(inner) : inner;
  const bytes = docxFromBody(body);
  return { bytes, elements: fixed + (shape.wrap ? reps * 4 + Math.ceil(reps / 4) : reps * shape.per), xmlBytes: body.length };
}

interface Measured {
  readonly ok: boolean;
  readonly maxRssMb: number;
  readonly seconds: number;
  readonly note: string;
}

/** Runs a command under /usr/bin/time -v; its peak resident memory and wall time. */
function measure(command: string, args: readonly string[]): Measured {
  // Killed after 15 minutes (a run that long is a finding in itself), so that nothing outlives the bench.
  const r = spawnSync("/usr/bin/time", ["-v", "timeout", "-s", "KILL", "900", command, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  const firstLine = (r.stdout.trim().split("\n")[0] ?? "") || (r.stderr.split("\n").find((l) => /beschluss|heap|error/i.test(l)) ?? "");
  return { ok: r.status === 0 || r.status === 1, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN, seconds, note: firstLine.slice(0, 90) };
}

/** The desk worker's reading, in this process (called as a child). */
function readLikeTheDesk(file: string): void {
  const t0 = performance.now();
  const read = DocxDocument.open(readFileSync(file)).read(WIESBADEN);
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  process.stdout.write(`read: ${read.vorlage.sections.length} sections, heap after ${heapMb.toFixed(0)} MB, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

/**
 * npm run bench:limits [-- ELEMENTS [SHAPE…]]: ELEMENTS defaults to just under the limit;
 * SHAPE picks shapes by their first word (bare, formatted, table).
 */
function orchestrate(): void {
  const dir = mkdtempSync(join(tmpdir(), "bench-limits-"));
  const bin = join(__dirname, "../bin/beschluss.js");
  const target = Number(process.argv[2] ?? DEFAULT_STRUCTURE_LIMITS.maxElements - 1_000);
  const only = process.argv.slice(3);
  if (target > DEFAULT_STRUCTURE_LIMITS.maxElements) throw new Error(`${target} elements is over the limit of ${DEFAULT_STRUCTURE_LIMITS.maxElements}: the reader refuses it before reading`);
  console.log(`structure limit: ${DEFAULT_STRUCTURE_LIMITS.maxElements.toLocaleString("en")} elements per part; documents of ${target.toLocaleString("en")}; each run in a process of its own (max RSS from /usr/bin/time -v)\n`);
  for (const shape of SHAPES.filter((s) => only.length === 0 || only.includes(s.name.split(" ")[0] as string))) {
    const { bytes, elements, xmlBytes } = documentNearLimit(shape, target);
    const file = join(dir, `${shape.name.split(" ")[0] as string}.docx`);
    writeFileSync(file, bytes);
    console.log(`${shape.name}: ${elements.toLocaleString("en")} elements, document.xml ${(xmlBytes / 1024 / 1024).toFixed(1)} MB, .docx ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
    const runs: [string, string, string[]][] = [
      ["beschluss check", process.execPath, [bin, "check", file]],
      ["beschluss recognize", process.execPath, [bin, "recognize", file, "-o", join(dir, "out.docx"), "--force"]],
      ["desk/preview reading, heap ≤ 1 GB", process.execPath, ["--max-old-space-size=1024", "--import", "tsx", __filename, "read", file]],
      ["desk/preview reading, heap ≤ 512 MB", process.execPath, ["--max-old-space-size=512", "--import", "tsx", __filename, "read", file]],
    ];
    for (const [label, cmd, args] of runs) {
      const m = measure(cmd, args);
      const line = `  ${label.padEnd(38)} ${m.ok ? "ok    " : "FAILED"} peak ${m.maxRssMb.toFixed(0).padStart(5)} MB  ${m.seconds.toFixed(1).padStart(5)} s  ${m.note}`;
      console.log(line);
    }
    console.log("");
  }
}

/**
 * How reading time grows with the document (issue 11, item 4): 1×, 4× and 16× the blocks, each
 * read as check and the editor read them, median of five. Linear reading costs about 4× a step,
 * quadratic 16×. A ratio printed here, not asserted in a test: on the shared machine a timed
 * assertion fails when another job takes the core.
 */
function growth(): void {
  const doc = (n: number) => docxFromBody(Array.from({ length: n }, (_, i) => `<w:sdt><w:sdtPr><w:tag w:val="x:${i}"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>1.${i}\tText ${i}</w:t></w:r></w:p></w:sdtContent></w:sdt>`).join(""));
  const time = (bytes: Uint8Array): number => {
    const runs: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      DocxDocument.open(bytes).read(WIESBADEN);
      DocxDocument.open(bytes, { edit: true }).paragraphs();
      runs.push(performance.now() - t0);
    }
    return runs.sort((a, b) => a - b)[2] as number;
  };
  const [a, b, c] = [400, 1600, 6400].map((n) => time(doc(n))) as [number, number, number];
  console.log(`growth: 400 / 1,600 / 6,400 blocks read in ${a.toFixed(1)} / ${b.toFixed(1)} / ${c.toFixed(1)} ms: ×${(b / a).toFixed(1)} and ×${(c / b).toFixed(1)} a step (linear ≈ 4, quadratic ≈ 16)\n`);
}

if (process.argv[2] === "read") readLikeTheDesk(process.argv[3] as string);
else if (process.argv[2] === "--help") console.log("npm run bench:limits [-- ELEMENTS [bare|formatted|table …]]");
else {
  growth();
  orchestrate();
}
