/**
 * npm run bench:desk — the reviewers' page (pruefen.html) against the command on the same
 * files, on the same machine, in one run: 200 generated Vorlagen of 140 clauses (about ten
 * pages each) are
 *   - checked by `beschluss check DIR` in its own process, the compiled command as the package
 *     installs it (bench/installed-layout.ts; wall clock, start-up included, whatever threads
 *     it uses), and by the command's reading loop alone in one thread (`checkFile` per file,
 *     timed in a process of its own: `tsx bench/desk.bench.ts loop DIR`, start-up excluded);
 *   - chosen on the page in headless Chromium and read in its Web Workers: from the input's
 *     change event to the last row on screen.
 * While the page reads, a PerformanceObserver records long tasks on the main thread (the
 * goal: none over 200 ms). Then the same for a folder of 1,000 small files.
 * Best of three for each contestant, alternating; the machine is shared, read the ratios.
 * DESK_DIST=folder reuses a build of this checkout instead of building one.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { checkFile } from "../src/cli/check-file";
import { WIESBADEN } from "../src/core/profile/builtin-profiles";
import { DocxDocument } from "../src/document/docx/docx-document";
import { launch, readingDone } from "../test/e2e/desk-page";
import { build, CHROMIUM, serve } from "../test/e2e/harness";
import { completeVorlage } from "../test/fixtures/builders";
import { installedLayout } from "./installed-layout";
import { tenPageVorlage } from "./ten-pages";

const root = join(__dirname, "..");

function folder(count: number, bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "bench-desk-"));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `vorlage-${String(i).padStart(4, "0")}.docx`), bytes);
  return dir;
}

/** `beschluss check DIR`, as a reviewer runs it (`pkg`: the installed layout): wall clock of the whole process. */
function command(pkg: string, dir: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(pkg, "bin/beschluss.js"), "check", dir], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`beschluss check failed (${r.status}): ${r.stderr}`);
  return ms;
}

/** The command's reading loop alone (checkFile per file, one thread), in a process of its own: this file's `loop` mode. */
function loop(dir: string): number {
  const r = spawnSync(process.execPath, ["--import", "tsx", __filename, "loop", dir], { encoding: "utf8", cwd: root });
  if (r.status !== 0) throw new Error(r.stderr);
  return (JSON.parse(r.stdout) as { ms: number }).ms;
}

/** `loop DIR` mode: every file of DIR through `checkFile` in order, cold as the command reads them; prints `{"ms": …}`. */
function loopMode(dir: string): void {
  const files = readdirSync(dir).sort().map((name) => join(dir, name));
  let findings = 0;
  const t0 = performance.now();
  for (const file of files) {
    const r = checkFile(file, WIESBADEN, "de");
    if (!r.readable) throw new Error(`${file}: ${r.error}`);
    findings += r.findings.length;
  }
  process.stdout.write(JSON.stringify({ ms: performance.now() - t0, files: files.length, findings }));
}

interface PageRun {
  readonly ms: number;
  readonly longTasks: number;
  readonly longestTask: number;
  readonly over200: number;
  /** When the longest one began, in ms after the files were chosen (0: the hand-off to the worker itself). */
  readonly longestAt: number;
  /**
   * The longest task counted from the change event on: the task that dispatches the event also
   * holds Playwright's setInputFiles making the File objects from paths before the page's
   * handler runs, work the harness does and the page cannot change.
   */
  readonly longestOwn: number;
  /** The part of that task before the change event (the harness's). */
  readonly harness: number;
}

/**
 * The page reads the files chosen by path, as from the browser's file dialog (Playwright hands
 * paths to Chromium; buffers would be decoded by a script inside the page, work a reviewer's
 * page never does, which would count as the page's long tasks).
 */
async function pageRun(origin: string, paths: readonly string[]): Promise<PageRun> {
  const context = await launch();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(() => {
      const w = window as unknown as { __tasks: { start: number; duration: number }[]; __t0: number };
      w.__tasks = [];
      w.__t0 = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask", buffered: true });
      document.addEventListener("change", () => (w.__t0 = performance.now()), true);
    });
    await page.goto(`${origin}/pruefen.html`);
    await page.getByRole("button", { name: "Dateien auswählen" }).waitFor();
    const done = page.waitForFunction(
      (n) => {
        const rows = document.querySelectorAll("[data-testid=results] tbody tr").length;
        const reading = [...document.querySelectorAll("button")].some((b) => b.textContent === "Lesen abbrechen");
        return rows === n && !reading ? performance.now() : false;
      },
      paths.length,
      { polling: "raf", timeout: 600_000 },
    );
    await page.locator("[data-testid=file-input]").setInputFiles([...paths]);
    const t1 = (await (await done).jsonValue()) as number;
    await readingDone(page, paths.length);
    const { t0, tasks } = await page.evaluate(() => {
      const w = window as unknown as { __tasks: { start: number; duration: number }[]; __t0: number };
      return { t0: w.__t0, tasks: w.__tasks };
    });
    const during = tasks.filter((t) => t.start + t.duration >= t0 && t.start <= t1);
    const longest = [...during].sort((a, b) => b.duration - a.duration)[0];
    const own = during.map((t) => t.start + t.duration - Math.max(t.start, t0));
    const first = during.find((t) => t.start < t0);
    return {
      ms: t1 - t0,
      longTasks: during.length,
      longestTask: longest?.duration ?? 0,
      over200: during.filter((t) => t.duration > 200).length,
      longestAt: longest ? Math.max(0, longest.start - t0) : 0,
      longestOwn: Math.max(0, ...own),
      harness: first ? t0 - first.start : 0,
    };
  } finally {
    await context.close();
  }
}

