import type { Vorlage } from "../model/vorlage";
import { deriveNumbers } from "../numbering/derive-numbers";
import type { Profile } from "../profile/profile";

/**
 * The decided text of a Vorlage as plain text: each section's opening phrase, its clauses
 * and their sub-points, with the numbers and letters derived in the profile's style, one
 * paragraph a line. OParl 1.1 has no field for the text of a Paper, but its File has `text`
 * ("plain text content of the file"); this is what goes there for the main file.
 */
export function beschlussText(v: Vorlage, profile: Profile): string {
  const numbers = deriveNumbers(v, profile.numbering).byId;
  const lines: string[] = [];
  for (const s of v.sections) {
    const phrase = profile.sectionKinds.find((k) => k.kind === s.kind)?.phrase ?? s.kind;
    lines.push(`${numbers.get(s.id) ?? ""} ${phrase}`);
    for (const c of s.clauses) {
      lines.push(`${numbers.get(c.id) ?? ""} ${c.text}`);
      for (const u of c.unterpunkte ?? []) lines.push(`${numbers.get(u.id) ?? ""} ${u.text}`);
    }
  }
  return lines.join("\n");
}
