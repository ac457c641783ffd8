import { availableParallelism } from "node:os";
import { join } from "node:path";
import { setImmediate } from "node:timers/promises";
import { deserialize, serialize } from "node:v8";
import { Worker } from "node:worker_threads";
import type { Profile } from "../core/profile/profile";
import type { Lang } from "../i18n/format-finding";
import { checkFile, type FileCheck } from "./check-file";

/** Lets SIGINT and SIGTERM (and the threads' answers) be handled between two files: a long folder check stops when asked, not at its end. */
const yieldToSignals = (): Promise<void> => setImmediate();

/** Below this many files a second thread costs more to start than it saves. */
const MIN_FILES_PER_THREAD = 4;

/**
 * How many threads check a folder: one per core (at most 8), fewer for few files.
 * `BESCHLUSS_THREADS=1` keeps to one thread (a number caps them): for a machine shared with
 * other work, or to compare.
 */
export function threadCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env["BESCHLUSS_THREADS"]);
  const cores = Number.isInteger(asked) && asked >= 1 ? asked : Math.min(availableParallelism(), 8);
  return Math.max(1, Math.min(cores, Math.floor(files / MIN_FILES_PER_THREAD)));
}

/** A checking thread: the compiled worker beside the compiled command, or in a clone the sources through tsx. */
function startWorker(profile: Profile, lang: Lang): Worker {
  const workerData = { profile, lang };
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

/**
 * Checks the files, in parallel where there are cores and files enough: this thread and
 * `threadCount - 1` workers take the next file as each is free. The results come back in
 * the order of `files`, whichever thread finished first, so the report is the same as from
 * one thread; each file is checked by `checkFile` with the same limits. `started` is told
 * of each file as its check begins (the progress bar).
 */
export async function checkFiles(files: readonly string[], profile: Profile, lang: Lang, started: (file: string) => void): Promise<FileCheck[]> {
  const results: FileCheck[] = new Array<FileCheck>(files.length);
  const threads = threadCount(files.length);
  const workers: Worker[] = [];
  let next = 0;
  let failure: Error | undefined;
  let pending = 0;
  let wake: (() => void) | undefined;
  const send = (worker: Worker): void => {
    if (next >= files.length || failure) return;
    const index = next++;
    started(files[index] as string);
    pending++;
    worker.postMessage({ index, file: files[index] });
  };
  try {
    for (let t = 1; t < threads; t++) {
      const real = startWorker(profile, lang);
      workers.push(real);
      real.on("message", (m: { readonly index: number; readonly result?: FileCheck; readonly bug?: string }) => {
        pending--;
        if (m.bug !== undefined) failure ??= new CheckThreadError(m.bug);
        else results[m.index] = m.result as FileCheck;
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
    while (next < files.length && !failure) {
      const index = next++;
      started(files[index] as string);
      // A copy, as a worker's result arrives (the structured clone of node:v8, as postMessage makes it): the strings of
      // a Vorlage read from a document are slices of its parts' text, and would keep every document.xml of the folder
      // alive until the report is written.
      results[index] = deserialize(serialize(checkFile(files[index] as string, profile, lang))) as FileCheck;
      await yieldToSignals();
    }
    while (pending > 0 && !failure) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
    return results;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
