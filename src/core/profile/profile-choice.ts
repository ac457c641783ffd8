import type { ProfileSource, ProfileUse } from "./document-profile";
import type { Profile } from "./profile";

/**
 * The profile to read one document with, among `builtins`: the one the user `chose` wins;
 * without a choice, a document that names one of `builtins` is read with it, since it was
 * drafted in that city's house style; any other with `given`, the default. Apart from
 * document-profile.ts so that the pane and the preview can choose among the profiles they
 * ship (checked at build time, pane-profile.ts) without loading the schema validator that
 * the command's BUILTIN_PROFILES run.
 */
export function chooseProfile(stored: string | undefined, given: Profile, chosen: boolean, builtins: Readonly<Record<string, Profile>>): { readonly profile: Profile; readonly use: ProfileUse } {
  const fromDocument = !chosen && stored !== undefined ? builtins[stored.toLowerCase()] : undefined;
  const profile = fromDocument ?? given;
  const source: ProfileSource = chosen ? "option" : fromDocument ? "document" : "default";
  return { profile, use: { id: profile.id, name: profile.name, source, stored } };
}
