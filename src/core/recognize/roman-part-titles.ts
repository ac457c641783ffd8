import { fromRoman } from "../numbering/counters";

/** „I. Gesamtmaßnahmebeschluss“, „II.⇥Überplanmäßige Ausgabe“: a Roman number and a short title, no sentence. */
const TITLE = /^([IVX]{1,4})\.\s+(\p{Lu}[^.;:,!?]{2,70})$/u;
const MAX_WORDS = 6;

/**
 * The lines that title the parts of one decision: right below a decision heading („Beschlussvorschlag:“), titles numbered
 * I., II., III. … („I. Gesamtmaßnahmebeschluss“, „II. Überplanmäßige Ausgabe“, „III. Außerplanmäßige
 * Verpflichtungsermächtigung“, Dessau-Roßlau), each over sentences of its own. They are headings of decision parts
 * (sections numbered as shown), not clauses. Only a run of at least two that counts from I., none of them the heading of
 * another part (Sachverhalt, Finanzierung …) and no such heading between them: Roman sub-headings of a Begründung stay prose.
 * Returns their line indices.
 */
export function romanPartTitles(texts: readonly string[], isDecisionHeading: (text: string) => boolean, isPartHeading: (text: string) => boolean): ReadonlySet<number> {
  const found = new Set<number>();
  const title = (i: number): number | undefined => {
    const m = TITLE.exec(texts[i] ?? "");
    return m && (m[2] as string).trim().split(/\s+/u).length <= MAX_WORDS && !isPartHeading(texts[i] as string) ? fromRoman(m[1] as string) : undefined;
  };
  const nextWithText = (i: number): number => {
    let j = i + 1;
    while (j < texts.length && (texts[j] as string).trim() === "") j++;
    return j;
  };
  for (let h = 0; h < texts.length; h++) {
    if (!isDecisionHeading(texts[h] as string)) continue;
    const first = nextWithText(h);
    if (title(first) !== 1) continue;
    const run = [first];
    for (let i = nextWithText(first); i < texts.length; i = nextWithText(i)) {
      const n = title(i);
      if (n === run.length + 1) {
        // Each title heads sentences of its own: two titles in a row are no parts.
        if (nextWithText(run[run.length - 1] as number) === i) break;
        run.push(i);
        continue;
      }
      if (isPartHeading(texts[i] as string) || isDecisionHeading(texts[i] as string)) break;
    }
    const last = run[run.length - 1] as number;
    const below = nextWithText(last);
    if (run.length >= 2 && below < texts.length && title(below) === undefined && !isPartHeading(texts[below] as string)) for (const i of run) found.add(i);
  }
  return found;
}
