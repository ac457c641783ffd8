import type { Profile } from "./profile";

/**
 * Why a file was read with the profile it was: the profile its metadata part names (a draft
 * made with `new --profile karlsruhe` says so in `profil="karlsruhe"`), the one `--profile`
 * chose, or the default, for a document that names none (or one that is not built in).
 */
export type ProfileSource = "document" | "option" | "default";

/** The profile a file is read with, and what the document itself names, for the report to say. */
export interface ProfileUse {
  readonly id: string;
  readonly name: string;
  readonly source: ProfileSource;
  /** The profile id the document's metadata part names, if it names one (also when not used). */
  readonly stored: string | undefined;
}

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
