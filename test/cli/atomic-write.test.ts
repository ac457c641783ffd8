import { linkSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The disk fills up halfway through the next write. */
let failNext = false;
/** The mode of each temporary file at the moment it is renamed into place. */
const tempModes: number[] = [];
/** Every path the writer opened or copied onto, with how. */
const opened: string[] = [];
jest.mock("node:fs", () => {
  const real = jest.requireActual<typeof import("node:fs")>("node:fs");
  return {
    ...real,
    openSync: (path: string, flags: string | number, mode?: number) => {
      opened.push(`open ${String(flags)} ${path}`);
      return real.openSync(path, flags, mode);
    },
    copyFileSync: (from: string, to: string, mode?: number) => {
      opened.push(`copy ${to}`);
      return real.copyFileSync(from, to, mode);
    },
    renameSync: (from: string, to: string) => {
      tempModes.push(real.statSync(from).mode & 0o777);
      return real.renameSync(from, to);
    },
    chmodSync: (path: string, mode: number) => {
      tempModes.push(real.statSync(path).mode & 0o777);
      return real.chmodSync(path, mode);
    },
    writeSync: (fd: number, data: Uint8Array, offset: number, length: number) => {
      if (!failNext) return real.writeSync(fd, data, offset, length);
      failNext = false;
      real.writeSync(fd, data, offset, Math.min(3, length));
      throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    },
  };
});

import { writeFileAtomic } from "../../src/cli/atomic-write";

describe("an interrupted write", () => {
  it("leaves the old file whole and no temporary file behind", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const target = join(dir, "vorlage.docx");
    writeFileSync(target, "der alte Stand");
    failNext = true;
    expect(() => writeFileAtomic(target, "der neue Stand")).toThrow(/ENOSPC/);
    expect(readFileSync(target, "utf8")).toBe("der alte Stand");
    expect(readdirSync(dir)).toEqual(["vorlage.docx"]);
    writeFileAtomic(target, "der neue Stand");
    expect(readFileSync(target, "utf8")).toBe("der neue Stand");
  });
});

describe("a temporary file", () => {
  it("is 0600 while the document is written into it, whatever the umask", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-mode-"));
    const old = process.umask(0o000);
    try {
      tempModes.length = 0;
      writeFileAtomic(join(dir, "neu.docx"), "personenbezogene Daten");
      // First observation: the temp file before its final mode is set.
      expect(tempModes[0]).toBe(0o600);
    } finally {
      process.umask(old);
    }
  });
});

describe("a file with another hard link (issue 20, case 3)", () => {
  it("is never written into: the new file is renamed over the given name, so that a kill at any moment leaves one whole file, and the other name keeps the old one", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-link-"));
    const target = join(dir, "vorlage.docx");
    const other = join(dir, "zweitname.docx");
    writeFileSync(target, "der alte Stand");
    linkSync(target, other);
    opened.length = 0;
    writeFileAtomic(target, "der neue Stand");
    expect(opened.filter((o) => o.endsWith(target) && !o.startsWith("open r "))).toEqual([]);
    expect(readFileSync(target, "utf8")).toBe("der neue Stand");
    expect(readFileSync(other, "utf8")).toBe("der alte Stand");
    expect(statSync(target).nlink).toBe(1);
  });
});
