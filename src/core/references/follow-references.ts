import type { Clause, Unterpunkt, Verweis, Vorlage } from "../model/vorlage";
import type { Numbering } from "../numbering/derive-numbers";
import { referenceCore } from "./detect-references";

/**
 * What a reference to `ziel` shows: the target's number without its trailing dot or
 * bracket („2.1“, „3“, „b“), so that „Ziffer 2.1“ and „Buchstabe b“ read as written;
 * `undefined` when the target is not in the Vorlage (deleted).
 */
export function referenceNumber(ziel: string, numbering: Numbering): string | undefined {
  const number = numbering.byId.get(ziel);
  return number === undefined ? undefined : referenceCore(number);
}

/** A text with references, and what the references are: a clause or a sub-point. */
type Owner = Pick<Clause, "text" | "verweise"> | Pick<Unterpunkt, "text" | "verweise">;

/**
 * The owner's text with every reference's characters replaced by `shown(ziel)` (where it
 * answers a number), later references shifted by the difference. Nothing but those
 * characters changes. Answers the owner itself when nothing changed.
 */
export function rewriteReferences<T extends Owner>(owner: T, shown: (ziel: string) => string | undefined): T {
  const verweise = owner.verweise;
  if (!verweise || verweise.length === 0) return owner;
  let text = "";
  let from = 0;
  let changed = false;
  const out: Verweis[] = [];
  for (const r of [...verweise].sort((a, b) => a.start - b.start)) {
    const number = shown(r.ziel);
    const old = owner.text.slice(r.start, r.end);
    const now = number ?? old;
    if (now !== old) changed = true;
    text += owner.text.slice(from, r.start);
    out.push({ ziel: r.ziel, start: text.length, end: text.length + now.length });
    text += now;
    from = r.end;
  }
  if (!changed) return owner;
  return { ...owner, text: text + owner.text.slice(from), verweise: out };
}

/**
 * The Vorlage with every reference naming its target's current number: what the adapters
 * write into the document whenever numbers change (insert, move, delete, renumber). A
 * reference to a deleted target keeps the number it showed; validation reports it
 * (`verweis-ziel-geloescht`), since only the user knows what it should now say.
 */
export function followReferences(v: Vorlage, numbering: Numbering): Vorlage {
  const shown = (ziel: string) => referenceNumber(ziel, numbering);
  let changed = false;
  const sections = v.sections.map((s) => {
    const clauses = s.clauses.map((c) => {
      const unterpunkte = c.unterpunkte?.map((u) => rewriteReferences(u, shown));
      const next = rewriteReferences(c, shown);
      const same = next === c && (unterpunkte ?? []).every((u, i) => u === c.unterpunkte?.[i]);
      if (same) return c;
      changed = true;
      return unterpunkte ? { ...next, unterpunkte } : next;
    });
    return clauses.every((c, i) => c === s.clauses[i]) ? s : { ...s, clauses };
  });
  return changed ? { ...v, sections } : v;
}

/** One reference with where it stands, what it shows and what it should show. */
export interface ReferenceState {
  /** The clause or sub-point whose text holds the reference. */
  readonly owner: string;
  readonly ownerClause: string;
  readonly verweis: Verweis;
  readonly shows: string;
  /** The target's number now; undefined when the target is gone. */
  readonly expected: string | undefined;
}

/** Every reference of the Vorlage, in document order. */
export function referenceStates(v: Vorlage, numbering: Numbering): readonly ReferenceState[] {
  const out: ReferenceState[] = [];
  const add = (owner: string, ownerClause: string, o: Owner) => {
    for (const r of o.verweise ?? []) out.push({ owner, ownerClause, verweis: r, shows: o.text.slice(r.start, r.end), expected: referenceNumber(r.ziel, numbering) });
  };
  for (const s of v.sections) {
    for (const c of s.clauses) {
      add(c.id, c.id, c);
      for (const u of c.unterpunkte ?? []) add(u.id, c.id, u);
    }
  }
  return out;
}

/**
 * The references that survive an edit of the owner's text from `before` to `after`: those
 * in the unchanged start keep their place, those in the unchanged end move with it, those
 * the edit touched are dropped (their number was typed over). Absent when none remain.
 */
export function verweiseAfterEdit(verweise: readonly Verweis[] | undefined, before: string, after: string): readonly Verweis[] | undefined {
  if (!verweise || verweise.length === 0) return undefined;
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const delta = after.length - before.length;
  const kept = verweise.flatMap((r): Verweis[] => {
    if (r.end <= prefix) return [r];
    if (r.start >= before.length - suffix) return [{ ...r, start: r.start + delta, end: r.end + delta }];
    return [];
  });
  return kept.length > 0 ? kept : undefined;
}
