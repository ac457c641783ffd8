import { deriveNumbers, normalizeNumber } from "../core/numbering/derive-numbers";
import type { Vorlage } from "../core/model/vorlage";
import type { Profile } from "../core/profile/profile";

/**
 * One label per clause for every list of the pane (the position list, „Verweis auf“): the number
 * the document prints, and where it differs from the number its place gives (typed „2.3“ twice, a
 * gap), both, written by `differs`. A list that showed the printed number here and the derived one
 * there named one clause twice over (tryout 5, F10). A clause that prints no number shows the derived one.
 */
export function clauseNumbers(v: Vorlage, profile: Pick<Profile, "numbering">, differs: (printed: string, derived: string) => string): ReadonlyMap<string, string> {
  const derived = deriveNumbers(v, profile.numbering).byId;
  const out = new Map<string, string>();
  for (const c of v.sections.flatMap((s) => s.clauses)) {
    const own = derived.get(c.id) ?? "";
    const printed = c.writtenNumber;
    out.set(c.id, printed === undefined || printed === "" ? own : normalizeNumber(printed) === normalizeNumber(own) ? printed : differs(printed, own));
  }
  return out;
}
