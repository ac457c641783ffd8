/**
 * npm run bench:ui — the pane's initial JavaScript (gzip) and the time from navigation to
 * an interactive pane (its first button enabled) in headless Chromium, beside a bare Fluent UI v9 pane built the
 * same way as the reference. Medians of repeated loads; the machine is shared, so read
 * the ratio, not the milliseconds.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, serve } from "../test/e2e/harness";

const root = join(__dirname, "..");
const cli = require.resolve("webpack-cli/bin/cli.js");

function build(config: string): string {
  const out = mkdtempSync(join(tmpdir(), "bench-ui-"));
  execFileSync(process.execPath, [cli, "--config", config, "--mode", "production", "--output-path", out], { cwd: root, stdio: "pipe" });
  return out;
}

/** gzip bytes of the scripts a page loads at start. */
function initialJs(dir: string, page: string): number {
  const html = readFileSync(join(dir, page), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+\.js)"?/g)].map((m) => m[1] as string).filter((s) => !s.startsWith("http"));
  return scripts.reduce((sum, s) => sum + gzipSync(readFileSync(join(dir, s)), { level: 9 }).length, 0);
}

async function timeToInteractive(url: string, ready: string, runs = 7): Promise<number> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "chromium-")), { executablePath: CHROMIUM as string, headless: true, args: CHROMIUM_ARGS });
  const page = context.pages()[0] ?? (await context.newPage());
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    await page.goto(url);
    // Interactive means usable: the button is there and enabled (the preview's document engine has loaded and read the document).
    const button = page.getByRole("button", { name: ready }).first();
    await button.waitFor();
    await page.waitForFunction((name) => Array.from(document.querySelectorAll("button")).some((b) => b.textContent === name && !b.disabled), ready, { polling: "raf" });
    const ms = await page.evaluate(() => performance.now());
    if (i > 0) times.push(ms); // the first load warms the disk cache
  }
  await context.close();
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

async function main(): Promise<void> {
  if (!CHROMIUM) throw new Error("bench:ui needs Debian's chromium (apt-get install chromium)");
  const app = build(join(root, "webpack.config.js"));
  const reference = build(join(root, "bench/ui/webpack.reference.js"));
  const a = await serve(app);
  const r = await serve(reference);
  const rows = [
    { name: "Beschlussvorlage pane (preview.html, with the .docx engine)", js: initialJs(app, "preview.html"), ms: await timeToInteractive(`${a.origin}/preview.html`, "Abschnitt „Beschluss“ einfügen") },
    { name: "Beschlussvorlage pane in Word (taskpane.html, office.js not counted)", js: initialJs(app, "taskpane.html"), ms: Number.NaN },
    { name: "bare Fluent UI v9 pane (reference)", js: initialJs(reference, "reference.html"), ms: await timeToInteractive(`${r.origin}/reference.html`, "Abschnitt einfügen") },
  ];
  a.server.close();
  r.server.close();
  const ref = rows[2] as (typeof rows)[number];
  console.log("| page | initial JS gzip KiB | interactive ms (median) | × reference |");
  console.log("|---|---:|---:|---:|");
  for (const row of rows) {
    const ratio = Number.isNaN(row.ms) ? "–" : (row.ms / ref.ms).toFixed(2);
    console.log(`| ${row.name} | ${(row.js / 1024).toFixed(1)} | ${Number.isNaN(row.ms) ? "–" : row.ms.toFixed(0)} | ${ratio} |`);
  }
}

void main();
