import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** `npm run build` for a city's own server, with its own copy of office.js. */
describe("the production build", () => {
  const out = mkdtempSync(join(tmpdir(), "build-"));
  beforeAll(() => {
    const cli = require.resolve("webpack-cli/bin/cli.js");
    execFileSync(
      process.execPath,
      [cli, "--mode", "production", "--output-path", out, "--env", "url=https://intranet.example.de/beschluss", "--env", "officejs=https://intranet.example.de/officejs/office.js"],
      { cwd: join(__dirname, "../.."), stdio: "pipe", timeout: 300_000 },
    );
  }, 300_000);

  it("rewrites every address in the manifest to the hosting URL", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain('<SourceLocation DefaultValue="https://intranet.example.de/beschluss/taskpane.html"/>');
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
  });

  it("loads office.js from the configured copy and allows no eval, no frames and no other script origin", () => {
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    expect(html).toMatch(/<script src="?https:\/\/intranet\.example\.de\/officejs\/office\.js"?>/);
    const csp = /Content-Security-Policy"? content="([^"]*)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("script-src 'self' https://intranet.example.de;");
    expect(csp).toContain("frame-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(html).not.toContain("appsforoffice.microsoft.com");
  });

  it("builds the preview without office.js at all", () => {
    const html = readFileSync(join(out, "preview.html"), "utf8");
    expect(html).not.toContain("office.js");
    expect(/Content-Security-Policy"? content="([^"]*)"/.exec(html)?.[1]).toContain("script-src 'self';");
  });
});
