import { execFileSync, spawnSync } from "node:child_process";
import { EventEmitter } from "node:events";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { Script } from "node:vm";
import { Worker } from "node:worker_threads";
import { basename, join } from "node:path";
import { checkFile, type FileCheck } from "../../src/cli/check-file";
import { BUSY_PRESSURE, CHECKING_V8_FLAGS, checkFiles, cpuPressure, filesInFlight, checkRendered, compiledWorkerCode, DEFAULT_FILES_PER_THREAD, FILES_IN_FLIGHT, othersRunningNow, WINDOW_PER_THREAD, threadCount, type CheckingThread, type StartThread } from "../../src/cli/check-pool";
import { renderCheck, type RenderedCheck, type Rendering } from "../../src/cli/rendered-check";
import { KARLSRUHE, WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { completeVorlage } from "../fixtures/builders";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { compoundFile } from "../hardening/zip-variants";
import { BIN } from "./cli-helpers";

/**
 * `beschluss check DIR` reads a folder's files in parallel (src/cli/check-pool.ts): the report,
 * the order of its lines, the messages and the exit code must be those of one thread, for
 * valid, incomplete, broken and encrypted files alike — in a clone (the sources through tsx)
 * and in the compiled command as the package installs it (the worker file bundled beside it).
 */
const root = join(__dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "beschluss-threads-"));
const folder = join(work, "sitzung");

beforeAll(() => {
  execFileSync("mkdir", ["-p", folder]);
  const complete = DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save();
  const other = DocxDocument.create(completeVorlage({ header: { ...completeVorlage().header, betreff: "Beschaffung von vier Lastenrädern" } }), WIESBADEN, "2025-05-06T09:00:00Z").save();
  const files: Record<string, Uint8Array | string> = {
    "a-vollstaendig.docx": complete,
    "b-anderer-betreff.docx": other,
    "c-kein-zip.docx": "kein Word-Dokument",
    "d-kennwort.docx": compoundFile(["EncryptionInfo", "EncryptedPackage"]),
    "e-kaputtes-xml.docx": docxFromBody(`${paragraphXml("Text")}<w:p>`),
    "f-doctype.docx": docxWithDoctype(),
    "g-abgeschnitten.docx": complete.slice(0, Math.floor(complete.length / 2)),
    "h-leer.docx": "",
    // Drafted with another profile: each thread reads it with the profile it names (src/core/profile/document-profile.ts).
    "k-karlsruhe.docx": DocxDocument.create(completeVorlage(), KARLSRUHE, "2025-05-06T09:00:00Z").save(),
  };
  for (let i = 0; i < 10; i++) files[`v${i}.docx`] = i % 2 ? complete : other;
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
});

/** A package whose main part declares a DOCTYPE (refused: entity expansion). */
function docxWithDoctype(): Uint8Array {
  const parts = unzipSync(docxFromBody(paragraphXml("x")));
  const xml = strFromU8(parts["word/document.xml"] as Uint8Array).replace("<w:document", '<!DOCTYPE w:document [<!ENTITY x "y">]><w:document');
  return zipSync({ ...parts, "word/document.xml": strToU8(xml) });
}

/**
 * Whether V8's flags are those a code cache was made under: V8 refuses a cache made under other
 * flags. Each probe is a new text of one length, so that V8's compilation cache does not answer.
 */
let probes = 0;
const probeSource = (): string => `(function () { return ${String(probes++).padStart(6, "0")}; })`;
function probeCache(): Buffer {
  const s = new Script(probeSource(), { filename: "probe.js" });
  s.runInThisContext();
  return s.createCachedData();
}
const flagsAsWhen = (cachedData: Buffer): boolean => !new Script(probeSource(), { filename: "probe.js", cachedData }).cachedDataRejected;

/** The compiled command as the package installs it, built once for the tests that need it. */
let compiled: string | undefined;
function compiledPackage(): string {
  if (compiled !== undefined) return compiled;
  const pkg = join(work, "pkg");
  execFileSync(process.execPath, [join(root, "scripts/build-cli.js"), "--outdir", join(pkg, "dist-cli")], { stdio: "pipe", timeout: 120_000 });
  for (const part of ["bin", "schemas", "package.json"]) cpSync(join(root, part), join(pkg, part), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(pkg, "node_modules"));
  compiled = pkg;
  return pkg;
}

