import { exportBaseName } from "./export-name";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { randomIds } from "../core/model/ids";
import type { Vorlage } from "../core/model/vorlage";
import { deleteClause, deleteSection, deleteUnterpunkt, insertClause as insertClauseOp, insertSection as insertSectionOp, insertUnterpunkt as insertUnterpunktOp, moveClause as moveClauseOp, moveUnterpunkt as moveUnterpunktOp, newSection } from "../core/operations/constructors";
import { invert } from "../core/operations/invert";
import type { Operation } from "../core/operations/operation";
import { runOnPort } from "./operation-to-port";
import type { Profile } from "../core/profile/profile";
import type { Finding } from "../core/validation/finding";
import { shownFindings } from "../document/shown-findings";
import { BlockNotFoundError } from "../document/block-not-found";
import type { EntryList } from "../document/parts";
import { formatFinding, type Lang } from "../i18n/format-finding";
import type { DocumentPort, DocumentWatch, Inserted, MetadataWrite, PortRead } from "../document/port";
import { LiveRefresh } from "./live-refresh";
import { placeClause, type ClausePlace, type PaneTarget } from "./clause-place";

/** What the pane shows: the Vorlage as the document holds it now, and its findings. */
export interface DocumentState {
  readonly vorlage: Vorlage | undefined;
  readonly structured: boolean;
  readonly findings: readonly Finding[];
  readonly busy: boolean;
  readonly error: unknown;
  readonly lastWrite: MetadataWrite | undefined;
  /** How many findings stand in the document as comments, or that the host cannot comment. */
  readonly comments: number | "unsupported" | undefined;
  /** When the findings were last brought up to date with the document. */
  readonly checkedAt: Date | undefined;
  /** Whether Word tracks changes (the add-in's writes become revisions). */
  readonly tracking: boolean;
  /** Where the last inserted section went. */
  readonly inserted: Inserted | undefined;
  /** How the pane hears about the user's own edits in Word. */
  readonly watchMode: DocumentWatch["mode"] | undefined;
  /** The clause the last insert created (the pane moves the focus to it). */
  readonly insertedClause?: string | undefined;
  /** How many pane actions can be undone, last first. */
  readonly undoable?: number;
  /** Where the last „Ziffer einfügen“ put its clause, and why there. */
  readonly placed?: ClausePlace | undefined;
  /** The sub-point the last insert created (the pane moves the focus to it). */
  readonly insertedUnterpunkt?: string | undefined;
  /** Whether a Verteiler entry, Zeichnung or Bezug can be corrected and removed (and that undone) through this port. */
  readonly entriesEditable?: boolean;
  /** Whether „Verweis einfügen“ works through this port (DocumentPort.insertReference). */
  readonly referencesInsertable?: boolean;
  /** Whether a clause typed outside our controls can be taken over into one through this port (DocumentPort.adoptClause). */
  readonly clausesAdoptable?: boolean;
}

/** A change of a list entry, undone by writing the entry back as it was in `before`. */
interface EntryChange {
  readonly type: "entry";
  readonly list: EntryList;
  readonly id: string;
  readonly before: Vorlage;
}

