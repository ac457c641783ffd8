import { BUILTIN_PROFILES, DEFAULT_PROFILE } from "../core/profile/builtin-profiles";
import type { Profile } from "../core/profile/profile";
import { InputRefusedError, readRegularFile } from "./read-regular-file";

/** A profile is a few kilobytes; anything near this is not one. */
const PROFILE_LIMIT = 4 * 1024 * 1024;

/** `--profile` names neither a built-in profile nor a file that exists: said in the user's language by main. */
export class ProfileNotFoundError extends Error {
  constructor(readonly nameOrPath: string) {
    super(`${nameOrPath}: no such profile or file`);
    this.name = "ProfileNotFoundError";
  }
}

/** `--profile` names a file that is not JSON at all. */
export class ProfileNotJsonError extends Error {
  constructor(readonly path: string) {
    super(`${path}: not JSON`);
    this.name = "ProfileNotJsonError";
  }
}

/** The built-in profiles' names, for a message that lists what can be chosen. */
export const builtinProfileNames = (): readonly string[] => Object.keys(BUILTIN_PROFILES);

/** `--profile wiesbaden`, `--profile karlsruhe` or `--profile ./stadt.json`; throws with a readable reason. */
export function loadProfile(nameOrPath: string | undefined): Profile {
  if (nameOrPath === undefined) return DEFAULT_PROFILE;
  const builtin = BUILTIN_PROFILES[nameOrPath.toLowerCase()];
  if (builtin) return builtin;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(readRegularFile(nameOrPath, PROFILE_LIMIT)));
  } catch (e) {
    if (e instanceof InputRefusedError && e.refusal.kind === "errno" && e.refusal.code === "ENOENT") throw new ProfileNotFoundError(nameOrPath);
    if (e instanceof InputRefusedError) throw e;
    if (e instanceof SyntaxError) throw new ProfileNotJsonError(nameOrPath);
    throw e;
  }
  // Required here, not imported: only a city's own file needs the schema validator (the built-in
  // profiles are checked when the command is built, scripts/build-cli.js).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseProfile } = require("../core/profile/parse-profile") as typeof import("../core/profile/parse-profile");
  return parseProfile(json);
}
