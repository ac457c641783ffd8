import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";

/** Debian's Chromium, if installed (never a browser downloaded by a tool). */
export const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/**
 * Builds the add-in with the production configuration, once per test run: the e2e suites run in
 * parallel workers, and each used to run its own webpack build (four builds at once on a 2-core
 * machine, each with a fixed deadline, timed out under load). The first caller builds into the
 * run's folder (test/e2e/global-setup.ts names it); the others wait for that build. Outside a jest
 * run (no run folder) it builds into a fresh folder as before.
 */
export function build(): string {
  const run = process.env[E2E_RUN_DIR];
  if (run === undefined) return buildInto(mkdtempSync(join(tmpdir(), "dist-")));
  const dist = join(run, "dist");
  const done = join(run, "done");
  const failed = join(run, "failed");
  if (tryMkdir(join(run, "building"))) {
    try {
      buildInto(dist);
      writeFileSync(done, "");
    } catch (e) {
      writeFileSync(failed, e instanceof Error ? e.message : String(e));
      throw e;
    }
    return dist;
  }
  for (;;) {
    if (existsSync(done)) return dist;
    if (existsSync(failed)) throw new Error(`the shared e2e build failed in another test file: ${readFileSync(failed, "utf8")}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
}

/** The environment variable through which global-setup.ts hands the run's build folder to the workers. */
export const E2E_RUN_DIR = "BESCHLUSS_E2E_RUN_DIR";

function buildInto(out: string): string {
  const cli = require.resolve("webpack-cli/bin/cli.js");
  // No deadline of its own: a loaded machine may take minutes; jest's hook timeouts bound the wait.
  execFileSync(process.execPath, [cli, "--mode", "production", "--output-path", out], { cwd: join(__dirname, "../.."), stdio: "pipe" });
  return out;
}

function tryMkdir(path: string): boolean {
  try {
    mkdirSync(path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
}

const TYPES: Readonly<Record<string, string>> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".png": "image/png", ".xml": "application/xml", ".txt": "text/plain" };

/** Serves a folder on 127.0.0.1 (a free port); resolves with its origin. */
export function serve(root: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)));
    if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
    createReadStream(path).pipe(res);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    done({ origin: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, server });
  }));
}
