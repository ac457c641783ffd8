import type { Clause, Unterpunkt, Vorlage } from "../model/vorlage";
import type { Profile } from "../profile/profile";
import { deriveNumbers, normalizeNumber, type Numbering } from "../numbering/derive-numbers";
import { detectReferences } from "./detect-references";

/**
 * The numbers as the document shows them (else the derived ones): what a typed reference
 * names. A reader of a document we did not write goes by the printed numbers, not ours.
 */
export function shownNumbering(v: Vorlage, profile: Pick<Profile, "numbering">): Numbering {
  const derived = deriveNumbers(v, profile.numbering);
  const byId = new Map(derived.byId);
  for (const s of v.sections) {
    if (s.writtenNumber !== undefined) byId.set(s.id, s.writtenNumber);
    for (const c of s.clauses) {
      if (c.writtenNumber !== undefined) byId.set(c.id, c.writtenNumber);
      for (const u of c.unterpunkte ?? []) if (u.writtenNumber !== undefined) byId.set(u.id, u.writtenNumber);
    }
  }
  return { sections: derived.sections, byId };
}

/** Finds the target of a typed reference: a clause by its number, a sub-point by its letter (under the named or the owning clause). */
export type TypedResolver = (kind: "ziffer" | "buchstabe", number: string, owner: Clause | undefined, clause: string | undefined) => string | undefined;

/** The target a typed reference names, when exactly one clause or sub-point shows that number. */
export function typedResolver(v: Vorlage, numbers: Numbering): TypedResolver {
  const clauses = v.sections.flatMap((s) => s.clauses);
  const byNumber = new Map<string, string | null>();
  for (const c of clauses) {
    const n = normalizeNumber(numbers.byId.get(c.id) ?? "");
    byNumber.set(n, byNumber.has(n) ? null : c.id);
  }
  const letter = (c: Clause | undefined, l: string) => c?.unterpunkte?.find((u) => normalizeNumber(numbers.byId.get(u.id) ?? "") === l)?.id;
  return (kind, number, owner, clause) => {
    if (kind === "ziffer") return byNumber.get(number) ?? undefined;
    const named = clause === undefined ? owner : clauses.find((c) => c.id === (byNumber.get(clause) ?? ""));
    return letter(named, number);
  };
}

/** A reference typed as text (no link) whose target a renumbering gives another number. */
export interface MovedTypedReference {
  /** The reference as it stands in the text: „Ziffer 1“, „unter 2.1“. */
  readonly text: string;
  /** The number the owning clause shows (before renumbering). */
  readonly owner: string;
  /** The number its target shows before, and would show after. */
  readonly before: string;
  readonly after: string;
  /**
   * The number stood on several clauses (typed twice, „2.3“ and „2.3“): which one the reference
   * meant only its author knows, and renumbering gives them different numbers; `after` lists them.
   */
  readonly shared?: true;
}

/**
 * The clauses of each number that more than one clause shows: a typed reference to such a number
 * resolves to none (typedResolver), yet renumbering gives its clauses different numbers, so the
 * words would then name one of them, perhaps not the meant one. Empty when every number is unique.
 */
export function sharedNumbers(v: Vorlage, numbers: Numbering): ReadonlyMap<string, readonly string[]> {
  const byNumber = new Map<string, string[]>();
  for (const c of v.sections.flatMap((s) => s.clauses)) {
    const n = normalizeNumber(numbers.byId.get(c.id) ?? "");
    if (n !== "") byNumber.set(n, [...(byNumber.get(n) ?? []), c.id]);
  }
  return new Map([...byNumber].filter(([, ids]) => ids.length > 1));
}

/**
 * What a renumbering makes of a number several clauses showed: the numbers those clauses show
 * after it, joined („2.2 oder 2.3“), or undefined when every one of them still shows `number`.
 */
export function sharedNumberAfter(ids: readonly string[], number: string, keyOf: ReadonlyMap<string, string>, idOf: ReadonlyMap<string, string>, after: Numbering): string | undefined {
  const shown = ids.map((id) => after.byId.get(idOf.get(keyOf.get(id) ?? "") ?? "") ?? "");
  if (shown.every((n) => normalizeNumber(n) === number)) return undefined;
  return [...new Set(shown.filter((n) => n !== ""))].join(" / ");
}

