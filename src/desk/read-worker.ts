import { BUILTIN_PROFILES, DEFAULT_PROFILE } from "../core/profile/builtin-profiles";
import { readEntry, tooLarge, type DeskEntry } from "./read-entry";
import type { ReadRequest, ReadResponse } from "./read-protocol";

/**
 * The Web Worker that reads .docx files for pruefen.html: the .docx engine runs here, off the
 * page's main thread, so that the page stays responsive while hundreds of files are read.
 * Nothing leaves the browser: the files arrive as Blobs and go back as rows.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadResponse): void;
}
const scope = self as unknown as WorkerScope;

/** File.lastModified, read here and not on the page (read-protocol.ts); a plain Blob has no date. */
const dateOf = (file: Blob): number | undefined => ("lastModified" in file && typeof file.lastModified === "number" ? file.lastModified : undefined);

const BATCH_MS = 100;
const BATCH_FILES = 25;

/** Slices not yet read, in the order they came; one loop reads them, so that files are never read twice at once. */
const queue: ReadRequest[] = [];
let reading = false;
let failed = false;

async function read(request: ReadRequest): Promise<void> {
  const profile = BUILTIN_PROFILES[request.profile] ?? DEFAULT_PROFILE;
  let batch: DeskEntry[] = [];
  let last = performance.now();
  for (const job of request.jobs) {
    let entry: DeskEntry;
    try {
      entry = tooLarge(job.id, job.path, job.file.size) ?? readEntry(job.id, job.path, new Uint8Array(await job.file.arrayBuffer()), profile, dateOf(job.file), request.chosen);
    } catch (e) {
      // A bug, not a bad file: say which file and stop, rather than carry on as if nothing happened.
      scope.postMessage({ type: "entries", entries: batch });
      scope.postMessage({ type: "failed", path: job.path, message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
      failed = true;
      return;
    }
    batch.push(entry);
    if (batch.length >= BATCH_FILES || performance.now() - last >= BATCH_MS) {
      scope.postMessage({ type: "entries", entries: batch });
      batch = [];
      last = performance.now();
    }
  }
  if (batch.length > 0) scope.postMessage({ type: "entries", entries: batch });
  scope.postMessage({ type: "slice-done" });
}

async function drain(): Promise<void> {
  reading = true;
  for (let next = queue.shift(); next && !failed; next = queue.shift()) await read(next);
  reading = false;
}

scope.onmessage = (event) => {
  queue.push(event.data);
  if (!reading) void drain();
};
