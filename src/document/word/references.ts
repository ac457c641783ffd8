import type { Vorlage } from "../../core/model/vorlage";
import { deriveNumbers } from "../../core/numbering/derive-numbers";
import type { Profile } from "../../core/profile/profile";
import { referenceNumber, referenceStates, type ReferenceState } from "../../core/references/follow-references";
import { referenceTargets } from "../../core/references/insert-reference";
import { BlockNotFoundError } from "../block-not-found";
import { esc } from "../ooxml/ooxml";
import { formatTag } from "../tags";
import { bookmarkable, queueBookmark, queueRefField } from "./reference-fields-in-word";
import type { WordSession } from "./word-session";

/**
 * References between clauses in Word (docs/architecture.md „Where references live“): the
 * reference is our inline control `bv:verweis:<target id>`. Where the host writes fields (WordApi
 * 1.5 on the desktop, Track Changes off: reference-fields-in-word.ts) it holds a REF field to the
 * bookmark `BV_<id>` on the target's number: in every action that writes numbers, the bookmark is
 * put back on a target's number that changed (replacing the number's text loses it) and the field
 * is written anew and updated, so it shows the new number — REF fields do not update on screen by
 * themselves. Elsewhere (the web, where fields are read-only; WordApi 1.3/1.4; Track Changes; a
 * target built, moved or deleted by the action itself; a target whose number the reference repeats
 * only in part, „b“ of „b)“) the add-in keeps the text right itself: the reference gets its number
 * as plain text in the same batch. The .docx adapter puts field and bookmark back when it next
 * writes the document. A reference whose target is gone keeps its text; validation reports it.
 *
 * `controls` are the body's controls by tag from the action's first read, each list in
 * document order (the adapter orders repeated `bv:verweis` tags as it orders blocks);
 * `read` is the Vorlage as the document shows it, `target` the one the action makes, `skip`
 * the blocks the action builds, moves or deletes itself; `fields` whether references may be written as
 * REF fields. Returns how many references it rewrites.
 */
export function queueReferences(
  controls: ReadonlyMap<string, readonly Word.ContentControl[]>,
  read: Vorlage,
  target: Vorlage,
  profile: Profile,
  skip: ReadonlySet<string> = new Set(),
  fields = false,
): number {
  const now = referenceStates(read, deriveNumbers(read, profile.numbering));
  if (now.length === 0) return 0;
  const numbering = deriveNumbers(target, profile.numbering);
  const byZiel = new Map<string, ReferenceState[]>();
  for (const s of now) byZiel.set(s.verweis.ziel, [...(byZiel.get(s.verweis.ziel) ?? []), s]);
  let written = 0;
  for (const [ziel, states] of byZiel) {
    const list = controls.get(formatTag({ kind: "verweis", id: ziel })) ?? [];
    // The n-th control of a tag is the n-th reference read; where they do not match up, nothing is guessed.
    if (list.length !== states.length) continue;
    const expected = referenceNumber(ziel, numbering);
    // As a REF field where the host writes fields and the target's number control stays where it was (not built,
    // moved or deleted by this action): the bookmark goes back on its number, once, after the number is written.
    const nr = controls.get(formatTag({ kind: "nr", id: ziel }))?.[0];
    const number = numbering.byId.get(ziel);
    const asField = fields && expected !== undefined && !skip.has(ziel) && nr !== undefined && number !== undefined && bookmarkable(number);
    let bookmarked = false;
    states.forEach((s, i) => {
      if (skip.has(s.owner) || skip.has(s.ownerClause)) return;
      const text = expected ?? s.shows;
      if (text === s.shows && !skip.has(ziel)) return;
      if (asField && nr) {
        if (!bookmarked) queueBookmark(nr, ziel);
        bookmarked = true;
        queueRefField(list[i] as Word.ContentControl, ziel);
      } else (list[i] as Word.ContentControl).insertText(text, "Replace");
      written++;
    });
  }
  return written;
}

