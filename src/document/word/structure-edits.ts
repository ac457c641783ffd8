import type { Clause, Section, Unterpunkt } from "../../core/model/vorlage";
import { deriveNumbers } from "../../core/numbering/derive-numbers";
import { BlockNotFoundError } from "../block-not-found";
import { toFlatOpc } from "../ooxml/flat-opc";
import type { InsertAt, Inserted } from "../port";
import { formatTag, parseTag, type Tag } from "../tags";
import { anchorTag, applied, blockOf, deleteOperation, moveOperation, sectionOf, sectionTag, unterpunktOf } from "./block-lookup";
import { buildSection, buildClause, buildUnterpunkt, HANGING_PT, phrase, styler, UNTERPUNKT_LEFT_PT } from "./build-blocks";
import { cutBlock } from "./cut-block";
import { UNMOVABLE, withCleanNumbers } from "./move-cut";
import type { BlockStyle } from "./house-styles";
import { endsByEndOf } from "./location-relation";
import { queueNumbers } from "./numbers";
import { withFollowedReferences } from "./references";
import { keptDeleteBlock, keptInsertClause, keptInsertSection, keptMoveBlock } from "./kept-edits";
import { isPlainBlock, UNTERPUNKT_STYLE } from "./plain-block";
import { WordError } from "./word-error";
import type { WordSession } from "./word-session";


/**
 * Inserts a section after a given one, or at the cursor: after the outermost control
 * around the cursor (never inside the Kopf, a field or another add-in's control), or after
 * the cursor's paragraph when it is outside every control. A fresh document has its
 * cursor at its start, inside the Kopf (Document.getSelection).
 */
export async function insertSection(session: WordSession, section: Section, at: InsertAt): Promise<Inserted> {
  const kept = at === "selection" ? undefined : session.kept();
  return session.write(async (context) => {
    const done = kept && at !== "selection" ? await keptInsertSection(session, context, kept, section, at.after) : undefined;
    if (done) return done;
    // The selection's end: for a caret the caret itself; for a selection across several blocks (Ctrl+A) where it
    // ends. Its start, the document's first paragraph, would put the new section into the Kopf.
    const selection = at === "selection" ? context.document.getSelection().getRange("End") : undefined;
    // The controls around the cursor, innermost first; four levels reach a field in an entry in a part inside another add-in's control.
    const around: Word.ContentControl[] = [];
    if (selection) {
      let cc = selection.parentContentControlOrNullObject;
      for (let i = 0; i < 4; i++) {
        cc.load("isNullObject,tag");
        around.push(cc);
        cc = cc.parentContentControlOrNullObject;
      }
    }
    const read = await session.readForChange(context);
    const v = read.body.vorlage;
    let index = v.sections.length;
    let place: (text: string) => Word.Paragraph;
    let inserted: Inserted;
    if (at !== "selection") {
      const after = sectionOf(v, at.after);
      const anchor = after && read.tags.get(sectionTag(after))?.[0];
      if (!after || !anchor) throw new BlockNotFoundError(at.after);
      index = v.sections.indexOf(after) + 1;
      place = (text) => anchor.insertParagraph(text, "After");
      inserted = { after: "section", tag: sectionTag(after) };
    } else {
      const live = around.filter((cc) => !cc.isNullObject);
      const outermost = live[live.length - 1];
      const paragraph = (selection as Word.Range).paragraphs.getFirst();
      const anchorRange = outermost ? outermost.getRange("Whole") : paragraph.getRange("Whole");
      const tag = outermost ? parseTag(outermost.tag) : undefined;
      const own = tag?.kind === "abschnitt" ? v.sections.find((s) => s.id === tag.id) : undefined;
      let elsewhere = false;
      if (own) index = v.sections.indexOf(own) + 1;
      else {
        // Where the anchor stands among the sections: one comparison per section, one sync. Word answers
        // one of 14 relations (AdjacentBefore for a section right before the cursor's paragraph, office-js #495),
        // and Unrelated where the cursor is in another story: a header, footer, footnote or comment.
        const answers = v.sections.map((s) => read.tags.get(sectionTag(s))?.[0]?.getRange("Whole").compareLocationWith(anchorRange));
        const story = context.document.body.paragraphs.getFirst().getRange("Whole").compareLocationWith(anchorRange);
        await context.sync();
        elsewhere = story.value === "Unrelated";
        index = elsewhere ? v.sections.length : answers.filter((a) => a !== undefined && endsByEndOf(a.value)).length;
      }
      const last = v.sections[v.sections.length - 1];
      const lastControl = last && read.tags.get(sectionTag(last))?.[0];
      if (elsewhere) {
        // Never into another story: after the body's last section, else at the body's end.
        place = lastControl ? (text) => lastControl.insertParagraph(text, "After") : (text) => context.document.body.insertParagraph(text, "End");
        inserted = last && lastControl ? { after: "section", tag: sectionTag(last) } : { after: "end" };
      } else {
        place = outermost ? (text) => outermost.insertParagraph(text, "After") : (text) => paragraph.insertParagraph(text, "After");
        inserted = outermost ? { after: placeKind(tag), tag: outermost.tag } : { after: "paragraph" };
      }
    }
    const target = applied(v, { type: "insertSection", index, section });
    const numbers = deriveNumbers(target, session.profile.numbering).byId;
    const kinds: BlockStyle[] = ["abschnitt", ...section.clauses.flatMap((c): BlockStyle[] => ["ziffer", ...((c.unterpunkte ?? []).length > 0 ? ["unterpunkt" as const] : [])])];
    buildSection(place(phrase(session.profile, section)), section, numbers, await styler(session.profile, context, read, kinds));
    queueNumbers(session.profile, read, target, new Set([section.id, ...section.clauses.flatMap((c) => [c.id, ...(c.unterpunkte ?? []).map((u) => u.id)])]));
    await context.sync();
    return inserted;
  });
}

