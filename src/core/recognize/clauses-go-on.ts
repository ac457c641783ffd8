import type { Features } from "./decode/features";
import type { Decoded } from "./decode/roles";

/**
 * Whether the decision's clauses go on below line `i`: the next line with text (empty lines and
 * page furniture skipped) is a decision heading, or a numbered clause or sub-point the decoder
 * kept in the decision. Then an unnumbered paragraph at `i` — the second paragraph of a clause
 * (Enter pressed inside it) or a list paragraph whose numbering was switched off — continues the
 * clause above, and ends nothing: ending the decision there lost every clause and section after
 * it (Beschluss 0057 edited in a new-user tryout lost its whole Beschluss part).
 */
export function clausesGoOnBelow(
  i: number,
  lines: readonly { readonly text: string }[],
  roles: readonly Decoded[],
  features: readonly Features[],
  isHeading: (line: number) => boolean,
): boolean {
  for (let k = i + 1; k < lines.length; k++) {
    const role = roles[k]?.role;
    if ((lines[k]?.text ?? "") === "" || role === "furniture") continue;
    return isHeading(k) || ((role === "clause" || role === "sub-point") && features[k]?.number !== undefined);
  }
  return false;
}

/**
 * The next line after `i` that the decoder decided is a decision heading, or -1. Where the
 * clauses of one part end before it (a signature, a Verteiler line, a STOP word the decoder
 * kept in the decision), that heading still opens its part: recognize never drops a section
 * whose heading it found.
 */
export function nextDecisionHeading(i: number, count: number, isHeading: (line: number) => boolean): number {
  for (let k = i + 1; k < count; k++) if (isHeading(k)) return k;
  return -1;
}
