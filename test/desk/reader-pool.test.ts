import type { DeskEntry } from "../../src/desk/read-entry";
import type { ReadJob, ReadRequest, ReadResponse } from "../../src/desk/read-protocol";
import { jobsOf, SLICE_FILES, sliceJobs } from "../../src/desk/job-slices";
import { readInWorkers, type WorkerLike } from "../../src/desk/reader-pool";

const job = (id: number): ReadJob => ({ id, path: `v-${id}.docx`, file: { size: 10_000 } as Blob });
const jobs = (n: number) => Array.from({ length: n }, (_, i) => job(i));

describe("cutting a folder into slices for the reading workers", () => {
  it("hands 1,000 files over in slices of at most SLICE_FILES, every file once and in order", () => {
    const slices = sliceJobs(jobs(1000));
    expect(slices.length).toBeGreaterThanOrEqual(1000 / SLICE_FILES);
    expect(Math.max(...slices.map((s) => s.length))).toBeLessThanOrEqual(SLICE_FILES);
    expect(slices.flat().map((j) => j.id)).toEqual(jobs(1000).map((j) => j.id));
  });

  it("never asks a file for its size on the page (a synchronous call to the browser process for every file)", () => {
    const untouchable = Array.from({ length: 60 }, (_, id) => ({
      id,
      path: `v-${id}.docx`,
      file: Object.defineProperty({}, "size", {
        get: () => {
          throw new Error("File.size read on the main thread");
        },
      }) as Blob,
    }));
    const sizes = sliceJobs(untouchable).map((s) => s.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(60);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(SLICE_FILES);
  });

  it("makes the jobs without asking a file for its size or date on the page: the worker reads both", () => {
    const untouchable = (name: string) =>
      Object.defineProperties({ name }, {
        size: { get: () => { throw new Error("File.size read on the main thread"); } },
        lastModified: { get: () => { throw new Error("File.lastModified read on the main thread"); } },
      }) as unknown as File;
    const files = Array.from({ length: 60 }, (_, i) => ({ path: `sitzung/v-${i}.docx`, file: untouchable(`v-${i}.docx`) }));
    const made = jobsOf(files);
    expect(made.map((j) => [j.id, j.path])).toEqual(files.map((f, i) => [i, f.path]));
    expect(made.every((j, i) => j.file === files[i]?.file)).toBe(true);
  });
});

/** A worker that answers each slice like read-worker.ts: its entries, then slice-done. */
class FakeWorker implements WorkerLike {
  static all: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<ReadResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: ReadRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(message: ReadRequest): void {
    this.received.push(message);
    setTimeout(() => {
      const entries = message.jobs.map((j) => ({ id: j.id }) as unknown as DeskEntry);
      this.onmessage?.({ data: { type: "entries", entries } } as unknown as MessageEvent<ReadResponse>);
      this.onmessage?.({ data: { type: "slice-done" } } as unknown as MessageEvent<ReadResponse>);
    }, 5);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe("the pool of reading workers", () => {
  beforeEach(() => {
    FakeWorker.all = [];
    jest.useFakeTimers();
    Object.defineProperty(globalThis, "navigator", { value: { hardwareConcurrency: 4 }, configurable: true });
  });
  afterEach(() => jest.useRealTimers());

  it("never posts a whole folder in one message, and never more than one slice in one task of the page", async () => {
    const got: number[] = [];
    let done = false;
    readInWorkers("w.js", { id: "wiesbaden", chosen: false }, jobs(1000), { onEntries: (e) => got.push(...e.map((x) => x.id)), onDone: () => (done = true), onFailed: (p, m) => {
        throw new Error(`${p}: ${m}`);
      } }, 10, () => new FakeWorker());
    const posted = () => FakeWorker.all.reduce((n, w) => n + w.received.length, 0);
    // Nothing is posted in the task that chose the files; then one slice per timer task.
    expect(posted()).toBe(0);
    let before = posted();
    while (!done) {
      jest.advanceTimersToNextTimer();
      expect(posted() - before).toBeLessThanOrEqual(1);
      before = posted();
    }
    const messages = FakeWorker.all.flatMap((w) => w.received);
    expect(Math.max(...messages.map((m) => m.jobs.length))).toBeLessThanOrEqual(SLICE_FILES);
    expect(messages.flatMap((m) => m.jobs.map((j) => j.id)).sort((a, b) => a - b)).toEqual(jobs(1000).map((j) => j.id));
    expect(got.sort((a, b) => a - b)).toEqual(jobs(1000).map((j) => j.id));
    expect(FakeWorker.all).toHaveLength(4);
    expect(FakeWorker.all.every((w) => w.terminated)).toBe(true);
  });

  it("shares the slices among the workers by asking for more when one is read", () => {
    let done = false;
    readInWorkers("w.js", { id: "wiesbaden", chosen: false }, jobs(200), { onEntries: () => undefined, onDone: () => (done = true), onFailed: () => undefined }, 10, () => new FakeWorker());
    while (!done) jest.advanceTimersToNextTimer();
    expect(FakeWorker.all.map((w) => w.received.length).every((n) => n >= 2)).toBe(true);
  });

  it("stops every worker and posts nothing more once stopped", () => {
    const stop = readInWorkers("w.js", { id: "wiesbaden", chosen: false }, jobs(500), { onEntries: () => undefined, onDone: () => undefined, onFailed: () => undefined }, 10, () => new FakeWorker());
    jest.advanceTimersToNextTimer();
    stop();
    const posted = FakeWorker.all.reduce((n, w) => n + w.received.length, 0);
    jest.runAllTimers();
    expect(FakeWorker.all.reduce((n, w) => n + w.received.length, 0)).toBe(posted);
    expect(FakeWorker.all.every((w) => w.terminated)).toBe(true);
  });
});
