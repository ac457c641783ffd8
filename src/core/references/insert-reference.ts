import type { Clause, Unterpunkt, Verweis, Vorlage } from "../model/vorlage";
import type { Numbering } from "../numbering/derive-numbers";
import { referenceNumber } from "./follow-references";

/** A clause or sub-point that a reference may name, as the pane lists them. */
export interface ReferenceTarget {
  readonly id: string;
  readonly kind: "clause" | "unterpunkt";
  /** The number as the document prints it („2.1“, „b)“). */
  readonly number: string;
  /** What the reference shows („2.1“, „b“). */
  readonly shown: string;
  /** The word a reference puts before the number: „Ziffer“ or „Buchstabe“. */
  readonly word: "Ziffer" | "Buchstabe";
  /** The start of the target's text, for the list. */
  readonly text: string;
  /** For a sub-point: its clause's id. */
  readonly clause?: string;
}

/** Every clause and sub-point of the Vorlage, in document order, as targets of a reference. */
export function referenceTargets(v: Vorlage, numbering: Numbering): readonly ReferenceTarget[] {
  const out: ReferenceTarget[] = [];
  for (const s of v.sections) {
    for (const c of s.clauses) {
      out.push({ id: c.id, kind: "clause", number: numbering.byId.get(c.id) ?? "", shown: referenceNumber(c.id, numbering) ?? "", word: "Ziffer", text: c.text });
      for (const u of c.unterpunkte ?? []) {
        out.push({ id: u.id, kind: "unterpunkt", number: numbering.byId.get(u.id) ?? "", shown: referenceNumber(u.id, numbering) ?? "", word: "Buchstabe", text: u.text, clause: c.id });
      }
    }
  }
  return out;
}

/** Thrown when a reference is asked for a target or place that the Vorlage does not have. */
export class ReferenceTargetError extends Error {
  constructor(readonly what: string) {
    super(`No clause or sub-point "${what}" to refer to or from.`);
    this.name = "ReferenceTargetError";
  }
}

/**
 * The owner (clause or sub-point) with „Ziffer 2.1“ (or „Buchstabe b“) put in at `at`
 * (default: the end, after a space), the number linked to `ziel`. What a user's text
 * held stays as it was around the insertion; references after it move with it.
 */
export function withReference<T extends Clause | Unterpunkt>(owner: T, ziel: ReferenceTarget, at: number = owner.text.length): T {
  if (at < 0 || at > owner.text.length) throw new RangeError(`position ${at} is outside the text`);
  const before = owner.text.slice(0, at);
  const space = before === "" || /\s$/u.test(before) ? "" : " ";
  const phrase = `${space}${ziel.word} `;
  const start = at + phrase.length;
  const verweis: Verweis = { ziel: ziel.id, start, end: start + ziel.shown.length };
  const inserted = phrase.length + ziel.shown.length;
  const shifted = (owner.verweise ?? []).map((r) => (r.start >= at ? { ...r, start: r.start + inserted, end: r.end + inserted } : r));
  const verweise = [...shifted, verweis].sort((a, b) => a.start - b.start);
  return { ...owner, text: before + phrase + ziel.shown + owner.text.slice(at), verweise };
}
