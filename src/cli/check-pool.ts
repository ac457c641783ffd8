import { existsSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { setImmediate } from "node:timers/promises";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { Profile } from "../core/profile/profile";
import type { Lang } from "../i18n/format-finding";
import { checkFile, type FileCheck } from "./check-file";
import { renderCheck, type RenderedCheck, type Rendering } from "./rendered-check";

/** Lets SIGINT and SIGTERM (and the threads' answers) be handled between two files: a long folder check stops when asked, not at its end. */
const yieldToSignals = (): Promise<void> => setImmediate();

/** Below this many files per thread a thread costs more to start than it saves, however many threads are asked for. */
const MIN_FILES_PER_THREAD = 4;

/**
 * Unasked, a thread beside this one only for this many files each. A worker thread costs the
 * process a fixed 0.4–0.5 s of CPU time, whatever it checks: Node's start of a thread (no
 * start-up snapshot for workers in Node 20), V8 warming the check's code again in its own
 * isolate (interpreted and baseline code for its first files) and compiling it again with
 * Turbofan (compiled code is not shared between isolates), on a second set of V8's
 * compiler and collector threads. A ten-page Vorlage takes about 5 ms: on two idle cores a
 * second thread gave no shorter wall time for 200 such files than one thread (1.06 s each,
 * the lead's measurement before the pool took files from both ends), and it pays only for
 * folders of some hundreds. `BESCHLUSS_THREADS` asks for threads whatever the count.
 */
export const DEFAULT_FILES_PER_THREAD = 100;

/**
 * How many threads check a folder: unasked, one per idle core (at most 8) and one per
 * DEFAULT_FILES_PER_THREAD files; asked, the number asked, one per MIN_FILES_PER_THREAD files at most. A
 * core is idle when the machine's load leaves it so: cores minus the others' load, rounded.
 * The others' load is what runs now (`running`: the runnable threads of other processes,
 * where the system says, othersRunningNow), unless the machine has lately had more runnable
 * threads than cores: then it is taken as busy however quiet its moment. Lately is, where the
 * system says (Linux's pressure stall information, cpuPressure), the share of the last ten
 * seconds in which a thread waited for a core (`pressure`, at least BUSY_PRESSURE per cent);
 * elsewhere the last minute's load average at or above the cores. The load average counts
 * each runnable thread whether or not a core was free for it: checks run one after another (a
 * benchmark's, a script's), each with V8's helper threads beside its own, can raise it to the
 * cores of an otherwise idle machine while no thread waits (the lead's `bench:cli` on two idle
 * cores: the default kept to one thread, wall 1.13 s, where two took 0.93 s). On a
 * machine whose cores are busy with other work a second thread has no
 * core to run on and only costs its start, its own compiled code and heap (measured with
 * bench:cli at load 14–17 on 2 cores: wall 9.1 s with two threads, 7.2 s with one; CPU +0.9 s;
 * peak memory 117 against 90 MB). Where the system says neither (Windows reports a load of 0),
 * every core counts as idle. `BESCHLUSS_THREADS=1` keeps to one thread (a number sets them,
 * whatever the load and however few the files, down to MIN_FILES_PER_THREAD each): for a machine shared with other work, or to compare.
 */
export function threadCount(
  files: number,
  env: NodeJS.ProcessEnv = process.env,
  cores: number = availableParallelism(),
  load: number = loadavg()[0] ?? 0,
  running: number | "unknown" = othersRunningNow() ?? "unknown",
  pressure: number | "unknown" = cpuPressure() ?? "unknown",
): number {
  const asked = Number(env["BESCHLUSS_THREADS"]);
  if (Number.isInteger(asked) && asked >= 1) return Math.max(1, Math.min(asked, Math.floor(files / MIN_FILES_PER_THREAD)));
  const crowded = pressure === "unknown" ? load >= cores : pressure >= BUSY_PRESSURE;
  const busy = crowded ? Math.max(load, cores) : running !== "unknown" ? running : load;
  return Math.max(1, Math.min(Math.round(cores - busy), 8, Math.floor(files / DEFAULT_FILES_PER_THREAD)));
}

/**
 * The share of time (per cent, over the last ten seconds) in which some thread waited for a
 * core, at or above which the machine counts as busy (threadCount). A machine with more
 * runnable threads than cores shows nearly all the time (93 % at a load of 6.9 on two cores,
 * here); one on which checks ran one after another with nothing else, a few per cent: a
 * thread waits only when V8's helpers briefly outnumber the free cores.
 */
export const BUSY_PRESSURE = 40;

/** Linux's `some avg10` of /proc/pressure/cpu (per cent), or undefined where the system does not say (no PSI, older kernels, other systems). */
export function cpuPressure(proc = "/proc"): number | undefined {
  let text: string;
  try {
    text = readFileSync(`${proc}/pressure/cpu`, "latin1");
  } catch (e) {
    // No pressure information on this system (a kernel without PSI, or not Linux).
    if (["ENOENT", "ENOTSUP", "EOPNOTSUPP", "EACCES"].includes((e as NodeJS.ErrnoException).code ?? "")) return undefined;
    throw e;
  }
  const some = Number(/^some avg10=(\d+(?:\.\d+)?)/mu.exec(text)?.[1]);
  return Number.isFinite(some) ? some : undefined;
}

/**
 * The threads of other processes that are runnable now (Linux: the running count of
 * /proc/loadavg, less this process's own running threads, this one among them), or undefined
 * where the system does not say. The fewest of three readings: a helper thread of V8's in
 * this process may run as the count is read and sleep by the time its state is, and on two
 * cores one such thread counted as another's would take away the second thread.
 */
export function othersRunningNow(proc = "/proc"): number | undefined {
  let fewest: number | undefined;
  for (let i = 0; i < 3 && fewest !== 0; i++) {
    const now = othersRunningOnce(proc);
    if (now === undefined) return undefined;
    fewest = Math.min(now, fewest ?? now);
  }
  return fewest;
}

function othersRunningOnce(proc: string): number | undefined {
  if (!existsSync(`${proc}/loadavg`)) return undefined;
  const running = Number(/^\S+ \S+ \S+ (\d+)\//u.exec(readFileSync(`${proc}/loadavg`, "latin1"))?.[1]);
  if (!Number.isInteger(running)) return undefined;
  let own = 0;
  for (const task of readdirSync(`${proc}/self/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`${proc}/self/task/${task}/stat`, "latin1");
    } catch (e) {
      // A thread that ended meanwhile is not running.
      if ((e as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw e;
    }
    if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("R")) own++;
  }
  return Math.max(0, running - own);
}

/**
 * V8's heap, tuned while a folder is checked, in every thread (V8's flags are the process's):
 * the young generation stays at its first size instead of doubling up to 2 × 16 MB (a file's
 * garbage is short-lived: a larger nursery saves few copies), and the old generation grows by
 * half its live size before the next full collection instead of by up to four times (the
 * parts of each file read are large strings, which only a full collection frees). Over the 200
 * files of `npm run bench:cli` in one thread: peak RSS about 124 → 87 MB for about 5 % more CPU.
 * Set with `v8.setFlagsFromString` as the check starts (as a command-line flag it would make V8
 * refuse the command's code cache, whose check covers the flags) and set back when it ends
 * (scripts/build-cli.js takes the code cache after a `check`: made under other flags, users'
 * processes would refuse it). Both are read by the collector as it runs. Left alone when the
 * user set either for the process.
 *
 * A worker thread's young generation starts at 2 MB per semi-space (`--min-semi-space-size`,
 * read when its isolate is made), the size this thread's has when a folder's check begins:
 * at V8's first size, half that, a worker collected its young generation twice as often as
 * this thread per file, and promoted more short-lived garbage to the old generation (200
 * files, two threads: 198 scavenges for its files against 108 here).
 *
 * Each new isolate sets the growth factor back to at least 2 (V8's Heap::ConfigureHeap), so a
 * worker thread that starts sets it back for the whole process: each thread sets the flags
 * again before it loads its code (and its code cache, made under them: scripts/build-cli.js),
 * and this one as each comes online and, until then, before and after each file it checks
 * meanwhile (it no longer waits idle for a thread's start, some 40–60 ms of a second's run).
 */
const HEAP_TUNED = "--semi-space-growth-factor=1 --heap-growing-percent=50 --min-semi-space-size=2";
const HEAP_DEFAULT = "--semi-space-growth-factor=2 --heap-growing-percent=0 --min-semi-space-size=0";

/**
 * V8's optimising compiler, told to wait about three times as long before it compiles a
 * function (`--interrupt-budget`, counted in bytecode executed; V8 11's default is 67,584).
 * Reading a folder, V8 compiled the XML scanner, its handlers and the validation rules after a
 * few files, on feedback that did not yet hold every shape the later files show, and threw the
 * code away and compiled it again up to five times: over the 200 files of `npm run bench:cli`
 * in one thread that compiling was about a third of the command's CPU time, on threads beside
 * the one reading. Waiting longer, it compiles them once, on fuller feedback: CPU time 2.24 →
 * 1.86 s (200 files), 0.89 → 0.75 s (50), 6.60 → 6.34 s (1,000; median of 3–6 alternating
 * runs). Only on the V8 it was measured on (Node 20's), whose default it sets back; elsewhere
 * V8's own budget stands. Set and set back with the heap's flags, for the same reasons.
 *
 * And no on-stack replacement (`--no-use-osr`): V8 compiled the XML scanner's one long loop
 * twice in each thread, once to enter it in the middle of a part (OSR) and once for its next
 * call, each the costliest compile of the run (`--trace-opt`: 0.7 s each at load 15); its
 * next call comes a part later. With two threads those were four compiles on the cores the
 * threads check on: CPU time of the process 2.08 → 1.81 s with the young generation above
 * (200 files, two threads, median of 5 alternating runs at load 14), in one thread unchanged.
 */
const JIT_MEASURED_V8 = 11;
const jitFlags = (tuned: boolean, v8Version: string = process.versions.v8): string =>
  Number(v8Version.split(".")[0]) === JIT_MEASURED_V8 ? ` --interrupt-budget=${tuned ? 200_000 : 67_584} ${tuned ? "--no-use-osr" : "--use-osr"}` : "";
const TUNED = HEAP_TUNED + jitFlags(true);
/** The V8 flags set while a folder is checked (the code cache of the worker is taken under them: scripts/build-cli.js). */
export const CHECKING_V8_FLAGS = TUNED;
const DEFAULT = HEAP_DEFAULT + jitFlags(false);

/** Whether the user chose a heap or compiler flag set here (NODE_OPTIONS or node's own arguments): then these are theirs to tune. */
export function userTunesHeap(execArgv: readonly string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env): boolean {
  return [...execArgv, env["NODE_OPTIONS"] ?? ""].some((a) => /semi[-_]space[-_]growth|min[-_]semi[-_]space|heap[-_]growing|interrupt[-_]budget|use[-_]osr/u.test(a));
}

/** A file sent to a checking thread: its place among the files, its path, and (when the thread renders) its name in the report files. */
export interface CheckJob {
  readonly index: number;
  readonly file: string;
  readonly display?: string;
}

/**
 * What the pool needs of a checking thread: node:worker_threads' Worker, or in a test a
 * stand-in that answers as the worker does (src/cli/check-worker.ts).
 */
export interface CheckingThread {
  readonly postMessage: (message: CheckJob) => void;
  // The answers' and events' types are those of the worker, which the pool's handlers name.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(event: "message" | "error" | "exit" | "online", listener: (value: any) => void): unknown;
  readonly terminate: () => Promise<number>;
}

/**
 * Starts a checking thread with the profile and language of the check; `v8Flags` are set in
 * it before its code is loaded (see `startWorker`). With a `rendering` it answers with each
 * file's rendered result (src/cli/rendered-check.ts), else with the whole result.
 */
export type StartThread = (profile: Profile, lang: Lang, chosen: boolean, v8Flags: string | undefined, rendering?: Rendering) => CheckingThread;

/**
 * A checking thread: the compiled worker beside the compiled command, or in a clone the
 * sources through tsx. The compiled worker is loaded by bin/load-compiled.js with V8's code
 * cache made for it at build time (dist-cli/check-worker.code-cache): then V8 neither parses
 * its 460 KiB nor compiles again the functions a check calls, in every thread. As a worker
 * starts, Node sets V8's flags, which are the process's, anew, and V8 refuses a code cache
 * made under other flags: so the thread sets the check's flags (the cache was taken under
 * them) before it loads its code. A refused or missing cache costs only its reading.
 */
const startWorker: StartThread = (profile, lang, chosen, v8Flags, rendering) => {
  const workerData = { profile, lang, chosen, rendering };
  // An eval'd worker resolves modules from the working directory, not from here: each module is named by its path.
  if (__filename.endsWith(".js")) return new Worker(compiledWorkerCode(__dirname, v8Flags), { eval: true, workerData });
  const flags = v8Flags === undefined ? "" : `require("node:v8").setFlagsFromString(${JSON.stringify(v8Flags)});`;
  const source = join(__dirname, "check-worker.ts");
  const tsx = require.resolve("tsx/cjs/api");
  return new Worker(`${flags}require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`, { eval: true, workerData });
};

/** What a thread of the compiled command runs: check-worker.js in `dist` loaded by the package's bin/load-compiled.js, with its code cache, under `v8Flags`. */
export function compiledWorkerCode(dist: string, v8Flags: string | undefined): string {
  const options = v8Flags === undefined ? "" : `, { v8Flags: ${JSON.stringify(v8Flags)} }`;
  return `require(${JSON.stringify(join(dist, "../bin/load-compiled.js"))}).loadCompiled(${JSON.stringify(join(dist, "check-worker.js"))}${options});`;
}

/** An error in a checking thread, carried to the command, which reports it as a bug (exit 3) as it would from its own thread. */
export class CheckThreadError extends Error {
  constructor(trace: string) {
    super(`in a checking thread: ${trace}`);
    this.name = "CheckThreadError";
  }
}

/** What the command hears from a folder's check: each file's result (`R`: the whole FileCheck, or rendered). */
export interface CheckListener<R = FileCheck> {
  /** A file's check begins (the progress bar): it is handed to a thread, or checked here. */
  readonly started: (file: string) => void;
  /**
   * A file's result, in the order of the files whichever thread finished first, each once,
   * as soon as it and every file before it are checked. The pool keeps no result after this
   * call: what the command does not keep is garbage at once.
   */
  readonly each: (result: R, index: number) => void;
}

/**
 * Files sent to a thread before it has answered the first of them: while it checks one, the
 * next wait in its queue, so that it never idles until the command's thread, busy with a
 * file of its own, gets round to answering it and sending another (with one file at a time
 * the worker checked 64 of 200 files, the command's thread 136; with two in flight 87–98, at
 * load 18). Four: with two, a worker still slept about 0.4 s of a check of the 200 files of
 * `npm run bench:cli` waiting for its next file, with four about 0.27 s (wall time less time
 * running and time waiting for a core, /proc/thread-self/schedstat; medians of 4 at load 18).
 * Fewer at the folder's end: a thread is sent at most its share of the files not yet taken
 * (filesInFlight), so that this thread, out of files, does not wait idle while a worker works
 * through a queue of four.
 */
export const FILES_IN_FLIGHT = 4;

/**
 * How many files a worker thread may have sent to it and not yet answered, when `left` files
 * are not yet taken by any of `threads` threads: FILES_IN_FLIGHT, but no more than its share
 * of those left (rounded up) once few are. Without it, this thread took the last file while a
 * worker still had four queued and then waited for them (200 files, two threads, 14 alternating
 * runs at load 12–15: 94 ms on average; with it and WINDOW_PER_THREAD's 32, 31 ms).
 */
export function filesInFlight(left: number, threads: number): number {
  return Math.min(FILES_IN_FLIGHT, Math.ceil(left / threads));
}

/**
 * How far ahead of the first result not yet handed on files are taken, per thread: the most
 * results the pool holds. This thread takes the files from the front, a worker thread those
 * furthest ahead in the window (see `pool`), so that a worker, whose first files take it many
 * times as long as later ones (its compiled code is cold), has that many files of slack before
 * this thread reaches one of its files and has to wait for it. 32: with 8, this thread,
 * having run a window ahead while a worker checked its first, cold files, waited idle for
 * them (200 files, two threads, 14 alternating runs at load 12–15: 107 ms on average; with
 * 32, none). What is held is each file's
 * rendered piece of the report (a few KB, checkRendered); only tests hold whole results.
 */
export const WINDOW_PER_THREAD = 32;

/** How the pool is asked to run (tests); by default `threadCount` threads of the worker file. */
export interface PoolOptions {
  readonly threads?: number;
  readonly startThread?: StartThread;
}

/**
 * Checks the files, in parallel where there are cores and files enough: `threadCount`
 * threads, this one among them. This thread takes the files from the front, each as it is
 * free; a worker thread always has FILES_IN_FLIGHT files sent to it and not yet answered (fewer at the end: filesInFlight),
 * taken from the far end of the window: the files after the first result not yet handed on,
 * at most `threads × WINDOW_PER_THREAD` of them. The results are handed on in the order of
 * `files`, so that the report is the same as from one thread; each file is checked by
 * `checkFile` with the same limits. Held here are at most a window's results, never the
 * folder, however long one file takes.
 *
 * Why from the far end: given the next files, a worker starting cold (its first file takes
 * it some ten times as long as a file later on) held the very files this thread needed next
 * to hand its own results on; this thread ran a window ahead and then waited idle for it.
 * Taken from the far end, this thread reaches a worker's file only after a window of its own.
 */
export function checkFiles(files: readonly string[], profile: Profile, lang: Lang, listener: CheckListener, chosen = false, options: PoolOptions = {}): Promise<void> {
  return pool<FileCheck>(files, profile, lang, listener, chosen, options, undefined);
}

/**
 * `checkFiles`, each result rendered as `rendering` asks in the thread that checked it
 * (src/cli/rendered-check.ts): what a worker thread sends, and what the command's thread
 * does for it, is then a piece of text and a row, not a Vorlage. `display` names a file in
 * the report files.
 */
export function checkRendered(files: readonly string[], profile: Profile, lang: Lang, rendering: Rendering, display: (file: string) => string, listener: CheckListener<RenderedCheck>, chosen = false, options: PoolOptions = {}): Promise<void> {
  return pool<RenderedCheck>(files, profile, lang, listener, chosen, options, { rendering, display });
}

async function pool<R>(files: readonly string[], profile: Profile, lang: Lang, listener: CheckListener<R>, chosen: boolean, options: PoolOptions, rendered: { readonly rendering: Rendering; readonly display: (file: string) => string } | undefined): Promise<void> {
  // The local check, as a worker does it: whole, or rendered (then R is RenderedCheck: see the two callers).
  const checkHere = (file: string): R => {
    const r = checkFile(file, profile, lang, chosen);
    return (rendered ? renderCheck(r, rendered.display(file), rendered.rendering, profile, lang) : r) as R;
  };
  const threads = options.threads ?? threadCount(files.length);
  const start = options.startThread ?? startWorker;
  const workerCount = threads - 1;
  const window = threads * WINDOW_PER_THREAD;
  const workers: CheckingThread[] = [];
  const inFlight: number[] = [];
  const ahead = new Map<number, R>();
  let handed = 0;
  // Which files a thread has taken; `front` is the first not taken, `left` how many are not.
  const taken = new Uint8Array(files.length);
  let front = 0;
  let left = files.length;
  const take = (index: number): number => {
    taken[index] = 1;
    left--;
    while (front < files.length && taken[front] === 1) front++;
    return index;
  };
  /** The last file not taken in the window, for a worker thread. */
  const farEnd = (): number | undefined => {
    for (let i = Math.min(handed + window, files.length) - 1; i >= front; i--) if (taken[i] === 0) return take(i);
    return undefined;
  };
  let failure: unknown;
  let pending = 0;
  let online = 0;
  let wake: (() => void) | undefined;
  const refill = (): void => {
    for (let w = 0; w < workers.length; w++) {
      while ((inFlight[w] as number) < filesInFlight(left, threads) && failure === undefined) {
        const index = farEnd();
        if (index === undefined) break;
        listener.started(files[index] as string);
        pending++;
        inFlight[w] = (inFlight[w] as number) + 1;
        const file = files[index] as string;
        (workers[w] as CheckingThread).postMessage(rendered ? { index, file, display: rendered.display(file) } : { index, file });
      }
    }
  };
  const deliver = (index: number, result: R): void => {
    ahead.set(index, result);
    for (let r = ahead.get(handed); r !== undefined; r = ahead.get(handed)) {
      ahead.delete(handed);
      listener.each(r, handed++);
    }
  };
  const tune = files.length > 1 && !userTunesHeap();
  if (tune) setFlagsFromString(TUNED);
  try {
    for (let w = 0; w < workerCount; w++) {
      const real = start(profile, lang, chosen, tune ? TUNED : undefined, rendered?.rendering);
      workers.push(real);
      inFlight.push(0);
      real.on("online", () => {
        online++;
        if (tune) setFlagsFromString(TUNED);
        wake?.();
      });
      real.on("message", (m: { readonly index: number; readonly result?: R; readonly bug?: string }) => {
        pending--;
        inFlight[w] = (inFlight[w] as number) - 1;
        try {
          if (m.bug !== undefined) failure ??= new CheckThreadError(m.bug);
          else deliver(m.index, m.result as R);
        } catch (e) {
          failure ??= e;
        }
        refill();
        wake?.();
      });
      real.on("error", (e: unknown) => {
        failure ??= e;
        wake?.();
      });
      real.on("exit", (code: number) => {
        if (left > 0 || pending > 0) failure ??= new CheckThreadError(`the thread ended with code ${code}`);
        wake?.();
      });
    }
    refill();
    while (left > 0 && failure === undefined) {
      if (front >= handed + window) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      const index = take(front);
      listener.started(files[index] as string);
      // A thread still starting may set V8's flags back at any moment (see HEAP_TUNED): set again around each file until all are online.
      if (tune && online < workers.length) setFlagsFromString(TUNED);
      const result = checkHere(files[index] as string);
      if (tune && online < workers.length) setFlagsFromString(TUNED);
      deliver(index, result);
      refill();
      await yieldToSignals();
    }
    while ((pending > 0 || left > 0) && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
    if (failure !== undefined) throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    if (tune) setFlagsFromString(DEFAULT);
  }
}
