/**
 * The title a document gets when its Betreff is written (EN 301 549 10.2.4.2 Document titled;
 * see ./rules.ts `checkTitle`): the Betreff, trimmed. A title the user set is theirs: it is
 * replaced only when it is missing, blank, or the Betreff being replaced (`previous`). An empty
 * Betreff leaves the title as it is. Undefined where the title stays as it is.
 */
export function titleFromBetreff(current: string, betreff: string, previous?: string): string | undefined {
  const title = betreff.trim();
  if (title === "" || current === title || (current.trim() !== "" && current !== previous)) return undefined;
  return title;
}
