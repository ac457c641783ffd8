import karlsruheJson from "./profiles/karlsruhe.json";
import wiesbadenJson from "./profiles/wiesbaden.json";
import { parseProfile } from "./parse-profile";
import type { Profile } from "./profile";

/** Wiesbaden, the default: the city of the reference resolution. */
export const WIESBADEN: Profile = parseProfile(wiesbadenJson);

/** Karlsruhe: a second city (Vorlagen "2024/1032", "Dez. 6"), proving cities are configuration. */
export const KARLSRUHE: Profile = parseProfile(karlsruheJson);

export const BUILTIN_PROFILES: Readonly<Record<string, Profile>> = { wiesbaden: WIESBADEN, karlsruhe: KARLSRUHE };

export const DEFAULT_PROFILE: Profile = WIESBADEN;
