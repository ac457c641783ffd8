import type { Anchors } from "../../core/recognize/anchors";

/** Where a block read from a plain document's text stands: the first and last of its paragraphs (indices of the body read's paragraphs). */
export interface TextPlace {
  readonly first: number;
  readonly last: number;
}

/**
 * The paragraphs each recognised section (its heading to its last clause) and clause of a plain document stands in,
 * by id, as the .docx engine places them (DocxDocument.textPlaces): a review comment about one is anchored there, as
 * on a document we made, where it goes to the block's control. Ids are those of the read they come from. A header
 * field recognition read („Betreff: …“) stands in its paragraph, under `fieldPlace(name)`.
 */
export function textPlaces(anchors: Anchors): ReadonlyMap<string, TextPlace> {
  const places = new Map<string, TextPlace>();
  for (const s of anchors.sections) {
    for (const c of s.clauses) places.set(c.id, { first: c.first, last: c.last });
    places.set(s.id, { first: s.heading, last: Math.max(s.heading, ...s.clauses.map((c) => c.last)) });
  }
  for (const f of anchors.fields) places.set(fieldPlace(f.field), { first: f.range.paragraph, last: f.range.paragraph });
  return places;
}

/** The key of a field's place among `textPlaces` (ids are [a-z0-9-], so it meets none). */
export const fieldPlace = (name: string): string => `feld:${name}`;

/** Word's text of a paragraph (`Paragraph.text`) as the OOXML read gives it: no paragraph mark, a soft line break as "\n". */
export const wordText = (text: string): string => text.replace(/[\r\n]+$/u, "").replace(/\v/gu, "\n");

/**
 * Which of Word's paragraphs (`body.paragraphs`, their texts) is paragraph `i` of the body read (its texts): the one
 * with the same text at the same place among the paragraphs with that text. Word's collection is not the read's list
 * (the read leaves out hidden paragraphs and cuts tracked deletions, which Word's `text` includes: office-js #1267),
 * so a text is trusted only where both lists hold it equally often; otherwise undefined, and the caller does not
 * guess. Built once for both lists (no search per paragraph).
 */
export function paragraphMatcher(ours: readonly string[], words: readonly string[]): (i: number) => number | undefined {
  const byText = (texts: readonly string[]): Map<string, number[]> => {
    const map = new Map<string, number[]>();
    texts.forEach((t, i) => {
      const list = map.get(t);
      if (list) list.push(i);
      else map.set(t, [i]);
    });
    return map;
  };
  const ourIndex = byText(ours);
  const wordIndex = byText(words.map(wordText));
  return (i) => {
    const text = ours[i];
    if (text === undefined) return undefined;
    const mine = ourIndex.get(text) ?? [];
    const theirs = wordIndex.get(text) ?? [];
    if (mine.length !== theirs.length) return undefined;
    return theirs[mine.indexOf(i)];
  };
}
