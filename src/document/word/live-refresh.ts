import type { Vorlage } from "../../core/model/vorlage";
import { tryApply } from "../../core/operations/apply";
import { bodyRead, withMetadataNotPrinted } from "../ooxml/body-vorlage";
import { readStructure } from "../ooxml/read-structure";
import type { DocumentChange, DocumentWatch, PortRead } from "../port";
import { ENTRY_KINDS, parseTag, type Tag } from "../tags";
import { withFieldText } from "./patch-fields";
import { readDocument } from "./read-document";
import { translateOfficeError, WordError } from "./word-error";
import type { WordSession } from "./word-session";
import { withAccessibility } from "./accessibility";
import { OPEN_REVISION_FINDING_CODES } from "../../core/validation/rules/open-revisions";

/** Event handlers added in one Word.run, with an object of that run's context to remove them from it. */
interface HandlerGroup {
  readonly document: Word.Document;
  readonly handlers: readonly { remove(): void }[];
}

/**
 * Listens for changes a user makes in Word, with what the host has (checked at run time):
 * WordApi 1.6 paragraph events, else 1.5 content-control events, else the Common API's
 * DocumentSelectionChanged as a cue. Events are hints; `readChanged` reads.
 *
 * Word raises its events for the add-in's own writes too (the events article, "Event
 * triggers"): those that arrive while an action of ours writes are not passed on, since the
 * pane reads after each action anyway. Content-control handlers need `track()` on their
 * control ("Use .track()"), and every handler is removed in the RequestContext that added
 * it (OfficeExtension.EventHandlers.remove): `stop` resumes each of those contexts.
 */
export async function watch(session: WordSession, onChange: (change: DocumentChange) => void): Promise<DocumentWatch> {
  const notify = (change: DocumentChange): void => {
    if (session.writing > 0) return;
    // A user's change: the kept model is stale until the live refresh patches it (or reads).
    session.current = false;
    onChange(change);
  };
  const groups: HandlerGroup[] = [];
  // One batch per context that added handlers (the 1.5 path adds some later, in a run of their own).
  const removeIn = (group: HandlerGroup): Promise<void> =>
    session.host.resume(group.document, async (context) => {
      for (const h of group.handlers) h.remove();
      await context.sync();
    });
  const stop = async (): Promise<void> => {
    session.watching = false;
    await Promise.all(groups.splice(0).map(removeIn)).catch((e: unknown) => {
      throw translateOfficeError(e);
    });
  };
  if (session.host.supports("WordApi", "1.6")) {
    groups.push(
      await session.run(async (context) => {
        const handlers = [
          context.document.onParagraphChanged.add(async (e) => notify({ kind: "paragraphs", ids: e.uniqueLocalIds })),
          context.document.onParagraphAdded.add(async () => notify({ kind: "structure" })),
          context.document.onParagraphDeleted.add(async () => notify({ kind: "structure" })),
        ];
        context.document.track();
        await context.sync();
        return { document: context.document, handlers };
      }),
    );
    session.watching = true;
    return { mode: "paragraph-events", stop };
  }
  if (session.host.supports("WordApi", "1.5")) {
    // Content-control events are per control: ours get handlers now, and those added later (a paste) when Word announces them.
    const subscribe = (items: readonly Word.ContentControl[], handlers: { remove(): void }[]): void => {
      for (const cc of items) {
        const tag = parseTag(cc.tag);
        if (tag?.kind !== "ziffer" && tag?.kind !== "feld" && tag?.kind !== "abschnitt") continue;
        cc.track();
        if (tag.kind !== "abschnitt") handlers.push(cc.onDataChanged.add(async (e) => notify({ kind: "controls", ids: e.ids })));
        handlers.push(cc.onDeleted.add(async () => notify({ kind: "structure" })));
      }
    };
    // Controls our own writes add are watched too, though their arrival is not passed on.
    const added = async (e: Word.ContentControlAddedEventArgs): Promise<void> => {
      notify({ kind: "structure" });
      groups.push(
        await session.run(async (context) => {
          const items = e.ids.map((id) => context.document.body.contentControls.getByIdOrNullObject(id));
          for (const cc of items) cc.load("isNullObject,tag");
          await context.sync();
          const handlers: { remove(): void }[] = [];
          subscribe(items.filter((cc) => !cc.isNullObject), handlers);
          context.document.track();
          await context.sync();
          return { document: context.document, handlers };
        }),
      );
    };
    groups.push(
      await session.run(async (context) => {
        const controls = context.document.body.contentControls;
        controls.load("items/tag");
        const handlers = [context.document.onContentControlAdded.add(added)];
        await context.sync();
        subscribe(controls.items, handlers);
        context.document.track();
        await context.sync();
        return { document: context.document, handlers };
      }),
    );
    // Content-control events name no paragraph a user adds or deletes outside our controls: the kept model is not trusted.
    return { mode: "control-events", stop };
  }
  const off = session.host.onSelectionChanged?.(() => notify({ kind: "structure" }));
  return { mode: off ? "selection-cue" : "none", stop: async () => off?.() };
}

