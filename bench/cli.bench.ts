/**
 * npm run bench:cli — reading 200 generated Vorlagen of about ten pages each, one process per
 * reader over the whole folder, beside the readers a user would compare us with:
 *
 * - `beschluss check DIR`, the compiled command as the package installs it (dist-cli/, built
 *   here by scripts/build-cli.js): read, recognise, validate, write the report;
 * - mammoth's `extractRawText` (plain Node, no tsx), a widely used .docx reader in JavaScript;
 * - python-docx (Debian's python3-docx), every paragraph's text: libxml2 in C underneath. Every
 *   w:p of the body as a python-docx Paragraph, since `Document.paragraphs` lists only the
 *   body's direct children and would miss all text in content controls (w:sdt), i.e. all of ours;
 * - the floor for reading a body: Python's zipfile inflates word/document.xml, lxml parses it
 *   and the w:t texts are collected; no reader of a body does less.
 *
 * Wall time, CPU time (user + system) and peak memory (max RSS) of each process, by GNU time
 * (/usr/bin/time), median of several rounds in which the readers alternate (the order turns
 * each round). A reader that is not installed is reported and skipped (`.ci/run` installs
 * python3-docx and python3-lxml). BENCH_CLI_ROUNDS sets the rounds (default 5), BENCH_PYTHON
 * the Python to try first, BENCH_CLI_BEFORE=folder adds the command of an installed layout made
 * elsewhere (e.g. of an older commit: bin/, dist-cli/, schemas/, package.json, node_modules),
 * by default and in one and in two threads. Then: one document of 500 clauses, checked in process, median time.
 * A benchmark, not a test: the machine is shared and noisy; the load average is printed, and
 * only ratios within one run mean anything.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { checkFile } from "../src/cli/check-file";
import { cpuPressure, threadCount } from "../src/cli/check-pool";
import { WIESBADEN } from "../src/core/profile/builtin-profiles";
import { SENTENCE, tenPageVorlage } from "./ten-pages";
import { installedLayout } from "./installed-layout";

const FILES = 200;
const ROUNDS = Number(process.env["BENCH_CLI_ROUNDS"] ?? 5);


/** Python peers print how many files they read and how many characters of text they found. */
const PY_DOCX = `
import os, sys, docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
d = sys.argv[1]; n = 0; chars = 0
for f in sorted(os.listdir(d)):
    if f.endswith(".docx"):
        doc = docx.Document(os.path.join(d, f))
        chars += sum(len(Paragraph(p, doc).text) for p in doc.element.body.iter(qn("w:p"))); n += 1
print(n, chars)
`;
const PY_FLOOR = `
import os, sys, zipfile
from lxml import etree
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
d = sys.argv[1]; n = 0; chars = 0
for f in sorted(os.listdir(d)):
    if f.endswith(".docx"):
        with zipfile.ZipFile(os.path.join(d, f)) as z:
            root = etree.fromstring(z.read("word/document.xml"))
        chars += sum(len(t.text or "") for t in root.iter(W)); n += 1
print(n, chars)
`;
const JS_MAMMOTH = `
const fs = require("node:fs"), path = require("node:path"), mammoth = require(process.argv[1]);
(async () => {
  const d = process.argv[2]; let n = 0, chars = 0;
  for (const f of fs.readdirSync(d).filter((f) => f.endsWith(".docx")).sort()) {
    chars += (await mammoth.extractRawText({ buffer: fs.readFileSync(path.join(d, f)) })).value.length; n++;
  }
  console.log(n, chars);
})();
`;

interface Reader {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  /** Variables set for it (BESCHLUSS_THREADS=1: the command in one thread). */
  readonly env?: Readonly<Record<string, string>>;
  /** Whether its output shows that it read every file. */
  readonly readAll: (stdout: string, status: number | null) => boolean;
}

interface Sample {
  readonly wallMs: number;
  readonly cpuMs?: number;
  readonly maxRssMb?: number;
}

const GNU_TIME = "/usr/bin/time";
const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ["-f", "%M", "true"], { encoding: "utf8" }).status === 0;

/** The first Python that has the module, or why there is none. */
function pythonWith(module: string): string | undefined {
  const candidates = [process.env["BENCH_PYTHON"], "/usr/bin/python3", "python3"].filter((c): c is string => !!c);
  return candidates.find((py) => spawnSync(py, ["-c", `import ${module}`], { stdio: "ignore" }).status === 0);
}

const pyRead = (out: string) => Number(out.trim().split(/\s+/)[0]) === FILES && Number(out.trim().split(/\s+/)[1]) > 0;

