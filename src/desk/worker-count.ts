/** At most this many reading workers: each costs its own start (the worker's script compiled) and heap. */
export const MAX_WORKERS = 4;

/**
 * How many Web Workers read the reviewer's files: one per logical core the browser reports
 * (`navigator.hardwareConcurrency`, 2 where it says nothing), at most MAX_WORKERS, and no more
 * than there are slices to read. Not one core fewer for the page: while the workers read, the
 * page's main thread only takes batches of rows and lays out the table a frame at a time, and
 * one worker fewer left a core of two idle (bench:desk: the page at 1 worker on 2 cores was
 * slower than `beschluss check`, which reads with one thread per idle core). The browser says
 * nothing of the machine's load, so unlike the command's thread count this one cannot shrink
 * on a busy machine.
 */
export function workerCount(hardwareConcurrency: number | undefined, slices: number): number {
  const cores = hardwareConcurrency !== undefined && Number.isInteger(hardwareConcurrency) && hardwareConcurrency >= 1 ? hardwareConcurrency : 2;
  return Math.max(1, Math.min(cores, MAX_WORKERS, slices));
}
