import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(path) ? [path] : [];
  });
}

describe("privacy", () => {
  it("the product sends nothing anywhere: no network call in its code (the e2e test records the pane's requests)", () => {
    const offenders = sources(join(root, "src")).filter((f) => /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource|node:https?\b|from "https?"/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("the manifest asks for ReadWriteDocument only and names no other domain", () => {
    const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
    expect(manifest.match(/<Permissions>([^<]*)<\/Permissions>/)?.[1]).toBe("ReadWriteDocument");
    expect(manifest).not.toContain("<AppDomain");
    const hosts = new Set([...manifest.matchAll(/https:\/\/([^/"]+)/g)].map((m) => m[1]));
    expect([...hosts]).toEqual(["localhost:3000"]);
  });
});

describe("supply chain", () => {
  it("npm sbom writes a CycloneDX bill of materials that names every production dependency", () => {
    // Without --omit dev: npm then drops packages that development tools reach too (react, ajv, saxes).
    const bom = JSON.parse(execFileSync("npm", ["sbom", "--sbom-format", "cyclonedx"], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })) as {
      bomFormat: string;
      components: { name: string; group?: string; version: string }[];
    };
    expect(bom.bomFormat).toBe("CycloneDX");
    const names = new Set(bom.components.map((c) => (c.group ? `${c.group}/${c.name}` : c.name)));
    expect(Object.keys(pkg.dependencies).filter((d) => !names.has(d))).toEqual([]);
  }, 120_000);

  it("README lists each production dependency with the version installed and why", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    for (const name of Object.keys(pkg.dependencies)) {
      const version = (JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
      expect({ name, row: new RegExp(`^\\| \`${name.replace(/[/@.]/g, "\\$&")}\` \\| ${version.replace(/\./g, "\\.")} \\| .{10,}\\|$`, "m").test(readme) }).toEqual({ name, row: true });
    }
  });
});

describe("the help page (issue 11, item 12)", () => {
  it("carries a Content-Security-Policy that allows no script, no connection and no frame", () => {
    const html = readFileSync(join(__dirname, "../../src/help.html"), "utf8");
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src|connect-src|frame-src/);
    expect(html).not.toMatch(/<script/i);
  });
});

describe("npm start (issue 11, item 12)", () => {
  it("execs webpack, so that SIGTERM to npm reaches the dev server instead of leaving it serving", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts["start"]).toMatch(/^exec webpack serve /);
  });
});
