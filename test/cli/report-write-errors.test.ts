import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The disk is full for the next write into a temporary file. */
let diskFull = false;
jest.mock("node:fs", () => {
  const real = jest.requireActual<typeof import("node:fs")>("node:fs");
  return {
    ...real,
    writeSync: (fd: number, data: Uint8Array, offset: number, length: number) => {
      if (!diskFull) return real.writeSync(fd, data, offset, length);
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    },
  };
});

import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { completeVorlage } from "../fixtures/builders";
import { run } from "./cli-helpers";

/** Issue 20, case 10: a full disk while the report is written is a German sentence and exit 2, not exit 3 with a trace. */
describe("a report on a full disk", () => {
  it("is one sentence naming the report, exit 2, and no temporary file is left", async () => {
    const dir = mkdtempSync(join(tmpdir(), "voll-"));
    const a = join(dir, "a.docx");
    writeFileSync(a, DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save());
    const target = join(dir, "bericht.csv");
    diskFull = true;
    let r;
    try {
      r = await run("check", a, "--csv", target);
    } finally {
      diskFull = false;
    }
    expect(r.code).toBe(2);
    expect(r.err).toBe(`beschluss: ${target} kann nicht geschrieben werden: kein Platz auf dem Datenträger`);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual(["a.docx"]);
  });
});
