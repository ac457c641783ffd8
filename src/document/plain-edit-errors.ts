import type { MovedTypedReference } from "../core/references/typed-targets";
import type { MovedReferenceInText } from "../core/references/references-in-text";

/**
 * Why a document read from its text (typed numbers, none of our controls) cannot take a
 * structural change from the pane: its clauses could not be wrapped exactly (a clause that
 * shares a table with another), or it is no Vorlage. Nothing was changed; the pane says so
 * instead of naming a block „no longer in the document“.
 */
export class PlainDocumentRefusedError extends Error {
  constructor(readonly refusal: string) {
    super(`the document's clauses cannot be taken over for editing (${refusal}); nothing was changed`);
    this.name = "PlainDocumentRefusedError";
  }
}

/**
 * A structural change (insert, move, delete, renumber) would give the clause a typed reference
 * names („unter Ziffer 2.2 genannten …“) another number, so that the reference would silently name
 * another clause. Nothing was changed: the user decides (link the references, which then follow,
 * or leave it). `recognize --renumber` refuses the same.
 */
export class ReferencesWouldChangeError extends Error {
  constructor(
    readonly references: readonly MovedTypedReference[],
    readonly inText: readonly MovedReferenceInText[] = [],
  ) {
    super(`the change would alter the clause ${references.length + inText.length} typed reference(s) name; nothing was changed`);
    this.name = "ReferencesWouldChangeError";
  }
}

/**
 * Renumbering a document read from its text would make a typed sub-clause („2.1.1“) a clause of its
 * own; `recognize --renumber` refuses the same. Nothing was changed.
 */
export class RenumberWouldFlattenError extends Error {
  constructor(
    readonly unterziffer: string,
    readonly oberziffer: string,
  ) {
    super(`renumbering would make sub-clause ${unterziffer} a clause of its own; nothing was changed`);
    this.name = "RenumberWouldFlattenError";
  }
}
