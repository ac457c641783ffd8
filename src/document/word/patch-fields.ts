import type { BodyParagraph, Segment } from "../ooxml/read-body";
import type { Tag } from "../tags";

/** A field's text as Word's `text` gives it: line breaks as \v or \r become the reader's \v. */
const asRead = (text: string): string => text.replace(/\r\n?/g, "\v");

/**
 * The paragraphs of the last read with one field's text replaced: what the document holds
 * after a user typed into that field, without reading the body again. `entry` is the tag
 * of the entry around the field (a Deckungsquelle), when it is in one. Undefined when the
 * field cannot be placed (it was empty, so no text of it was read; or it stands twice):
 * then the caller reads the body.
 */
export function withFieldText(paragraphs: readonly BodyParagraph[], entry: Tag | undefined, name: string, text: string): BodyParagraph[] | undefined {
  const isField = (s: Segment): boolean => s.tag?.kind === "feld" && s.tag.name === name;
  const inEntry = (p: BodyParagraph): boolean => entry === undefined || p.blocks.some((b) => b.kind === entry.kind && "id" in b && "id" in entry && b.id === entry.id);
  const hits = paragraphs.map((p, i) => [p, i] as const).filter(([p]) => inEntry(p) && p.segments.some(isField));
  // An empty field left empty: nothing was read of it, nothing changes.
  if (hits.length === 0 && text === "") return [...paragraphs];
  if (hits.length !== 1) return undefined;
  const [p, index] = hits[0] as readonly [BodyParagraph, number];
  const first = p.segments.findIndex(isField);
  let last = first;
  while (last + 1 < p.segments.length && isField(p.segments[last + 1] as Segment)) last++;
  if (p.segments.slice(last + 1).some(isField)) return undefined;
  const tag = (p.segments[first] as Segment).tag as Tag;
  const segments = [...p.segments.slice(0, first), { text: asRead(text), tag }, ...p.segments.slice(last + 1)];
  const next = [...paragraphs];
  next[index] = { ...p, segments };
  return next;
}
