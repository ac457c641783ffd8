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

/** Candidate partners kept per old clause in the similarity pass. */
const CANDIDATES_PER_CLAUSE = 4;

/** The words of a text as sorted numbers (a multiset), interned in `words`, for fast counting. */
function wordIds(text: string, words: Map<string, number>): Int32Array {
  const ids: number[] = [];
  for (const [word, n] of wordBag(text)) {
    let id = words.get(word);
    if (id === undefined) {
      id = words.size;
      words.set(word, id);
    }
    for (let k = 0; k < n; k++) ids.push(id);
  }
  return Int32Array.from(ids).sort();
}

/** Size of the multiset intersection of two sorted arrays. */
function commonCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

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
      // The same string needs no normalising: most clauses of two versions are unchanged.
      if (n && !newDone.has(n.order)) take(o, n, "id", o.text === n.text || normalizeText(o.text) === normalizeText(n.text) ? 1 : -1);
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

  // Similar text among the rest — only where ids could not speak for both versions: with
  // ids on both sides a clause without its id on the other side was removed or added.
  const words = new Map<string, number>();
  const bagOf = (c: PlacedClause): Int32Array => wordIds(c.text, words);
  if (!useIds) {
    // First in place: between two clauses that kept their text, the k-th clause left on each
    // side is most likely the same clause edited. Cheap (linear), and it keeps an edited clause
    // with its neighbours rather than with a look-alike elsewhere.
    const anchors = [...inOrder(pairs)].sort((x, y) => x.old.order - y.old.order);
    let oi = 0;
    let ni = 0;
    for (let k = 0; k <= anchors.length; k++) {
      const oEnd = k < anchors.length ? (anchors[k] as ClausePair).old.order : Infinity;
      const nEnd = k < anchors.length ? (anchors[k] as ClausePair).new.order : Infinity;
      const gapOld: PlacedClause[] = [];
      const gapNew: PlacedClause[] = [];
      for (; oi < oldClauses.length && (oldClauses[oi] as PlacedClause).order < oEnd; oi++) if (!oldDone.has((oldClauses[oi] as PlacedClause).order)) gapOld.push(oldClauses[oi] as PlacedClause);
      for (; ni < newClauses.length && (newClauses[ni] as PlacedClause).order < nEnd; ni++) if (!newDone.has((newClauses[ni] as PlacedClause).order)) gapNew.push(newClauses[ni] as PlacedClause);
      oi++;
      ni++;
      for (let t = 0; t < Math.min(gapOld.length, gapNew.length); t++) {
        const o = gapOld[t] as PlacedClause;
        const n = gapNew[t] as PlacedClause;
        const a = bagOf(o);
        const b = bagOf(n);
        const score = a.length + b.length === 0 ? 1 : (2 * commonCount(a, b)) / (a.length + b.length);
        if (score >= SIMILARITY_THRESHOLD) take(o, n, "similarity", score);
      }
    }
  }
  const restOld = useIds ? [] : oldClauses.filter((o) => !oldDone.has(o.order));
  const restNew = useIds ? [] : newClauses.filter((n) => !newDone.has(n.order));
  if (restOld.length && restNew.length) {
    const ob = restOld.map(bagOf);
    const nb = restNew.map(bagOf);
    const candidates: { i: number; j: number; score: number; distance: number }[] = [];
    // Better first: higher score, then nearer, then earlier.
    const better = (x: { j: number; score: number; distance: number }, y: { j: number; score: number; distance: number }): boolean =>
      x.score > y.score || (x.score === y.score && (x.distance < y.distance || (x.distance === y.distance && x.j < y.j)));
    for (let i = 0; i < restOld.length; i++) {
      const o = restOld[i] as PlacedClause;
      const a = ob[i] as Int32Array;
      // The few best partners of each old clause are enough for the greedy pairing below and
      // keep the work small when many clauses look alike (kept sorted by insertion).
      const best: { j: number; score: number; distance: number }[] = [];
      for (let j = 0; j < restNew.length; j++) {
        const b = nb[j] as Int32Array;
        const total = a.length + b.length;
        // Dice can be no higher than this; skip the count when it cannot reach the threshold.
        if (total > 0 && (2 * Math.min(a.length, b.length)) / total < SIMILARITY_THRESHOLD) continue;
        const score = total === 0 ? 1 : (2 * commonCount(a, b)) / total;
        if (score < SIMILARITY_THRESHOLD) continue;
        const distance = Math.abs(o.order - (restNew[j] as PlacedClause).order);
        const worst = best[CANDIDATES_PER_CLAUSE - 1];
        if (worst && (score < worst.score || (score === worst.score && distance >= worst.distance))) continue;
        const c = { j, score, distance };
        let at = best.length;
        while (at > 0 && better(c, best[at - 1] as typeof c)) at--;
        best.splice(at, 0, c);
        if (best.length > CANDIDATES_PER_CLAUSE) best.pop();
      }
      for (const c of best) candidates.push({ i, ...c });
    }
    candidates.sort((x, y) => y.score - x.score || x.distance - y.distance || x.i - y.i || x.j - y.j);
    for (const c of candidates) {
      const o = restOld[c.i] as PlacedClause;
      const n = restNew[c.j] as PlacedClause;
      if (!oldDone.has(o.order) && !newDone.has(n.order)) take(o, n, "similarity", c.score);
    }
  }
  // A pair matched by id whose text differs: its score is the similarity, for the reader.
  const scored = pairs.map((p) => {
    if (p.score >= 0) return p;
    const a = wordBag(p.old.text);
    const b = wordBag(p.new.text);
    return { ...p, score: similarity(a, b, bagSize(a), bagSize(b)) };
  });
  return {
    pairs: scored.sort((a, b) => a.new.order - b.new.order),
    removed: oldClauses.filter((o) => !oldDone.has(o.order)),
    added: newClauses.filter((n) => !newDone.has(n.order)),
  };
}

