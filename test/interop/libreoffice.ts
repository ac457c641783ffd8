import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/** The LibreOffice binary, or undefined when it is not installed. */
export function findSoffice(): string | undefined {
  for (const name of ["soffice", "libreoffice"]) {
    const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
    if (r.status === 0 && r.stdout.trim() !== "") return r.stdout.trim();
  }
  return undefined;
}

/**
 * Converts a file with headless LibreOffice, in a profile of its own (so that parallel
 * runs and a user's open LibreOffice do not interfere). Returns the converted bytes.
 */
export function convert(soffice: string, name: string, bytes: Uint8Array | string, to: string, filter?: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "lo-"));
  const input = join(dir, name);
  writeFileSync(input, bytes);
  const args = [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", ...(filter ? [`--infilter=${filter}`] : []), "--convert-to", to, "--outdir", join(dir, "out"), input];
  execFileSync(soffice, args, { stdio: "pipe", timeout: 120_000 });
  const ext = to.split(":")[0] as string;
  return readFileSync(join(dir, "out", `${basename(name).replace(/\.[^.]+$/, "")}.${ext}`));
}

export function pdfToText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "pdf-"));
  const file = join(dir, "x.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

/**
 * Converts several files in one LibreOffice start (each start costs seconds): name → bytes
 * in, name → converted bytes out, in a profile of its own.
 */
export function convertMany(soffice: string, files: ReadonlyMap<string, Uint8Array>, to: string): Map<string, Buffer> {
  const dir = mkdtempSync(join(tmpdir(), "lo-"));
  const inputs = [...files].map(([name, bytes]) => {
    const input = join(dir, name);
    writeFileSync(input, bytes);
    return input;
  });
  const args = [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", to, "--outdir", join(dir, "out"), ...inputs];
  execFileSync(soffice, args, { stdio: "pipe", timeout: 300_000 });
  const ext = to.split(":")[0] as string;
  return new Map([...files.keys()].map((name) => [name, readFileSync(join(dir, "out", `${basename(name).replace(/\.[^.]+$/, "")}.${ext}`))]));
}
