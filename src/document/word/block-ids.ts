import type { Vorlage } from "../../core/model/vorlage";

/**
 * The ids Word gives our block controls (ContentControl.id, WordApi 1.1), kind by kind in document order:
 * the cheapest question that tells whether blocks came, went or changed places behind the kept model's back
 * (issue 21, item 4). Word's undo on the web raises no event (office-js #5089: no onParagraphAdded/Deleted on
 * Ctrl+Z; #3403: no onDataChanged), so a clause brought back by undo would otherwise be missing from the
 * numbers an action computes. The controls are asked for by the titles we give them („Abschnitt“, „Ziffer“,
 * „Unterpunkt“: render-vorlage.ts and build-blocks.ts), so that the number controls inside them, as many as
 * the blocks, do not cross the boundary; an id is an integer, a tag a string three times as long
 * (docs/architecture.md „How numbers live in Word“, kept model; `npm run bench:word`).
 */
const TITLES = ["Abschnitt", "Ziffer", "Unterpunkt"] as const;

/** The ids of our block controls, one list a title of `TITLES`, each in the collection's order. */
export type BlockIdLists = readonly (readonly number[])[];

/** The model's blocks, one list a title of `TITLES`, in document order. */
function blocksByTitle(v: Vorlage): readonly (readonly string[])[] {
  const clauses = v.sections.flatMap((s) => s.clauses);
  return [v.sections.map((s) => s.id), clauses.map((c) => c.id), clauses.flatMap((c) => (c.unterpunkte ?? []).map((u) => u.id))];
}

/** Queues the load of our block controls' ids (only `id`), in whatever sync the caller makes; the lists once it has run. */
export function queueBlockIds(context: Word.RequestContext): () => BlockIdLists {
  const lists = TITLES.map((title) => {
    const controls = context.document.body.contentControls.getByTitle(title);
    controls.load("items/id");
    return controls;
  });
  return () => lists.map((l) => l.items.map((cc) => cc.id));
}

/**
 * At a full read: each block's control id, paired by position where every list holds as many controls as the
 * model has blocks of its kind (Word lists its collections in document order, as the tags check also takes
 * them; a control a user titled like ours, or one missing, leaves the pairing undefined: the check then
 * compares tags).
 */
export function pairBlockIds(v: Vorlage, lists: BlockIdLists): ReadonlyMap<string, number> | undefined {
  const blocks = blocksByTitle(v);
  if (blocks.some((ids, k) => ids.length !== lists[k]?.length)) return undefined;
  const out = new Map<string, number>();
  blocks.forEach((ids, k) => ids.forEach((id, i) => out.set(id, lists[k]?.[i] as number)));
  return new Set(out.values()).size === out.size ? out : undefined;
}

/**
 * Whether Word's block controls are the ones the model `v` with `ids` expects, in its order; undefined where
 * `ids` lack a block of `v` (then only the tags can tell).
 */
export function sameBlocks(v: Vorlage, ids: ReadonlyMap<string, number>, lists: BlockIdLists): boolean | undefined {
  const blocks = blocksByTitle(v);
  if (blocks.some((list) => list.some((id) => !ids.has(id)))) return undefined;
  return blocks.every((list, k) => list.length === lists[k]?.length && list.every((id, i) => ids.get(id) === lists[k]?.[i]));
}

/** Whether `ids` hold every block of `v`: only then can the check compare ids. */
export function coversBlocks(v: Vorlage, ids: ReadonlyMap<string, number> | undefined): ids is ReadonlyMap<string, number> {
  return ids !== undefined && blocksByTitle(v).every((list) => list.every((id) => ids.has(id)));
}