/**
 * Brings the last read up to date after `changes`. Where the change is a clause's text or
 * a field's (the paragraphs or controls Word names), only those are read — their
 * controls' tags and texts, one sync, no body — and the Vorlage is patched; anything else
 * (structure, text outside our blocks, a change we cannot place) reads the body again.
 *
 * What Word's `text` holds is not what a full read sees: a control's text includes its
 * nested controls' (a clause's sub-points), and tracked deletions depending on the view
 * (office-js #1267). So a changed paragraph (WordApi 1.6) is read as
 * `getReviewedText("Current")` (WordApi 1.4: the text as it will read) and patches the line
 * of its clause it is; a changed clause control (WordApi 1.5) has its sub-points' text, as
 * the last read knows it, taken off its end, and where the last read saw tracked deletions
 * or tracking was on, the body is read again instead (a full read cuts `w:del`).
 */
export async function readChanged(session: WordSession, changes: readonly DocumentChange[]): Promise<PortRead> {
  const seen = session.seen;
  // A last read that lacks a write of ours (`modelled` false) cannot be patched into the document as it is.
  if (!seen || !session.modelled || changes.length === 0 || changes.some((c) => c.kind === "structure")) return readDocument(session);
  // Tracked changes and comments the last read counted (`ueberarbeitung-offen`, `kommentar-offen`, per clause or part) may
  // have been accepted, rejected or deleted since: Word names no paragraph for that (Review's Accept All, a comment deleted),
  // and a patch keeps the last read's findings. Only the body says which are left: read it (one sync, as the patch would be).
  if (seen.findings.some((f) => OPEN_CODES.has(f.code))) return readDocument(session);
  const reviewable = session.host.supports("WordApi", "1.4");
  const observed = await session.run(async (context) => {
    // In the patch's one sync: whether Track Changes is on now (every keystroke then is a tracked change, which only a full
    // read counts) and whether the document holds a comment now, where the last read counted none.
    const tracking = session.queueTracking(context);
    const comments = reviewable ? context.document.body.getComments() : undefined;
    comments?.load("items/id");
    const queued: { control: Word.ContentControl; around: Word.ContentControl; inner?: Word.ContentControlCollection; paragraph?: Word.Paragraph; current?: OfficeExtension.ClientResult<string>; original?: OfficeExtension.ClientResult<string> }[] = [];
    for (const c of changes) {
      if (c.kind === "paragraphs")
        for (const id of c.ids) {
          const paragraph = context.document.getParagraphByUniqueLocalId(id);
          const control = paragraph.parentContentControlOrNullObject;
          const inner = paragraph.contentControls;
          inner.load("items/tag,items/text,items/placeholderText");
          paragraph.load("text");
          queued.push({ control, around: control, inner, paragraph, current: reviewable ? paragraph.getReviewedText("Current") : undefined, original: reviewable ? paragraph.getReviewedText("Original") : undefined });
        }
      else if (c.kind === "controls")
        for (const id of c.ids) {
          const control = context.document.body.contentControls.getByIdOrNullObject(id);
          // eslint-disable-next-line office-addins/call-sync-before-read -- navigation to a proxy, not a read
          queued.push({ control, around: control.parentContentControlOrNullObject });
        }
    }
    for (const q of queued) {
      q.control.load("isNullObject,tag,text,placeholderText");
      if (q.around !== q.control) q.around.load("isNullObject,tag");
    }
    await context.sync();
    // A new tracked change or comment: the open-revision findings change, which only a full read counts.
    if (tracking() || (comments?.items.length ?? 0) > 0 || queued.some((q) => q.original !== undefined && q.original.value !== q.current?.value)) return undefined;
    return queued.map((q) => ({
      control: q.control.isNullObject ? undefined : { tag: parseTag(q.control.tag), text: valueOf(q.control) },
      around: q.around.isNullObject ? undefined : parseTag(q.around.tag),
      inner: q.inner?.items.map((cc) => ({ tag: parseTag(cc.tag), text: valueOf(cc) })) ?? [],
      paragraph: q.paragraph ? { text: q.paragraph.text, current: q.current?.value } : undefined,
    }));
  }).catch((e: unknown) => {
    if (e instanceof WordError && e.reason === "stale") return undefined;
    throw e;
  });
  if (!observed) return readDocument(session);
  // Text Word may hand over with deleted words in it, where only a full read can tell.
  const deletions = seen.tracking || seen.deletions;
  let v = seen.vorlage;
  let paragraphs = seen.paragraphs;
  const patchedClauses: string[] = [];
  for (const o of observed) {
    // A paragraph whose text differs from its reviewed text holds tracked deletions: its controls' texts cannot be trusted.
    if (o.paragraph && (o.paragraph.current === undefined ? deletions : o.paragraph.current !== o.paragraph.text) && o.control?.tag?.kind !== "ziffer") return readDocument(session);
    const fields = o.control?.tag?.kind === "feld" ? [{ tag: o.control.tag, text: o.control.text, entry: o.around }] : o.inner.filter((f) => f.tag?.kind === "feld").map((f) => ({ tag: f.tag, text: f.text, entry: o.control?.tag }));
    if (o.control?.tag?.kind === "ziffer") {
      const patched = o.paragraph
        ? o.paragraph.current === undefined
          ? undefined
          : clauseLine(v, o.control.tag, o.paragraph.current)
        : deletions
          ? undefined
          : clauseText(v, o.control.tag, withoutUnterpunkte(v, o.control.tag, o.control.text));
      const result = patched && tryApply(v, { type: "editClause", clauseId: patched.id, before: patched.before, after: patched.after });
      if (!result?.ok) return readDocument(session);
      v = result.vorlage;
      patchedClauses.push(o.control.tag.id);
    } else if (fields.length > 0) {
      if (!o.paragraph && deletions) return readDocument(session);
      for (const f of fields) {
        const entry = f.entry && (ENTRY_KINDS as readonly string[]).includes(f.entry.kind) ? f.entry : undefined;
        const next = f.tag?.kind === "feld" ? withFieldText(paragraphs, entry, f.tag.name, f.text) : undefined;
        if (!next) return readDocument(session);
        paragraphs = next;
      }
      // The parts come from the patched paragraphs; the sections keep what clause patches made of them.
      const structure = readStructure(paragraphs, session.profile, session.ids);
      // What the house style does not print is not in these paragraphs: the metadata part holds it, as the last full read took it from there.
      // The Kopfzeile as the last full read had it (a document structured in place reads a Vorlagen-Nr. from it).
      const parts = withMetadataNotPrinted(bodyRead(paragraphs, structure, session.profile, session.ids, seen.pageHeader).vorlage, structure, seen.vorlage, session.profile);
      v = { ...parts, sections: v.sections };
    } else return readDocument(session);
  }
  const read = session.remember({ vorlage: v, structured: seen.structured, findings: seen.findings, tracking: seen.tracking }, paragraphs, seen.deletions);
  // The clauses patched here no longer read as the last full read's XML has them: a move of one reads the body.
  session.keep(v, patchedClauses);
  return withAccessibility(session, read);
}

