/** Marks of the user's that a number may carry and that writing a new number over it would drop or falsify. */
export type UserMark = "revision" | "comment" | "note";

/** A number that renumbering had to change and that carries marks of the user's: what it is, as written, and which marks. */
export interface MarkedNumber {
  readonly kind: "section" | "clause" | "unterpunkt";
  /** The number as the document shows it („2.4“, „b)“). */
  readonly number: string;
  readonly marks: readonly UserMark[];
}

/**
 * Renumbering must change a number that carries the user's marks: a tracked change in it (w:ins, w:del, a move, a
 * tracked formatting change), a comment anchored on it, or a footnote or endnote reference in it. Writing the new
 * number would accept or reject another person's revision without a word, or leave a comment on a number it was
 * not written about; skipping it would leave a wrong number while saying the numbering was brought up to date.
 * Nothing is written; `numbers` names each one, so that the user settles them first (accept or reject the change,
 * move the comment behind the number). `beschluss recognize --renumber` and the pane's „Nummerierung
 * aktualisieren“ (and every structural change that renumbers) refuse alike.
 */
export class RenumberDropsUserMarkupError extends Error {
  constructor(readonly numbers: readonly MarkedNumber[]) {
    super(`renumbering would write over ${numbers.length} number(s) holding tracked changes, comments or notes; nothing was changed`);
    this.name = "RenumberDropsUserMarkupError";
  }
}
