import type { Vorlage } from "../model/vorlage";
import { derivedNumbers, normalizeNumber } from "../numbering/derive-numbers";
import type { Profile, SectionNumberStyle } from "../profile/profile";
import type { Finding } from "../validation/finding";
import { asciiDigits } from "../german/fullwidth-number";

/** The counter style a written section number is in, or undefined for anything else („§ 2“); „１.“ in fullwidth digits is arabic. */
function styleOf(written: string): SectionNumberStyle | undefined {
  const bare = normalizeNumber(asciiDigits(written));
  if (/^[IVXLC]+$/.test(bare)) return "roman";
  if (/^\d+$/.test(bare)) return "arabic";
  if (/^[A-Z]$/.test(bare)) return "alpha-upper";
  return undefined;
}

/**
 * Sections whose heading shows a number other than the derived one, in a counter style that may be the document's own
 * outline. The numbers are the ones validation derives of the same Vorlage next (`derivedNumbers`, computed once).
 */
function candidates(v: Vorlage, profile: Profile): Vorlage["sections"] {
  const derived = derivedNumbers(v, profile.numbering).byId;
  return v.sections.filter((s) => {
    if (s.writtenNumber === undefined || normalizeNumber(s.writtenNumber) === normalizeNumber(derived.get(s.id) ?? "")) return false;
    const style = styleOf(s.writtenNumber);
    return style !== profile.numbering.section || style === "roman";
  });
}

/** Whether any section could be numbered in the document's own outline: only then are the document's lines needed (`ownOutlineSections`). */
export const mayHaveOwnOutline = (v: Vorlage, profile: Profile): boolean => candidates(v, profile).length > 0;

/**
 * The sections whose heading number belongs to the document's own outline, not to the house
 * scheme: a number in another counter style than the profile's (Roman „II. Beschluss“ where the
 * house numbers 1., 2.), or, in the house's own Roman style, a heading after parts of the
 * document that are no section but carry the numbers before it („I. Vortrag“). Renumbering
 * would make „II.“ after „I. Vortrag“ a „1.“ or an „I.“ and break that outline: `recognize
 * --renumber` keeps these, and `check` reports no numbering fault in them (the same set).
 * `lines` are the document's paragraphs as text.
 */
export function ownOutlineSections(v: Vorlage, profile: Profile, lines: readonly string[]): ReadonlySet<string> {
  const headings = new Set(v.sections.flatMap((s) => (s.writtenNumber === undefined ? [] : [normalizeNumber(s.writtenNumber)])));
  const otherRomanParts = lines.some((l) => {
    const numeral = /^\s*([IVXLC]+)\.\s/.exec(l)?.[1];
    return numeral !== undefined && !headings.has(numeral);
  });
  const keep = new Set<string>();
  for (const s of candidates(v, profile)) {
    if (styleOf(s.writtenNumber as string) !== profile.numbering.section || otherRomanParts) keep.add(s.id);
  }
  return keep;
}

/**
 * The findings without the numbering faults inside the document's own outline: a heading
 * number of a kept section („II.“ after „I. Vortrag“ is no gap) and the numbers of its clauses
 * („nach Antrag.“ under „II. Beschluss“ shows none, and renumbering types none there). Every
 * other finding stays.
 */
export function withoutOwnOutlineNumbering(findings: readonly Finding[], v: Vorlage, keep: ReadonlySet<string>): readonly Finding[] {
  if (keep.size === 0) return findings;
  const clauses = new Set(v.sections.filter((s) => keep.has(s.id)).flatMap((s) => s.clauses.map((c) => c.id)));
  return findings.filter((f) => {
    if (!f.code.startsWith("numbering-") || f.code === "numbering-scheme") return true;
    const at = f.location;
    return !((at.type === "section" && keep.has(at.id)) || (at.type === "clause" && clauses.has(at.id)));
  });
}
