import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

/** bin/beschluss.js of this checkout (the sources through tsx). */
export const BIN = join(__dirname, "../../bin/beschluss.js");

/** What a run of the command wrote and how it ended. */
export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the command in this process, as bin/beschluss.js does, with its output caught. */
export async function run(...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** Runs bin/beschluss.js in a process of its own (start-up, exit code and streams as a user sees them). */
export const runBin = (...args: string[]): SpawnSyncReturns<string> => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 60_000 });

/** A fresh temporary folder and a writer of files into it; `file` returns the path. */
export function tempFolder(prefix: string): { readonly dir: string; readonly file: (name: string, bytes: Uint8Array | string) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file: (name, bytes) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
  };
}
