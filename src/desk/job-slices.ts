import type { PickedFile } from "./collect-files";
import type { ReadJob } from "./read-protocol";

/**
 * The reviewer's files as reading jobs, numbered in the order they came. Touches nothing of a
 * File but the object itself: its size and date are read in the worker (read-protocol.ts).
 */
export function jobsOf(files: readonly PickedFile[]): ReadJob[] {
  return files.map((f, id) => ({ id, path: f.path, file: f.file }));
}

/**
 * At most this many files per message to a worker: posting a File costs the page a snapshot of
 * its metadata, a synchronous call to the browser process (about a millisecond each on a quiet
 * machine; in a trace at a load of 17 on two cores, 211 and 280 ms for a message of 25 files,
 * long tasks of their own). Ten keep a message's task short under load; a worker holds two
 * slices, so it never waits for the page either way.
 */
export const SLICE_FILES = 10;

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
