import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { isDeepStrictEqual } from "node:util";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "./harness";

/** Debian's Chromium in a fresh profile, as the e2e tests and bench:desk use it. */
export async function launch(viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "chromium-")), {
    executablePath: CHROMIUM as string,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport,
  });
}

/** Hands files to the page's file input, as a reviewer choosing them in the dialog does. */
export async function chooseFiles(page: Page, files: readonly { readonly name: string; readonly bytes: Uint8Array }[]): Promise<void> {
  await page.locator("[data-testid=file-input]").setInputFiles(files.map((f) => ({ name: f.name, mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(f.bytes) })));
}

/** Waits until every one of `total` files is read (German or English progress text) and reading has stopped. */
export async function readingDone(page: Page, total: number): Promise<void> {
  await page.getByText(new RegExp(`^${total} (von|of) ${total} (Dateien|Datei|files|file) (gelesen|read)$`)).first().waitFor({ timeout: 600_000 });
  await page.getByRole("button", { name: /Lesen abbrechen|Stop reading/ }).waitFor({ state: "detached", timeout: 600_000 });
}

/**
 * Reads `read()` until it gives `expected` (deep equality), then returns; fails with the last
 * value once `timeout` has passed. The page renders after events, transitions and frames, so a
 * value read once right after an action may be the one before it: a test waits for the state,
 * never for a fixed time. `timeout` is a bound for a stuck page, not a measure of speed.
 */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 60_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (isDeepStrictEqual(value, expected)) return;
    if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(value)} after ${timeout} ms, expected ${JSON.stringify(expected)}`);
    await new Promise((next) => setTimeout(next, 25));
  }
}
