import { BlockNotFoundError } from "../block-not-found";
import type { SelectedBlock } from "../port";
import { formatTag, parseTag } from "../tags";
import { sectionOf, sectionTag, unterpunktOf } from "./block-lookup";
import type { WordSession } from "./word-session";

/**
 * The innermost block of ours around the cursor, in one Word.run and one sync, reading no
 * body: the selection's chain of parent controls (Range.parentContentControlOrNullObject,
 * WordApi 1.3), innermost first. Numbers and fields inside a block, and other add-ins'
 * controls around it, are passed over.
 */
export async function blockAtSelection(session: WordSession): Promise<SelectedBlock | undefined> {
  return session.run(async (context) => {
    const chain: Word.ContentControl[] = [];
    // Six levels reach a field or number in a sub-point in a clause in a section inside another add-in's control.
    let cc = context.document.getSelection().parentContentControlOrNullObject;
    for (let i = 0; i < 6; i++) {
      cc.load("isNullObject,tag");
      chain.push(cc);
      cc = cc.parentContentControlOrNullObject;
    }
    await context.sync();
    for (const control of chain) {
      if (control.isNullObject) return undefined;
      const tag = parseTag(control.tag);
      if (tag?.kind === "unterpunkt") return { id: tag.id, kind: "unterpunkt" as const };
      if (tag?.kind === "ziffer") return { id: tag.id, kind: "clause" as const };
      if (tag?.kind === "abschnitt") return { id: tag.id, kind: "section" as const };
    }
    return undefined;
  });
}

/**
 * Selects a block without reading the body: its tag is known from the last read, so one
 * sync selects it; otherwise the candidate tags (clause, or section of each kind) are
 * probed first. A block that is gone is a BlockNotFoundError.
 */
export async function select(session: WordSession, id: string): Promise<void> {
  const known = session.seen && sectionOf(session.seen.vorlage, id);
  const knownUnterpunkt = session.seen !== undefined && unterpunktOf(session.seen.vorlage, id) !== undefined;
  const candidates = known
    ? [known.id === id ? sectionTag(known) : formatTag({ kind: "ziffer", id })]
    : knownUnterpunkt
      ? [formatTag({ kind: "unterpunkt", id })]
      : [formatTag({ kind: "ziffer", id }), formatTag({ kind: "unterpunkt", id }), ...session.profile.sectionKinds.map((k) => formatTag({ kind: "abschnitt", id, sectionKind: k.kind }))];
  await session.run(async (context) => {
    if (candidates.length === 1) {
      context.document.body.contentControls.getByTag(candidates[0] as string).getFirst().select();
      try {
        await context.sync();
      } catch (e) {
        if ((e as { code?: unknown }).code === "ItemNotFound") throw new BlockNotFoundError(id);
        throw e;
      }
      return;
    }
    const probes = candidates.map((t) => {
      const cc = context.document.body.contentControls.getByTag(t).getFirstOrNullObject();
      cc.load("isNullObject");
      return cc;
    });
    await context.sync();
    const found = probes.find((cc) => !cc.isNullObject);
    if (!found) throw new BlockNotFoundError(id);
    found.select();
    await context.sync();
  });
}