/**
 * A block's XML cut for a move, with each reference in it showing its target's number as
 * plain text (the bookmark it pointed at does not travel with a renumbered copy).
 */
export function withFollowedReferences(xml: string, target: Vorlage, profile: Profile): string {
  const numbering = deriveNumbers(target, profile.numbering);
  return xml.replace(/(<w:tag w:val="bv:verweis:([^"]+)"\/>(?:(?!<\/w:sdtPr>).)*<\/w:sdtPr><w:sdtContent>)(.*?)(<\/w:sdtContent>)/gs, (whole, head: string, ziel: string, content: string, tail: string) => {
    const shown = [...content.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    const number = referenceNumber(ziel, numbering);
    const rPr = /<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>/s.exec(content)?.[0] ?? "";
    if (number === undefined && !content.includes("fldSimple") && !content.includes("fldChar")) return whole;
    return `${head}<w:r>${rPr}<w:t xml:space="preserve">${number === undefined ? shown : esc(number)}</w:t></w:r>${tail}`;
  });
}

/**
 * „Verweis einfügen“ in Word: „Ziffer 2.1“ (or „Buchstabe b“) appended to the end of the owner's
 * own text with Word's API (insertText, insertContentControl; no insertOoxml), its number in a
 * `bv:verweis` control: a REF field to a bookmark on the target's number where the host writes
 * fields (insertBookmark, insertField), else plain text; `queueReferences` keeps either up to
 * date. One read sync and one write sync. A clause whose text has several paragraphs before its sub-points is
 * refused (Word's API gives no paragraph before a control without another round trip).
 */
export async function insertReference(session: WordSession, ownerId: string, zielId: string): Promise<void> {
  await session.write(async (context) => {
    const read = await session.readForChange(context);
    const v = read.body.vorlage;
    const target = referenceTargets(v, deriveNumbers(v, session.profile.numbering)).find((t) => t.id === zielId);
    if (!target || zielId === ownerId) throw new BlockNotFoundError(zielId);
    const clause = v.sections.flatMap((s) => s.clauses).find((c) => c.id === ownerId);
    const sub = clause ? undefined : v.sections.flatMap((s) => s.clauses.flatMap((c) => c.unterpunkte ?? [])).find((u) => u.id === ownerId);
    const text = clause?.text ?? sub?.text;
    const control = read.tags.get(formatTag(clause ? { kind: "ziffer", id: ownerId } : { kind: "unterpunkt", id: ownerId }))?.[0];
    if (text === undefined || !control) throw new BlockNotFoundError(ownerId);
    let paragraph: Word.Paragraph;
    if (clause && (clause.unterpunkte ?? []).length > 0) {
      // The clause's own text ends in its first paragraph (the one with its number) when it has one line.
      const nr = read.tags.get(formatTag({ kind: "nr", id: ownerId }))?.[0];
      if (!nr || text.includes("\n")) throw new BlockNotFoundError(ownerId);
      paragraph = nr.paragraphs.getFirst();
    } else paragraph = control.paragraphs.getLast();
    const space = text === "" || /\s$/u.test(text) ? "" : " ";
    paragraph.insertText(`${space}${target.word} `, "End");
    const cc = paragraph.insertText(target.shown, "End").insertContentControl();
    cc.tag = formatTag({ kind: "verweis", id: zielId });
    cc.title = "Verweis";
    // Where the host writes fields (and Track Changes is off): a REF field to the bookmark on the target's number.
    const nr = read.tags.get(formatTag({ kind: "nr", id: zielId }))?.[0];
    const number = deriveNumbers(v, session.profile.numbering).byId.get(zielId);
    if (read.fields && !read.tracking && nr && number !== undefined && bookmarkable(number)) {
      queueBookmark(nr, zielId);
      queueRefField(cc, zielId);
    }
    await context.sync();
  });
}
