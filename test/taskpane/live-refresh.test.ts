import type { DocumentChange } from "../../src/document/port";
import { LiveRefresh } from "../../src/taskpane/live-refresh";

const change = (id: string): DocumentChange => ({ kind: "paragraphs", ids: [id] });

describe("live refresh: debounced, one read in flight", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("reads once after the user pauses, with every change of the burst", async () => {
    const reads: (readonly DocumentChange[])[] = [];
    const live = new LiveRefresh(async (c) => void reads.push(c), 400);
    live.notify(change("a"));
    await jest.advanceTimersByTimeAsync(300);
    live.notify(change("b"));
    await jest.advanceTimersByTimeAsync(300);
    expect(reads).toEqual([]);
    await jest.advanceTimersByTimeAsync(100);
    expect(reads).toEqual([[change("a"), change("b")]]);
  });

  it("never starts a second read while one runs; what came meanwhile is read right after", async () => {
    let release: () => void = () => undefined;
    const reads: (readonly DocumentChange[])[] = [];
    let running = 0;
    let most = 0;
    const live = new LiveRefresh(async (c) => {
      reads.push(c);
      running++;
      most = Math.max(most, running);
      await new Promise<void>((r) => (release = r));
      running--;
    }, 100);
    live.notify(change("a"));
    await jest.advanceTimersByTimeAsync(100);
    expect(live.reading).toBe(true);
    live.notify(change("b"));
    await jest.advanceTimersByTimeAsync(500);
    expect(reads).toHaveLength(1);
    release();
    await jest.advanceTimersByTimeAsync(100);
    expect(reads).toEqual([[change("a")], [change("b")]]);
    release();
    await jest.advanceTimersByTimeAsync(0);
    expect(most).toBe(1);
  });

  it("reads nothing after it is stopped", async () => {
    const reads: unknown[] = [];
    const live = new LiveRefresh(async (c) => void reads.push(c), 100);
    live.notify(change("a"));
    live.stop();
    live.notify(change("b"));
    await jest.advanceTimersByTimeAsync(1000);
    expect(reads).toEqual([]);
  });
});
