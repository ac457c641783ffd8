/**
 * npm run bench:diff — `beschluss diff` of two versions of a 500-clause Vorlage (budget from
 * issue 14: under 200 ms). The engine alone on the models (with content-control ids, without
 * ids, and the worst case where every clause changed, so that every pair is scored by
 * similarity), and the whole command in process (read both .docx files, validate, diff,
 * write the text) on structured and on plain documents. Median of repeated runs after a
 * warm-up. A benchmark, not a test: the machine is shared and noisy.
 *
 * Then the command as a user runs it, each run a process of its own (start-up included):
 * compiled (dist-cli/, laid out as `npm install -g` of the packed tarball installs it: bin/,
 * dist-cli/, schemas/ and the runtime dependencies) and from a clone through tsx
 * (`node bin/beschluss.js` with BESCHLUSS_FROM_SOURCES=1, as once a source is edited), and
 * `npx beschluss` in the clone after npm's own start-up (dist-cli/ where it is current).
 * DIFF_PKG=folder times an installed layout made elsewhere (e.g. of an older commit) instead of
 * this checkout's, DIFF_BEFORE=folder one more beside it in the same run, and DIFF_CLONE=folder
 * a clone other than this checkout. The floor beside Node: reading both files with our parser
 * and nothing else. And `check` of one of the files, whose run is as short (with DIFF_BEFORE also
 * from that layout). With DIFF_BEFORE the bench also compares what both layouts print (sameOutput).
 */
import { spawnSync } from "node:child_process";
import { buildSync } from "esbuild";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { checkFile } from "../src/cli/check-file";
import { runDiff } from "../src/cli/diff-command";
import { diffVorlagen, type DiffSide } from "../src/core/diff/vorlage-diff";
import { clause, section } from "../src/core/model/builders";
import type { Clause, Vorlage } from "../src/core/model/vorlage";
import { WIESBADEN } from "../src/core/profile/builtin-profiles";
import { validate } from "../src/core/validation/validate";
import { DocxDocument } from "../src/document/docx/docx-document";
import { completeVorlage } from "../test/fixtures/builders";
import { installedLayout, withoutCodeCache } from "./installed-layout";
import { plainDocx } from "../test/fixtures/docx";
import { plainLines } from "../test/fixtures/plain-lines";

const CLAUSES = 500;
const RUNS = 15;
const BUDGET_MS = 200;

// Seeded, so that every run compares the same documents.
let seed = 20241126;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const WORDS = ["die", "Verwaltung", "wird", "beauftragt", "Maßnahme", "Haushaltsmittel", "Ausschuss", "Bericht", "Dezernat", "Stadtverordnetenversammlung", "Umsetzung", "jährlich", "Kosten", "Förderung", "Grundstück", "Schule", "Radweg", "Sanierung", "Vergabe", "Vertrag", "bis", "zum", "für", "und", "der", "des", "im", "Jahr", "2025", "12.400,00 €"];
const sentence = (i: number) => `${Array.from({ length: 14 + Math.floor(rnd() * 20) }, () => pick(WORDS)).join(" ")} (${i + 1});`;

function build(k: readonly Clause[], b: readonly Clause[]): Vorlage {
  return completeVorlage({ sections: [section("k", "kenntnisnahme", k), section("b", "beschluss", b)] });
}

const oldK = Array.from({ length: 100 }, (_, i) => clause(`k${i}`, sentence(i)));
const oldB = Array.from({ length: CLAUSES - 100 }, (_, i) => clause(`b${i}`, sentence(i + 100)));
const older = build(oldK, oldB);

// The new version: 25 clauses reworded, 5 removed, 5 added, 5 moved elsewhere.
const newB = oldB.map((c, i) => (i % 16 === 3 ? { ...c, text: c.text.replace(/ (\S+) /u, " ausdrücklich $1 ") } : c)).filter((_, i) => i % 80 !== 7);
for (let i = 0; i < 5; i++) newB.splice(40 + i * 70, 0, clause(`neu${i}`, sentence(1000 + i)));
for (let i = 0; i < 5; i++) {
  const [moved] = newB.splice(10 + i * 60, 1);
  newB.splice(300 - i * 30, 0, moved as Clause);
}
const newer = build(oldK, newB);
const rewritten = build(
  oldK.map((c) => ({ ...c, text: `${c.text} und berichtet` })),
  oldB.map((c) => ({ ...c, text: `Es wird festgestellt, dass ${c.text}` })),
);

const side = (v: Vorlage, stableIds: boolean): DiffSide => ({ vorlage: v, findings: validate(v, WIESBADEN), stableIds });

