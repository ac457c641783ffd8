/**
 * The first words of a text, for a finding or a listing that quotes a paragraph or a heading:
 * white space made single, and a text longer than `max` cut at the last word boundary that fits,
 * followed by „…“, so that a quote never ends in half a word („wolle beschließe…“). Only a first
 * word longer than `max` by itself is cut inside it.
 */
export function firstWords(text: string, max: number): string {
  const t = text.replace(/\s+/gu, " ").trim();
  if (t.length <= max) return t;
  const room = t.slice(0, max - 1);
  const space = room.lastIndexOf(" ");
  const cut = space > 0 ? room.slice(0, space) : room;
  // A word's trailing punctuation („Vorsitz,“ „1.200“ stays whole) is kept; a dash or an opening quote left alone is not.
  return `${cut.replace(/[\s\-–„‚(]+$/u, "")}…`;
}
