import type { Clause } from "../../core/model/vorlage";
import { BlockNotFoundError } from "../block-not-found";
import { paragraphText, type BodyParagraph } from "../ooxml/read-body";
import { shownClauseNumber } from "../ooxml/typed-clauses";
import { formatTag } from "../tags";
import { WordError } from "./word-error";
import type { WordSession } from "./word-session";

/**
 * „In einen Baustein übernehmen“: a clause the user typed outside our controls (`structure-clause-uncontrolled`,
 * typed-clauses.ts), which check and the pane read as the clause it prints as, wrapped in our clause control — its
 * paragraph and every character in it as they stand, the typed number too (read as typed: `structure-number-typed`).
 * After that it is a clause like every other: the pane's move and delete reach it, as they reach only our controls.
 *
 * One Word.run, two syncs, none in a loop: the body read of every action (readForChange) with the texts of the
 * body's paragraphs queued into its sync, then the wrap. Which Word paragraph it is: the typed clause's paragraph in
 * the body's OOXML (its number and text as the last read showed them; a typed clause gets a fresh id at every read,
 * so it is found by what it says), and the Word paragraph with that text at the same place among the paragraphs
 * with that text. Where that is not one paragraph — a typed clause continued over further paragraphs, or Word lists
 * the paragraphs otherwise than the OOXML — nothing is written (`WordError` „stale“).
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
    const at = typedParagraph(read.body.paragraphs, number, before);
    if (at === undefined) throw new BlockNotFoundError(clauseId);
    const text = paragraphText(read.body.paragraphs[at] as BodyParagraph);
    const nth = read.body.paragraphs.slice(0, at).filter((p) => paragraphText(p) === text).length;
    const same = words.items.filter((w) => wordText(w.text) === text);
    const ours = read.body.paragraphs.filter((p) => paragraphText(p) === text).length;
    const target = same.length === ours ? same[nth] : undefined;
    if (!target) throw new WordError("stale", "TypedClauseNotFound");
    const control = target.insertContentControl();
    control.tag = formatTag({ kind: "ziffer", id: clauseId });
    control.title = "Ziffer";
    await context.sync();
  });
}

/** Word's text of a paragraph as the OOXML read gives it: no paragraph mark, a soft line break as "\n". */
const wordText = (text: string): string => text.replace(/[\r\n]+$/u, "").replace(/\v/gu, "\n");

/**
 * The index of the paragraph that shows the typed clause by itself: no clause control of ours around it, its number
 * `number`, the rest its whole text (a clause of one paragraph). Undefined where there is none.
 */
export function typedParagraph(paragraphs: readonly BodyParagraph[], number: string, clause: Clause): number | undefined {
  const index = paragraphs.findIndex((p) => {
    if (p.blocks.some((b) => b.kind === "ziffer" || b.kind === "unterpunkt")) return false;
    const shown = shownClauseNumber(paragraphText(p), p.listLabel);
    return shown !== undefined && shown.number === number && shown.rest === clause.text;
  });
  return index < 0 ? undefined : index;
}
