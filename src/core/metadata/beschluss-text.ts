import type { Vorlage } from "../model/vorlage";
import { deriveNumbers } from "../numbering/derive-numbers";
import type { Profile } from "../profile/profile";
import { exportedNumber, type PrintedForm } from "./printed-form";

/**
 * The decided text of a Vorlage as plain text: each section's opening phrase, its clauses
 * and their sub-points, with the numbers and letters derived in the profile's style, one
 * paragraph a line. OParl 1.1 has no field for the text of a Paper, but its File has `text`
 * ("plain text content of the file"); this is what goes there for the main file. For a
 * recognised document (`printed`), the headings and numbers are the document's own: an export
 * says what the document says.
 */
export function beschlussText(v: Vorlage, profile: Profile, printed?: PrintedForm): string {
  const numbers = deriveNumbers(v, profile.numbering).byId;
  const line = (number: string | undefined, text: string) => (number === undefined || number === "" ? text : `${number} ${text}`);
  const lines: string[] = [];
  for (const s of v.sections) {
    const heading = printed?.headings.get(s.id);
    const phrase = profile.sectionKinds.find((k) => k.kind === s.kind)?.phrase ?? s.kind;
    lines.push(heading ?? line(exportedNumber(s, numbers.get(s.id), printed), phrase));
    for (const c of s.clauses) {
      lines.push(line(exportedNumber(c, numbers.get(c.id), printed), c.text));
      for (const u of c.unterpunkte ?? []) lines.push(line(exportedNumber(u, numbers.get(u.id), printed), u.text));
    }
  }
  return lines.join("\n");
}
