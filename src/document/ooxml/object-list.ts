/**
 * An empty array for strings or objects whose V8 elements kind is already the general one.
 *
 * Why: an array literal `[]` starts in V8 as an array of small integers (PACKED_SMI_ELEMENTS)
 * and changes its kind on its first `push` of a string or object. A collector's stack made
 * with `[]` for every part therefore brings a fresh small-integer array to its `push` sites
 * each time, and the optimising compiler, having seen both kinds there, compiled the push with
 * a check that the value is a small integer: the next fresh stack failed the check, and the
 * whole function (the collectors' `open` and `close`, the largest compiled after the scanner)
 * was thrown away and compiled again (`--trace-deopt`: "not a Smi" at `stack.push`,
 * `sdts.push`, `paragraphs.push`, `placeholders.push`), once in every thread of `check DIR`.
 * Made here from a one-element array of `undefined` and emptied, the array never passes
 * through the small-integer kind, and those pushes compile once.
 */
export function objectList<T>(): T[] {
  const list: (T | undefined)[] = [undefined];
  list.pop();
  return list as T[];
}