export interface DocumentActions {
  refresh(): Promise<void>;
  insertSection(kind: string): Promise<void>;
  insertClause(sectionId: string, text: string): Promise<void>;
  deleteBlock(id: string): Promise<void>;
  /** Takes a clause typed outside our controls over into our clause control, its text unchanged; only where `clausesAdoptable`. */
  adoptClause(id: string): Promise<void>;
  renumber(): Promise<void>;
  /** Writes header and Zuständigkeit fields; where the document has no header yet, writes both parts whole from `next`. */
  saveDetails(fields: Readonly<Record<string, string>>, next: Vorlage, finanzierung: boolean): Promise<void>;
  /** Appends entry `id` of `next` after the last of its kind; true when it was written (the pane then clears its fields). */
  insertEntry(list: EntryList, next: Vorlage, id: string): Promise<boolean>;
  /** Corrects entry `id` as `next` has it, or removes it where `next` no longer has it; undoable. Only where `entriesEditable`. */
  writeEntry(list: EntryList, next: Vorlage, id: string): Promise<boolean>;
  select(id: string): Promise<void>;
  writeMetadata(): Promise<void>;
  /** The metadata as a file's text; the formats load on first use. */
  exportText(format: "json" | "xml" | "oparl"): Promise<string | undefined>;
  /** Puts the current findings into the document as comments at their places (texts in `lang`). */
  commentFindings(lang: Lang): Promise<void>;
  removeFindingComments(): Promise<void>;
  /** Inserts a section where the profile's order puts it (no Beschluss before the Kenntnisnahme). */
  insertSectionInOrder(kind: string): Promise<void>;
  /** Inserts a clause into `sectionId`, after the clause `after` or as the section's last. */
  insertClauseAfter(sectionId: string, text: string, after: string | undefined): Promise<void>;
  /** Moves a clause one place up (-1) or down (+1) within its section. */
  moveClause(id: string, delta: -1 | 1): Promise<void>;
  /**
   * Inserts a clause where the user means it: after the clause the cursor stands in when it
   * moved there since the pane's last insert, else at the pane's `target` (see `placeClause`).
   * `chosen`: the user picked `target` in the pane after the cursor moved, so the pane wins.
   * Answers whether it worked: a refused insert keeps what the user typed and chose.
   */
  insertClauseAtCursor(text: string, target: PaneTarget | undefined, chosen: boolean): Promise<boolean>;
  /** Inserts a sub-point under `clauseId`, after its sub-point `after` or as its last. */
  insertUnterpunkt(clauseId: string, text: string, after: string | undefined): Promise<void>;
  /** Moves a sub-point one place up (-1) or down (+1) within its clause. */
  moveUnterpunkt(id: string, delta: -1 | 1): Promise<void>;
  /** „Verweis einfügen“: a reference to `zielId` at the end of the text of `ownerId`; only where `referencesInsertable`. */
  insertReference(ownerId: string, zielId: string): Promise<void>;
  /** Undoes the last structural pane action (insert, delete, move) by its inverse operation. */
  undo(): Promise<void>;
  /**
   * Writes the metadata (custom XML part, document properties) into the document before it
   * leaves the pane as a file, so that a download never lacks them; false when that failed
   * (the pane shows why) and the file should not go out.
   */
  writeMetadataForDownload(): Promise<boolean>;
}

/**
 * The pane's one door to the document: every action goes through the port, then the
 * document is read again and validated, so that what the pane shows is always what the
 * document holds (the body is the truth). Components call these actions and never touch
 * Word or the port themselves. `onChange` lets the browser preview redraw the document.
 * `start`: what the document holds before it has been read, where the host knows it (the
 * preview creates its document from a model), so that the pane is usable while the
 * document's engine still loads; the first read confirms it and replaces it.
 */
