import type { BodyParagraph } from "./ooxml/read-body";
import { W_NS } from "./ooxml/ooxml";
import { parsePart } from "./ooxml/parse-xml";
import { COMMENT_AUTHOR, COMMENT_PREFIX } from "./finding-comments";

/**
 * The ids (w:id) of the add-in's own review comments in a comments part: written by the .docx engine (our author),
 * or inserted in Word (there the author is the user, so they are known by their „Prüfhinweis: “ prefix). Both engines
 * tell them from the users' comments by this rule, so that check and the pane name them alike.
 */
export function ownCommentIds(commentsXml: string | undefined): ReadonlySet<string> {
  const ids = new Set<string>();
  if (commentsXml === undefined || (!commentsXml.includes(COMMENT_AUTHOR) && !commentsXml.includes(COMMENT_PREFIX.trim()))) return ids;
  const comments = parsePart(commentsXml, "word/comments.xml").getElementsByTagNameNS(W_NS, "comment");
  for (let i = 0; i < comments.length; i++) {
    const c = comments.item(i);
    if (!c) continue;
    if (c.getAttributeNS(W_NS, "author") === COMMENT_AUTHOR || (c.textContent ?? "").startsWith(COMMENT_PREFIX)) ids.add(c.getAttributeNS(W_NS, "id") ?? "");
  }
  return ids;
}

/** The paragraphs with the users' comments only (ours taken out of each count), and how many of ours they held. */
export function withoutOwnComments(paragraphs: readonly BodyParagraph[], own: ReadonlySet<string>): { readonly paragraphs: readonly BodyParagraph[]; readonly own: number } {
  if (own.size === 0) return { paragraphs, own: 0 };
  let count = 0;
  const users = paragraphs.map((p) => {
    const ours = p.commentIds?.filter((id) => own.has(id)).length ?? 0;
    count += ours;
    return ours === 0 ? p : { ...p, comments: (p.comments ?? 0) - ours };
  });
  return { paragraphs: users, own: count };
}
