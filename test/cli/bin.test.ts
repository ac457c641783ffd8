import { spawnSync } from "node:child_process";
import { join } from "node:path";

describe("the beschluss bin", () => {
  it("runs straight from the sources, with no build step", () => {
    const r = spawnSync(process.execPath, [join(__dirname, "../../bin/beschluss.js"), "--help"], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("beschluss – Beschlussvorlagen prüfen");
  });

  it("reports a missing file with exit 2 and no stack trace", () => {
    const r = spawnSync(process.execPath, [join(__dirname, "../../bin/beschluss.js"), "check", "/gibt/es/nicht.docx"], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stdout.trim()).toBe("/gibt/es/nicht.docx: nicht lesbar – nicht gefunden");
    expect(r.stderr).toBe("");
  });
});