export function useDocument(port: DocumentPort, profile: Profile, onChange?: () => void, start?: PortRead): DocumentState & DocumentActions {
  const [state, setState] = useState<DocumentState>(() => ({
    vorlage: start?.vorlage,
    structured: start?.structured ?? false,
    findings: start ? shownFindings(start, profile) : [],
    // Known at the start: the pane can be used at once; its first action waits behind the confirming read.
    busy: start === undefined,
    error: undefined,
    lastWrite: undefined,
    comments: undefined,
    checkedAt: undefined,
    tracking: start?.tracking ?? false,
    inserted: undefined,
    watchMode: undefined,
    entriesEditable: typeof port.writeEntry === "function",
    referencesInsertable: typeof port.insertReference === "function",
    clausesAdoptable: typeof port.adoptClause === "function",
  }));
  const running = useRef(Promise.resolve());
  // Actions asked for and not yet done (the pane is busy while there are any).
  const pending = useRef(0);
  // The Vorlage as last read, and the structural operations the pane carried out (for undo).
  const latest = useRef<Vorlage | undefined>(start?.vorlage);
  const done = useRef<(Operation | EntryChange)[]>([]);
  // The block the cursor stood in at the pane's last clause insert: a cursor that has not moved since is not a new intent.
  const cursorSeen = useRef<string | undefined>(undefined);

  const show = useCallback(
    (read: PortRead) => {
      latest.current = read.vorlage;
      setState((s) => ({ ...s, vorlage: read.vorlage, structured: read.structured, findings: shownFindings(read, profile), tracking: read.tracking ?? false, checkedAt: new Date() }));
      onChange?.();
    },
    [profile, onChange],
  );

  const load = useCallback(async () => show(await port.read()), [port, show]);

  // Findings that stay live: the user's own edits in Word are read after a pause, one read at a time, behind any pane action.
  useEffect(() => {
    const readChanged = port.readChanged?.bind(port);
    if (!port.watch || !readChanged) return undefined;
    let watch: DocumentWatch | undefined;
    let cancelled = false;
    const live = new LiveRefresh(async (changes) => {
      const next = running.current.then(async () => {
        try {
          show(await readChanged(changes));
        } catch (e) {
          setState((s) => ({ ...s, error: e }));
        }
      });
      running.current = next;
      await next;
    });
    void port
      .watch((change) => live.notify(change))
      .then((w) => {
        if (cancelled) return void w.stop();
        watch = w;
        setState((s) => ({ ...s, watchMode: w.mode }));
      })
      .catch((e: unknown) => setState((s) => ({ ...s, error: e })));
    return () => {
      cancelled = true;
      live.stop();
      void watch?.stop().catch(() => undefined);
    };
  }, [port, show]);

  /** Runs one action after the one before it, with the pane busy meanwhile; a failure is shown, then the view re-read. */
  const run = useCallback(
    (work: () => Promise<Partial<DocumentState> | void>, reread = true): Promise<boolean> => {
      // Busy from the moment the action is asked for, not only once its turn comes: an action waiting behind another
      // (or behind the first read) shows the pane busy, so that a second click does not ask for it twice.
      pending.current++;
      setState((s) => (s.busy ? s : { ...s, busy: true }));
      const next = running.current.then(async () => {
        setState((s) => ({ ...s, busy: true, error: undefined }));
        let patch: Partial<DocumentState> | void = undefined;
        let error: unknown;
        try {
          patch = await work();
        } catch (e) {
          error = e;
        }
        // Reading again shows what the action did; an action that changes nothing (select) skips it.
        if (reread || error !== undefined)
          try {
            await load();
          } catch (e) {
            error ??= e;
          }
        pending.current--;
        setState((s) => ({ ...s, ...(patch ?? {}), busy: pending.current > 0, error }));
        return error === undefined;
      });
      running.current = next.then(() => undefined);
      return next;
    },
    [load],
  );
  /** `run`, for actions whose callers need not know whether they worked (the pane shows a failure). */
  const act = useCallback((work: () => Promise<Partial<DocumentState> | void>, reread = true) => run(work, reread).then(() => undefined), [run]);

  // The first read. Where the document is known before it is read (`start`), the read confirms it in the background, the
  // pane stays usable meanwhile, and an action taken meanwhile runs after it; otherwise the pane is busy until it is done.
  const known = useRef(start !== undefined);
  useEffect(() => {
    if (!known.current) return void act(async () => undefined);
    known.current = false;
    const confirm = running.current.then(() => load().catch((e: unknown) => setState((s) => ({ ...s, error: e }))));
    running.current = confirm;
  }, [act, load]);

  const vorlage = state.vorlage;
  return useMemo(
    () => ({
      ...state,
      refresh: () => act(async () => undefined),
      insertSection: (kind) =>
        act(async () => {
          const inserted = await port.insertSection(newSection(profile, kind, randomIds), "selection");
          return { inserted: inserted ?? undefined };
        }),
      insertSectionInOrder: (kind) =>
        act(async () => {
          const now = latest.current;
          if (!now) return;
          const rank = (k: string) => profile.sectionKinds.findIndex((x) => x.kind === k);
          let index = 0;
          now.sections.forEach((s, i) => {
            if (rank(s.kind) <= rank(kind)) index = i + 1;
          });
          const op = insertSectionOp(now, newSection(profile, kind, randomIds), index);
          await runOnPort(op, now, port);
          done.current.push(op);
          return { undoable: done.current.length };
        }),
      insertClauseAfter: (sectionId, text, after) =>
        act(async () => {
          const now = latest.current;
          const section = now?.sections.find((s) => s.id === sectionId);
          if (!now || !section) return;
          const index = after === undefined ? section.clauses.length : section.clauses.findIndex((c) => c.id === after) + 1;
          const op = insertClauseOp(now, sectionId, { id: randomIds(), text }, index);
          await runOnPort(op, now, port);
          done.current.push(op);
          return { undoable: done.current.length, insertedClause: op.type === "insertClause" ? op.clause.id : undefined };
        }),
      insertClauseAtCursor: (text, target, chosen) =>
        run(async () => {
          const now = latest.current;
          if (!now) return;
          const cursor = await port.blockAtSelection();
          const moved = cursor !== undefined && cursor.id !== cursorSeen.current;
          const place = placeClause(now, moved && !chosen ? cursor : undefined, target);
          const section = place && now.sections.find((s) => s.id === place.sectionId);
          if (!place || !section) return;
          const index = place.after === undefined ? section.clauses.length : section.clauses.findIndex((c) => c.id === place.after) + 1;
          const op = insertClauseOp(now, section.id, { id: randomIds(), text }, index);
          await runOnPort(op, now, port);
          done.current.push(op);
          // In Word the cursor stays where it was: the next insert follows the clause just inserted, not the cursor again.
          cursorSeen.current = cursor?.id;
          return { undoable: done.current.length, placed: place, insertedClause: op.type === "insertClause" ? op.clause.id : undefined };
        }),
      insertUnterpunkt: (clauseId, text, after) =>
        act(async () => {
          const now = latest.current;
          const clause = now?.sections.flatMap((s) => s.clauses).find((c) => c.id === clauseId);
          if (!now || !clause) return;
          const list = clause.unterpunkte ?? [];
          const index = after === undefined ? list.length : list.findIndex((u) => u.id === after) + 1;
          const op = insertUnterpunktOp(now, clauseId, { id: randomIds(), text }, index);
          await runOnPort(op, now, port);
          done.current.push(op);
          return { undoable: done.current.length, insertedUnterpunkt: op.type === "insertUnterpunkt" ? op.unterpunkt.id : undefined };
        }),
      insertReference: (ownerId, zielId) => act(async () => port.insertReference?.(ownerId, zielId)),
      moveUnterpunkt: (id, delta) =>
        act(async () => {
          const now = latest.current;
          const list = now?.sections.flatMap((s) => s.clauses).find((c) => c.unterpunkte?.some((u) => u.id === id))?.unterpunkte ?? [];
          const to = list.findIndex((u) => u.id === id) + delta;
          if (!now || to < 0 || to >= list.length) return;
          const op = moveUnterpunktOp(now, id, to);
          await runOnPort(op, now, port);
          done.current.push(op);
          return { undoable: done.current.length };
        }),
      moveClause: (id, delta) =>
        act(async () => {
          const now = latest.current;
          const section = now?.sections.find((s) => s.clauses.some((c) => c.id === id));
          if (!now || !section) return;
          const to = section.clauses.findIndex((c) => c.id === id) + delta;
          if (to < 0 || to >= section.clauses.length) return;
          const op = moveClauseOp(now, id, section.id, to);
          await runOnPort(op, now, port);
          done.current.push(op);
          return { undoable: done.current.length };
        }),
      undo: () =>
        act(async () => {
          const now = latest.current;
          const op = done.current[done.current.length - 1];
          if (!now || !op) return;
          if (op.type === "entry") {
            if (!port.writeEntry) throw new Error("An entry change was recorded for a port that cannot write entries.");
            await port.writeEntry(op.list, op.before, op.id);
          } else await runOnPort(invert(op), now, port);
          done.current.pop();
          return { undoable: done.current.length };
        }),
      insertClause: (sectionId, text) => act(() => port.insertClause({ id: randomIds(), text }, sectionId)),
      deleteBlock: (id) =>
        act(async () => {
          const now = latest.current;
          const op = now?.sections.some((s) => s.id === id)
            ? deleteSection(now, id)
            : now?.sections.some((s) => s.clauses.some((c) => c.id === id))
              ? deleteClause(now, id)
              : now?.sections.some((s) => s.clauses.some((c) => c.unterpunkte?.some((u) => u.id === id)))
                ? deleteUnterpunkt(now, id)
                : undefined;
          if (op && now) await runOnPort(op, now, port);
          else await port.deleteBlock(id);
          done.current = op ? [...done.current, op] : [];
          return { undoable: done.current.length };
        }),
      adoptClause: (id) =>
        act(async () => {
          if (!port.adoptClause) return;
          await port.adoptClause(id);
          // Not a structural operation of the model (the Vorlage reads the same): undo would undo something older.
          done.current = [];
          return { undoable: 0 };
        }),
      renumber: () => act(async () => void (await port.renumber())),
      saveDetails: (fields, next, finanzierung) =>
        act(async () => {
          // One action, one Word.run, all or nothing, where the port can (Word).
          if (port.saveDetails) return void (await port.saveDetails(fields, next, finanzierung));
          if (Object.keys(fields).length > 0) {
            try {
              await port.setFields(fields);
            } catch (e) {
              // A blank document has no header yet: write it (and the Zuständigkeit) whole.
              if (!(e instanceof BlockNotFoundError)) throw e;
              await port.writePart("kopf", next);
              await port.writePart("zustaendigkeit", next);
            }
          }
          if (finanzierung) await port.writePart("finanzierung", next);
          // Undo covers structural actions; after another kind of change it would undo something older.
          done.current = [];
          return { undoable: 0 };
        }),
      insertEntry: (list, next, id) =>
        run(async () => {
          const before = latest.current;
          await port.insertEntry(list, next, id);
          // Undone by writing the entry as it was before: absent, so removed. A port that cannot do that cannot undo it.
          done.current = port.writeEntry && before ? [...done.current, { type: "entry", list, id, before }] : [];
          return { undoable: done.current.length };
        }),
      writeEntry: (list, next, id) =>
        run(async () => {
          const before = latest.current;
          if (!port.writeEntry || !before) return;
          await port.writeEntry(list, next, id);
          done.current.push({ type: "entry", list, id, before });
          return { undoable: done.current.length };
        }),
      select: (id) => act(() => port.select(id), false),
      writeMetadata: () =>
        act(async () => {
          if (!vorlage) return;
          return { lastWrite: await port.writeMetadata(vorlage) };
        }),
      writeMetadataForDownload: () =>
        run(async () => {
          // The Vorlage as last read, not as last rendered: an action just before may have changed it.
          const now = latest.current;
          if (!now) return;
          return { lastWrite: await port.writeMetadata(now) };
        }),
      commentFindings: (lang) =>
        act(async () => {
          if (!vorlage) return;
          // Comments are written rarely: their code loads on first use.
          const [{ anchorTag }, { unplacedCommentText }] = await Promise.all([import("../document/finding-comments"), import("../i18n/unplaced-comment")]);
          const comments = state.findings.map((f) => {
            const text = formatFinding(f, lang, profile);
            // Where the adapter finds no place for it, the comment stands at the top and says which place it is about.
            return { tag: anchorTag(f.location, vorlage), text, unplaced: unplacedCommentText(text, f.location, vorlage, lang, profile) };
          });
          const result = await port.commentFindings(comments);
          return { comments: result === "unsupported" ? "unsupported" : comments.length };
        }),
      removeFindingComments: () =>
        act(async () => {
          const result = await port.removeFindingComments();
          return { comments: result === "unsupported" ? "unsupported" : 0 };
        }),
      exportText: async (format) => {
        if (!vorlage) return undefined;
        const { exportText } = await import("./export-text");
        return exportText(vorlage, profile, format, new Date().toISOString(), `${exportBaseName(vorlage)}.docx`);
      },
    }),
    [state, act, run, port, profile, vorlage],
  );
}
