import { referenceCore } from "../../core/references/detect-references";
import { bookmarkName } from "../ooxml/reference-fields";
import type { WordHost } from "./word-host";

/**
 * References as REF fields in Word (issue 24, item 1), where the host can write fields:
 * `Range.insertField` and `Field.updateResult` are WordApi 1.5, `Range.insertBookmark` WordApi 1.4
 * (Word JavaScript API reference, https://learn.microsoft.com/javascript/api/word/word.range and
 * word.field; @types/office-js 1.0.612), and „In Word on the web, fields are mainly read-only“
 * (Range.insertField, same reference; learn.microsoft.com/office/dev/add-ins/word/fields-guidance),
 * so fields are written only on the desktop: WordApiDesktop, the requirement sets only Word on
 * Windows and Mac has. Elsewhere references stay text the add-in rewrites (references.ts).
 *
 * The names are the .docx adapter's (src/document/ooxml/reference-fields.ts): bookmark `BV_<id>`
 * on the target's number, field `REF BV_<id> \h`, so that a document written by either reads the same.
 */
export function canWriteFields(host: WordHost): boolean {
  return host.supports("WordApi", "1.5") && host.supports("WordApiDesktop", "1.1");
}

/**
 * Whether a target's number can carry the bookmark whole: only where the reference repeats the
 * number as it stands („2.1“). Where it repeats a part („b“ of „b)“, „2“ of „2.“), a bookmark on
 * part of a control's text needs a search round trip: such references stay text.
 */
export const bookmarkable = (number: string): boolean => referenceCore(number) === number;

/**
 * Queues a bookmark `BV_<ziel>` on the target's number control (after its number was written in
 * the same batch: replacing a control's text loses a bookmark inside it), once per target.
 */
export function queueBookmark(number: Word.ContentControl, ziel: string): void {
  number.getRange("Content").insertBookmark(bookmarkName(ziel));
}

/**
 * Queues the reference control's content as the REF field to the target's bookmark, and its
 * update. The field is inserted anew rather than only updated: the control may hold text (a
 * reference written where fields could not be, or rewritten after a move), and which it holds is
 * not known without another read. `updateResult` then has Word compute the result from the
 * bookmark — the new number — since REF fields do not update on screen by themselves; the number
 * is Word's own evaluation of the field, not a text we write over the field's result.
 */
export function queueRefField(reference: Word.ContentControl, ziel: string): void {
  reference.getRange("Content").insertField("Replace", "Ref", `${bookmarkName(ziel)} \\h`, true).updateResult();
}
