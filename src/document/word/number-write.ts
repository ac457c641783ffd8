import { formatTag } from "../tags";

/** Tags a new number control (not locked: docs/architecture.md „How numbers live in Word“). */
export function tagNumber(control: Word.ContentControl, id: string): void {
  control.tag = formatTag({ kind: "nr", id });
  control.title = "Nummer";
}

/**
 * The part of a number control's text that is a number: arabic („1.“, „1.2“, „1.)“), or a Roman
 * numeral or letters followed by „.“ or „)“ („IV.“, „a)“, „(a)“); "" where the text does not start
 * with one. What follows a number was typed by hand (a keystroke at the number's end lands in the
 * control); a text that is no number at all replaced the number, which the write restores.
 */
export function numberPart(written: string): string {
  return /^\s*\(?(?:\d+(?:[.)]+\d+)*[.)]*|(?:[IVXLCDM]+|[A-Za-z]{1,3})[.)]+)/.exec(written)?.[0] ?? "";
}

/**
 * Queues the write of `number` into the number control `nr`, which reads `written`: one
 * insertText. What a user typed into the number after it (see {@link numberPart}) is put right
 * after the control first, into the block's own text, so restoring the number wipes nothing
 * typed; `locked`: a lock an earlier version left, taken off before the write.
 */
export function queueNumberWrite(nr: Word.ContentControl, written: string | undefined, number: string, locked: boolean): void {
  if (locked) nr.cannotEdit = false;
  const kept = written === undefined ? "" : numberPart(written);
  const typed = written === undefined || kept === "" ? "" : written.slice(kept.length);
  if (typed !== "") nr.getRange("Whole").insertText(typed, "After");
  nr.insertText(number, "Replace");
}