export async function insertClause(session: WordSession, clause: Clause, sectionId: string, after?: string): Promise<void> {
  const kept = session.kept();
  await session.write(async (context) => {
    if (kept && (await keptInsertClause(session, context, kept, clause, sectionId, after))) return;
    const read = await session.readForChange(context);
    const section = read.body.vorlage.sections.find((s) => s.id === sectionId);
    if (!section) throw new BlockNotFoundError(sectionId);
    const index = after === undefined ? section.clauses.length : section.clauses.findIndex((c) => c.id === after) + 1;
    if (after !== undefined && index === 0) throw new BlockNotFoundError(after);
    const target = applied(read.body.vorlage, { type: "insertClause", sectionId, index, clause });
    const numbers = deriveNumbers(target, session.profile.numbering).byId;
    const previous = section.clauses[index - 1];
    const first = "\t" + (clause.text.split(/\r\n?|\n/)[0] ?? "");
    const anchor = previous ? read.tags.get(formatTag({ kind: "ziffer", id: previous.id }))?.[0] : read.tags.get(sectionTag(section))?.[0];
    if (!anchor) throw new BlockNotFoundError(previous?.id ?? section.id);
    // Into an empty section: at the end of its control. "After" its heading, the control's only paragraph, can land
    // after the control's end (office-js #3176).
    const p = previous ? anchor.insertParagraph(first, "After") : anchor.insertParagraph(first, "End");
    buildClause(p, clause, numbers, await styler(session.profile, context, read, (clause.unterpunkte ?? []).length > 0 ? ["ziffer", "unterpunkt"] : ["ziffer"]));
    queueNumbers(session.profile, read, target, new Set([clause.id, ...(clause.unterpunkte ?? []).map((u) => u.id)]));
    await context.sync();
  });
}

/**
 * Inserts a sub-point into a clause, built with Word's API (no insertOoxml): after the
 * sub-point `after`, before the clause's first sub-point, or at the end of the clause
 * when it has none. The letters of the clause's sub-points follow in the same batch.
 */