function median(f: () => void): number {
  for (let i = 0; i < 3; i++) f();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}


const dir = mkdtempSync(join(tmpdir(), "bench-diff-"));
const write = (name: string, bytes: Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const NOW = "2025-05-06T09:00:00Z";
const sAlt = write("alt.docx", DocxDocument.create(older, WIESBADEN, NOW).save());
const sNeu = write("neu.docx", DocxDocument.create(newer, WIESBADEN, NOW).save());
const pAlt = write("alt-einfach.docx", plainDocx(plainLines(older)));
const pNeu = write("neu-einfach.docx", plainDocx(plainLines(newer)));
const quiet = { out: () => undefined, err: () => undefined };

const sides = { idsOld: side(older, true), idsNew: side(newer, true), plainOld: side(older, false), plainNew: side(newer, false), rewritten: side(rewritten, false) };
const check = diffVorlagen(sides.idsOld, sides.idsNew, WIESBADEN.numbering);
const kinds = (d: typeof check) => ["changed", "added", "removed", "moved"].map((k) => `${d.clauses.filter((c) => c.kind === k).length} ${k}`).join(", ");

const rows: [string, number, string][] = [
  ["engine, content-control ids", median(() => diffVorlagen(sides.idsOld, sides.idsNew, WIESBADEN.numbering)), kinds(check)],
  ["engine, no ids (text, then similarity)", median(() => diffVorlagen(sides.plainOld, sides.plainNew, WIESBADEN.numbering)), kinds(diffVorlagen(sides.plainOld, sides.plainNew, WIESBADEN.numbering))],
  ["engine, no ids, every clause reworded", median(() => diffVorlagen(sides.plainOld, sides.rewritten, WIESBADEN.numbering)), kinds(diffVorlagen(sides.plainOld, sides.rewritten, WIESBADEN.numbering))],
  ["reference: check of the 2 structured .docx (read + validate, no diff)", median(() => [sAlt, sNeu].forEach((f) => checkFile(f, WIESBADEN, "de"))), ""],
  ["command: read 2 structured .docx + validate + diff + text", median(() => runDiff([sAlt, sNeu], WIESBADEN, "de", false, quiet)), ""],
  ["command: read 2 plain .docx + recognise + validate + diff + text", median(() => runDiff([pAlt, pNeu], WIESBADEN, "de", false, quiet)), ""],
];

console.log(`beschluss diff, two versions of ${CLAUSES} clauses, median of ${RUNS} runs (budget ${BUDGET_MS} ms)\n`);
console.log("| case | ms | × budget | clauses found |");
console.log("|---|---:|---:|---|");
for (const [name, ms, found] of rows) console.log(`| ${name} | ${ms.toFixed(1)} | ${(ms / BUDGET_MS).toFixed(2)} | ${found} |`);

/** One process to time: its name, what to run, and in how many of the rounds (npx is slow). */
interface Spawned {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly runs: number;
  /** Variables set for it beside the bench's own (BESCHLUSS_FROM_SOURCES=1: a clone's bin runs the sources though dist-cli/ is current). */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * Median wall clock of each process, after one warm-up run of each, the cases alternating
 * round by round: on a shared machine the load changes from minute to minute, and timing one
 * case after another would put that change into the ratios.
 */
/** GNU time, for the CPU time (user + system) of each process beside its wall clock; the column is left out where it is missing. */
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/**
 * GNU time counts CPU time in hundredths of a second, too coarse to tell 210 from 230 ms: a Node
 * process is given this (`node -r`, a Node option, which leaves V8's flags and so the code cache
 * alone) and writes its own CPU time to standard error as it exits, to the microsecond.
 */
const CPU_PRELOAD = join(mkdtempSync(join(tmpdir(), "bench-diff-cpu-")), "cpu.js");
writeFileSync(CPU_PRELOAD, `process.on("exit", () => { const u = process.cpuUsage(); require("node:fs").writeSync(2, "\\nbeschluss-bench-cpu-us " + (u.user + u.system) + "\\n"); });\n`);

interface Timed {
  readonly name: string;
  readonly ms: number;
  /** CPU time of the process (user + system), less sensitive than the wall clock to other work on a shared machine. */
  readonly cpuMs: number | undefined;
}

function spawnMedians(cases: readonly Spawned[]): Timed[] {
  const once = (c: Spawned): [number, number | undefined] => {
    const own = c.command === process.execPath ? ["-r", CPU_PRELOAD, ...c.args] : c.args;
    const [command, args] = TIME ? [TIME, ["-f", "beschluss-bench-cpu %U %S", c.command, ...own]] : [c.command, own];
    const t0 = performance.now();
    const r = spawnSync(command, args, { cwd: c.cwd, encoding: "utf8", env: { ...process.env, ...c.env } });
    const ms = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${c.command} ${c.args.join(" ")}: exit ${r.status}\n${r.stderr}`);
    const fine = /beschluss-bench-cpu-us (\d+)/.exec(r.stderr);
    if (fine) return [ms, Number(fine[1]) / 1000];
    const cpu = /beschluss-bench-cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
    return [ms, cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined];
  };
  cases.forEach(once);
  const times = cases.map(() => [] as number[]);
  const cpus = cases.map(() => [] as number[]);
  const rounds = Math.max(...cases.map((c) => c.runs));
  for (let round = 0; round < rounds; round++)
    cases.forEach((c, i) => {
      if (round >= c.runs) return;
      const [ms, cpu] = once(c);
      times[i]?.push(ms);
      if (cpu !== undefined) cpus[i]?.push(cpu);
    });
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
  return cases.map((c, i) => ({ name: c.name, ms: median(times[i] ?? []), cpuMs: cpus[i]?.length ? median(cpus[i] ?? []) : undefined }));
}

/**
 * The floor of `diff` with the parser we use: Node, both files read, word/document.xml found in
 * the central directory, inflated with zlib and parsed by our scanner (src/document/ooxml/xml-scanner.ts,
 * as read-body.ts does; compiled here by esbuild to one file), the w:t texts collected; no other work.
 * Plain JavaScript, run with node -e.
 */
const FLOOR = `
const fs = require("node:fs"), zlib = require("node:zlib"), { scanXml } = require(process.argv[1]);
let chars = 0;
for (const file of process.argv.slice(2)) {
  const b = fs.readFileSync(file);
  const e = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = b.readUInt32LE(e + 16), xml;
  for (let k = 0, n = b.readUInt16LE(e + 10); k < n; k++) {
    const nl = b.readUInt16LE(at + 28), name = b.toString("utf8", at + 46, at + 46 + nl);
    if (name === "word/document.xml") {
      const off = b.readUInt32LE(at + 42), start = off + 30 + b.readUInt16LE(off + 26) + b.readUInt16LE(off + 28);
      const data = b.subarray(start, start + b.readUInt32LE(at + 20));
      xml = b.readUInt16LE(at + 10) === 8 ? zlib.inflateRawSync(data, { maxOutputLength: b.readUInt32LE(at + 24) }) : data;
    }
    at += 46 + nl + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  let inT = false;
  scanXml(new TextDecoder().decode(xml), "word/document.xml", {
    open: (uri, local) => { inT = local === "t"; },
    close: () => { inT = false; },
    text: (t) => { if (inT) chars += t.length; },
  });
}
if (chars === 0) process.exit(3);
`;

const scannerJs = join(mkdtempSync(join(tmpdir(), "bench-diff-scanner-")), "xml-scanner.js");
buildSync({ entryPoints: [join(__dirname, "../src/document/ooxml/xml-scanner.ts")], bundle: true, platform: "node", format: "cjs", outfile: scannerJs, logLevel: "warning" });
const pkg = process.env["DIFF_PKG"] ?? installedLayout();
const clone = process.env["DIFF_CLONE"] ?? join(__dirname, "..");
const compiled = join(pkg, "bin/beschluss.js");
const fromClone = join(clone, "bin/beschluss.js");
const engine = rows[0]?.[1] as number;
const before = process.env["DIFF_BEFORE"];
const node = (name: string, args: readonly string[], runs = 9): Spawned => ({ name, command: process.execPath, args, cwd: dir, runs });
const whole = spawnMedians([
  node("Node itself (`node -e \"\"`), the floor of any command", ["-e", ""]),
  node("floor: Node reads both files (zlib + our scanner, w:t collected), no other work", ["-e", FLOOR, scannerJs, sAlt, sNeu]),
  node("compiled: `beschluss --help` (start-up only)", [compiled, "--help"]),
  node("compiled: `beschluss diff` of the 2 structured .docx", [compiled, "diff", sAlt, sNeu]),
  node("compiled without its V8 code cache: `beschluss diff` of the 2 structured .docx", [join(withoutCodeCache(pkg), "bin/beschluss.js"), "diff", sAlt, sNeu]),
  node("compiled: `beschluss diff` of the 2 plain .docx", [compiled, "diff", pAlt, pNeu]),
  ...(before ? [node(`compiled, ${before}: \`beschluss diff\` of the 2 structured .docx`, [join(before, "bin/beschluss.js"), "diff", sAlt, sNeu])] : []),
  // Every command's start-up beside its work: `check` of one file, a run as short as a diff.
  node("compiled: `beschluss check` of one structured .docx", [compiled, "check", sNeu]),
  ...(before ? [node(`compiled, ${before}: \`beschluss check\` of one structured .docx`, [join(before, "bin/beschluss.js"), "check", sNeu])] : []),
  { ...node("clone (tsx): `node bin/beschluss.js diff` of the 2 structured .docx", [fromClone, "diff", sAlt, sNeu]), env: { BESCHLUSS_FROM_SOURCES: "1" } },
  // What a user of the clone gets: dist-cli/ where it is current (npm install builds it), else the sources through tsx.
  { name: "clone: `npx beschluss diff` of the 2 structured .docx (npm's start-up included)", command: "npx", args: ["--no-install", "beschluss", "diff", sAlt, sNeu], cwd: clone, runs: 5 },
]);
const nodeRow = whole[0] as Timed;
const floorRow = whole[1] as Timed;
const diffRow = whole[3] as Timed;
console.log(`\nThe whole command, each run a process of its own (alternating, median of 9, npx of 5; installed layout: ${pkg})\n`);
console.log("| case | ms | × Node | × budget | × engine (ids) | CPU ms | CPU × Node |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
const cpuOf = (t: Timed) => (t.cpuMs === undefined || nodeRow.cpuMs === undefined ? "| – | –" : `| ${t.cpuMs.toFixed(0)} | ${(t.cpuMs / nodeRow.cpuMs).toFixed(2)}`);
for (const t of whole) console.log(`| ${t.name} | ${t.ms.toFixed(0)} | ${(t.ms / nodeRow.ms).toFixed(2)} | ${(t.ms / BUDGET_MS).toFixed(2)} | ${(t.ms / engine).toFixed(1)} ${cpuOf(t)} |`);
const ratio = diffRow.ms / nodeRow.ms;
const floorRatio = floorRow.ms / nodeRow.ms;
const met = ratio <= 2.5 || (floorRatio > 2.5 && diffRow.ms / floorRow.ms <= 1.2);
console.log(
  `\ncompiled diff of the 2 structured .docx: ${ratio.toFixed(2)}× Node itself (goal 2.5×); the floor is ${floorRatio.toFixed(2)}× Node, diff ${(diffRow.ms / floorRow.ms).toFixed(2)}× the floor (goal 1.2× if the floor is over 2.5×): goal ${met ? "met" : "not met"}`,
);
if (diffRow.cpuMs !== undefined && floorRow.cpuMs !== undefined && nodeRow.cpuMs !== undefined)
  console.log(`CPU time (steadier than the wall clock on a loaded machine): diff ${(diffRow.cpuMs / nodeRow.cpuMs).toFixed(2)}× Node, ${(diffRow.cpuMs / floorRow.cpuMs).toFixed(2)}× the floor`);
/**
 * With DIFF_BEFORE: what `diff` prints, compared byte for byte between that layout and this one, on the
 * bench's structured and plain pairs and a version with itself, as text, --json and --lang en (standard
 * output, standard error and exit code). Only the ids that recognition makes up anew in each run (plain
 * documents, --json) are left out of the comparison. A change for speed must leave every byte as it was.
 */
function sameOutput(beforePkg: string): void {
  const masked = (s: string) => s.replace(/"(id|ziel)": "[a-z0-9]{10}"/g, '"$1": "…"');
  const run = (layout: string, args: readonly string[]) => {
    const r = spawnSync(process.execPath, [join(layout, "bin/beschluss.js"), "diff", ...args], { cwd: dir, encoding: "utf8" });
    return `${r.status}\n${masked(r.stdout)}\n${masked(r.stderr)}`;
  };
  const pairs = [[sAlt, sNeu], [pAlt, pNeu], [sNeu, sNeu]];
  const options = [[], ["--json"], ["--lang", "en"]];
  const differ = pairs.flatMap((pair) => options.filter((o) => run(beforePkg, [...pair, ...o]) !== run(pkg, [...pair, ...o])).map((o) => [...pair, ...o].join(" ")));
  console.log(differ.length === 0 ? `\nOutput of ${beforePkg} and this build: the same, byte for byte (${pairs.length * options.length} command lines)` : `\nOutput DIFFERS from ${beforePkg}: ${differ.join("; ")}`);
  if (differ.length > 0) process.exitCode = 1;
}
if (before) sameOutput(before);
console.log(`\nload average: ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
