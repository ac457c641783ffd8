import { rmSync } from "node:fs";
import { E2E_RUN_DIR } from "./harness";

/** Removes the run's shared build folder (global-setup.ts). */
export default function globalTeardown(): void {
  const dir = process.env[E2E_RUN_DIR];
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
}
