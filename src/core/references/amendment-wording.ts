/**
 * The words with which a motion changes another decision's text: „… durch … ersetzt“, „… wird
 * folgende Ziffer 4 eingefügt“, „… wird gestrichen“, „… erhält folgende Fassung“, „Die bisherige
 * Ziffer 4 wird Ziffer 5“, „… wird neu gefasst“. A Ziffer named in such a sentence is the amended
 * Vorlage's (an Änderungsantrag's clauses are instructions for another text), never a clause of
 * the document at hand: checked against this one it was reported missing, and rewritten to this
 * one's numbers it changed the motion (tryout 4).
 */
const AMENDING = /\b(?:ersetzt|eingefügt|gestrichen|erhält\s+(?:die\s+)?(?:folgende|nachstehende)\s+Fassung|neu\s+gefasst|bisherigen?\s+Ziffer|wird\s+(?:zur?\s+)?(?:neuen\s+)?Ziffer\s+\d)/u;

/** Where a sentence ends: a full stop (not one of a number), „!“, „?“, „;“ or the colon that introduces quoted wording. */
const END = /(?<!\d)[.!?;:](?=\s|$)/gu;

/** The sentence of `text` around the offset `at` (up to its end mark or the quoted wording it introduces). */
function sentenceAround(text: string, at: number): string {
  let start = 0;
  let end = text.length;
  END.lastIndex = 0;
  for (let m = END.exec(text); m !== null; m = END.exec(text)) {
    if (m.index < at) start = m.index + 1;
    else {
      end = m.index;
      break;
    }
  }
  return text.slice(start, end);
}

/** Whether the reference at offset `at` of `text` stands in a sentence that amends another decision's text. */
export function inAmendingSentence(text: string, at: number): boolean {
  return AMENDING.test(sentenceAround(text, at));
}
