/**
 * The signature of a Fraktion's Antrag: its members' names and the Fraktion, on one line, without place or date
 * („Lena Harms, Jonas Petersen und SPD-Fraktion“, „Anna Muster und die Fraktion Bündnis 90/Die Grünen“) — as Hamburg's
 * Bezirksfraktionen and many Ratsfraktionen sign. A line that ends its sentence, or names no person before the Fraktion, is none.
 */
/** A person's name: two or three capitalised words after an academic title, never an article's phrase („Das Bezirksamt“). */
const PERSON = String.raw`(?:(?:Dr|Prof)\.\s+)*(?!(?:Der|Die|Das|Den|Dem|Des)\s)\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){1,2}`;
const FRAKTION = String.raw`(?:die\s+)?(?:[\p{L}\d/]+(?:\s+\d+)?-?)?Fraktion(?:\s+\p{Lu}[\p{L}\d/ -]{0,40})?`;
const SIGNERS = new RegExp(String.raw`^${PERSON}(?:\s*,\s*${PERSON})*\s+und\s+${FRAKTION}$`, "u");

/** Whether the line is a Fraktion's signature of names (see the module comment). */
export function isFraktionSigners(text: string): boolean {
  return text.length <= 160 && SIGNERS.test(text.trim());
}
