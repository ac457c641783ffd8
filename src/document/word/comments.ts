import { COMMENT_PREFIX, type FindingComment } from "../finding-comments";
import { paragraphText } from "../ooxml/read-body";
import { parseTag } from "../tags";
import { fieldPlace, paragraphMatcher, type TextPlace } from "./text-places";
import type { WordSession } from "./word-session";

/**
 * Findings as comments (WordApi 1.4), after taking out the add-in's earlier ones (by their prefix; a user's comments
 * stay). Each goes where its finding is: the control of its block or field; on a plain document, which has none, the
 * paragraphs recognition found its clause or section in (the heading to the last clause), as the .docx engine anchors
 * them, or a header field's paragraph („Betreff: …“). Only a finding with no place found goes to the top, and says so (`FindingComment.unplaced`).
 *
 * One Word.run, two syncs whatever the number of comments: the first reads the comments, asks for each tag's control
 * and, on a plain document, the texts of the body's paragraphs (to find the last read's paragraphs among Word's:
 * text-places.ts); the second deletes and inserts them all.
 */
export async function commentFindings(session: WordSession, comments: readonly FindingComment[]): Promise<"written" | "unsupported"> {
  if (!session.host.supports("WordApi", "1.4")) return "unsupported";
  const seen = session.seen;
  const places = comments.map((c) => placeOf(c.tag, seen?.places));
  return session.write(async (context) => {
    const existing = context.document.body.getComments();
    existing.load("items/content");
    const anchors = comments.map((c) => {
      if (c.tag === undefined) return undefined;
      const control = context.document.body.contentControls.getByTag(c.tag).getFirstOrNullObject();
      control.load("isNullObject");
      return control;
    });
    // A plain document: Word's paragraphs with their texts, in this same sync, where a comment may go to one.
    const words = seen && places.some((p) => p !== undefined) ? context.document.body.paragraphs : undefined;
    words?.load("items/text");
    await context.sync();
    for (const old of existing.items) if (old.content.startsWith(COMMENT_PREFIX)) old.delete();
    const match = words && seen ? paragraphMatcher(seen.paragraphs.map(paragraphText), words.items.map((w) => w.text)) : undefined;
    const rangeAt = (place: TextPlace | undefined): Word.Range | undefined => {
      const [first, last] = place && match ? [match(place.first), match(place.last)] : [undefined, undefined];
      const [from, to] = [first === undefined ? undefined : words?.items[first], last === undefined ? undefined : words?.items[last]];
      if (!from || !to || (last as number) < (first as number)) return undefined;
      // Heading to last clause: one range over them (Range.expandTo, WordApi 1.3), as the .docx engine spans them.
      return from === to ? from.getRange("Whole") : from.getRange("Whole").expandTo(to.getRange("Whole"));
    };
    comments.forEach((c, i) => {
      const control = anchors[i];
      const range = control && !control.isNullObject ? control.getRange("Whole") : rangeAt(places[i]);
      if (range) range.insertComment(COMMENT_PREFIX + c.text);
      else context.document.body.paragraphs.getFirst().getRange("Whole").insertComment(COMMENT_PREFIX + (c.tag === undefined ? c.text : (c.unplaced ?? c.text)));
    });
    await context.sync();
    return "written" as const;
  });
}

/** The paragraphs a comment's tag names on a plain document: a recognised clause's or section's, by its id; a header field's. */
function placeOf(tag: string | undefined, places: ReadonlyMap<string, TextPlace> | undefined): TextPlace | undefined {
  if (tag === undefined || !places) return undefined;
  const parsed = parseTag(tag);
  if (parsed?.kind === "feld") return places.get(fieldPlace(parsed.name));
  return parsed && (parsed.kind === "ziffer" || parsed.kind === "abschnitt") ? places.get(parsed.id) : undefined;
}

export async function removeFindingComments(session: WordSession): Promise<"written" | "unsupported"> {
  if (!session.host.supports("WordApi", "1.4")) return "unsupported";
  return session.write(async (context) => {
    const existing = context.document.body.getComments();
    existing.load("items/content");
    await context.sync();
    for (const old of existing.items) if (old.content.startsWith(COMMENT_PREFIX)) old.delete();
    await context.sync();
    return "written" as const;
  });
}

export async function findingComments(session: WordSession): Promise<readonly string[]> {
  if (!session.host.supports("WordApi", "1.4")) return [];
  return session.run(async (context) => {
    const existing = context.document.body.getComments();
    existing.load("items/content");
    await context.sync();
    return existing.items.map((c) => c.content).filter((t) => t.startsWith(COMMENT_PREFIX)).map((t) => t.slice(COMMENT_PREFIX.length));
  });
}