/** The findings of tracked changes and comments left in the document (validation/rules/open-revisions.ts). */
const OPEN_CODES: ReadonlySet<string> = new Set(Object.keys(OPEN_REVISION_FINDING_CODES));

/** A control's text, or empty while it shows its placeholder (Word's `text` is then the prompt). */
function valueOf(control: Word.ContentControl): string {
  return control.text === control.placeholderText ? "" : control.text;
}

/** A clause's new text from its control's text ("1.1\ttext\rmore"), when the number in front is still the one read. */
function clauseText(v: Vorlage, tag: Tag, text: string): { id: string; before: string; after: string } | undefined {
  if (tag.kind !== "ziffer") return undefined;
  const clause = v.sections.flatMap((s) => s.clauses).find((c) => c.id === tag.id);
  if (!clause || clause.writtenNumber === undefined || !text.startsWith(clause.writtenNumber + "\t")) return undefined;
  const after = text.slice(clause.writtenNumber.length + 1).replace(/\r\n?/g, "\n").replace(/\v/g, "\n");
  return { id: clause.id, before: clause.text, after };
}

/**
 * A clause's new text from one of its paragraphs as it will read ("1.1\ttext"): the first line
 * when the number in front is still the one read (the other lines as they were); undefined
 * for another line, which cannot be placed without reading the clause.
 */
function clauseLine(v: Vorlage, tag: Tag, line: string): { id: string; before: string; after: string } | undefined {
  if (tag.kind !== "ziffer") return undefined;
  const clause = v.sections.flatMap((s) => s.clauses).find((c) => c.id === tag.id);
  const prefix = clause?.writtenNumber === undefined ? undefined : clause.writtenNumber + "\t";
  if (!clause || prefix === undefined || !line.startsWith(prefix) || /[\r\n]/.test(line)) return undefined;
  const rest = clause.text.split("\n").slice(1);
  return { id: clause.id, before: clause.text, after: [line.slice(prefix.length).replace(/\v/g, "\n"), ...rest].join("\n") };
}

/**
 * A clause control's text without its sub-points: Word's `text` of a control includes the text of
 * the controls nested in it. The sub-points stand at the clause's end, each a paragraph
 * "a)\ttext" as the last read saw them; where the text does not end so, undefined (read again).
 */
function withoutUnterpunkte(v: Vorlage, tag: Tag, text: string): string {
  if (tag.kind !== "ziffer") return text;
  const clause = v.sections.flatMap((s) => s.clauses).find((c) => c.id === tag.id);
  const subs = clause?.unterpunkte ?? [];
  if (subs.length === 0) return text;
  const tail = subs.map((u) => "\r" + (u.writtenNumber ?? "") + "\t" + u.text.replace(/\n/g, "\r")).join("");
  return text.endsWith(tail) ? text.slice(0, text.length - tail.length) : "\u0000";
}
