import { BUILTIN_PROFILES } from "./builtin-profiles";
import type { Profile } from "./profile";
import { chooseProfile, type ProfileUse } from "./profile-choice";

/**
 * The profile to read one document with. `--profile` wins (the user asked for it, and the
 * report says when the document names another); without it, a document that names a built-in
 * profile is read with that one, since it was drafted in that city's house style; any other
 * document with the default, which the report names, so that a wrong city is visible at once.
 * A stored name that is no built-in profile cannot be loaded from the document alone: the
 * default is used and the report names the stored one.
 */
export function profileFor(stored: string | undefined, given: Profile, chosen: boolean): { readonly profile: Profile; readonly use: ProfileUse } {
  return chooseProfile(stored, given, chosen, BUILTIN_PROFILES);
}

/**
 * The profile a report formats one file's findings with: the one it was read with. A result
 * crosses from a checking thread as data, so it carries the id only; a built-in profile is
 * found again by it, any other was the one given.
 */
export function profileOfUse(use: ProfileUse | undefined, given: Profile): Profile {
  return profileOfId(use?.id, given);
}

/** The same by a profile's id alone (a report row's, ReportRow.profile): the given one for its own id or none, a built-in one by its id. */
export function profileOfId(id: string | undefined, given: Profile): Profile {
  if (id === undefined || id === given.id) return given;
  return BUILTIN_PROFILES[id] ?? given;
}
