import { layoutOf } from "../profile/layout";
import type { Profile } from "../profile/profile";

/** Another profile whose form a document shows, and the labels of that form found in its head. */
export interface OtherProfileForm {
  readonly profile: Profile;
  readonly labels: readonly string[];
}

/** The fixed words of a profile's Kopf lines, before their first field: „Vorlage Nr.:“, „Verantwortlich: Dez.“. */
const kopfLabels = (p: Profile): string[] =>
  layoutOf(p)
    .kopf.map((z) => z.text.split("{")[0]?.replace(/\s+/gu, " ").trim() ?? "")
    .filter((t) => t.length >= 4 && /\p{L}{3}/u.test(t));

const fits = (p: Profile, nr: string): boolean => new RegExp(p.vorlagenNr.pattern, "u").test(nr);

/**
 * The one other profile whose form the document shows, where the profile in use does not fit it: its Vorlagen-Nr. has
 * that profile's pattern and not this one's, and its head shows at least two of that profile's Kopf labels, each
 * at a line's start or after a space („Vorlage Nr.: 2025/1057“, „Verantwortlich: Dez. 2“, also both on one line). Checked as Wiesbaden, Karlsruhe's Vorlagen got Wiesbaden's
 * errors and their parts were read by Wiesbaden's assumptions (fifth tryout); the user is told which profile fits.
 * Derived from the profiles' own data, never from a city's name in the text. Undefined when none or several fit.
 */
export function otherProfileForm(head: readonly string[], vorlagenNr: string, current: Profile, candidates: readonly Profile[]): OtherProfileForm | undefined {
  const nr = vorlagenNr.trim();
  if (nr === "" || fits(current, nr)) return undefined;
  const lines = head.map((t) => t.replace(/\s+/gu, " ").trim());
  const found = candidates
    .filter((p) => p.id !== current.id && fits(p, nr))
    .map((profile) => ({ profile, labels: kopfLabels(profile).filter((l) => lines.some((t) => t.startsWith(l) || t.includes(` ${l}`))) }))
    .filter((m) => m.labels.length >= 2);
  return found.length === 1 ? found[0] : undefined;
}
