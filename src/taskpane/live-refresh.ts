import type { DocumentChange } from "../document/port";

/** The timer functions the controller uses; tests pass jest's fake timers through the globals. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const globalTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Keeps the findings live while the user types in Word: changes reported by the document
 * are collected and, once the user pauses for `delayMs`, read in one go — never more than
 * one read in flight; changes that arrive during a read are read right after it.
 * Pure scheduling: what to read is the port's business (`readChanged`).
 */
export class LiveRefresh {
  private pending: DocumentChange[] = [];
  private timer: unknown;
  private inFlight = false;
  private stopped = false;

  constructor(
    private readonly refresh: (changes: readonly DocumentChange[]) => Promise<void>,
    private readonly delayMs = 500,
    private readonly timers: Timers = globalTimers,
  ) {}

  /** A change was reported: (re)start the quiet period. */
  notify(change: DocumentChange): void {
    if (this.stopped) return;
    this.pending.push(change);
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => this.flush(), this.delayMs);
  }

  /** Whether a read is running now (for tests and the pane). */
  get reading(): boolean {
    return this.inFlight;
  }

  private flush(): void {
    this.timer = undefined;
    if (this.inFlight || this.stopped || this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.inFlight = true;
    void this.refresh(batch).finally(() => {
      this.inFlight = false;
      if (this.pending.length > 0 && this.timer === undefined) this.timer = this.timers.setTimeout(() => this.flush(), this.delayMs);
    });
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = [];
  }
}
