import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { completeVorlage } from "../fixtures/builders";
import { BIN, tempFolder } from "./cli-helpers";

/**
 * Issue 20, item 3 (case 10): Ctrl-C or SIGTERM during a long folder check stops the check
 * (exit 130 / 143), and no report is written. The test knows the check has begun without a
 * clock: the files' access times are set into the past, and the first read updates the
 * first file's (relatime, Linux's default). The check then has hundreds of files to go.
 */
const { dir } = tempFolder("signal-");
const FILES = 500;
const VORLAGE = DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save();
const PAST = new Date("2001-01-01T00:00:00Z");

function folderOfVorlagen(name: string): { folder: string; first: string } {
  const folder = join(dir, name);
  mkdirSync(folder);
  for (let i = 0; i < FILES; i++) {
    const path = join(folder, `v${String(i).padStart(4, "0")}.docx`);
    writeFileSync(path, VORLAGE);
    utimesSync(path, PAST, new Date());
  }
  return { folder, first: join(folder, "v0000.docx") };
}

/** Whether reading a file updates its access time here (not on a noatime mount). */
function atimeWorks(): boolean {
  const probe = join(dir, "probe.txt");
  writeFileSync(probe, "x");
  utimesSync(probe, PAST, new Date());
  readFileSync(probe);
  return statSync(probe).atimeMs > PAST.getTime();
}

async function interruptedCheck(signal: "SIGINT" | "SIGTERM", name: string) {
  const { folder, first } = folderOfVorlagen(name);
  const out = join(dir, `${name}-bericht`);
  mkdirSync(out);
  const child = spawn(process.execPath, [BIN, "check", folder, "--report", join(out, "bericht.html"), "--csv", join(out, "bericht.csv")], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, sig) => resolve({ code, signal: sig })));
  let running = true;
  void exited.then(() => (running = false));
  while (running && statSync(first).atimeMs <= PAST.getTime()) await new Promise((r) => setImmediate(r));
  child.kill(signal);
  return { ...(await exited), stdout, stderr, out };
}

const withAtime = atimeWorks() ? it : it.skip;

describe("a folder check stops when asked", () => {
  withAtime(
    "SIGTERM during the check: exit 143, no report file, no partial report on the terminal, no temporary file",
    async () => {
      const r = await interruptedCheck("SIGTERM", "term");
      expect(r.code).toBe(143);
      expect(readdirSync(r.out)).toEqual([]);
      expect(r.stdout).not.toContain("Dateien geprüft");
      expect(r.stderr).not.toContain("geschrieben");
    },
    120_000,
  );

  withAtime(
    "SIGINT (Ctrl-C) during the check: exit 130, no report file",
    async () => {
      const r = await interruptedCheck("SIGINT", "int");
      expect(r.code).toBe(130);
      expect(readdirSync(r.out)).toEqual([]);
      expect(existsSync(join(r.out, "bericht.csv"))).toBe(false);
    },
    120_000,
  );
});
