import type { Vorlage } from "../../core/model/vorlage";
import { deriveNumbers } from "../../core/numbering/derive-numbers";
import type { Profile } from "../../core/profile/profile";
import { referenceNumber, referenceStates, type ReferenceState } from "../../core/references/follow-references";
import { referenceTargets } from "../../core/references/insert-reference";
import { BlockNotFoundError } from "../block-not-found";
import { esc } from "../ooxml/ooxml";
import { formatTag } from "../tags";
import type { WordSession } from "./word-session";

/**
 * References between clauses in Word (docs/architecture.md „Where references live“): the
 * reference is our inline control `bv:verweis:<target id>`; where a document came from the
 * .docx side it holds a REF field to the bookmark on the target's number, which Word
 * updates by itself. Word's API writes no field before WordApi 1.5 and keeps no bookmark
 * inside a number control it rewrites, so the add-in keeps the text right itself: in every
 * action that writes numbers, a reference whose target's number changed, or whose target
 * the action moved, inserted or deleted (its bookmark is gone), gets its number as plain text
 * in the same batch. The .docx adapter puts field and bookmark back when it next writes the
 * document. A reference whose target is gone keeps its text; validation reports it.
 *
 * `controls` are the body's controls by tag from the action's first read, each list in
 * document order (the adapter orders repeated `bv:verweis` tags as it orders blocks);
 * `read` is the Vorlage as the document shows it, `target` the one the action makes, `skip`
 * the blocks the action builds, moves or deletes itself. Returns how many references it rewrites.
 */
export function queueReferences(
  controls: ReadonlyMap<string, readonly Word.ContentControl[]>,
  read: Vorlage,
  target: Vorlage,
  profile: Profile,
  skip: ReadonlySet<string> = new Set(),
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
    states.forEach((s, i) => {
      if (skip.has(s.owner) || skip.has(s.ownerClause)) return;
      const text = expected ?? s.shows;
      if (text === s.shows && !skip.has(ziel)) return;
      (list[i] as Word.ContentControl).insertText(text, "Replace");
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
 * `bv:verweis` control holding plain text, which `queueReferences` keeps up to date. One read
 * sync and one write sync. A clause whose text has several paragraphs before its sub-points is
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
    await context.sync();
  });
}
