import type { Vorlage } from "../model/vorlage";
import { bagSize, normalizeText, similarity, wordBag } from "./similarity";

/** A clause where it stands in one version. */
export interface PlacedClause {
  readonly id: string;
  /** Section kind ("kenntnisnahme", "beschluss", …). */
  readonly section: string;
  readonly sectionIndex: number;
  readonly clauseIndex: number;
  /** Position in the whole document, 0-based. */
  readonly order: number;
  /** The clause text, with its Unterpunkte a), b) … as the document shows them. */
  readonly text: string;
}

/** How a pair was found: the content-control id, the same text, or similar text. */
export type MatchedBy = "id" | "text" | "similarity";

export interface ClausePair {
  readonly old: PlacedClause;
  readonly new: PlacedClause;
  readonly by: MatchedBy;
  /** 1 for the same words; the Dice coefficient of the words otherwise. */
  readonly score: number;
}

export interface ClauseMatching {
  readonly pairs: readonly ClausePair[];
  readonly removed: readonly PlacedClause[];
  readonly added: readonly PlacedClause[];
}

/** Below this share of common words two clauses are different clauses, not one edited. */
export const SIMILARITY_THRESHOLD = 0.5;

/** Every clause in document order, its Unterpunkte folded into its text. */
export function placeClauses(v: Vorlage): PlacedClause[] {
  const out: PlacedClause[] = [];
  v.sections.forEach((s, si) =>
    s.clauses.forEach((c, ci) => {
      const sub = (c.unterpunkte ?? []).map((u) => `${u.writtenNumber ?? ""} ${u.text}`.trim());
      out.push({ id: c.id, section: s.kind, sectionIndex: si, clauseIndex: ci, order: out.length, text: [c.text, ...sub].join("\n") });
    }),
  );
  return out;
}

/**
 * Pairs the clauses of two versions. Ids first, where both versions carry our content
 * controls (a clause keeps its id through every edit and move); then the same text, so that a
 * moved or renumbered clause is found anywhere; then the most similar text, greedily from the
 * best pair down, nearer positions winning ties. What is left was added or removed.
 */
export function matchClauses(oldClauses: readonly PlacedClause[], newClauses: readonly PlacedClause[], useIds: boolean): ClauseMatching {
  const pairs: ClausePair[] = [];
  const oldDone = new Set<number>();
  const newDone = new Set<number>();
  const take = (o: PlacedClause, n: PlacedClause, by: MatchedBy, score: number): void => {
    pairs.push({ old: o, new: n, by, score });
    oldDone.add(o.order);
    newDone.add(n.order);
  };

  if (useIds) {
    const byId = new Map<string, PlacedClause>();
    for (const n of newClauses) if (!byId.has(n.id)) byId.set(n.id, n);
    for (const o of oldClauses) {
      const n = byId.get(o.id);
      if (n && !newDone.has(n.order)) take(o, n, "id", normalizeText(o.text) === normalizeText(n.text) ? 1 : -1);
    }
  }

  // Same text: queues per text, so that repeated texts pair up in order.
  const sameText = new Map<string, PlacedClause[]>();
  for (const n of newClauses) {
    if (newDone.has(n.order)) continue;
    const key = normalizeText(n.text);
    const q = sameText.get(key);
    if (q) q.push(n);
    else sameText.set(key, [n]);
  }
  for (const o of oldClauses) {
    if (oldDone.has(o.order)) continue;
    const q = sameText.get(normalizeText(o.text));
    const n = q?.shift();
    if (n) take(o, n, "text", 1);
  }

  // Similar text among the rest.
  const restOld = oldClauses.filter((o) => !oldDone.has(o.order));
  const restNew = newClauses.filter((n) => !newDone.has(n.order));
  if (restOld.length && restNew.length) {
    const bags = (list: readonly PlacedClause[]) => list.map((c) => wordBag(c.text)).map((bag) => ({ bag, size: bagSize(bag) }));
    const ob = bags(restOld);
    const nb = bags(restNew);
    const candidates: { i: number; j: number; score: number; distance: number }[] = [];
    restOld.forEach((o, i) =>
      restNew.forEach((n, j) => {
        const a = ob[i] as { bag: ReadonlyMap<string, number>; size: number };
        const b = nb[j] as { bag: ReadonlyMap<string, number>; size: number };
        const score = similarity(a.bag, b.bag, a.size, b.size);
        if (score >= SIMILARITY_THRESHOLD) candidates.push({ i, j, score, distance: Math.abs(o.order - n.order) });
      }),
    );
    candidates.sort((x, y) => y.score - x.score || x.distance - y.distance || x.i - y.i || x.j - y.j);
    for (const c of candidates) {
      const o = restOld[c.i] as PlacedClause;
      const n = restNew[c.j] as PlacedClause;
      if (!oldDone.has(o.order) && !newDone.has(n.order)) take(o, n, "similarity", c.score);
    }
  }
  // A pair matched by id whose text differs: its score is the similarity, for the reader.
  const scored = pairs.map((p) => (p.score >= 0 ? p : { ...p, score: similarity(wordBag(p.old.text), wordBag(p.new.text), bagSize(wordBag(p.old.text)), bagSize(wordBag(p.new.text))) }));
  return {
    pairs: scored.sort((a, b) => a.new.order - b.new.order),
    removed: oldClauses.filter((o) => !oldDone.has(o.order)),
    added: newClauses.filter((n) => !newDone.has(n.order)),
  };
}

/**
 * The pairs that keep their relative order: a longest increasing subsequence of new positions
 * over the pairs in old order (O(n log n)). A pair outside it was moved by someone; a pair
 * inside it whose number changed only shifted because clauses were added or removed above it.
 */
export function inOrder(pairs: readonly ClausePair[]): ReadonlySet<ClausePair> {
  const byOld = [...pairs].sort((a, b) => a.old.order - b.old.order);
  const tails: number[] = [];
  const prev: number[] = new Array<number>(byOld.length).fill(-1);
  byOld.forEach((p, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((byOld[tails[mid] as number] as ClausePair).new.order < p.new.order) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  });
  const keep = new Set<ClausePair>();
  for (let i = tails.length ? (tails[tails.length - 1] as number) : -1; i >= 0; i = prev[i] as number) keep.add(byOld[i] as ClausePair);
  return keep;
}