/**
 * The pairs that keep their relative order: a longest increasing subsequence of new positions
 * over the pairs in old order. A pair outside it was moved by someone; a pair inside it whose
 * number changed only shifted because clauses were added or removed above it. Among the longest
 * such sequences the one whose clauses stayed nearest their places is taken: in a swap of 2.1 and
 * 2.3 the clause between them kept its place, and both that swapped moved, rather than one of them
 * „only renumbered“ (O(n log n): a Fenwick tree of the best sequence ending below each new position).
 */
export function inOrder(pairs: readonly ClausePair[]): ReadonlySet<ClausePair> {
  const byOld = [...pairs].sort((a, b) => a.old.order - b.old.order);
  const positions = [...new Set(byOld.map((p) => p.new.order))].sort((a, b) => a - b);
  const rank = new Map(positions.map((n, i) => [n, i + 1] as const));
  // Best sequence ending at a rank ≤ r: its length, its total distance from the old places (less is better), its last pair.
  const tree: { len: number; dist: number; at: number }[] = Array.from({ length: positions.length + 1 }, () => ({ len: 0, dist: 0, at: -1 }));
  const better = (a: { len: number; dist: number }, b: { len: number; dist: number }) => a.len > b.len || (a.len === b.len && a.dist < b.dist);
  const prev: number[] = new Array<number>(byOld.length).fill(-1);
  let best = { len: 0, dist: 0, at: -1 };
  byOld.forEach((p, i) => {
    const r = rank.get(p.new.order) as number;
    let below = { len: 0, dist: 0, at: -1 };
    for (let k = r - 1; k > 0; k -= k & -k) if (better(tree[k] as typeof below, below)) below = tree[k] as typeof below;
    const here = { len: below.len + 1, dist: below.dist + Math.abs(p.new.order - p.old.order), at: i };
    prev[i] = below.at;
    for (let k = r; k < tree.length; k += k & -k) if (better(here, tree[k] as typeof here)) tree[k] = here;
    if (better(here, best)) best = here;
  });
  const keep = new Set<ClausePair>();
  for (let i = best.at; i >= 0; i = prev[i] as number) keep.add(byOld[i] as ClausePair);
  return keep;
}
