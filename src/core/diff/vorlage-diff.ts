import type { Vorlage } from "../model/vorlage";
import { deriveNumbers, type NumberingStyle } from "../numbering/derive-numbers";
import type { Finding } from "../validation/finding";
import { diffFields, type FieldChange } from "./field-diff";
import { diffFindings, type FindingsDiff } from "./findings-diff";
import { inOrder, matchClauses, placeClauses, type MatchedBy, type PlacedClause } from "./match-clauses";
import { normalizeText } from "./similarity";
import { diffWords, type WordChange } from "./word-diff";

/** One version as the diff needs it: the Vorlage read from it and its findings. */
export interface DiffSide {
  readonly vorlage: Vorlage;
  readonly findings: readonly Finding[];
  /**
   * The clause ids are our content-control ids (a structured document). Ids of a plain or
   * recovered document are made up on reading and mean nothing across versions.
   */
  readonly stableIds: boolean;
}

/** A clause as one version shows it. */
export interface ClauseRef {
  readonly id: string;
  /** Section kind. */
  readonly section: string;
  /** The number the document shows, or the derived one when it shows none. */
  readonly number: string;
  readonly text: string;
  /**
   * The Abschnitt (its written number, else its place from 1) where another Abschnitt has a Ziffer
   * of the same number: a Vorlage with several Beschlüsse numbers each from 1, and „Ziffer 2.“
   * alone did not say which was changed (tryout 4).
   */
  readonly abschnitt?: string;
}

/**
 * One clause that differs. `moved`: same text at another place — `reordered` when it changed
 * its order against the other clauses, false when it only got a new number because clauses
 * were added or removed before it. `changed`: other text (with the word diff); it may also
 * have moved (`reordered`, and old and new number).
 */
export type ClauseChange =
  | { readonly kind: "added"; readonly new: ClauseRef }
  | { readonly kind: "removed"; readonly old: ClauseRef }
  | { readonly kind: "moved"; readonly old: ClauseRef; readonly new: ClauseRef; readonly reordered: boolean; readonly matchedBy: MatchedBy }
  | {
      readonly kind: "changed";
      readonly old: ClauseRef;
      readonly new: ClauseRef;
      readonly words: readonly WordChange[];
      readonly reordered: boolean;
      readonly matchedBy: MatchedBy;
      /** Share of common words, 0..1. */
      readonly similarity: number;
    };

export interface VorlageDiff {
  /**
   * The documents' content is the same: no clause (text, number, place) and no field differs. `diff`'s exit code
   * says this. The findings are not part of it: they are listed (`findings`), a secondary section, since two
   * Fassungen of the same text may differ in what the tool says of them (an open tracked change, a stale metadata part).
   */
  readonly equal: boolean;
  /** In the order of the new version; a removed clause stands where it stood in the old one. */
  readonly clauses: readonly ClauseChange[];
  readonly fields: readonly FieldChange[];
  readonly findings: FindingsDiff;
  /** How many clauses were paired, and how. */
  readonly matched: Readonly<Record<MatchedBy, number>> & { readonly unchanged: number };
}

function refs(v: Vorlage, placed: readonly PlacedClause[], style: NumberingStyle): Map<number, ClauseRef> {
  const derived = deriveNumbers(v, style).byId;
  const out = new Map<number, ClauseRef>();
  const numberOf = (p: PlacedClause) => v.sections[p.sectionIndex]?.clauses[p.clauseIndex]?.writtenNumber || derived.get(p.id) || "";
  // Which numbers more than one Abschnitt shows.
  const sectionsOf = new Map<string, Set<number>>();
  for (const p of placed) sectionsOf.set(numberOf(p), (sectionsOf.get(numberOf(p)) ?? new Set<number>()).add(p.sectionIndex));
  for (const p of placed) {
    const number = numberOf(p);
    const ambiguous = (sectionsOf.get(number)?.size ?? 0) > 1;
    const abschnitt = ambiguous ? v.sections[p.sectionIndex]?.writtenNumber || String(p.sectionIndex + 1) : undefined;
    out.set(p.order, { id: p.id, section: p.section, number, text: p.text, ...(abschnitt !== undefined ? { abschnitt } : {}) });
  }
  return out;
}

