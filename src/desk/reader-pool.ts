import type { DeskEntry } from "./read-entry";
import type { ReadJob, ReadRequest, ReadResponse } from "./read-protocol";
import { sliceJobs } from "./job-slices";
import { workerCount } from "./worker-count";

export interface ReadCallbacks {
  /** Called at most every `flushMs` with the entries that arrived since the last call. */
  readonly onEntries: (entries: readonly DeskEntry[]) => void;
  readonly onDone: () => void;
  readonly onFailed: (path: string, message: string) => void;
}

/** Slices a worker holds at a time (the one it reads and the next), so that it never waits for the page. */
const AHEAD = 2;

/** The part of a Web Worker the pool uses (tests pass a fake). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<ReadResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ReadRequest): void;
  terminate(): void;
}

/** The page's profile: its id, and whether the reviewer chose it (?profile=), so that it wins over the one a document names. */
export interface DeskProfile {
  readonly id: string;
  readonly chosen: boolean;
}

/**
 * Reads files in Web Workers (one per core, at most four: worker-count.ts) and hands the results to the
 * page in batches. The files go to the workers in slices (job-slices.ts), one message per task
 * of the page's event loop, and a worker gets its next slice when it has read one: the page's
 * main thread never spends a long task handing over a large folder. Returns a function that
 * stops reading (the workers are terminated).
 */
export function readInWorkers(
  workerUrl: string,
  profile: DeskProfile,
  jobs: readonly ReadJob[],
  callbacks: ReadCallbacks,
  flushMs = 150,
  makeWorker: (url: string) => WorkerLike = (url) => new Worker(url) as unknown as WorkerLike,
): () => void {
  const slices = sliceJobs(jobs);
  const count = workerCount(globalThis.navigator?.hardwareConcurrency, slices.length);
  const workers = Array.from({ length: count }, () => makeWorker(workerUrl));
  const outstanding = workers.map(() => 0);
  /** Workers owed a slice; one is posted per task. */
  const posts: number[] = [];
  let postTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: DeskEntry[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const flush = () => {
    timer = undefined;
    if (pending.length === 0) return;
    const out = pending;
    pending = [];
    callbacks.onEntries(out);
  };
  const stop = () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    if (postTimer !== undefined) clearTimeout(postTimer);
    for (const w of workers) w.terminate();
  };
  const pump = () => {
    postTimer = undefined;
    const k = posts.shift();
    const slice = slices.shift();
    if (stopped || k === undefined) return;
    if (slice) (workers[k] as WorkerLike).postMessage({ type: "read", profile: profile.id, chosen: profile.chosen, jobs: slice });
    else outstanding[k] = (outstanding[k] ?? 1) - 1;
    if (posts.length > 0) postTimer = setTimeout(pump, 0);
  };
  /** Owes worker k a slice, if any is left that no other worker is owed. */
  const owe = (k: number) => {
    if (slices.length <= posts.length) return;
    outstanding[k] = (outstanding[k] ?? 0) + 1;
    posts.push(k);
    postTimer ??= setTimeout(pump, 0);
  };
  workers.forEach((worker, k) => {
    worker.onmessage = (event: MessageEvent<ReadResponse>) => {
      if (stopped) return;
      const m = event.data;
      if (m.type === "entries") {
        pending.push(...m.entries);
        timer ??= setTimeout(flush, flushMs);
      } else if (m.type === "failed") {
        flush();
        stop();
        callbacks.onFailed(m.path, m.message);
      } else {
        outstanding[k] = (outstanding[k] ?? 1) - 1;
        owe(k);
        if (slices.length === 0 && posts.length === 0 && outstanding.every((n) => n === 0)) {
          flush();
          stop();
          callbacks.onDone();
        }
      }
    };
    worker.onerror = (event) => {
      if (stopped) return;
      flush();
      stop();
      callbacks.onFailed("", event.message);
    };
  });
  // Round robin, so that every worker starts at once and holds AHEAD slices.
  for (let round = 0; round < AHEAD; round++) workers.forEach((_, k) => owe(k));
  if (slices.length === 0) queueMicrotask(() => !stopped && (stop(), callbacks.onDone()));
  return () => {
    if (stopped) return;
    flush();
    stop();
  };
}
