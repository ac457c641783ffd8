import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** `npm run build` for a city's own server, with its own copy of office.js. */
describe("the production build", () => {
  const out = mkdtempSync(join(tmpdir(), "build-"));
  const statsFile = join(mkdtempSync(join(tmpdir(), "build-stats-")), "stats.json");
  beforeAll(() => {
    const cli = require.resolve("webpack-cli/bin/cli.js");
    execFileSync(
      process.execPath,
      [cli, "--mode", "production", "--output-path", out, "--json", statsFile, "--env", "url=https://intranet.example.de/beschluss", "--env", "officejs=https://intranet.example.de/officejs/office.js"],
      { cwd: join(__dirname, "../.."), stdio: "pipe", timeout: 600_000 },
    );
  }, 600_000);

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

  /** The scripts a page names in its HTML: what it loads before anything else. */
  const htmlScripts = (page: string): string[] =>
    [...readFileSync(join(out, page), "utf8").matchAll(/<script[^>]*src="?([^" >]+\.js)"?/g)].map((m) => m[1] as string).filter((s) => !s.startsWith("http"));

  interface StatsModule { readonly name: string; readonly modules?: readonly StatsModule[] }
  interface Stats { entrypoints: Record<string, { chunks: (string | number)[] }>; chunks: { id: string | number; modules?: StatsModule[] }[] }
  let parsed: Stats | undefined;

  /** Every module in an entry's initial chunks (concatenated modules opened up). */
  function initialModules(entry: string): string[] {
    const stats = (parsed ??= JSON.parse(readFileSync(statsFile, "utf8")) as Stats);
    const ids = new Set(stats.entrypoints[entry]?.chunks ?? []);
    const flat = (m: StatsModule): string[] => (m.modules ? m.modules.flatMap(flat) : [m.name]);
    return stats.chunks.filter((c) => ids.has(c.id)).flatMap((c) => (c.modules ?? []).flatMap(flat));
  }

  // Code the first screen does not need: it loads when it is needed (an export, a comment, the document's adapter).
  const HEAVY: readonly RegExp[] = [
    /node_modules\/ajv\//, // schema validation: the built-in profile is checked at build time
    /profile-validator/,
    /src\/document\/docx\//, // the .docx engine (the preview loads it beside the pane)
    /node_modules\/fflate\//, // zip
    /node_modules\/@xmldom\//, // XML parsers
    /node_modules\/saxes\//,
    /src\/document\/word\/word-port/, // the Word adapter
    /src\/document\/ooxml\//, // OOXML reading and the house-style renderer
    /src\/core\/metadata\//, // JSON, XML part and OParl export
    /src\/document\/finding-comments/, // findings as comments
    /src\/core\/recognize\//, // recognition of unstructured documents
    /src\/desk\//, // the reviewers' desk and its reports
    /src\/core\/report\//,
    /date-fns\/locale/,
  ];

  it.each(["taskpane", "preview"])("keeps the export, comments, the document engines, the validator and the desk out of %s's initial scripts", (entry) => {
    const modules = initialModules(entry);
    expect(modules.length).toBeGreaterThan(50); // the stats were read
    expect(modules).toContain(`./src/${entry === "taskpane" ? "taskpane" : "preview"}/index.tsx`);
    // Not the Griffel CSS of those modules: Griffel's extraction puts every page's rules into the one stylesheet
    // (its rules must be sorted together), which holds no code (checked below).
    const code = modules.filter((m) => !/^css .*@griffel\/webpack-extraction-plugin\/virtual-loader/.test(m));
    expect(code.filter((m) => HEAVY.some((h) => h.test(m)))).toEqual([]);
  });

  it.each(["taskpane.html", "preview.html"])("starts %s with at most 200 KiB of JavaScript (gzip), React's production build", (page) => {
    const scripts = htmlScripts(page);
    expect(scripts.length).toBeGreaterThan(0);
    const bytes = scripts.reduce((sum, s) => sum + gzipSync(readFileSync(join(out, s)), { level: 9 }).length, 0);
    expect(bytes).toBeLessThanOrEqual(200 * 1024);
    const code = scripts.map((s) => readFileSync(join(out, s), "utf8")).join("\n");
    expect(code).not.toMatch(/react-dom\.development|Warning: Each child in a list/);
  });

  it.each(["taskpane.html", "preview.html", "pruefen.html"])("gives %s no inline script and no script that evaluates strings, and preloads only its own files", (page) => {
    const html = readFileSync(join(out, page), "utf8");
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    const preloads = [...html.matchAll(/<link[^>]*rel="?preload"?[^>]*href="?([^" >]+)"?/g)].map((m) => m[1] as string);
    for (const p of preloads) expect(existsSync(join(out, p))).toBe(true);
    for (const s of htmlScripts(page)) expect(readFileSync(join(out, s), "utf8")).not.toMatch(/new Function\(|\beval\(/);
  });

  /** The stylesheets a page links in its HTML. */
  const htmlStylesheets = (page: string): string[] =>
    [...readFileSync(join(out, page), "utf8").matchAll(/<link(?=[^>]*rel="?stylesheet"?)[^>]*href="?([^" >]+)"?/g)].map((m) => m[1] as string);

  it.each(["taskpane.html", "preview.html", "pruefen.html"])("links Griffel's CSS extracted at build time in %s, and its scripts carry no CSS rules to insert", (page) => {
    const sheets = htmlStylesheets(page);
    expect(sheets).toEqual([expect.stringMatching(/^griffel\.[0-9a-f]{8}\.css$/)]);
    const css = readFileSync(join(out, sheets[0] as string), "utf8");
    // Fluent's own rules (a Button's focus outline) and ours (the pane's layout, src/taskpane/components/App.tsx).
    expect(css).toMatch(/:focus-visible/);
    expect(css).toMatch(/ \.fui-MessageBarBody\{max-width:100%;\}/);
    expect(css.length).toBeGreaterThan(20_000);
    // A Griffel rule in the code (`".fxxxxxx{color:…"`) would be computed and inserted at runtime again.
    for (const s of htmlScripts(page)) expect(readFileSync(join(out, s), "utf8")).not.toMatch(/"\.[a-z0-9]{6,8}\{[a-z-]+:/);
    // A stylesheet from the add-in's own origin is what the CSP's style-src 'self' allows.
    const csp = /Content-Security-Policy"? content="([^"]*)"/.exec(readFileSync(join(out, page), "utf8"))?.[1] ?? "";
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
  });

  it("preloads the adapter the Word pane requests at start, and not the preview's engine (requested once the pane is drawn)", () => {
    const preloads = (page: string) => [...readFileSync(join(out, page), "utf8").matchAll(/<link[^>]*rel="?preload"?[^>]*href="?([^" >]+)"?/g)].map((m) => m[1] as string);
    expect(preloads("preview.html")).not.toEqual(expect.arrayContaining([expect.stringMatching(/^engine\.[0-9a-f]+\.js$/)]));
    expect(preloads("taskpane.html")).toEqual(expect.arrayContaining([expect.stringMatching(/^word\.[0-9a-f]+\.js$/)]));
  });
});
