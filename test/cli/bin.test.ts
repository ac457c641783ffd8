import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, runBin } from "./cli-helpers";

describe("the beschluss bin", () => {
  it("runs straight from the sources, with no build step", () => {
    const r = runBin("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("beschluss – Beschlussvorlagen prüfen");
  });

  it("reports a missing file with exit 2 and no stack trace", () => {
    const r = runBin("check", "/gibt/es/nicht.docx");
    expect(r.status).toBe(2);
    expect(r.stdout.trim()).toBe("/gibt/es/nicht.docx: nicht lesbar – nicht gefunden");
    expect(r.stderr).toBe("");
  });

  it("ends without a stack trace when its reader stops early (`… | head`), and still does its work", () => {
    // The shell closes the pipe once `head -c 1` has its byte; the command goes on writing into it.
    const doc = join(__dirname, "../fixtures/corpus/fresh/64-word-bayreuth-beschluss-in-tabelle.docx");
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" recognize --explain "${doc}" | head -c 1 >/dev/null; exit \${PIPESTATUS[0]}`], { encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).not.toMatch(/EPIPE|at .*\.ts:|Unhandled/u);
    expect(r.status).toBe(0);
  });
  it("checks a folder with its threads when called from another directory than the clone (the threads find tsx beside the sources)", () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "beschluss-cwd-"));
    const folder = join(__dirname, "../fixtures/corpus/fresh");
    const r = spawnSync(process.execPath, [BIN, "check", folder], { cwd: elsewhere, encoding: "utf8", timeout: 120_000, env: { ...process.env, BESCHLUSS_THREADS: "2" } });
    expect(r.stderr).not.toMatch(/interner Fehler|Cannot find module/u);
    expect(r.stdout).toMatch(/Dateien geprüft/u);
  });
});
