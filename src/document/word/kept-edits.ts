import type { Clause, Section, Vorlage } from "../../core/model/vorlage";
import { deriveNumbers } from "../../core/numbering/derive-numbers";
import { toFlatOpc } from "../ooxml/flat-opc";
import type { Inserted } from "../port";
import { formatTag } from "../tags";
import { coversBlocks, queueBlockIds, sameBlocks } from "./block-ids";
import { anchorTag, applied, blockOf, deleteOperation, moveOperation, numberedNodes, sectionOf, sectionTag } from "./block-lookup";
import { buildClause, buildSection, phrase, styler, type Styler } from "./build-blocks";
import { cutBlock } from "./cut-block";
import { BLOCK_STYLES, type BlockStyle } from "./house-styles";
import { UNMOVABLE, withCleanNumbers } from "./move-cut";
import { queueNumberWrite } from "./number-write";
import { WordError } from "./word-error";
import type { Kept, WordSession } from "./word-session";

/**
 * Structure edits on the kept model (issue 21, item 4): where `WordSession.kept` says the last read is
 * still the document (Word's events tell us of every change a user makes, and our own writes are written
 * into it), an action reads no body. Its first sync asks only the tracking mode (none on WordApi 1.3, which
 * has none); its second carries the writes, each through the control its tag names (getByTag, no load):
 * the block built or deleted, and the numbers that change, no others. Then the kept model becomes the target
 * with the numbers written, so the pane's read after the action costs no round trip either.
 *
 * Each function answers false, having queued nothing, where the kept model cannot carry the action (Track
 * Changes on: the full path unlocks numbers and keeps revisions apart; a house style the build needs is
 * missing: adding it is the full path's; a moved block whose XML the last read does not hold as it is now).
 * The caller then takes the full path in the same Word.run.
 */

/**
 * The tags of our block and number controls in document order, as a document that `v` describes holds them:
 * each section's control and its number, then each clause's control, its number and its sub-points' (the
 * staleness check of hosts without paragraph events, issue 21 item 2 of the Word round).
 */
export function structureTags(v: Vorlage): string[] {
  const out: string[] = [];
  for (const s of v.sections) {
    out.push(sectionTag(s), formatTag({ kind: "nr", id: s.id }));
    for (const c of s.clauses) {
      out.push(formatTag({ kind: "ziffer", id: c.id }), formatTag({ kind: "nr", id: c.id }));
      for (const u of c.unterpunkte ?? []) out.push(formatTag({ kind: "unterpunkt", id: u.id }), formatTag({ kind: "nr", id: u.id }));
    }
  }
  return out;
}

const STRUCTURE = /^bv:(abschnitt|ziffer|unterpunkt|nr):/;

/**
 * The first sync: whether the kept model may carry the action. Track Changes must be off (WordApi 1.3 has no
 * tracking mode and needs none). Where the model is not kept current by events (`kept.check`), the tags of the
 * body's controls, loaded without text, must be ours in the model's order: a block a user deleted, pasted or
 * brought back with undo shows there, and the full path reads the body. Where events keep it current, Word's
 * undo still raises none on the web (office-js #5089, #3403): where the host is not known to raise them for undo
 * (`WordHost.undoRaisesEvents`: Windows does), the ids of our block controls, loaded alone, must be the model's in
 * its order (block-ids.ts; about 1 % of one full getOoxml: docs/architecture.md, kept model); where the model
 * lacks an id, the tags are compared instead.
 */
async function firstSync(session: WordSession, context: Word.RequestContext, kept: Kept): Promise<boolean> {
  const tracking = session.host.supports("WordApi", "1.4");
  if (tracking) context.document.load("changeTrackingMode");
  // With events that undo raises too (Windows), the model is current: no check.
  const undoChecked = !kept.check && session.host.undoRaisesEvents?.() !== true;
  const byIds = undoChecked && coversBlocks(kept.vorlage, kept.controlIds) ? kept.controlIds : undefined;
  const blockIds = byIds ? queueBlockIds(context) : undefined;
  const controls = kept.check || (undoChecked && !byIds) ? context.document.body.contentControls : undefined;
  controls?.load("items/tag");
  await context.sync();
  if (tracking && context.document.changeTrackingMode !== "Off") return false;
  if (byIds && blockIds) return sameBlocks(kept.vorlage, byIds, blockIds()) === true;
  if (!controls) return true;
  const found = controls.items.map((cc) => cc.tag).filter((tag) => STRUCTURE.test(tag));
  const expected = structureTags(kept.vorlage);
  return found.length === expected.length && found.every((tag, i) => tag === expected[i]);
}

/** The styler for a build from the kept model: every style `kinds` need is in the document, or undefined (the full path adds it). */
async function keptStyler(session: WordSession, context: Word.RequestContext, kept: Kept, kinds: readonly BlockStyle[]): Promise<Styler | undefined> {
  if (!kinds.every((kind) => kept.styleNames.has(BLOCK_STYLES[kind].name))) return undefined;
  return styler(session.profile, context, { styles: new Set(kinds), canAddStyles: false }, kinds);
}