export async function insertUnterpunkt(session: WordSession, unterpunkt: Unterpunkt, clauseId: string, after?: string): Promise<void> {
  await session.write(async (context) => {
    const read = await session.readForChange(context);
    const v = read.body.vorlage;
    const clause = v.sections.flatMap((s) => s.clauses).find((c) => c.id === clauseId);
    if (!clause) throw new BlockNotFoundError(clauseId);
    const list = clause.unterpunkte ?? [];
    const index = after === undefined ? 0 : list.findIndex((u) => u.id === after) + 1;
    if (after !== undefined && index === 0) throw new BlockNotFoundError(after);
    const target = applied(v, { type: "insertUnterpunkt", clauseId, index, unterpunkt });
    const letter = deriveNumbers(target, session.profile.numbering).byId.get(unterpunkt.id) as string;
    const first = "\t" + (unterpunkt.text.split(/\r\n?|\n/)[0] ?? "");
    const controlOf = (id: string): Word.ContentControl => {
      const control = read.tags.get(formatTag({ kind: "unterpunkt", id }))?.[0];
      if (!control) throw new BlockNotFoundError(id);
      return control;
    };
    const next = list[index];
    let p: Word.Paragraph;
    if (after !== undefined) p = controlOf(after).insertParagraph(first, "After");
    else if (next) p = controlOf(next.id).insertParagraph(first, "Before");
    else {
      const control = read.tags.get(formatTag({ kind: "ziffer", id: clauseId }))?.[0];
      if (!control) throw new BlockNotFoundError(clauseId);
      p = control.insertParagraph(first, "End");
    }
    buildUnterpunkt(p, unterpunkt, letter, await styler(session.profile, context, read, ["unterpunkt"]));
    queueNumbers(session.profile, read, target, new Set([unterpunkt.id]));
    await context.sync();
  });
}

/**
 * Moves a sub-point within its clause. Word's API has no move: a sub-point that holds only
 * its text as the add-in writes it is built anew at its place with Word's API and the old
 * one deleted (no insertOoxml). One that carries more of the user's (formatting, a field, a
 * link) travels as its own OOXML, as a moved clause does; one with comments, images, notes
 * or tracked changes would lose them that way, and the move is refused with the reason.
 */
export async function moveUnterpunkt(session: WordSession, id: string, afterId?: string): Promise<void> {
  await session.write(async (context) => {
    const read = await session.readForChange(context);
    const v = read.body.vorlage;
    const found = unterpunktOf(v, id);
    if (!found) throw new BlockNotFoundError(id);
    const list = found.clause.unterpunkte ?? [];
    const rest = list.filter((u) => u.id !== id);
    const to = afterId === undefined ? 0 : rest.findIndex((u) => u.id === afterId) + 1;
    if (afterId !== undefined && to === 0) throw new BlockNotFoundError(afterId);
    const target = applied(v, { type: "moveUnterpunkt", clauseId: found.clause.id, from: found.index, to });
    if (to !== found.index) {
      const numbers = deriveNumbers(target, session.profile.numbering).byId;
      const tag = formatTag({ kind: "unterpunkt", id });
      const old = read.tags.get(tag)?.[0];
      const previous = rest[to - 1];
      const anchor = read.tags.get(formatTag({ kind: "unterpunkt", id: (previous ?? rest[0] as Unterpunkt).id }))?.[0];
      if (!old || !anchor) throw new BlockNotFoundError(old ? afterId ?? id : id);
      const where = previous ? "After" : "Before";
      const moving = withCleanNumbers(cutBlock(read.body.documentXml, tag, numbers), numbers);
      if (isPlainBlock(moving.xml, moving.namespaces, UNTERPUNKT_STYLE, { left: Math.round(UNTERPUNKT_LEFT_PT * 20), hanging: Math.round(HANGING_PT * 20) })) {
        const style = await styler(session.profile, context, read, ["unterpunkt"]);
        buildUnterpunkt(anchor.insertParagraph("\t" + (found.unterpunkt.text.split(/\r\n?|\n/)[0] ?? ""), where), found.unterpunkt, numbers.get(id) as string, style);
      } else {
        if (UNMOVABLE.test(moving.xml)) throw new WordError("would-lose-content", "MoveWouldLoseContent");
        // The user's formatting inside has no expression in Word's API short of rebuilding each run: it travels as OOXML.
        anchor.getRange("Whole").insertOoxml(toFlatOpc(moving.xml, moving.namespaces), where);
      }
      for (const nr of read.tags.get(formatTag({ kind: "nr", id })) ?? []) if (nr.cannotEdit) nr.cannotEdit = false;
      old.delete(false);
    }
    queueNumbers(session.profile, read, target, new Set(to !== found.index ? [id] : []));
    await context.sync();
  });
}

