import type { DeskEntry } from "./read-entry";

/**
 * A file handed to a reading worker; `File` objects are cloned by reference, so nothing is
 * copied on the page. The worker takes the file's size and date (File.lastModified, to count
 * the newest of several files with one Vorlagen-Nr.) itself: for a file from the dialog or a
 * drop each is a synchronous call to the browser process, which the page's main thread must
 * not make once per file (job-slices.ts, jobsOf).
 */
export interface ReadJob {
  readonly id: number;
  readonly path: string;
  readonly file: Blob;
}

/**
 * Page → worker: read these files (one slice, see job-slices.ts) with this municipality
 * profile. A worker reads its slices in the order they came and answers each with `slice-done`.
 */
export interface ReadRequest {
  readonly type: "read";
  readonly profile: string;
  /** The reviewer chose the profile (?profile=): it wins over the one a document names, as `check --profile` does. */
  readonly chosen: boolean;
  readonly jobs: readonly ReadJob[];
}

/**
 * Worker → page. Results come in batches (at most every 100 ms or 25 files), so that a folder
 * of a thousand files costs the page a few dozen updates instead of a thousand. `slice-done`
 * asks for the next slice.
 */
export type ReadResponse =
  | { readonly type: "entries"; readonly entries: readonly DeskEntry[] }
  | { readonly type: "slice-done" }
  | { readonly type: "failed"; readonly path: string; readonly message: string };
