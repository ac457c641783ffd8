import { AdoptRefusedError } from "../document/adopt-refused";
import { BlockNotFoundError } from "../document/block-not-found";
import { PlainDocumentRefusedError, ReferencesWouldChangeError, RenumberWouldFlattenError } from "../document/plain-edit-errors";
import { RenumberDropsUserMarkupError } from "../document/marked-numbers";
import { WordError } from "../document/word/word-error";
import type { UiMessages } from "../i18n/ui-messages";

/** The sentence a user reads for a failed action. */
export function errorMessage(error: unknown, t: UiMessages): string {
  if (error instanceof BlockNotFoundError) return t.errors.notFound;
  if (error instanceof ReferencesWouldChangeError) return t.errors.referencesWouldChange([...error.references, ...error.inText]);
  if (error instanceof PlainDocumentRefusedError) return t.errors.plainRefused(error.refusal);
  if (error instanceof RenumberWouldFlattenError) return t.errors.renumberFlattens(error.unterziffer, error.oberziffer);
  if (error instanceof AdoptRefusedError) return t.errors.adoptRefused(error.refusal);
  if (error instanceof RenumberDropsUserMarkupError) return t.errors.renumberMarks(error.numbers);
  if (error instanceof WordError) return t.errors.word(error.reason);
  return t.errors.unexpected(error instanceof Error ? error.message : String(error));
}
