import type { Vorlage } from "../../core/model/vorlage";
import { BlockNotFoundError } from "../block-not-found";
import { entryPlacement, type EntryList, type Placement } from "../parts";
import { formatTag } from "../tags";

/**
 * What writing one entry as `vorlage` has it does to the document (see `DocumentPort.writeEntry`):
 * - `nothing`: neither the model nor the document has it;
 * - `remove`: the document has it, the model no longer does;
 * - `rewrite`: both have it, it is corrected in place;
 * - `after` / `before`: the model has it, the document lacks it (an undone removal), so it goes back
 *   next to a neighbour of its run that the document still has, or `inside` its Zeichnung where it was
 *   the only entry under it: first in it, or (a forwarding office's Zeichnung, with an Absender) before
 *   its last paragraph, the name, as render-vorlage lays a Zeichnung out;
 * - `place`: no neighbour is left, it goes where a new entry of its list goes.
 */
export type EntryPlan =
  | { readonly kind: "nothing" }
  | { readonly kind: "remove"; readonly tag: string }
  | { readonly kind: "rewrite"; readonly tag: string }
  | { readonly kind: "inside"; readonly tag: string; readonly first: boolean }
  | { readonly kind: "after" | "before"; readonly tag: string }
  | { readonly kind: "place"; readonly placement: Placement };

/**
 * The entries of the same run as `id` in `vorlage`: the Bezüge, the Zeichnungen, or the
 * Verteiler entries under the same Zeichnung (or under none).
 */
function run(list: EntryList, vorlage: Vorlage, id: string): readonly { readonly id: string }[] {
  if (list === "bezug") return vorlage.bezuege;
  if (list === "zeichnung") return vorlage.zeichnungen;
  const own = vorlage.verteiler.find((e) => e.id === id)?.zeichnung;
  return vorlage.verteiler.filter((e) => e.zeichnung === own);
}

/** The entries of `list` the document holds, whether in controls or read from its text. */
function entriesOf(list: EntryList, v: Vorlage): readonly { readonly id: string }[] {
  return list === "bezug" ? v.bezuege : list === "verteiler" ? v.verteiler : v.zeichnungen;
}

/**
 * Plans the write of entry `id` of `list`: `document` is the Vorlage read from the document
 * now and `has` says whether the document holds a control with a tag. The same decisions as
 * the .docx adapter's `writeEntry`, with one more: where the document holds entries of this
 * list read from its text (a recognised document: no control, and ids that reading mints
 * afresh each time), an entry without a control cannot be told apart from one of those, so
 * it is refused (BlockNotFoundError) rather than written a second time beside its text.
 */
export function planEntryWrite(list: EntryList, vorlage: Vorlage, id: string, document: Vorlage, has: (tag: string) => boolean): EntryPlan {
  const tag = (entryId: string): string => formatTag({ kind: list, id: entryId });
  const entries = run(list, vorlage, id);
  const index = entries.findIndex((e) => e.id === id);
  if (index < 0) return has(tag(id)) ? { kind: "remove", tag: tag(id) } : { kind: "nothing" };
  if (has(tag(id))) return { kind: "rewrite", tag: tag(id) };
  if (entriesOf(list, document).some((e) => !has(tag(e.id)))) throw new BlockNotFoundError(tag(id));
  const before = entries.slice(0, index).reverse().find((e) => has(tag(e.id)));
  if (before) return { kind: "after", tag: tag(before.id) };
  const after = entries.slice(index + 1).find((e) => has(tag(e.id)));
  if (after) return { kind: "before", tag: tag(after.id) };
  // The only entry under its Zeichnung: back inside that Zeichnung, where its Verteiler stands.
  const zeichnungId = list === "verteiler" ? vorlage.verteiler.find((e) => e.id === id)?.zeichnung : undefined;
  const zeichnung = vorlage.zeichnungen.find((z) => z.id === zeichnungId);
  if (zeichnung && has(formatTag({ kind: "zeichnung", id: zeichnung.id }))) return { kind: "inside", tag: formatTag({ kind: "zeichnung", id: zeichnung.id }), first: (zeichnung.absender ?? "") === "" };
  return { kind: "place", placement: entryPlacement(list, document) };
}
