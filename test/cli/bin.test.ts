import { runBin } from "./cli-helpers";

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
});
