import { deepEqual } from "../../core/model/deep-equal";

/**
 * A form's draft brought onto a new state of the document, field by field: a field the user
 * has not touched (draft equals what the document held) shows the document's new value; a
 * field the document itself changed (an Angaben write, an edit in Word) shows the document's
 * value; every other field keeps what the user typed. So a re-read after an action in another
 * tab never throws away Angaben that were not yet „übernommen“.
 */
export function rebaseDraft<T extends object>(draft: T, from: T, to: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(to) as (keyof T & string)[]) {
    const typed = draft[key];
    const was = from[key];
    const now = to[key];
    out[key] = deepEqual(typed, was) || !deepEqual(was, now) ? now : typed;
  }
  return out as T;
}
