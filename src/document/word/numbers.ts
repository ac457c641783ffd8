import type { Vorlage } from "../../core/model/vorlage";
import { deriveNumbers } from "../../core/numbering/derive-numbers";
import type { Profile } from "../../core/profile/profile";
import { paragraphText } from "../ooxml/read-body";
import { formatTag } from "../tags";
import { numberedNodes } from "./block-lookup";
import { queueReferences } from "./references";
import { keptRenumber } from "./kept-edits";
import { queueNumberWrite, tagNumber } from "./number-write";
import type { BodyRead } from "./read-ooxml";
import type { ChangeRead, Controls, WordSession } from "./word-session";

/** Pasted copies: the n-th control in document order with a repeated tag gets the id reading gave the n-th block. */
export function queueRetags(body: BodyRead, controls: Controls): void {
  const renamed = renamedIds(body);
  if (renamed.size === 0) return;
  const seen = new Map<string, number>();
  for (const node of numberedNodes(body.vorlage)) {
    const original = renamed.get(node.id) ?? node.id;
    const index = seen.get(node.tagOf(original)) ?? 0;
    seen.set(node.tagOf(original), index + 1);
    if (!renamed.has(node.id)) continue;
    const block = controls.get(node.tagOf(original))?.[index];
    const nr = controls.get(formatTag({ kind: "nr", id: original }))?.[index];
    if (block) block.tag = node.tagOf(node.id);
    if (nr) nr.tag = formatTag({ kind: "nr", id: node.id });
  }
}

/**
 * Queues what makes the document show `target`'s numbers: number controls rewritten where
 * they differ, put back where a user deleted one; tags of pasted copies renewed. Under Track
 * Changes only the numbers become revisions.
 *
 * No number of ours is locked (docs/architecture.md „How numbers live in Word“): a number is
 * one write; a lock (ContentControl.cannotEdit) that an earlier version left is taken off in
 * this batch, so that the write can go in and Word's Review can accept it (office-js #2886).
 * A number a user edited by hand is read back, reported (`numbering-*`) and restored here,
 * with what was typed after the number kept beside it ({@link queueNumberWrite}).
 */
export function queueNumbers(profile: Profile, read: ChangeRead, target: Vorlage, skip: ReadonlySet<string> = new Set()): number {
  const { body, tags: controls } = read;
  const numbers = deriveNumbers(target, profile.numbering).byId;
  let changed = 0;
  for (const [tag, list] of controls) if (tag.startsWith("bv:nr:")) for (const nr of list) if (nr.cannotEdit) nr.cannotEdit = false;
  queueRetags(body, controls);
  const renamed = renamedIds(body);
  const seen = new Map<string, number>();
  for (const node of numberedNodes(body.vorlage)) {
    const original = renamed.get(node.id) ?? node.id;
    const blockTag = node.tagOf(original);
    const index = seen.get(blockTag) ?? 0;
    seen.set(blockTag, index + 1);
    if (skip.has(node.id) || !numbers.has(node.id)) continue;
    const block = controls.get(blockTag)?.[index];
    const nr = controls.get(formatTag({ kind: "nr", id: original }))?.[index];
    const number = numbers.get(node.id) as string;
    if (node.writtenNumber === number) continue;
    // A number the paragraph shows as its own text (in a hyperlink, a field or a tracked change, left by
    // `recognize`; or drawn by Word's list numbering) is the user's: typing one in front would print two.
    if (!nr && node.writtenNumber !== undefined) continue;
    changed++;
    if (nr) queueNumberWrite(nr, node.writtenNumber, number, false);
    else if (block) {
      // A user deleted the number: put it back in front, in its own control.
      const separator = node.kind === "section" ? " " : "\t";
      const first = block.paragraphs.getFirst();
      const para = body.paragraphs.find((p) => p.blocks.some((b) => (b.kind === "ziffer" || b.kind === "abschnitt" || b.kind === "unterpunkt") && b.id === original));
      if (!(para ? paragraphText(para) : "").startsWith(separator)) first.insertText(separator, "Start");
      tagNumber(first.insertText(number, "Start").insertContentControl(), node.id);
    }
  }
  return changed + queueReferences(controls, body.vorlage, target, profile, skip, read.fields === true && !read.tracking);
}

export async function renumber(session: WordSession): Promise<number> {
  const kept = session.kept();
  return session.write(async (context) => {
    const done = kept ? await keptRenumber(session, context, kept) : undefined;
    if (done !== undefined) return done;
    const read = await session.readForChange(context);
    const changed = queueNumbers(session.profile, read, read.body.vorlage);
    await context.sync();
    return changed;
  });
}

/** The tags of our number controls that are locked (`w:lock` contentLocked), each once. */
export function lockedNumbers(documentXml: string): string[] {
  const tags = new Set<string>();
  for (const pr of documentXml.match(/<w:sdtPr>(?:(?!<\/w:sdtPr>).)*<\/w:sdtPr>/gs) ?? []) {
    const tag = /<w:tag w:val="(bv:nr:[^"]+)"\/>/.exec(pr)?.[1];
    if (tag && /<w:lock w:val="(sdtC|c)ontentLocked"\/>/.test(pr)) tags.add(tag);
  }
  return [...tags];
}

/** Pasted copies: the new id reading gave a block → the id its tag still carries. */
export function renamedIds(body: BodyRead): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const f of body.structure.findings) if (f.code === "structure-id-reassigned") renamed.set(String(f.params["neu"]), String(f.params["id"]));
  return renamed;
}
