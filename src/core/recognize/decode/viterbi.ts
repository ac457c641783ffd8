/**
 * The most probable sequence of hidden states for a sequence of observations, by dynamic
 * programming (Viterbi). Scores are log-weights: higher is better, -Infinity forbids.
 * Time O(n·S²) and memory O(n·S) for n observations and S states: linear in the document.
 * Ties go to the state listed first, so that the result does not depend on anything but the input.
 */
export interface ViterbiModel {
  readonly states: number;
  /** The score of starting in `state`. */
  start(state: number): number;
  /** The score of moving from `from` to `to` before observation `at`. */
  transition(from: number, to: number, at: number): number;
  /** The score of observation `at` in `state`. */
  emission(at: number, state: number): number;
  /** The states from which `state` can be reached at all (a finite transition for some observation); all when absent. */
  predecessors?(state: number): readonly number[];
}

/** Thrown when no sequence of states has a finite score: the grammar forbids every reading. */
export class NoDecodingError extends Error {
  constructor(readonly at: number) {
    super(`No state sequence is allowed by the grammar at observation ${at}.`);
    this.name = "NoDecodingError";
  }
}

export function viterbi(model: ViterbiModel, length: number): number[] {
  if (length === 0) return [];
  const S = model.states;
  let score = new Float64Array(S);
  const back: Int32Array[] = [];
  for (let s = 0; s < S; s++) score[s] = model.start(s) + model.emission(0, s);
  const all = Array.from({ length: S }, (_, i) => i);
  const from: (readonly number[])[] = Array.from({ length: S }, (_, s) => model.predecessors?.(s) ?? all);
  for (let t = 1; t < length; t++) {
    const next = new Float64Array(S);
    const arg = new Int32Array(S);
    let any = false;
    for (let s = 0; s < S; s++) {
      const e = model.emission(t, s);
      let best = Number.NEGATIVE_INFINITY;
      let bestFrom = -1;
      if (e !== Number.NEGATIVE_INFINITY) {
        for (const p of from[s] as readonly number[]) {
          const prev = score[p] as number;
          if (prev === Number.NEGATIVE_INFINITY) continue;
          const v = prev + model.transition(p, s, t);
          if (v > best || (v === best && bestFrom > p)) {
            best = v;
            bestFrom = p;
          }
        }
      }
      next[s] = best + e;
      arg[s] = bestFrom;
      any ||= bestFrom >= 0 && e !== Number.NEGATIVE_INFINITY;
    }
    if (!any) throw new NoDecodingError(t);
    back.push(arg);
    score = next;
  }
  let last = 0;
  for (let s = 1; s < S; s++) if ((score[s] as number) > (score[last] as number)) last = s;
  if (score[last] === Number.NEGATIVE_INFINITY) throw new NoDecodingError(length - 1);
  const path = new Array<number>(length);
  path[length - 1] = last;
  for (let t = length - 1; t > 0; t--) path[t - 1] = (back[t - 1] as Int32Array)[path[t] as number] as number;
  return path;
}