function check(bin: string, threads: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, "check", folder, ...args], { encoding: "utf8", timeout: 120_000, env: { ...process.env, BESCHLUSS_THREADS: threads } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("checking a folder with several threads", () => {
  it("uses one thread when asked to, and none beyond a thread per four files", () => {
    expect(threadCount(200, { BESCHLUSS_THREADS: "1" })).toBe(1);
    expect(threadCount(200, { BESCHLUSS_THREADS: "3" })).toBe(3);
    expect(threadCount(5, { BESCHLUSS_THREADS: "3" })).toBe(1);
    expect(threadCount(8, { BESCHLUSS_THREADS: "3" })).toBe(2);
  });

  it("uses a thread per idle core: one where other work keeps every core busy, each core on a quiet machine, the number asked whatever the load", () => {
    // With what runs now unknown (no /proc): the last minute's load average.
    expect(threadCount(2000, {}, 2, 14.4, "unknown", "unknown")).toBe(1);
    expect(threadCount(2000, {}, 2, 1.2, "unknown", "unknown")).toBe(1);
    expect(threadCount(2000, {}, 2, 0.3, "unknown", "unknown")).toBe(2);
    expect(threadCount(2000, {}, 8, 3, "unknown", "unknown")).toBe(5);
    expect(threadCount(2000, {}, 16, 0, "unknown", "unknown")).toBe(8);
    expect(threadCount(200, { BESCHLUSS_THREADS: "2" }, 2, 14.4, 20, "unknown")).toBe(2);
    expect(threadCount(6, {}, 8, 0, 0, "unknown")).toBe(1);
  });

  it("starts a thread beside this one, unasked, only for as many files as pay for its start: a folder of a sitting's few Vorlagen stays in one thread", () => {
    expect(DEFAULT_FILES_PER_THREAD).toBeGreaterThanOrEqual(50);
    expect(threadCount(DEFAULT_FILES_PER_THREAD * 2 - 1, {}, 2, 0, 0, "unknown")).toBe(1);
    expect(threadCount(DEFAULT_FILES_PER_THREAD * 2, {}, 2, 0, 0, "unknown")).toBe(2);
    expect(threadCount(40, {}, 16, 0, "unknown", "unknown")).toBe(1);
    expect(threadCount(DEFAULT_FILES_PER_THREAD * 4, {}, 16, 0, "unknown", "unknown")).toBe(4);
    // Asked for, threads check fewer files each (tests, comparisons), but never fewer than four.
    expect(threadCount(40, { BESCHLUSS_THREADS: "2" }, 16, 0, "unknown", "unknown")).toBe(2);
  });

  it("counts what other processes run now rather than the load average, which still counts a check that has just ended, unless the last minute kept every core busy", () => {
    // A quiet machine after a run of ours: the load average says 1.2, nothing else runs.
    expect(threadCount(2000, {}, 2, 1.2, 0, "unknown")).toBe(2);
    // Another process busy now.
    expect(threadCount(2000, {}, 2, 0.3, 1, "unknown")).toBe(1);
    expect(threadCount(2000, {}, 8, 1.5, 3, "unknown")).toBe(5);
    // Busy for a minute, quiet this moment: busy.
    expect(threadCount(2000, {}, 2, 14.4, 0, "unknown")).toBe(1);
    expect(threadCount(2000, {}, 2, 2, 0, "unknown")).toBe(1);
  });

  it("takes a machine on which no thread waited for a core lately as quiet, however high the load average its own checks left, and one on which threads waited as busy", () => {
    // Checks run one after another on two idle cores: the load average at the cores, nothing waiting, nothing else running.
    expect(threadCount(200, {}, 2, 2.3, 0, 3)).toBe(2);
    expect(threadCount(200, {}, 2, 1.6, 0, 0)).toBe(2);
    // Another process busy now, though nothing waited.
    expect(threadCount(200, {}, 2, 1.1, 1, 0)).toBe(1);
    // Threads waited for a core most of the last ten seconds: busy, however quiet this moment.
    expect(threadCount(200, {}, 2, 1.5, 0, BUSY_PRESSURE)).toBe(1);
    expect(threadCount(200, {}, 2, 6.9, 0, 93.4)).toBe(1);
    expect(threadCount(2000, {}, 16, 20, 0, 80)).toBe(1);
    // Quiet: the files still decide, and an asked number stands.
    expect(threadCount(199, {}, 2, 0, 0, 0)).toBe(1);
    expect(threadCount(200, { BESCHLUSS_THREADS: "2" }, 2, 6.9, 3, 93.4)).toBe(2);
  });

  it("reads the share of time a thread waited for a core from /proc/pressure/cpu, and nothing where the system does not say", () => {
    const proc = mkdtempSync(join(tmpdir(), "beschluss-psi-"));
    mkdirSync(join(proc, "pressure"));
    writeFileSync(join(proc, "pressure/cpu"), "some avg10=47.67 avg60=68.64 avg300=36.32 total=153231516\nfull avg10=0.00 avg60=0.00 avg300=0.00 total=0\n");
    expect(cpuPressure(proc)).toBe(47.67);
    expect(cpuPressure(join(proc, "nothing"))).toBeUndefined();
  });

  it("reads what other processes run now from /proc, less this process's own running threads", () => {
    const proc = mkdtempSync(join(tmpdir(), "beschluss-proc-"));
    mkdirSync(join(proc, "self/task/1"), { recursive: true });
    mkdirSync(join(proc, "self/task/2"), { recursive: true });
    mkdirSync(join(proc, "self/task/3"), { recursive: true });
    writeFileSync(join(proc, "loadavg"), "1.20 0.80 0.50 4/345 12345\n");
    writeFileSync(join(proc, "self/task/1/stat"), "1 (node) R 0 1 1 0");
    writeFileSync(join(proc, "self/task/2/stat"), "2 (node (a) b) R 0 1 1 0");
    writeFileSync(join(proc, "self/task/3/stat"), "3 (node) S 0 1 1 0");
    expect(othersRunningNow(proc)).toBe(2);
    expect(othersRunningNow(join(proc, "nothing"))).toBeUndefined();
    // This process itself: a count, never below zero.
    if (existsSync("/proc/loadavg")) expect(othersRunningNow()).toBeGreaterThanOrEqual(0);
  });

  it("reports exactly what one thread reports, in German and as JSON, with the same exit code (sources through tsx)", () => {
    const one = check(BIN, "1");
    for (const name of ["kennwort", "kein-zip", "kaputtes-xml", "doctype", "abgeschnitten", "leer", "v9"]) expect(one.stdout).toContain(name);
    expect(one.stdout).toContain("DOCTYPE");
    expect(one.status).toBe(2);
    for (const args of [[], ["--json"]]) expect(check(BIN, "3", ...args)).toEqual(check(BIN, "1", ...args));
    expect(check(BIN, "3").stdout).toContain("Profil: Stadt Karlsruhe (im Dokument gespeichert)");
    expect(check(BIN, "3", "--profile", "wiesbaden")).toEqual(check(BIN, "1", "--profile", "wiesbaden"));
    expect(check(BIN, "3", "--profile", "wiesbaden").stdout).toContain("Profil: Landeshauptstadt Wiesbaden (--profile; das Dokument wurde mit dem Profil „karlsruhe“ erstellt)");
  }, 240_000);

  it("keeps V8's heap tuned in this thread while a worker thread checks beside it, though a thread's start sets V8's flags back", async () => {
    const files = readdirSync(folder).sort().map((f) => join(folder, f));
    let tuned: Buffer | undefined;
    await checkFiles(files.slice(0, 2), WIESBADEN, "de", { started: () => undefined, each: () => (tuned ??= probeCache()) }, false, { threads: 1 });
    const during: boolean[] = [];
    // The compiled worker, as the package starts it (through tsx, a worker may start a thread of its own for module hooks, whose start sets the flags back too).
    const dist = join(compiledPackage(), "dist-cli");
    const startThread: StartThread = (profile, lang, chosen, v8Flags) => new Worker(compiledWorkerCode(dist, v8Flags), { eval: true, workerData: { profile, lang, chosen } });
    await checkFiles(files, WIESBADEN, "de", { started: () => undefined, each: () => during.push(flagsAsWhen(tuned as Buffer)) }, false, { threads: 2, startThread });
    expect(during).toEqual(files.map(() => true));
    expect(flagsAsWhen(tuned as Buffer)).toBe(false);
  }, 240_000);

  it("gives a worker thread a young generation of the size this thread's has when a folder's check starts, not V8's smaller first one", () => {
    // A fresh process each: the flags are the process's, and V8 reads them when a thread's isolate is made.
    const probe = `const { Worker } = require("node:worker_threads");
      if (process.argv[2]) require("node:v8").setFlagsFromString(process.argv[2]);
      const w = new Worker('const v8 = require("node:v8"); require("node:worker_threads").parentPort.postMessage(v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size)', { eval: true });
      w.on("message", (size) => { process.stdout.write(String(size)); w.terminate(); });`;
    const withoutV8Options = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_OPTIONS" && k !== "NODE_V8_COVERAGE"));
    const youngOf = (flags: string): number => Number(spawnSync(process.execPath, ["-e", probe, "flags:", flags], { encoding: "utf8", timeout: 60_000, env: withoutV8Options }).stdout);
    const untuned = youngOf("");
    expect(untuned).toBeGreaterThan(0);
    expect(youngOf(CHECKING_V8_FLAGS)).toBeGreaterThanOrEqual(4 * 1024 * 1024);
    expect(youngOf(CHECKING_V8_FLAGS)).toBeGreaterThan(untuned);
  }, 60_000);

  it("loads the compiled worker in its thread with the V8 code cache made for it at build time, which V8 accepts there", () => {
    const pkg = compiledPackage();
    const dist = join(pkg, "dist-cli");
    expect(existsSync(join(dist, "check-worker.code-cache"))).toBe(true);
    // A fresh process starts a thread as the pool does, under the flags the pool sets while a folder is checked.
    const probe = `const { Worker } = require("node:worker_threads");
      require("node:v8").setFlagsFromString(process.argv[2]);
      const code = process.argv[1].replace(/;$/, "");
      const w = new Worker(\`require("node:worker_threads").parentPort.postMessage(\${code}.cacheRejected)\`, { eval: true, workerData: {} });
      w.on("message", (rejected) => { process.stdout.write(JSON.stringify({ rejected })); w.terminate(); });`;
    const withoutV8Options = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_OPTIONS" && k !== "NODE_V8_COVERAGE"));
    const r = spawnSync(process.execPath, ["-e", probe, compiledWorkerCode(dist, CHECKING_V8_FLAGS), CHECKING_V8_FLAGS], { encoding: "utf8", timeout: 60_000, env: withoutV8Options });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ rejected: false });
  }, 240_000);

  it("has each file rendered in the thread that checked it: a worker sends the report's piece and the row, never the Vorlage, and they are those of one thread", async () => {
    const files = readdirSync(folder).sort().map((f) => join(folder, f));
    const dist = join(compiledPackage(), "dist-cli");
    const sent: { readonly result?: object }[] = [];
    const startThread: StartThread = (profile, lang, chosen, v8Flags, rendering) => {
      const w = new Worker(compiledWorkerCode(dist, v8Flags), { eval: true, workerData: { profile, lang, chosen, rendering } });
      w.on("message", (m: { readonly result?: object }) => sent.push(m));
      return w;
    };
    const renderings: readonly Rendering[] = [{ report: "text", rows: true }, { report: "json", rows: false }, { report: undefined, rows: true }];
    for (const rendering of renderings) {
      for (const lang of ["de", "en"] as const) {
        const got: RenderedCheck[] = [];
        await checkRendered(files, WIESBADEN, lang, rendering, (f) => `Ordner/${basename(f)}`, { started: () => undefined, each: (r) => got.push(r) }, false, { threads: 2, startThread });
        expect(got).toEqual(files.map((f) => renderCheck(checkFile(f, WIESBADEN, lang), `Ordner/${basename(f)}`, rendering, WIESBADEN, lang)));
      }
    }
    expect(sent.length).toBeGreaterThan(renderings.length * 2);
    for (const m of sent) expect(Object.keys(m.result ?? {}).sort()).toEqual(expect.arrayContaining(["file", "piece", "readable", "row"]));
    for (const m of sent) expect(Object.keys(m.result ?? {})).not.toContain("vorlage");
  }, 240_000);

  it("does the same in the compiled command, whose worker file is built beside it", () => {
    const pkg = compiledPackage();
    expect(existsSync(join(pkg, "dist-cli/check-worker.js"))).toBe(true);
    const bin = join(pkg, "bin/beschluss.js");
    const one = check(bin, "1", "--lang", "en");
    expect(one.status).toBe(2);
    expect(check(bin, "3", "--lang", "en")).toEqual(one);
    expect(check(bin, "3")).toEqual(check(BIN, "1"));
    // The threads really check: a worker file that fails is reported as a bug (exit 3), never as a silently shorter report.
    writeFileSync(join(pkg, "dist-cli/check-worker.js"), `throw new Error("Probe: kaputter Prüf-Thread");`);
    const broken = check(bin, "3");
    expect(broken.status).toBe(3);
    expect(broken.stderr).toContain("Probe: kaputter Prüf-Thread");
    // One thread never loads it.
    expect(check(bin, "1", "--lang", "en")).toEqual(one);
  }, 240_000);
});

