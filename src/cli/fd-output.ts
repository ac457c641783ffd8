import { writeSync } from "node:fs";

/**
 * Standard output and error written with `fs.writeSync` on their file descriptors, for a
 * command that writes its text once and ends (the compiled `beschluss diff`, see
 * bin/beschluss.js). `process.stdout` and `process.stderr` are streams that Node builds on
 * first use, loading its stream, socket and TTY modules for them: a few milliseconds of a
 * process that lives a third of a second, for nothing it needs.
 *
 * The same bytes as the streams write. A reader that closed its end (EPIPE: `beschluss diff a b
 * | head`) gets no more and is no error, as with `quietOnClosedOutput`. A descriptor that
 * cannot take the text at once (EAGAIN, a non-blocking pipe) gets the rest through its stream,
 * and `pendingStreamWrites` says that the process must wait for it before it ends.
 */
export interface FdOutput {
  readonly write: (fd: 1 | 2, text: string) => void;
  /** Text was handed to a stream that may still be writing it. */
  readonly pendingStreamWrites: () => boolean;
}

export function fdOutput(write: typeof writeSync = writeSync, streamOf: (fd: 1 | 2) => NodeJS.WritableStream = (fd) => (fd === 1 ? process.stdout : process.stderr)): FdOutput {
  const closed = new Set<number>();
  /** Descriptors whose text goes through their stream from now on, so that it stays in order. */
  const streamed = new Map<number, NodeJS.WritableStream>();
  const toStream = (fd: 1 | 2, bytes: Uint8Array): void => {
    let stream = streamed.get(fd);
    if (stream === undefined) {
      stream = streamOf(fd);
      stream.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code !== "EPIPE") throw error;
      });
      streamed.set(fd, stream);
    }
    stream.write(bytes);
  };
  return {
    write(fd, text) {
      if (closed.has(fd)) return;
      const bytes = Buffer.from(text, "utf8");
      if (streamed.has(fd)) return toStream(fd, bytes);
      let at = 0;
      while (at < bytes.length) {
        try {
          at += write(fd, bytes, at, bytes.length - at);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === "EPIPE") {
            closed.add(fd);
            return;
          }
          if (code !== "EAGAIN") throw e;
          return toStream(fd, bytes.subarray(at));
        }
      }
    },
    pendingStreamWrites: () => streamed.size > 0,
  };
}