/** Our control tagged `tag` (the first: the kept model holds no copies), without a load. */
function control(context: Word.RequestContext, tag: string): Word.ContentControl {
  return context.document.body.contentControls.getByTag(tag).getFirst();
}

/** `v` as a read shows it once `numbers` are written: each block's written number the derived one. */
export function withWrittenNumbers(v: Vorlage, numbers: ReadonlyMap<string, string>): Vorlage {
  const n = <T extends { readonly id: string; readonly writtenNumber?: string }>(x: T): T => {
    const number = numbers.get(x.id);
    return number === undefined || number === x.writtenNumber ? x : { ...x, writtenNumber: number };
  };
  return {
    ...v,
    sections: v.sections.map((s) => n({ ...s, clauses: s.clauses.map((c) => n(c.unterpunkte === undefined ? c : { ...c, unterpunkte: c.unterpunkte.map(n) })) })),
  };
}

/**
 * Queues the number writes that make the document show `numbers` where the kept model `kept` shows
 * another (blocks in `skip` are built with theirs): one insertText a number, as no number is locked
 * (docs/architecture.md „How numbers live in Word“; a lock an earlier version left is taken off).
 * The number tags written, whose locks are gone.
 */
function queueChangedNumbers(context: Word.RequestContext, kept: Kept, before: Vorlage, numbers: ReadonlyMap<string, string>, skip: ReadonlySet<string>): string[] {
  const written: string[] = [];
  for (const node of numberedNodes(before)) {
    const number = numbers.get(node.id);
    if (skip.has(node.id) || number === undefined || number === node.writtenNumber) continue;
    const tag = formatTag({ kind: "nr", id: node.id });
    queueNumberWrite(control(context, tag), node.writtenNumber, number, kept.locked.has(tag));
    written.push(tag);
  }
  return written;
}

/** The ids of a section's or clause's blocks: itself, its clauses, their sub-points. */
function idsIn(block: Section | Clause): string[] {
  const clauses = "clauses" in block ? block.clauses : [block];
  return [block.id, ...clauses.flatMap((c) => [c.id, ...(c.unterpunkte ?? []).map((u) => u.id)])];
}

/**
 * Writes what turns `kept` into `target` (the writes queued), and keeps the result. `fresh`: blocks whose controls
 * the writes made (built, or moved as a copy): their ids are loaded in the same sync, so that the next action's
 * check knows them (block-ids.ts); those of blocks no longer in `target` are dropped.
 */
async function finish(session: WordSession, context: Word.RequestContext, kept: Kept, target: Vorlage, numbers: ReadonlyMap<string, string>, built: readonly string[], written: readonly string[], fresh: readonly string[] = built): Promise<void> {
  const tags = new Map(numberedNodes(target).map((n) => [n.id, n.tagOf(n.id)] as const));
  const loaded = kept.controlIds
    ? fresh.flatMap((id) => {
        const tag = tags.get(id);
        if (tag === undefined) return [];
        const cc = control(context, tag);
        cc.load("id");
        return [[id, cc] as const];
      })
    : [];
  await context.sync();
  const ids = kept.controlIds && new Map([...tags.keys()].flatMap((id): [string, number][] => {
    const made = loaded.find(([b]) => b === id)?.[1].id ?? kept.controlIds?.get(id);
    return made === undefined ? [] : [[id, made]];
  }));
  // After a check the model may miss a user's text edits: it is kept for the next action's check, not for the pane's read.
  session.keep(withWrittenNumbers(target, numbers), built, undefined, written, !kept.check, ids);
}

export async function keptInsertClause(session: WordSession, context: Word.RequestContext, kept: Kept, clause: Clause, sectionId: string, after?: string): Promise<boolean> {
  const section = kept.vorlage.sections.find((s) => s.id === sectionId);
  if (!section) return false;
  const index = after === undefined ? section.clauses.length : section.clauses.findIndex((c) => c.id === after) + 1;
  if (after !== undefined && index === 0) return false;
  const kinds: BlockStyle[] = (clause.unterpunkte ?? []).length > 0 ? ["ziffer", "unterpunkt"] : ["ziffer"];
  if (!kinds.every((kind) => kept.styleNames.has(BLOCK_STYLES[kind].name)) || !(await firstSync(session, context, kept))) return false;
  const style = await keptStyler(session, context, kept, kinds);
  if (!style) return false;
  const target = applied(kept.vorlage, { type: "insertClause", sectionId, index, clause });
  const numbers = deriveNumbers(target, session.profile.numbering).byId;
  const previous = section.clauses[index - 1];
  const first = "\t" + (clause.text.split(/\r\n?|\n/)[0] ?? "");
  // Into an empty section: at the end of its control (office-js #3176, as the full path).
  const p = previous ? control(context, formatTag({ kind: "ziffer", id: previous.id })).insertParagraph(first, "After") : control(context, sectionTag(section)).insertParagraph(first, "End");
  buildClause(p, clause, numbers, style);
  const built = idsIn(clause);
  const written = queueChangedNumbers(context, kept, kept.vorlage, numbers, new Set(built));
  await finish(session, context, kept, target, numbers, built, written);
  return true;
}

