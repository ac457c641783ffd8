import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { setImmediate } from "node:timers/promises";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { Profile } from "../core/profile/profile";
import type { Lang } from "../i18n/format-finding";
import { checkFile, type FileCheck } from "./check-file";

/** Lets SIGINT and SIGTERM (and the threads' answers) be handled between two files: a long folder check stops when asked, not at its end. */
const yieldToSignals = (): Promise<void> => setImmediate();

/** Below this many files a second thread costs more to start than it saves. */
const MIN_FILES_PER_THREAD = 4;

/**
 * How many threads check a folder: one per idle core (at most 8), fewer for few files. A
 * core is idle when the load average leaves it so: cores minus the last minute's load,
 * rounded. On a machine whose cores are busy with other work a second thread has no core to
 * run on and only costs its start, its own compiled code and heap (measured with bench:cli at
 * load 14–17 on 2 cores: wall 9.1 s with two threads, 7.2 s with one; CPU +0.9 s; peak memory
 * 117 against 90 MB); on a quiet one it cuts the wall time by about a third. Where the system
 * has no load average (Windows reports 0), every core counts as idle. `BESCHLUSS_THREADS=1`
 * keeps to one thread (a number sets them, whatever the load): for a machine shared with
 * other work, or to compare.
 */
export function threadCount(files: number, env: NodeJS.ProcessEnv = process.env, cores: number = availableParallelism(), load: number = loadavg()[0] ?? 0): number {
  const asked = Number(env["BESCHLUSS_THREADS"]);
  const wanted = Number.isInteger(asked) && asked >= 1 ? asked : Math.min(Math.round(cores - load), 8);
  return Math.max(1, Math.min(wanted, Math.floor(files / MIN_FILES_PER_THREAD)));
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
 * processes would refuse it). Both are read by the collector as it runs. Node sets V8's flags
 * anew as a worker thread starts, so they are set again as each comes online. Left alone when
 * the user set either for the process.
 */
const HEAP_TUNED = "--semi-space-growth-factor=1 --heap-growing-percent=50";
const HEAP_DEFAULT = "--semi-space-growth-factor=2 --heap-growing-percent=0";

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
 */
const JIT_MEASURED_V8 = 11;
const jitFlags = (tuned: boolean, v8Version: string = process.versions.v8): string =>
  Number(v8Version.split(".")[0]) === JIT_MEASURED_V8 ? ` --interrupt-budget=${tuned ? 200_000 : 67_584}` : "";
const TUNED = HEAP_TUNED + jitFlags(true);
const DEFAULT = HEAP_DEFAULT + jitFlags(false);

/** Whether the user chose a heap or compiler flag set here (NODE_OPTIONS or node's own arguments): then these are theirs to tune. */
export function userTunesHeap(execArgv: readonly string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env): boolean {
  return [...execArgv, env["NODE_OPTIONS"] ?? ""].some((a) => /semi[-_]space[-_]growth|heap[-_]growing|interrupt[-_]budget/u.test(a));
}

/** A checking thread: the compiled worker beside the compiled command, or in a clone the sources through tsx. */
function startWorker(profile: Profile, lang: Lang, chosen: boolean): Worker {
  const workerData = { profile, lang, chosen };
  if (__filename.endsWith(".js")) return new Worker(join(__dirname, "check-worker.js"), { workerData });
  const source = join(__dirname, "check-worker.ts");
  // An eval'd worker resolves modules from the working directory, not from here: name tsx by its path in this clone.
  const tsx = require.resolve("tsx/cjs/api");
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`, { eval: true, workerData });
}

/** An error in a checking thread, carried to the command, which reports it as a bug (exit 3) as it would from its own thread. */
export class CheckThreadError extends Error {
  constructor(trace: string) {
    super(`in a checking thread: ${trace}`);
    this.name = "CheckThreadError";
  }
}

/** What the command hears from a folder's check. */
export interface CheckListener {
  /** A file's check begins (the progress bar). */
  readonly started: (file: string) => void;
  /**
   * A file's result, in the order of the files whichever thread finished first, each once,
   * as soon as it and every file before it are checked. The pool keeps no result after this
   * call: what the command does not keep is garbage at once.
   */
  readonly each: (result: FileCheck, index: number) => void;
}

/**
 * Checks the files, in parallel where there are cores and files enough: `threadCount`
 * threads take the next file as each is free. The results are handed on in the order of
 * `files`, so that the report is the same as from one thread; each file is checked by
 * `checkFile` with the same limits. Held here are only results that finished before an
 * earlier file's: at most a few, never the folder.
 */
export async function checkFiles(files: readonly string[], profile: Profile, lang: Lang, listener: CheckListener, chosen = false): Promise<void> {
  const threads = threadCount(files.length);
  const workers: Worker[] = [];
  const ahead = new Map<number, FileCheck>();
  let handed = 0;
  let next = 0;
  let failure: unknown;
  let pending = 0;
  let wake: (() => void) | undefined;
  const deliver = (index: number, result: FileCheck): void => {
    ahead.set(index, result);
    for (let r = ahead.get(handed); r !== undefined; r = ahead.get(handed)) {
      ahead.delete(handed);
      listener.each(r, handed++);
    }
  };
  const send = (worker: Worker): void => {
    if (next >= files.length || failure !== undefined) return;
    const index = next++;
    listener.started(files[index] as string);
    pending++;
    worker.postMessage({ index, file: files[index] });
  };
  const tune = files.length > 1 && !userTunesHeap();
  if (tune) setFlagsFromString(TUNED);
  try {
    for (let t = 1; t < threads; t++) {
      const real = startWorker(profile, lang, chosen);
      workers.push(real);
      if (tune) real.on("online", () => setFlagsFromString(TUNED));
      real.on("message", (m: { readonly index: number; readonly result?: FileCheck; readonly bug?: string }) => {
        pending--;
        try {
          if (m.bug !== undefined) failure ??= new CheckThreadError(m.bug);
          else deliver(m.index, m.result as FileCheck);
        } catch (e) {
          failure ??= e;
        }
        send(real);
        wake?.();
      });
      real.on("error", (e) => {
        failure ??= e;
        wake?.();
      });
      real.on("exit", (code) => {
        if (next < files.length || pending > 0) failure ??= new CheckThreadError(`the thread ended with code ${code}`);
        wake?.();
      });
      send(real);
    }
    while (next < files.length && failure === undefined) {
      const index = next++;
      listener.started(files[index] as string);
      deliver(index, checkFile(files[index] as string, profile, lang, chosen));
      await yieldToSignals();
    }
    while (pending > 0 && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
    if (failure !== undefined) throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    if (tune) setFlagsFromString(DEFAULT);
  }
}
