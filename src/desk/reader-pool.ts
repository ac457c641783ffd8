import type { DeskEntry } from "./read-entry";
import type { ReadJob, ReadResponse } from "./read-protocol";

export interface ReadCallbacks {
  /** Called at most every `flushMs` with the entries that arrived since the last call. */
  readonly onEntries: (entries: readonly DeskEntry[]) => void;
  readonly onDone: () => void;
  readonly onFailed: (path: string, message: string) => void;
}

/**
 * Reads files in Web Workers (one per spare core, at most four) and hands the results to the
 * page in batches. Returns a function that stops reading (the workers are terminated).
 */
export function readInWorkers(workerUrl: string, profile: string, jobs: readonly ReadJob[], callbacks: ReadCallbacks, flushMs = 150): () => void {
  const count = Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1, jobs.length));
  const workers = Array.from({ length: count }, () => new Worker(workerUrl));
  let pending: DeskEntry[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = count;
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
    for (const w of workers) w.terminate();
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
      } else if (--running === 0) {
        flush();
        stop();
        callbacks.onDone();
      }
    };
    worker.onerror = (event) => {
      if (stopped) return;
      flush();
      stop();
      callbacks.onFailed("", event.message);
    };
    // Interleaved, so that every worker gets a fair share of large and small files in folder order.
    worker.postMessage({ type: "read", profile, jobs: jobs.filter((_, i) => i % count === k) });
  });
  return () => {
    if (stopped) return;
    flush();
    stop();
  };
}