/** Where a clause or sub-point stands: renumbering changes no structure, but a sub-point read from typed letters gets a fresh id on every reading. */
function positions(v: Vorlage): { readonly keyOf: ReadonlyMap<string, string>; readonly idOf: ReadonlyMap<string, string> } {
  const keyOf = new Map<string, string>();
  const idOf = new Map<string, string>();
  v.sections.forEach((s, si) =>
    s.clauses.forEach((c, ci) => {
      keyOf.set(c.id, `${si}/${ci}`);
      idOf.set(`${si}/${ci}`, c.id);
      (c.unterpunkte ?? []).forEach((u, ui) => {
        keyOf.set(u.id, `${si}/${ci}/${ui}`);
        idOf.set(`${si}/${ci}/${ui}`, u.id);
      });
    }),
  );
  return { keyOf, idOf };
}

/**
 * How a clause of `before` is found in `after`: by its place (a renumbering keeps the order, and a
 * recognised document's ids are fresh at every read), or by its id (an insert, move or delete keeps
 * every id and changes places).
 */
export type Pairing = "by-place" | "by-id";

/** Each clause's and sub-point's id as its own key: pairing by id. */
export function identities(v: Vorlage): { readonly keyOf: ReadonlyMap<string, string>; readonly idOf: ReadonlyMap<string, string> } {
  const ids = new Map<string, string>();
  for (const c of v.sections.flatMap((s) => s.clauses)) {
    ids.set(c.id, c.id);
    for (const u of c.unterpunkte ?? []) ids.set(u.id, u.id);
  }
  return { keyOf: ids, idOf: ids };
}

/**
 * The typed references (certain forms, not linked) whose target shows another number in
 * `after` than in `before`: what a renumbering that leaves the user's words alone would make
 * wrong. Uncertain forms („Nr. 3“, „Punkt 2“) count other things too and are not taken as
 * references here (`check` speaks about them). Linear in the text of the clauses.
 */
export function movedTypedReferences(before: Vorlage, after: Vorlage, profile: Pick<Profile, "numbering">, pairing: Pairing = "by-place"): readonly MovedTypedReference[] {
  const shownBefore = shownNumbering(before, profile);
  const shownAfter = shownNumbering(after, profile);
  const resolve = typedResolver(before, shownBefore);
  const shared = sharedNumbers(before, shownBefore);
  const pair = pairing === "by-id" ? identities : positions;
  const was = pair(before);
  const now = pair(after);
  const moved: MovedTypedReference[] = [];
  const look = (clause: Clause, owner: Clause | Unterpunkt): void => {
    for (const r of detectReferences(owner.text)) {
      if (!r.certain || (owner.verweise ?? []).some((l) => l.start < r.end && r.start < l.end)) continue;
      const ziel = resolve(r.kind, r.number, clause, r.clause);
      const sharedBy = r.kind === "ziffer" ? shared.get(r.number) : undefined;
      if (ziel === undefined && sharedBy !== undefined) {
        const afterNumbers = sharedNumberAfter(sharedBy, r.number, was.keyOf, now.idOf, shownAfter);
        const start = owner.text.lastIndexOf(" ", Math.max(0, r.start - 2)) + 1;
        if (afterNumbers !== undefined) moved.push({ text: owner.text.slice(start, r.end), owner: shownBefore.byId.get(clause.id) ?? "", before: r.number, after: afterNumbers, shared: true });
        continue;
      }
      if (ziel === undefined) continue;
      const afterId = now.idOf.get(was.keyOf.get(ziel) ?? "");
      const shown = afterId === undefined ? undefined : shownAfter.byId.get(afterId);
      if (shown !== undefined && normalizeNumber(shown) === r.number) continue;
      const start = owner.text.lastIndexOf(" ", Math.max(0, r.start - 2)) + 1;
      moved.push({ text: owner.text.slice(start, r.end), owner: shownBefore.byId.get(clause.id) ?? "", before: shownBefore.byId.get(ziel) ?? r.number, after: shown ?? "" });
    }
  };
  for (const c of before.sections.flatMap((s) => s.clauses)) {
    look(c, c);
    for (const u of c.unterpunkte ?? []) look(c, u);
  }
  return moved;
}