export async function deleteBlock(session: WordSession, id: string): Promise<void> {
  const kept = session.kept();
  await session.write(async (context) => {
    if (kept && (await keptDeleteBlock(session, context, kept, id))) return;
    const read = await session.readForChange(context);
    const v = read.body.vorlage;
    const sub = unterpunktOf(v, id);
    if (sub) {
      const control = read.tags.get(formatTag({ kind: "unterpunkt", id }))?.[0];
      if (!control) throw new BlockNotFoundError(id);
      // A locked control cannot be deleted while changes are tracked: unlock its letter first.
      for (const nr of read.tags.get(formatTag({ kind: "nr", id })) ?? []) if (nr.cannotEdit) nr.cannotEdit = false;
      control.delete(false);
      queueNumbers(session.profile, read, applied(v, { type: "deleteUnterpunkt", clauseId: sub.clause.id, index: sub.index, unterpunkt: sub.unterpunkt }), new Set([id]));
      await context.sync();
      return;
    }
    const found = blockOf(v, id);
    if (!found) throw new BlockNotFoundError(id);
    const op = deleteOperation(v, found);
    const gone = new Set(found.ids);
    // A locked control cannot be deleted while changes are tracked: unlock the numbers inside first (locks an earlier version left).
    for (const g of gone) for (const nr of read.tags.get(formatTag({ kind: "nr", id: g })) ?? []) if (nr.cannotEdit) nr.cannotEdit = false;
    const control = read.tags.get(found.tag)?.[0];
    if (!control) throw new BlockNotFoundError(id);
    control.delete(false);
    queueNumbers(session.profile, read, applied(v, op), gone);
    await context.sync();
  });
}

/**
 * Moves a block. Word's API has no move for a content control, so the block's own OOXML
 * (document.xml only) is inserted at its new place — the one insertOoxml left in the
 * structural operations. A block with comments, images, links, notes or tracked changes
 * would lose them that way (their parts and relationships stay behind): such a move is
 * refused with the reason, and the document is left as it was.
 */
export async function moveBlock(session: WordSession, id: string, afterId: string): Promise<void> {
  const kept = session.kept();
  await session.write(async (context) => {
    if (kept && (await keptMoveBlock(session, context, kept, id, afterId))) return;
    const read = await session.readForChange(context);
    const v = read.body.vorlage;
    const found = blockOf(v, id);
    const to = sectionOf(v, afterId);
    if (!found) throw new BlockNotFoundError(id);
    if (!to) throw new BlockNotFoundError(afterId);
    const { isSection, tag } = found;
    const op = moveOperation(v, found, to, afterId);
    const target = applied(v, op);
    const numbers = deriveNumbers(target, session.profile.numbering).byId;
    const cleaned = withCleanNumbers(cutBlock(read.body.documentXml, tag, numbers), numbers);
    const moving = { ...cleaned, xml: withFollowedReferences(cleaned.xml, target, session.profile) };
    if (UNMOVABLE.test(moving.xml)) throw new WordError("would-lose-content", "MoveWouldLoseContent");
    const xml = toFlatOpc(moving.xml, moving.namespaces);
    const anchor = read.tags.get(anchorTag(to, afterId))?.[0];
    // First in a section: right after its heading. "Start" on the section control would land above
    // the heading, inside the control before its first child (office-js #866; ContentControl.insertOoxml).
    if (!isSection && to.id === afterId) anchor?.paragraphs.getFirst().getRange("Whole").insertOoxml(xml, "After");
    else anchor?.getRange("Whole").insertOoxml(xml, "After");
    const inside = new Set(found.ids);
    // A locked control cannot be deleted while changes are tracked: unlock every number inside first.
    for (const g of inside) for (const nr of read.tags.get(formatTag({ kind: "nr", id: g })) ?? []) if (nr.cannotEdit) nr.cannotEdit = false;
    read.tags.get(tag)?.[0]?.delete(false);
    queueNumbers(session.profile, read, target, inside);
    await context.sync();
  });
}

function placeKind(tag: Tag | undefined): Inserted["after"] {
  if (!tag) return "other-control";
  if (tag.kind === "abschnitt") return "section";
  if (tag.kind === "kopf" || tag.kind === "zustaendigkeit" || tag.kind === "finanzierung") return tag.kind;
  return "other-control";
}
