import { readFileSync } from "node:fs";
import { BUILTIN_PROFILES, DEFAULT_PROFILE } from "../core/profile/builtin-profiles";
import type { Profile } from "../core/profile/profile";

/** `--profile wiesbaden`, `--profile karlsruhe` or `--profile ./stadt.json`; throws with a readable reason. */
export function loadProfile(nameOrPath: string | undefined): Profile {
  if (nameOrPath === undefined) return DEFAULT_PROFILE;
  const builtin = BUILTIN_PROFILES[nameOrPath.toLowerCase()];
  if (builtin) return builtin;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(nameOrPath, "utf8"));
  } catch (e) {
    throw new Error(`${nameOrPath}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such profile or file" : (e as Error).message}`);
  }
  // Required here, not imported: only a city's own file needs the schema validator (the built-in
  // profiles are checked when the command is built, scripts/build-cli.js).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseProfile } = require("../core/profile/parse-profile") as typeof import("../core/profile/parse-profile");
  return parseProfile(json);
}
