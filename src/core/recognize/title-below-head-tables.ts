import type { Features } from "./decode/features";

/** What the rule needs of a line: its text, whether it is a table row, its features and whether recognition placed it already. */
export interface TitleCandidate {
  readonly text: string;
  readonly inTable: boolean;
  readonly placed: boolean;
  readonly features: Features;
}

/**
 * A head made of label tables only („Drucksache | 22-0815“, „Datum | …“, the Beratungsfolge), then the Vorlage's title as a line
 * of its own without a label, then the first part's heading („Sachverhalt:“) or the decision's: that line is the Betreff
 * (Hamburg's Drucksachen, many RIS print layouts). Only where every line above it is a table row or a line recognition
 * already placed, and the line is a title — some words, no label, no sentence, no heading. Returns its index, or -1.
 */
export function titleBelowHeadTables(lines: readonly TitleCandidate[], headerEnd: number): number {
  const i = lines.findIndex((l, k) => k < headerEnd && l.text !== "" && !l.inTable && !l.placed);
  if (i < 0) return -1;
  const line = lines[i] as TitleCandidate;
  const f = line.features;
  const title = f.words >= 3 && f.words <= 25 && !f.endsColon && !f.sentence && !f.part && !f.decision && !f.label && !/[.:;]$/u.test(line.text) && !/^hier:/iu.test(line.text);
  if (!title || !lines.slice(0, i).some((l) => l.inTable)) return -1;
  let next = i + 1;
  while (next < lines.length && (lines[next] as TitleCandidate).text === "") next++;
  const below = lines[next]?.features;
  return below !== undefined && (below.part !== undefined || below.decision !== undefined) ? i : -1;
}
