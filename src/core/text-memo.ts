/**
 * Results of pure functions of one text, kept while two versions of a Vorlage are read and
 * validated (`beschluss diff`): most of their clauses have the same text, and the detectors
 * that validation runs over every clause (personal data, amounts) are its largest cost. Within
 * `withSharedTextResults`, a function wrapped by `byText` computes each (text, context) once and
 * hands the same result to the second version; outside it, every call computes afresh and nothing
 * is kept, so that `check` of a folder does not hold the texts of every file it has read.
 *
 * Only for functions whose result depends on nothing but their arguments and that no caller
 * changes: a kept result is frozen, so that a caller that did change one fails loudly in strict
 * mode instead of changing what the other version gets.
 */

/** The results kept in the current scope: per wrapped function, per context object, per text. */
type Kept = Map<object, WeakMap<object, Map<string, unknown>>>;

let kept: Kept | undefined;

/** The context of a function that takes only its text. */
const NO_CONTEXT: object = Object.freeze({});

/**
 * Runs `run` with results of `byText` functions shared between the calls it makes, and forgets
 * them afterwards (also when `run` throws). Scopes nest: an inner one keeps its own results.
 */
export function withSharedTextResults<T>(run: () => T): T {
  const outer = kept;
  kept = new Map();
  try {
    return run();
  } finally {
    kept = outer;
  }
}

/**
 * `fn` as a function whose results are shared inside `withSharedTextResults` (see there). The
 * context (a profile's prepared data, say) is compared by identity: the same text with another
 * context is computed again.
 */
export function byText<R, C extends object = object>(fn: (text: string, context: C) => R): (text: string, context?: C) => R {
  const self: object = {};
  return (text: string, context?: C): R => {
    if (kept === undefined) return fn(text, context as C);
    let byContext = kept.get(self);
    if (byContext === undefined) kept.set(self, (byContext = new WeakMap()));
    const key = context ?? NO_CONTEXT;
    let byString = byContext.get(key);
    if (byString === undefined) byContext.set(key, (byString = new Map()));
    if (byString.has(text)) return byString.get(text) as R;
    const result = fn(text, context as C);
    if (typeof result === "object" && result !== null) Object.freeze(result);
    byString.set(text, result);
    return result;
  };
}
