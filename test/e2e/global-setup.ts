import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { E2E_RUN_DIR } from "./harness";

/**
 * Names one folder per jest run in which the e2e suites share a single production build
 * (harness.ts `build`). Nothing is built here: a run without e2e suites pays nothing.
 */
export default function globalSetup(): void {
  process.env[E2E_RUN_DIR] = mkdtempSync(join(tmpdir(), "e2e-run-"));
}
