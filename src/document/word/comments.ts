import { COMMENT_PREFIX, type FindingComment } from "../finding-comments";
import type { WordSession } from "./word-session";

export async function commentFindings(session: WordSession, comments: readonly FindingComment[]): Promise<"written" | "unsupported"> {
  if (!session.host.supports("WordApi", "1.4")) return "unsupported";
  return session.write(async (context) => {
    const existing = context.document.body.getComments();
    existing.load("items/content");
    const anchors = comments.map((c) => {
      if (c.tag === undefined) return undefined;
      const control = context.document.body.contentControls.getByTag(c.tag).getFirstOrNullObject();
      control.load("isNullObject");
      return control;
    });
    await context.sync();
    for (const old of existing.items) if (old.content.startsWith(COMMENT_PREFIX)) old.delete();
    comments.forEach((c, i) => {
      const control = anchors[i];
      const range = control && !control.isNullObject ? control.getRange("Whole") : context.document.body.paragraphs.getFirst().getRange("Whole");
      range.insertComment(COMMENT_PREFIX + c.text);
    });
    await context.sync();
    return "written" as const;
  });
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

