/** A Verteiler entry as one paragraph shows it: the recipient and the words of its Bitte. */
export interface EntryInParagraph {
  readonly empfaenger: string;
  readonly bitte: string;
}

/**
 * The Verteiler entries typed in one paragraph with soft line breaks (Shift+Enter, Word's w:br,
 * which the adapters hand over as \v; \n from a field): „Dem Magistrat⏎mit der Bitte um weitere
 * Veranlassung“, or several, each recipient on the piece above its Bitte. Word shows them as the
 * lines of two paragraphs would look, and a reader takes them alike: read as one line, the
 * whole Verteiler vanished in a new-user tryout. `bitte` is the caller's pattern of a Bitte at
 * the start of a line. None when the paragraph has no soft break or no piece is a Bitte.
 */
export function entriesInOneParagraph(text: string, bitte: RegExp): EntryInParagraph[] {
  if (!/[\v\n]/u.test(text)) return [];
  const pieces = text.split(/[\v\n]/u).map((p) => p.trim());
  const out: EntryInParagraph[] = [];
  for (let k = 1; k < pieces.length; k++) {
    const recipient = pieces[k - 1] as string;
    if (bitte.test(pieces[k] as string) && recipient !== "" && !bitte.test(recipient)) out.push({ empfaenger: recipient, bitte: pieces[k] as string });
  }
  return out;
}

/**
 * Each line, and for a line with soft line breaks also each of its pieces: a profile's
 * line-anchored pattern („^Dem Magistrat$“ of a Gremium inference) then finds the lines Word
 * shows, whether they were typed as paragraphs or with Shift+Enter.
 */
export function withSoftBrokenPieces(texts: readonly string[]): string[] {
  return texts.flatMap((t) => (/[\v\n]/u.test(t) ? [t, ...t.split(/[\v\n]/u).map((p) => p.trim())] : [t]));
}