export async function keptInsertSection(session: WordSession, context: Word.RequestContext, kept: Kept, section: Section, afterId: string): Promise<Inserted | undefined> {
  const after = sectionOf(kept.vorlage, afterId);
  if (!after) return undefined;
  const kinds: BlockStyle[] = ["abschnitt", ...section.clauses.flatMap((c): BlockStyle[] => ["ziffer", ...((c.unterpunkte ?? []).length > 0 ? ["unterpunkt" as const] : [])])];
  if (!kinds.every((kind) => kept.styleNames.has(BLOCK_STYLES[kind].name)) || !(await firstSync(session, context, kept))) return undefined;
  const style = await keptStyler(session, context, kept, kinds);
  if (!style) return undefined;
  const target = applied(kept.vorlage, { type: "insertSection", index: kept.vorlage.sections.indexOf(after) + 1, section });
  const numbers = deriveNumbers(target, session.profile.numbering).byId;
  buildSection(control(context, sectionTag(after)).insertParagraph(phrase(session.profile, section), "After"), section, numbers, style);
  const built = idsIn(section);
  const written = queueChangedNumbers(context, kept, kept.vorlage, numbers, new Set(built));
  await finish(session, context, kept, target, numbers, built, written);
  return { after: "section", tag: sectionTag(after) };
}

/** Deletes a section or clause (not a sub-point: the full path's). */
export async function keptDeleteBlock(session: WordSession, context: Word.RequestContext, kept: Kept, id: string): Promise<boolean> {
  const v = kept.vorlage;
  const found = blockOf(v, id);
  if (!found || !(await firstSync(session, context, kept))) return false;
  const target = applied(v, deleteOperation(v, found));
  const numbers = deriveNumbers(target, session.profile.numbering).byId;
  control(context, found.tag).delete(false);
  const written = queueChangedNumbers(context, kept, v, numbers, new Set(found.ids));
  await finish(session, context, kept, target, numbers, [], written);
  return true;
}

/**
 * Moves a section or clause as the full path does (its OOXML inserted at its new place, the old one deleted),
 * cut from the XML the last full read kept, where that XML is still the block's own: neither it nor anything
 * in it was patched by a live refresh or built since.
 */
export async function keptMoveBlock(session: WordSession, context: Word.RequestContext, kept: Kept, id: string, afterId: string): Promise<boolean> {
  const v = kept.vorlage;
  const found = blockOf(v, id);
  const to = sectionOf(v, afterId);
  if (!found || !to) return false;
  // Without events a user's edit of the block may be missing from the last read's XML: the full path cuts it from the body.
  if (kept.check || found.ids.some((i) => kept.touched.has(i))) return false;
  const target = applied(v, moveOperation(v, found, to, afterId));
  const numbers = deriveNumbers(target, session.profile.numbering).byId;
  let cut;
  try {
    cut = cutBlock(kept.documentXml, found.tag, numbers);
  } catch {
    return false;
  }
  const moving = withCleanNumbers(cut, numbers);
  if (UNMOVABLE.test(moving.xml)) throw new WordError("would-lose-content", "MoveWouldLoseContent");
  if (!(await firstSync(session, context, kept))) return false;
  const xml = toFlatOpc(moving.xml, moving.namespaces);
  const anchor = control(context, anchorTag(to, afterId));
  // First in a section: right after its heading ("Start" would land above it, office-js #866), as the full path.
  // The old block goes first: its copy carries its tag, and a control found by tag is found when its command runs.
  control(context, found.tag).delete(false);
  if (!found.isSection && to.id === afterId) anchor.paragraphs.getFirst().getRange("Whole").insertOoxml(xml, "After");
  else anchor.getRange("Whole").insertOoxml(xml, "After");
  const written = queueChangedNumbers(context, kept, v, numbers, new Set(found.ids));
  // The moved blocks' controls are the inserted copy's: Word's ids for them are new.
  await finish(session, context, kept, target, numbers, [], written, found.ids);
  return true;
}

/** Renumbers from the kept model: only the numbers that differ from the derived ones are written. How many, or undefined. */
export async function keptRenumber(session: WordSession, context: Word.RequestContext, kept: Kept): Promise<number | undefined> {
  if (!(await firstSync(session, context, kept))) return undefined;
  const numbers = deriveNumbers(kept.vorlage, session.profile.numbering).byId;
  const written = queueChangedNumbers(context, kept, kept.vorlage, numbers, new Set());
  await finish(session, context, kept, kept.vorlage, numbers, [], written);
  return written.length;
}
