import type { BlockDecl, BlockFieldDecl, Profile } from "../profile/profile";
import { boxLabels } from "./ticked-boxes";

/** How far below its heading a block's boxes may stand (a line of explanation between them is common). */
const LINES_BELOW = 6;

const words = (s: string): readonly string[] =>
  s
    .toLowerCase()
    .split(/[\s,;:/()]+/u)
    .filter((w) => w !== "");
const norm = (s: string): string => words(s).join(" ");

/** The choice a form's ticked boxes give: the one all of whose words are ticked; of two, the one with more words („Ja, positiv“ over „Ja“); none if that is a tie. */
function tickedChoice(field: BlockFieldDecl, lines: readonly string[]): string | undefined {
  const ticked = new Set<string>();
  for (const line of lines) {
    for (const b of boxLabels(line).filter((x) => x.ticked)) {
      // The option word next to the box: a label's first word when the box stands before it, its last when after.
      const w = words(b.label);
      if (w.length > 0) ticked.add(w[0] as string).add(w[w.length - 1] as string);
    }
  }
  const full = (field.choices ?? []).filter((c) => words(c.label.de).every((w) => ticked.has(w)));
  const size = (c: { label: { de: string } }) => words(c.label.de).length;
  const best = Math.max(0, ...full.map(size));
  const top = full.filter((c) => size(c) === best);
  return top.length === 1 ? top[0]?.value : undefined;
}

/**
 * The profile's blocks a plain document states (Karlsruhe's „CO2-Relevanz: Auswirkung auf den
 * Klimaschutz“ with its ticked „Nein ☒“): a block is there where a line begins with its label, and a
 * choice field has the value whose words are ticked in the lines below it. Nothing is guessed: a
 * block whose boxes are all empty is there with its field missing, and a block without its heading
 * is not there.
 */
export function readBlocks(lines: readonly string[], profile: Profile): Readonly<Record<string, Readonly<Record<string, string>>>> {
  const found: Record<string, Record<string, string>> = {};
  for (const decl of profile.blocks) {
    const at = headingLine(lines, decl);
    if (at === undefined) continue;
    const below = lines.slice(at, at + 1 + LINES_BELOW);
    const values: Record<string, string> = {};
    for (const field of decl.fields) {
      if (field.type !== "choice") continue;
      const value = tickedChoice(field, below);
      if (value !== undefined) values[field.id] = value;
    }
    found[decl.id] = values;
  }
  return found;
}

/** The line where the label ends, also when the text layer split it over up to three lines, as copies from a PDF do. */
function headingLine(lines: readonly string[], decl: BlockDecl): number | undefined {
  const label = norm(decl.label.de);
  if (label === "") return undefined;
  const first = label.slice(0, 2);
  for (let i = 0; i < lines.length; i++) {
    if (!norm(lines[i] as string).startsWith(first)) continue;
    // Up to three lines glued as the text layer split them: „CO“ | „2“ | „-Relevanz: …“.
    let glued = "";
    for (let j = i; j < Math.min(lines.length, i + 3); j++) {
      glued += (lines[j] as string).trim();
      if (norm(glued).startsWith(label)) return j;
      if (!label.startsWith(norm(glued))) break;
    }
  }
  return undefined;
}
