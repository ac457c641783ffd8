import karlsruheJson from "../core/profile/profiles/karlsruhe.json";
import wiesbadenJson from "../core/profile/profiles/wiesbaden.json";
import type { Profile } from "../core/profile/profile";

/**
 * The built-in profile the pane and the preview start with. It is our own JSON, fixed at
 * build time, so it is checked at build time: webpack.config.js runs `parseProfile` (schema
 * and cross-references) on every built-in profile and refuses to build if one fails, and
 * test/taskpane/pane-profile.test.ts holds this value equal to `parseProfile`'s result.
 * The pages therefore ship without the schema validator (ajv's compiled code, the largest
 * single module of the pane). Profiles from elsewhere (the CLI's `--profile`) still go
 * through `parseProfile` at run time.
 */
export const PANE_PROFILE: Profile = paneProfile(wiesbadenJson);

/** Every built-in profile by name, for the preview's `?profile=` (checked at build time like the default). */
export const PANE_PROFILES: Readonly<Record<string, Profile>> = { wiesbaden: PANE_PROFILE, karlsruhe: paneProfile(karlsruheJson) };

/** What `parseProfile` returns for a profile that passes: the JSON with `severity` defaulted. */
function paneProfile(json: unknown): Profile {
  const profile = json as Omit<Profile, "severity"> & { readonly severity?: Profile["severity"] };
  return { ...profile, severity: profile.severity ?? {} };
}
