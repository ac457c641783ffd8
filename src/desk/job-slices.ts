import type { ReadJob } from "./read-protocol";

/** At most this many files per message to a worker: posting a File costs the page a snapshot of its metadata (about a millisecond each on a busy machine). */
export const SLICE_FILES = 25;
/** At most this many bytes of files per slice, so that one worker does not take a run of large files while the others wait. */
export const SLICE_BYTES = 16 * 1024 * 1024;

/**
 * Cuts the files into the slices the page hands to its workers one message at a time. Posting
 * hundreds of File objects in one message made one long task on the page's main thread (the
 * structured clone takes every file's snapshot); slices keep each hand-over short, and workers
 * that ask for the next slice when they have read theirs share the work by how fast they are.
 * Every slice has at least one file; order is kept.
 */
export function sliceJobs(jobs: readonly ReadJob[], maxFiles = SLICE_FILES, maxBytes = SLICE_BYTES): ReadJob[][] {
  const slices: ReadJob[][] = [];
  let current: ReadJob[] = [];
  let bytes = 0;
  for (const job of jobs) {
    if (current.length > 0 && (current.length >= maxFiles || bytes + job.file.size > maxBytes)) {
      slices.push(current);
      current = [];
      bytes = 0;
    }
    current.push(job);
    bytes += job.file.size;
  }
  if (current.length > 0) slices.push(current);
  return slices;
}