/**
 * A stand-in for a checking thread, in this thread: records the files it is sent and answers
 * (with checkFile's real result) only when the test lets it, in the order the test chooses.
 */
class FakeThread extends EventEmitter implements CheckingThread {
  readonly queue: { readonly index: number; readonly file: string }[] = [];
  readonly sent: number[] = [];
  constructor(online = true) {
    super();
    // As a worker: online once it has started, after the pool has listened.
    if (online) setImmediate(() => this.emit("online"));
  }
  postMessage(message: { readonly index: number; readonly file: string }): void {
    this.queue.push(message);
    this.sent.push(message.index);
  }
  /** Answers the file at `position` in its queue (0: the oldest), as the worker would. */
  answer(position = 0): void {
    const [m] = this.queue.splice(position, 1);
    if (m === undefined) throw new Error("nothing to answer");
    this.emit("message", { index: m.index, result: checkFile(m.file, WIESBADEN, "de") });
  }
  terminate(): Promise<number> {
    this.emit("exit", 1);
    return Promise.resolve(1);
  }
}

describe("the pool's scheduling (a stand-in thread beside this one)", () => {
  const names = (): string[] => readdirSync(folder).sort().map((f) => join(folder, f));
  /** Runs the pool with two threads, this one and `thread`, which `drive` answers each turn of the event loop. */
  async function run(thread: FakeThread, drive: (t: FakeThread, started: number, handed: number) => void, files: readonly string[] = names()): Promise<{ results: FileCheck[]; outstanding: number[] }> {
    const results: FileCheck[] = [];
    const outstanding: number[] = [];
    let started = 0;
    let running = true;
    const tick = (): void => {
      if (!running) return;
      drive(thread, started, results.length);
      setImmediate(tick);
    };
    setImmediate(tick);
    await checkFiles(files, WIESBADEN, "de", {
      started: () => {
        started++;
        outstanding.push(started - results.length);
      },
      each: (r, i) => {
        expect(i).toBe(results.length);
        results.push(r);
      },
    }, false, { threads: 2, startThread: () => thread });
    running = false;
    return { results, outstanding };
  }

  it("keeps a thread's next file waiting in its queue while it checks one, so that it never idles until this thread answers", async () => {
    const thread = new FakeThread();
    const total = names().length;
    const queuedAtAnswer: number[] = [];
    await run(thread, (t, started) => {
      if (t.queue.length === 0) return;
      // While files remain to be started (more than the threads' queues at the end: see the next test), the thread has a next one behind the one it answers.
      if (total - started >= 2 * FILES_IN_FLIGHT) queuedAtAnswer.push(t.queue.length);
      t.answer();
    });
    expect(queuedAtAnswer.length).toBeGreaterThan(1);
    expect(Math.min(...queuedAtAnswer)).toBe(FILES_IN_FLIGHT);
    expect(FILES_IN_FLIGHT).toBeGreaterThanOrEqual(2);
  });

  it("sends a thread no more than its share of the files left at the folder's end, so that this thread, out of files, does not wait idle for a queue of them", async () => {
    expect(filesInFlight(200, 2)).toBe(FILES_IN_FLIGHT);
    expect(filesInFlight(2 * FILES_IN_FLIGHT, 2)).toBe(FILES_IN_FLIGHT);
    expect(filesInFlight(3, 2)).toBe(2);
    expect(filesInFlight(1, 2)).toBe(1);
    expect(filesInFlight(1, 3)).toBe(1);
    const thread = new FakeThread();
    const total = names().length;
    let queuedWhenAllStarted: number | undefined;
    await run(thread, (t, started) => {
      if (started === total) queuedWhenAllStarted ??= t.queue.length;
      if (t.queue.length > 0) t.answer();
    });
    // Without the share, the thread still had FILES_IN_FLIGHT files queued when this thread took the last one.
    expect(queuedWhenAllStarted).toBeLessThanOrEqual(1);
  });

  it("checks files in this thread while the other thread is still starting, instead of waiting idle for it", async () => {
    const thread = new FakeThread(false);
    let startedWhileStarting = -1;
    let turns = 0;
    const { results } = await run(thread, (t, started) => {
      if (++turns === 20) {
        startedWhileStarting = started;
        t.emit("online");
      }
      if (turns > 20 && t.queue.length > 0) t.answer();
    });
    // The thread's first files wait in its queue; this thread has gone on with the next ones.
    expect(startedWhileStarting).toBeGreaterThan(FILES_IN_FLIGHT);
    // They are the window's last files (here the folder's, which is shorter than a window), not the ones this thread needs next.
    const end = Math.min(2 * WINDOW_PER_THREAD, names().length);
    expect(thread.sent.slice(0, FILES_IN_FLIGHT)).toEqual(Array.from({ length: FILES_IN_FLIGHT }, (_, i) => end - 1 - i));
    expect(results.map((r) => r.file)).toEqual(names());
  });

  it("hands the results on in the files' order when a thread answers its files out of order, each once", async () => {
    const thread = new FakeThread();
    const { results } = await run(thread, (t) => {
      // The newest first: the pool must hold it until the older one is answered.
      if (t.queue.length > 0) t.answer(t.queue.length - 1);
    });
    expect(results.map((r) => r.file)).toEqual(names());
    expect(thread.sent.length).toBeGreaterThan(1);
    expect(checkFile(names()[0] as string, WIESBADEN, "de")).toEqual(results[0]);
  });

  it("holds at most a few results ahead of a file a thread is slow with, however many files follow it", async () => {
    const thread = new FakeThread();
    let held: number | undefined;
    let lastStarted = -1;
    // The folder many times over: many more files than a window.
    const files = Array.from({ length: Math.ceil((4 * WINDOW_PER_THREAD + 3) / names().length) }, names).flat();
    const { results, outstanding } = await run(
      thread,
      (t, started) => {
        held ??= t.queue[0]?.index;
        // Every file but the held one is answered at once; the held one only once this thread has stopped starting files.
        for (let p = t.queue.length - 1; p >= 0; p--) if (t.queue[p]?.index !== held) t.answer(p);
        if (started === lastStarted && t.queue.length > 0) t.answer();
        lastStarted = started;
      },
      files,
    );
    const window = 2 * WINDOW_PER_THREAD;
    expect(files.length).toBeGreaterThan(2 * window + 2);
    expect(results.map((r) => r.file)).toEqual(files);
    expect(Math.max(...outstanding)).toBe(window);
  });
});
