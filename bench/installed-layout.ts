import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The installed package's layout: what `npm install -g` of the packed tarball puts in place
 * (bin/, dist-cli/ compiled by scripts/build-cli.js, schemas/, package.json), with this
 * checkout's node_modules as its dependencies. Without sources, bin/beschluss.js runs the
 * compiled command, as a user's installation does. Returns the folder.
 */
export function installedLayout(): string {
  const root = join(__dirname, "..");
  execFileSync(process.execPath, [join(root, "scripts/build-cli.js")], { stdio: "pipe" });
  const pkg = mkdtempSync(join(tmpdir(), "bench-pkg-"));
  for (const part of ["bin", "dist-cli", "schemas", "package.json"]) cpSync(join(root, part), join(pkg, part), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(pkg, "node_modules"));
  return pkg;
}

/**
 * A copy of an installed layout without V8's code cache (dist-cli/beschluss.code-cache), to
 * time what the cache saves: bin/load-compiled.js then compiles the bundle as Node would.
 */
export function withoutCodeCache(pkg: string): string {
  const copy = mkdtempSync(join(tmpdir(), "bench-pkg-no-cache-"));
  cpSync(pkg, copy, { recursive: true, verbatimSymlinks: true });
  rmSync(join(copy, "dist-cli/beschluss.code-cache"));
  return copy;
}
