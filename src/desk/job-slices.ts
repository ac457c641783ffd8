import type { PickedFile } from "./collect-files";
import type { ReadJob } from "./read-protocol";

/**
 * The reviewer's files as reading jobs, numbered in the order they came. Touches nothing of a
 * File but the object itself: its size and date are read in the worker (read-protocol.ts).
 */
export function jobsOf(files: readonly PickedFile[]): ReadJob[] {
  return files.map((f, id) => ({ id, path: f.path, file: f.file }));
}

/** At most this many files per message to a worker: posting a File costs the page a snapshot of its metadata (about a millisecond each on a busy machine). */
export const SLICE_FILES = 25;

/**
 * Cuts the files into the slices the page hands to its workers one message at a time. Posting
 * hundreds of File objects in one message made one long task on the page's main thread (the
 * structured clone takes every file's snapshot); slices keep each hand-over short, and workers
 * that ask for the next slice when they have read theirs share the work by how fast they are.
 * Slices are cut by count, not by bytes: `File.size` of a file from a dialog or a drop is a
 * synchronous call to the browser process on the page's main thread, exactly what this avoids
 * (the worker looks at the size). Every slice has at least one file; order is kept.
 */
export function sliceJobs(jobs: readonly ReadJob[], maxFiles = SLICE_FILES): ReadJob[][] {
  const slices: ReadJob[][] = [];
  for (let i = 0; i < jobs.length; i += maxFiles) slices.push(jobs.slice(i, i + maxFiles));
  return slices;
}