const best = <T extends { ms: number }>(runs: readonly T[]): T => [...runs].sort((a, b) => a.ms - b.ms)[0] as T;
const worst = (runs: readonly PageRun[]) => ({
  longTasks: Math.max(...runs.map((r) => r.longTasks)),
  longestTask: Math.max(...runs.map((r) => r.longestTask)),
  over200: Math.max(...runs.map((r) => r.over200)),
  longestOwn: Math.max(...runs.map((r) => r.longestOwn)),
  harness: Math.max(...runs.map((r) => r.harness)),
});

async function main(): Promise<void> {
  const startLoad = loadavg()[0] ?? 0;
  if (!CHROMIUM) throw new Error("bench:desk needs Debian's chromium (apt-get install chromium)");
  const dist = process.env["DESK_DIST"] ?? build();
  const pkg = installedLayout();
  const { origin, server } = await serve(dist);
  try {
    const one = tenPageVorlage(140);
    const dir = folder(200, one);
    const files = readdirSync(dir).map((name) => join(dir, name));
    command(pkg, dir); // warm the disk cache
    const commandRuns: number[] = [];
    const loopRuns: number[] = [];
    const pageRuns: PageRun[] = [];
    for (let i = 0; i < 3; i++) {
      commandRuns.push(command(pkg, dir));
      loopRuns.push(loop(dir));
      pageRuns.push(await pageRun(origin, files));
    }
    const cmd = Math.min(...commandRuns);
    const lp = Math.min(...loopRuns);
    const pg = best(pageRuns);
    const lt = worst(pageRuns);
    console.log(`200 documents of ${one.length} bytes, 140 clauses (about 10 pages) — best of 3 each, alternating\n`);
    console.log("| reader | total ms | documents/s |");
    console.log("|---|---:|---:|");
    console.log(`| \`beschluss check DIR\` (whole process, start-up included) | ${cmd.toFixed(0)} | ${((200 / cmd) * 1000).toFixed(1)} |`);
    console.log(`| the command's reading loop (checkFile per file, no start-up) | ${lp.toFixed(0)} | ${((200 / lp) * 1000).toFixed(1)} |`);
    console.log(`| pruefen.html in headless Chromium (Web Workers; choice to last row) | ${pg.ms.toFixed(0)} | ${((200 / pg.ms) * 1000).toFixed(1)} |`);
    console.log(`\npage ÷ command: ${(pg.ms / cmd).toFixed(2)}× · page ÷ reading loop: ${(pg.ms / lp).toFixed(2)}× (goal: under 2×)`);
    console.log(`long tasks on the page's main thread while reading (worst of 3 runs): ${lt.longTasks}, longest ${lt.longestTask.toFixed(0)} ms, over 200 ms: ${lt.over200}`);
    console.log(`longest task per run began at: ${pageRuns.map((r) => `${r.longestAt.toFixed(0)} ms`).join(", ")} after the choice`);
    console.log(`longest counted from the change event (the page's own work): ${lt.longestOwn.toFixed(0)} ms; before it, in the same task, Playwright making the File objects: up to ${lt.harness.toFixed(0)} ms`);
    console.log(`page runs: ${pageRuns.map((r) => r.ms.toFixed(0)).join(", ")} ms; command runs: ${commandRuns.map((m) => m.toFixed(0)).join(", ")} ms; loop runs: ${loopRuns.map((m) => m.toFixed(0)).join(", ")} ms`);

    const small = DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save();
    const manyDir = folder(1000, small);
    const big = await pageRun(origin, readdirSync(manyDir).map((name) => join(manyDir, name)));
    console.log(`\n1,000 small files (${small.length} bytes each): read in ${big.ms.toFixed(0)} ms; long tasks ${big.longTasks}, longest ${big.longestTask.toFixed(0)} ms (began ${big.longestAt.toFixed(0)} ms after the choice), over 200 ms: ${big.over200}; from the change event on: longest ${big.longestOwn.toFixed(0)} ms (Playwright before it: ${big.harness.toFixed(0)} ms)`);
    console.log(`load average at the end: ${loadavg()[0]?.toFixed(1)} (${availableParallelism()} cores; at the start: ${startLoad.toFixed(1)})`);
  } finally {
    server.close();
  }
}

if (process.argv[2] === "loop" && process.argv[3]) loopMode(process.argv[3]);
else
  void main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
