import { EventEmitter } from "node:events";
import type { writeSync } from "node:fs";
import { fdOutput } from "../../src/cli/fd-output";

/** A descriptor that takes at most `chunk` bytes a call, then fails with the errors queued in `failAfter`. */
function descriptor(chunk: number, failures: Map<number, string> = new Map()) {
  const written: Record<number, Buffer[]> = { 1: [], 2: [] };
  let calls = 0;
  const write = ((fd: number, buffer: Uint8Array, offset: number, length: number) => {
    calls++;
    const code = failures.get(calls);
    if (code !== undefined) throw Object.assign(new Error(code), { code });
    const n = Math.min(chunk, length);
    written[fd]?.push(Buffer.from(buffer.subarray(offset, offset + n)));
    return n;
  }) as unknown as typeof writeSync;
  return { write, text: (fd: number) => Buffer.concat(written[fd] ?? []).toString("utf8") };
}

/** A stand-in for process.stdout: what it was given, and whether an error listener was put on it. */
function stream() {
  const s = Object.assign(new EventEmitter(), { got: [] as Buffer[], write: (b: Uint8Array) => s.got.push(Buffer.from(b)) });
  return s;
}

describe("writing a command's text on the descriptors", () => {
  it("writes every byte of the text, UTF-8, when the descriptor takes it in pieces", () => {
    const d = descriptor(5);
    const out = fdOutput(d.write, () => stream() as unknown as NodeJS.WritableStream);
    out.write(1, "Ziffer 2.3 geändert: Maßnahme „neu“\n");
    out.write(2, "alt.docx: nicht lesbar\n");
    expect(d.text(1)).toBe("Ziffer 2.3 geändert: Maßnahme „neu“\n");
    expect(d.text(2)).toBe("alt.docx: nicht lesbar\n");
    expect(out.pendingStreamWrites()).toBe(false);
  });

  it("stops writing to a reader that closed its end (EPIPE), without an error, and still writes the other descriptor", () => {
    const d = descriptor(4, new Map([[2, "EPIPE"]]));
    const out = fdOutput(d.write, () => stream() as unknown as NodeJS.WritableStream);
    out.write(1, "Vergleich a → b\n");
    out.write(1, "noch mehr\n");
    out.write(2, "Fehler\n");
    expect(d.text(1)).toBe("Verg");
    expect(d.text(2)).toBe("Fehler\n");
  });

  it("hands what a non-blocking descriptor cannot take now (EAGAIN) to its stream, and everything after it too, in order", () => {
    const d = descriptor(3, new Map([[2, "EAGAIN"]]));
    const s = stream();
    const out = fdOutput(d.write, () => s as unknown as NodeJS.WritableStream);
    out.write(1, "abcdefgh");
    out.write(1, "ijk");
    expect(d.text(1)).toBe("abc");
    expect(Buffer.concat(s.got).toString("utf8")).toBe("defghijk");
    expect(out.pendingStreamWrites()).toBe(true);
    // A closed reader of the stream is no error; any other stream error is not hidden.
    expect(() => s.emit("error", Object.assign(new Error("EPIPE"), { code: "EPIPE" }))).not.toThrow();
    expect(() => s.emit("error", Object.assign(new Error("EIO"), { code: "EIO" }))).toThrow("EIO");
  });

  it("does not hide any other error of the descriptor", () => {
    const d = descriptor(8, new Map([[1, "EIO"]]));
    const out = fdOutput(d.write, () => stream() as unknown as NodeJS.WritableStream);
    expect(() => out.write(1, "text")).toThrow("EIO");
  });
});
