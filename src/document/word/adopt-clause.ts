import { sequentialIds } from "../../core/model/ids";
import type { Clause } from "../../core/model/vorlage";
import type { Profile } from "../../core/profile/profile";
import { AdoptRefusedError } from "../adopt-refused";
import { BlockNotFoundError } from "../block-not-found";
import { paragraphText, type BodyParagraph } from "../ooxml/read-body";
import { readStructure } from "../ooxml/read-structure";
import { shownClauseNumber } from "../ooxml/typed-clauses";
import { formatTag, type Tag } from "../tags";
import { paragraphMatcher, wordText, type TextPlace } from "./text-places";
import { WordError } from "./word-error";
import type { WordSession } from "./word-session";

/**
 * „In einen Baustein übernehmen“: a clause the user typed outside our controls (`structure-clause-uncontrolled`,
 * typed-clauses.ts), which check and the pane read as the clause it prints as, wrapped in our clause control — its
 * paragraphs and every character in them as they stand, the typed number too (read as typed: `structure-number-typed`).
 * After that it is a clause like every other: the pane's move and delete reach it, as they reach only our controls.
 *
 * One Word.run, two syncs, none in a loop: the body read of every action (readForChange) with the texts of the
 * body's paragraphs queued into its sync, then the wrap. Which paragraphs: the typed clause's in the body's OOXML
 * (its number and text as the last read showed them; a typed clause gets a fresh id at every read, so it is found by
 * what it says), and Word's paragraphs with those texts at the same place among the paragraphs with that text, one
 * after another as in the OOXML; where they are not, nothing is written (`WordError` „stale“). A clause of several
 * paragraphs (typed in a section's control, continued by unnumbered paragraphs) is wrapped in one control over all of
 * them (Range.expandTo, WordApi 1.3, and Range.insertContentControl), only where reading the paragraphs so wrapped
 * gives the very clause shown (same text, number and sub-points) and no table is among them (`AdoptRefusedError`).
 */
export async function adoptClause(session: WordSession, clauseId: string): Promise<void> {
  const before = session.seen?.vorlage.sections.flatMap((s) => s.clauses).find((c) => c.id === clauseId);
  const said = session.seen?.findings.find((f) => f.code === "structure-clause-uncontrolled" && f.location.type === "clause" && f.location.id === clauseId);
  if (!before || !said) throw new BlockNotFoundError(clauseId);
  const number = String(said.params["nummer"]);
  await session.write(async (context) => {
    const words = context.document.body.paragraphs;
    words.load("items/text");
    const read = await session.readForChange(context);
    const ours = read.body.paragraphs;
    const place = typedClauseParagraphs(ours, number, before, session.profile);
    if (place === undefined) throw new BlockNotFoundError(clauseId);
    const at = paragraphMatcher(ours.map(paragraphText), words.items.map((w) => w.text))(place.first);
    const count = place.last - place.first + 1;
    const lined = at !== undefined && Array.from({ length: count }, (_, k) => words.items[at + k]).every((w, k) => w !== undefined && wordText(w.text) === paragraphText(ours[place.first + k] as BodyParagraph));
    if (at === undefined || !lined) throw new WordError("stale", "TypedClauseNotFound");
    const [from, to] = [words.items[at] as Word.Paragraph, words.items[at + count - 1] as Word.Paragraph];
    const control = count === 1 ? from.insertContentControl() : from.getRange("Whole").expandTo(to.getRange("Whole")).insertContentControl();
    control.tag = formatTag({ kind: "ziffer", id: clauseId });
    control.title = "Ziffer";
    await context.sync();
  });
}

/**
 * The paragraphs (indices of `paragraphs`) that show the typed clause: the one with no clause control of ours around
 * it whose number is `number` and whose text begins the clause's, and, inside a section's control, the paragraphs
 * after it that continue it (typed-clauses.ts: no number of their own, the same control around them), trailing empty
 * ones left out. Undefined where there is none. Throws `AdoptRefusedError` where wrapping them would not keep the
 * clause as shown: read with our clause control around them (`readStructure`, as the next read will), they must give
 * the same text, number and sub-points; and none of them may stand in a table.
 */
export function typedClauseParagraphs(paragraphs: readonly BodyParagraph[], number: string, clause: Clause, profile: Profile): TextPlace | undefined {
  const first = paragraphs.findIndex((p) => {
    const rest = typedRest(p, number);
    return rest !== undefined && (rest === clause.text || clause.text.startsWith(`${rest}\n`));
  });
  if (first < 0) return undefined;
  const head = paragraphs[first] as BodyParagraph;
  let last = first;
  // Only inside a section's control does a typed clause go on over unnumbered paragraphs (read-structure.ts, readTyped).
  for (let i = first + 1; head.blocks.length > 0 && i < paragraphs.length; i++) {
    const p = paragraphs[i] as BodyParagraph;
    const same = p.blockKeys.length === head.blockKeys.length && p.blockKeys.every((k, j) => k === head.blockKeys[j]);
    if (!same || shownClauseNumber(paragraphText(p), p.listLabel) !== undefined) break;
    if (paragraphText(p).trim() !== "") last = i;
  }
  const place = { first, last };
  if (paragraphs.slice(first, last + 1).some((p) => p.cell !== undefined)) throw new AdoptRefusedError(clause.id, "table");
  if (!keepsClause(paragraphs, place, clause, profile)) throw new AdoptRefusedError(clause.id, "changed");
  return place;
}

/** Whether the paragraphs of `place`, wrapped in our clause control with the clause's id, read as `clause`: text, number, sub-points. */
function keepsClause(paragraphs: readonly BodyParagraph[], place: TextPlace, clause: Clause, profile: Profile): boolean {
  const tag: Tag = { kind: "ziffer", id: clause.id };
  const key = {};
  const wrapped = paragraphs.map((p, i) => (i < place.first || i > place.last ? p : { ...p, blocks: [...p.blocks, tag], blockKeys: [...p.blockKeys, key] }));
  const after = readStructure(wrapped, profile, sequentialIds("probe")).vorlage.sections.flatMap((s) => s.clauses).find((c) => c.id === clause.id);
  const subpoints = (c: Clause) => (c.unterpunkte ?? []).map((u) => [u.text, u.writtenNumber]);
  return after !== undefined && after.text === clause.text && after.writtenNumber === clause.writtenNumber && JSON.stringify(subpoints(after)) === JSON.stringify(subpoints(clause));
}

/**
 * The index of the paragraph that shows the typed clause by itself: no clause control of ours around it, its number
 * `number`, the rest its whole text (a clause of one paragraph). Undefined where there is none. The .docx engine's
 * take-over (docx-port.ts) wraps one paragraph only; Word's takes several (`typedClauseParagraphs`).
 */
export function typedParagraph(paragraphs: readonly BodyParagraph[], number: string, clause: Clause): number | undefined {
  const index = paragraphs.findIndex((p) => typedRest(p, number) === clause.text);
  return index < 0 ? undefined : index;
}

/** The text after the typed number of a paragraph outside our clause controls whose number is `number`; else undefined. */
function typedRest(p: BodyParagraph, number: string): string | undefined {
  if (p.blocks.some((b) => b.kind === "ziffer" || b.kind === "unterpunkt")) return undefined;
  const shown = shownClauseNumber(paragraphText(p), p.listLabel);
  return shown !== undefined && shown.number === number ? shown.rest : undefined;
}
