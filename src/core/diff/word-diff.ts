import { COMMON_TOKEN, isCommonScript } from "./common-script";

/** One run of a word-level diff: text both versions share, or text only one of them has. */
export interface WordChange {
  readonly op: "equal" | "insert" | "delete";
  readonly text: string;
}

/**
 * Words, runs of white space, and single punctuation marks: the units a reader sees change. A
 * number with its group and decimal separators („12.400“, „1.250,50“, „14.02.2025“, „2.1“) is
 * one unit: an amount that changed reads „12.400 → 15.000“, not as digits changed around a dot.
 */
export function tokenize(text: string): string[] {
  // The same pattern with its classes spelled out, for the text of nearly every document: V8 compiles it in a fraction of the time (common-script.ts).
  if (isCommonScript(text)) return text.match(COMMON_TOKEN) ?? [];
  return text.match(/\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{M}_])|[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu) ?? [];
}

/** Beyond this many edits a word diff says nothing a reader can use; the text counts as rewritten. */
const MAX_EDITS = 4000;

function push(out: WordChange[], op: WordChange["op"], text: string): void {
  if (text === "") return;
  const last = out[out.length - 1];
  if (last && last.op === op) out[out.length - 1] = { op, text: last.text + text };
  else out.push({ op, text });
}

/**
 * Myers' O(ND) shortest edit script over tokens (E. W. Myers, "An O(ND) Difference
 * Algorithm and Its Variations", 1986), after trimming the common prefix and suffix, so
 * that a small edit in a long clause costs little. Deletions come before insertions.
 */
export function diffWords(oldText: string, newText: string): readonly WordChange[] {
  const a = tokenize(oldText);
  const b = tokenize(newText);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: WordChange[] = [];
  push(out, "equal", a.slice(0, start).join(""));
  const middle = editScript(a.slice(start, endA), b.slice(start, endB));
  for (const c of middle) push(out, c.op, c.text);
  push(out, "equal", a.slice(endA).join(""));
  return out;
}

function editScript(a: readonly string[], b: readonly string[]): WordChange[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [...(n ? [{ op: "delete" as const, text: a.join("") }] : []), ...(m ? [{ op: "insert" as const, text: b.join("") }] : [])];
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    const next = v;
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number)) ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
  }
  if (found < 0) return [{ op: "delete", text: a.join("") }, { op: "insert", text: b.join("") }];
  // Walk back through the saved frontiers.
  const steps: WordChange[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const pv = trace[d] as Int32Array;
    const k = x - y;
    const prevK = k === -d || (k !== d && (pv[offset + k - 1] as number) < (pv[offset + k + 1] as number)) ? k + 1 : k - 1;
    const prevX = pv[offset + prevK] as number;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      steps.push({ op: "equal", text: a[--x] as string });
      y--;
    }
    if (x === prevX) steps.push({ op: "insert", text: b[--y] as string });
    else steps.push({ op: "delete", text: a[--x] as string });
  }
  while (x > 0 && y > 0) {
    steps.push({ op: "equal", text: a[--x] as string });
    y--;
  }
  steps.reverse();
  // Group each run of edits as "deleted, then inserted", as readers expect.
  const out: WordChange[] = [];
  let del = "";
  let ins = "";
  for (const s of steps) {
    if (s.op === "equal") {
      push(out, "delete", del);
      push(out, "insert", ins);
      del = ins = "";
      push(out, "equal", s.text);
    } else if (s.op === "delete") del += s.text;
    else ins += s.text;
  }
  push(out, "delete", del);
  push(out, "insert", ins);
  return out;
}

/** The old text back from a diff (what was equal or deleted). */
export const oldSide = (changes: readonly WordChange[]): string => changes.filter((c) => c.op !== "insert").map((c) => c.text).join("");
/** The new text back from a diff (what was equal or inserted). */
export const newSide = (changes: readonly WordChange[]): string => changes.filter((c) => c.op !== "delete").map((c) => c.text).join("");
