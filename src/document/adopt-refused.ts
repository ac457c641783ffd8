/**
 * Why a clause typed outside our controls (`structure-clause-uncontrolled`) cannot be taken over into one („Übernehmen“)
 * without changing it: `table`, it runs over a table, which Word's API gives no safe way to wrap together with the
 * paragraphs around it; `changed`, wrapped, its paragraphs would read as another clause than the one shown (an empty
 * paragraph in it, text the pane does not count as its own). Nothing was changed; the pane says why and what to do.
 */
export type AdoptRefusal = "table" | "changed";

export class AdoptRefusedError extends Error {
  constructor(
    readonly clauseId: string,
    readonly refusal: AdoptRefusal,
  ) {
    super(`the typed clause ${clauseId} cannot be taken over unchanged (${refusal}); nothing was changed`);
    this.name = "AdoptRefusedError";
  }
}