/**
 * What changed between two versions of one Vorlage: clause by clause, field by field, and
 * in the findings. Pure and linear apart from the similarity pass over clauses that neither
 * id nor text could pair, so that it runs in the CLI and in a Web Worker alike.
 */
export function diffVorlagen(a: DiffSide, b: DiffSide, style: NumberingStyle): VorlageDiff {
  const pa = placeClauses(a.vorlage);
  const pb = placeClauses(b.vorlage);
  const m = matchClauses(pa, pb, a.stableIds && b.stableIds);
  const ra = refs(a.vorlage, pa, style);
  const rb = refs(b.vorlage, pb, style);
  const ordered = inOrder(m.pairs);
  const keyed: { key: number; tie: number; change: ClauseChange }[] = [];
  let unchanged = 0;
  for (const p of m.pairs) {
    const o = ra.get(p.old.order) as ClauseRef;
    const n = rb.get(p.new.order) as ClauseRef;
    const reordered = !ordered.has(p) || p.old.section !== p.new.section;
    // A clause that kept its text and the number it shows, and was not itself moved, is unchanged for
    // a reader even if it stands one place further up or down: another clause moved around it, and
    // its typed number was not touched („nur neu nummeriert: 1.2 → 1.2“ would be false).
    const samePlace = p.old.section === p.new.section && o.number === n.number && !reordered;
    // Text as the matching compares it (normalizeText): a clause whose words stayed and whose white space
    // alone differs — trailing spaces, blank paragraphs, a line broken elsewhere — prints the same words;
    // a reader would not call it changed (tryout 5: a document and its own `recognize` output, whose
    // printouts were identical, were „2 geändert“ for spaces and empty lines kept inside the new controls).
    const sameText = p.old.text === p.new.text || normalizeText(p.old.text) === normalizeText(p.new.text);
    if (sameText && samePlace) {
      unchanged++;
      continue;
    }
    const change: ClauseChange = sameText
      ? { kind: "moved", old: o, new: n, reordered, matchedBy: p.by }
      : { kind: "changed", old: o, new: n, words: diffWords(p.old.text, p.new.text), reordered, matchedBy: p.by, similarity: p.score };
    keyed.push({ key: p.new.order, tie: 0, change });
  }
  for (const n of m.added) keyed.push({ key: n.order, tie: 0, change: { kind: "added", new: rb.get(n.order) as ClauseRef } });
  // A removed clause stands after the new place of the nearest kept clause before it.
  const newOrderOfOld = new Map(m.pairs.map((p) => [p.old.order, p.new.order]));
  for (const o of m.removed) {
    let anchor = -1;
    for (let i = o.order - 1; i >= 0; i--) {
      const at = newOrderOfOld.get(i);
      if (at !== undefined) {
        anchor = at;
        break;
      }
    }
    keyed.push({ key: anchor + 0.5, tie: o.order, change: { kind: "removed", old: ra.get(o.order) as ClauseRef } });
  }
  keyed.sort((x, y) => x.key - y.key || x.tie - y.tie);
  const fields = diffFields(a.vorlage, b.vorlage);
  const findings = diffFindings(a.findings, a.vorlage, b.findings, b.vorlage, new Map(m.pairs.map((p) => [p.new.id, p.old.id])));
  const clauses = keyed.map((k) => k.change);
  const count = (by: MatchedBy) => m.pairs.filter((p) => p.by === by).length;
  return {
    equal: clauses.length === 0 && fields.length === 0,
    clauses,
    fields,
    findings,
    matched: { id: count("id"), text: count("text"), similarity: count("similarity"), unchanged },
  };
}
