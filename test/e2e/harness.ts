import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";

/** Debian's Chromium, if installed (never a browser downloaded by a tool). */
export const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Builds the add-in into a fresh folder with the production configuration. */
export function build(): string {
  const out = mkdtempSync(join(tmpdir(), "dist-"));
  const cli = require.resolve("webpack-cli/bin/cli.js");
  execFileSync(process.execPath, [cli, "--mode", "production", "--output-path", out], { cwd: join(__dirname, "../.."), stdio: "pipe", timeout: 300_000 });
  return out;
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