function readers(dir: string, pkg: string): { present: Reader[]; missing: string[] } {
  const present: Reader[] = [];
  const missing: string[] = [];
  present.push({
    name: "`beschluss check DIR` (compiled; read, recognise, validate, report; threads by default: one per idle core, one per 100 files)",
    command: process.execPath,
    args: [join(pkg, "bin/beschluss.js"), "check", dir],
    // One line per file, exit 0 when all are complete (1 would mean findings, still read).
    readAll: (out, status) => (status === 0 || status === 1) && out.split("\n").filter((l) => l.includes(".docx")).length >= FILES,
  });
  present.push({
    name: "the same in one thread (`BESCHLUSS_THREADS=1`)",
    command: process.execPath,
    args: [join(pkg, "bin/beschluss.js"), "check", dir],
    env: { BESCHLUSS_THREADS: "1" },
    readAll: (out, status) => (status === 0 || status === 1) && out.split("\n").filter((l) => l.includes(".docx")).length >= FILES,
  });
  present.push({
    name: "the same in two threads (`BESCHLUSS_THREADS=2`, whatever the load)",
    command: process.execPath,
    args: [join(pkg, "bin/beschluss.js"), "check", dir],
    env: { BESCHLUSS_THREADS: "2" },
    readAll: (out, status) => (status === 0 || status === 1) && out.split("\n").filter((l) => l.includes(".docx")).length >= FILES,
  });
  const before = process.env["BENCH_CLI_BEFORE"];
  if (before) {
    // By default, and in one and in two threads: what the threads gain is compared within one run.
    for (const threads of [undefined, "1", "2"]) {
      present.push({
        name: `\`beschluss check DIR\` of ${before} (another build, for comparison)${threads === undefined ? "" : `, \`BESCHLUSS_THREADS=${threads}\``}`,
        command: process.execPath,
        args: [join(before, "bin/beschluss.js"), "check", dir],
        ...(threads === undefined ? {} : { env: { BESCHLUSS_THREADS: threads } }),
        readAll: (out, status) => (status === 0 || status === 1) && out.split("\n").filter((l) => l.includes(".docx")).length >= FILES,
      });
    }
  }
  let mammoth: string | undefined;
  try {
    mammoth = require.resolve("mammoth");
  } catch {
    missing.push("mammoth (npm devDependency; run npm ci)");
  }
  if (mammoth) present.push({ name: "mammoth `extractRawText` (text only)", command: process.execPath, args: ["-e", JS_MAMMOTH, mammoth, dir], readAll: (out) => pyRead(out) });
  const docxPy = pythonWith("docx");
  if (docxPy) present.push({ name: "python-docx, every paragraph's text", command: docxPy, args: ["-c", PY_DOCX, dir], readAll: pyRead });
  else missing.push("python-docx (Debian: apt-get install python3-docx)");
  const lxmlPy = pythonWith("lxml");
  if (lxmlPy) present.push({ name: "floor: zipfile inflates word/document.xml, lxml parses, w:t collected", command: lxmlPy, args: ["-c", PY_FLOOR, dir], readAll: pyRead });
  else missing.push("the floor: Python with lxml (Debian: apt-get install python3-lxml)");
  return { present, missing };
}

/** One run of a reader in a process of its own: wall time here, CPU and max RSS from GNU time. */
function runOnce(reader: Reader, scratch: string): Sample {
  const timeFile = join(scratch, "time.txt");
  const [command, args] = hasGnuTime ? [GNU_TIME, ["-f", "%U %S %M", "-o", timeFile, reader.command, ...reader.args]] : [reader.command, reader.args];
  const t0 = performance.now();
  const r = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...reader.env } });
  const wallMs = performance.now() - t0;
  if (!reader.readAll(r.stdout, r.status)) throw new Error(`${reader.name} did not read the ${FILES} files (exit ${r.status}):\n${r.stdout.slice(0, 400)}\n${r.stderr.slice(0, 2000)}`);
  if (!hasGnuTime) return { wallMs };
  const [user, system, rssKb] = readFileSync(timeFile, "utf8").trim().split("\n").pop()!.split(" ").map(Number) as [number, number, number];
  return { wallMs, cpuMs: (user + system) * 1000, maxRssMb: rssKb / 1024 };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), "bench-cli-"));
  const scratch = mkdtempSync(join(tmpdir(), "bench-cli-time-"));
  const one = tenPageVorlage(140);
  for (let i = 0; i < FILES; i++) writeFileSync(join(dir, `vorlage-${String(i).padStart(3, "0")}.docx`), one);
  const pageEstimate = Math.round((140 * (SENTENCE.length + 6)) / 2400);
  const pkg = installedLayout();
  const { present, missing } = readers(dir, pkg);
  const loadBefore = loadavg();
  const defaultThreads = threadCount(FILES, {});
  // What the default's choice rests on besides the cores: the share of the last ten seconds in which a thread waited for one.
  const pressure = cpuPressure();
  const started = new Date().toISOString().slice(0, 16).replace("T", " ");

  for (const reader of present) runOnce(reader, scratch); // warm the disk cache and Python's bytecode
  const samples = new Map<Reader, Sample[]>(present.map((r) => [r, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = present.map((_, i) => present[(i + round) % present.length] as Reader);
    for (const reader of order) samples.get(reader)?.push(runOnce(reader, scratch));
  }
  const loadAfter = loadavg();

  const stats = present.map((reader) => {
    const s = samples.get(reader) ?? [];
    return {
      reader,
      wall: median(s.map((x) => x.wallMs)),
      range: [Math.min(...s.map((x) => x.wallMs)), Math.max(...s.map((x) => x.wallMs))] as const,
      cpu: hasGnuTime ? median(s.map((x) => x.cpuMs as number)) : undefined,
      rss: hasGnuTime ? median(s.map((x) => x.maxRssMb as number)) : undefined,
    };
  });
  const floor = stats.find((s) => s.reader.name.startsWith("floor"));
  const ours = stats[0];
  const pyDocx = stats.find((s) => s.reader.name.startsWith("python-docx"));

  console.log(`${FILES} documents, ${one.length} bytes each, 140 clauses (about ${pageEstimate} pages of 2,400 characters); one process per reader over the folder`);
  console.log(`median of ${ROUNDS} alternating rounds after a warm-up; ${started} UTC, ${cpus().length} cores, load average ${loadBefore.map((l) => l.toFixed(1)).join(" ")} before, ${loadAfter.map((l) => l.toFixed(1)).join(" ")} after; the default chose ${defaultThreads} thread(s) at the start (one per idle core, one per 100 files; threads waited for a core ${pressure === undefined ? "(not reported by this system)" : `${pressure.toFixed(0)} % of the last ten seconds`})\n`);
  console.log(`| reader | wall s (median) | wall s (min–max) | × floor | CPU s | peak RSS MB |`);
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const s of stats) {
    const cells = [
      s.reader.name,
      (s.wall / 1000).toFixed(2),
      `${(s.range[0] / 1000).toFixed(2)}–${(s.range[1] / 1000).toFixed(2)}`,
      floor ? `${(s.wall / floor.wall).toFixed(1)}×` : "—",
      s.cpu !== undefined ? (s.cpu / 1000).toFixed(2) : "—",
      s.rss !== undefined ? s.rss.toFixed(0) : "—",
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
  if (!hasGnuTime) console.log("\nGNU time (/usr/bin/time, Debian package `time`) is missing: CPU time and peak memory not measured.");
  for (const m of missing) console.log(`\nskipped, not installed: ${m}`);
  if (ours && pyDocx) {
    console.log(`\nbeschluss check / python-docx: wall ${(ours.wall / pyDocx.wall).toFixed(2)}×` + (ours.cpu !== undefined && pyDocx.cpu !== undefined ? `, CPU ${(ours.cpu / pyDocx.cpu).toFixed(2)}×` : ""));
  }
  if (ours && floor) console.log(`beschluss check / floor: wall ${(ours.wall / floor.wall).toFixed(2)}×`);
  // Issue 23's goals for `check DIR`, each said met or not for the default (threads) and for one thread.
  for (const s of stats.slice(0, 3)) {
    if (!s || !pyDocx || !floor) continue;
    const goals = [
      `wall ≤ python-docx's: ${s.wall <= pyDocx.wall ? "met" : "not met"} (${(s.wall / pyDocx.wall).toFixed(2)}×)`,
      s.cpu !== undefined && pyDocx.cpu !== undefined ? `CPU ≤ 2× python-docx's: ${s.cpu <= 2 * pyDocx.cpu ? "met" : "not met"} (${(s.cpu / pyDocx.cpu).toFixed(2)}×)` : "CPU not measured",
      `wall ≤ 3× the floor's: ${s.wall <= 3 * floor.wall ? "met" : "not met"} (${(s.wall / floor.wall).toFixed(2)}×)`,
      s.rss !== undefined ? `peak memory ≤ 100 MB: ${s.rss <= 100 ? "met" : "not met"} (${s.rss.toFixed(0)} MB)` : "peak memory not measured",
    ];
    console.log(`goals, ${s === ours ? "default threads" : s.reader.env?.["BESCHLUSS_THREADS"] === "1" ? "one thread" : "two threads"}: ${goals.join("; ")}`);
  }
  rmSync(scratch, { recursive: true, force: true });

  const big = join(dir, "500.docx");
  writeFileSync(big, tenPageVorlage(500));
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    const t0 = performance.now();
    checkFile(big, WIESBADEN, "de");
    times.push(performance.now() - t0);
  }
  console.log(`\none document of 500 clauses, checked in this process (sources through tsx): median ${median(times).toFixed(1)} ms, fastest ${Math.min(...times).toFixed(1)} ms (25 runs)`);
}

main();
