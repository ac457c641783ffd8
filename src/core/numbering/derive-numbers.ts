import type { Vorlage } from "../model/vorlage";
import type { ClauseNumberStyle, SectionNumberStyle, UnterpunktNumberStyle } from "../profile/profile";
import { toLetters, toRoman } from "./counters";

export interface NumberingStyle {
  readonly section: SectionNumberStyle;
  readonly clause: ClauseNumberStyle;
  /** Absent: "a)". */
  readonly unterpunkt?: UnterpunktNumberStyle;
}

export interface NumberedUnterpunkt {
  readonly id: string;
  readonly number: string;
}

export interface NumberedClause {
  readonly id: string;
  readonly number: string;
  /** The clause's sub-points, lettered afresh under each clause. */
  readonly unterpunkte: readonly NumberedUnterpunkt[];
}

export interface NumberedSection {
  readonly id: string;
  readonly number: string;
  readonly clauses: readonly NumberedClause[];
}

/**
 * Numbers derived from order — the only source of the numbers the add-in writes. Nothing
 * stores "1.3" as the truth: move a clause and its number follows from where it now is.
 */
export interface Numbering {
  readonly sections: readonly NumberedSection[];
  /** Section, clause and sub-point ids → their number. */
  readonly byId: ReadonlyMap<string, string>;
}

export function sectionNumber(index: number, style: SectionNumberStyle): string {
  const n = index + 1;
  switch (style) {
    case "arabic":
      return `${n}.`;
    case "roman":
      return `${toRoman(n)}.`;
    case "alpha-upper":
      return `${toLetters(n).toUpperCase()}.`;
  }
}

export function clauseNumber(sectionIndex: number, clauseIndex: number, style: ClauseNumberStyle): string {
  const n = clauseIndex + 1;
  switch (style) {
    case "decimal":
      return `${sectionIndex + 1}.${n}`;
    case "alpha":
      return `${toLetters(n)})`;
    case "arabic-paren":
      return `${n})`;
    case "arabic-dot":
      return `${n}.`;
  }
}

/** The letter of the sub-point at `index` (0-based) under its clause: "a)", "a." or "(a)". */
export function unterpunktNumber(index: number, style: UnterpunktNumberStyle = "alpha-paren"): string {
  const letter = toLetters(index + 1);
  switch (style) {
    case "alpha-paren":
      return `${letter})`;
    case "alpha-dot":
      return `${letter}.`;
    case "alpha-both":
      return `(${letter})`;
  }
}

export function deriveNumbers(vorlage: Vorlage, style: NumberingStyle): Numbering {
  const byId = new Map<string, string>();
  const sections = vorlage.sections.map((s, si): NumberedSection => {
    const number = sectionNumber(si, style.section);
    byId.set(s.id, number);
    const clauses = s.clauses.map((c, ci): NumberedClause => {
      const cn = clauseNumber(si, ci, style.clause);
      byId.set(c.id, cn);
      const unterpunkte = (c.unterpunkte ?? []).map((u, ui): NumberedUnterpunkt => {
        const un = unterpunktNumber(ui, style.unterpunkt);
        byId.set(u.id, un);
        return { id: u.id, number: un };
      });
      return { id: c.id, number: cn, unterpunkte };
    });
    return { id: s.id, number, clauses };
  });
  return { sections, byId };
}

/** The numbers derived once per list of sections and style (see derivedNumbers). */
const DERIVED = new WeakMap<Vorlage["sections"], Map<NumberingStyle, Numbering>>();

/**
 * `deriveNumbers`, computed once per list of sections and numbering style: reading one of our
 * documents compares its metadata part with what its Vorlage writes (metadata-xml.ts), and
 * checking it validates the same Vorlage (validate.ts), each with its numbers. A Vorlage is a
 * value that is never changed in place: a changed one has a new list of sections.
 */
export function derivedNumbers(vorlage: Vorlage, style: NumberingStyle): Numbering {
  let byStyle = DERIVED.get(vorlage.sections);
  if (byStyle === undefined) DERIVED.set(vorlage.sections, (byStyle = new Map()));
  let numbering = byStyle.get(style);
  if (numbering === undefined) byStyle.set(style, (numbering = deriveNumbers(vorlage, style)));
  return numbering;
}

/**
 * Compares numbers as a reader would: "1.1", "1.1." and " 1.1 " are the same number;
 * "a)", "(a)" and "a" too.
 */
export function normalizeNumber(text: string): string {
  return text.replace(/\s+/g, "").replace(/^\(/, "").replace(/[.)]+$/, "");
}
