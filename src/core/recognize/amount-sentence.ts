/**
 * The sentence of a paragraph that names a figure („Für Kauf und Anschluss … entstehen einmalige Kosten von 266.000 €, die im
 * Haushaltsjahr 2027 … gedeckt werden.“ before „Für Wartung … fallen ab 2028 jährlich 22.800 € an.“): where a paragraph names
 * several amounts, a Turnus word speaks of the amount of its own sentence, not of every amount in the paragraph. A sentence
 * ends at „.“, „!“ or „?“ before a capital letter, and a statement at „;“ before any word („Einmalig 48.000 € …; für den
 * Streamingdienst fallen jährlich 9.600 € an“); the whole text comes back when the figure is not in it.
 */
export function sentenceWith(text: string, figure: string): string {
  return text.split(/(?<=[.!?])\s+(?=\p{Lu})|(?<=;)\s+/u).find((s) => s.includes(figure)) ?? text;
}
