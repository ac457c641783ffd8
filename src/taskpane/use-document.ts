import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { toOParlPaper } from "../core/metadata/oparl-paper";
import { toMetadataXml } from "../core/metadata/metadata-xml";
import { toVorlageJson } from "../core/metadata/vorlage-json";
import { randomIds } from "../core/model/ids";
import type { Vorlage } from "../core/model/vorlage";
import { newSection } from "../core/operations/constructors";
import type { Profile } from "../core/profile/profile";
import type { Finding } from "../core/validation/finding";
import { validate } from "../core/validation/validate";
import { BlockNotFoundError } from "../document/block-not-found";
import { anchorTag } from "../document/finding-comments";
import type { EntryList } from "../document/parts";
import { formatFinding, type Lang } from "../i18n/format-finding";
import type { DocumentPort, DocumentWatch, Inserted, MetadataWrite, PortRead } from "../document/port";
import { LiveRefresh } from "./live-refresh";

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
}

export interface DocumentActions {
  refresh(): Promise<void>;
  insertSection(kind: string): Promise<void>;
  insertClause(sectionId: string, text: string): Promise<void>;
  deleteBlock(id: string): Promise<void>;
  renumber(): Promise<void>;
  /** Writes header and Zuständigkeit fields; where the document has no header yet, writes both parts whole from `next`. */
  saveDetails(fields: Readonly<Record<string, string>>, next: Vorlage, finanzierung: boolean): Promise<void>;
  insertEntry(list: EntryList, next: Vorlage, id: string): Promise<void>;
  select(id: string): Promise<void>;
  writeMetadata(): Promise<void>;
  exportText(format: "json" | "xml" | "oparl"): string | undefined;
  /** Puts the current findings into the document as comments at their places (texts in `lang`). */
  commentFindings(lang: Lang): Promise<void>;
  removeFindingComments(): Promise<void>;
}

/**
 * The pane's one door to the document: every action goes through the port, then the
 * document is read again and validated, so that what the pane shows is always what the
 * document holds (the body is the truth). Components call these actions and never touch
 * Word or the port themselves. `onChange` lets the browser preview redraw the document.
 */
export function useDocument(port: DocumentPort, profile: Profile, onChange?: () => void): DocumentState & DocumentActions {
  const [state, setState] = useState<DocumentState>({ vorlage: undefined, structured: false, findings: [], busy: true, error: undefined, lastWrite: undefined, comments: undefined, checkedAt: undefined, tracking: false, inserted: undefined, watchMode: undefined });
  const running = useRef(Promise.resolve());

  const show = useCallback(
    (read: PortRead) => {
      setState((s) => ({ ...s, vorlage: read.vorlage, structured: read.structured, findings: [...validate(read.vorlage, profile), ...read.findings], tracking: read.tracking ?? false, checkedAt: new Date() }));
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
  const act = useCallback(
    (work: () => Promise<Partial<DocumentState> | void>, reread = true) => {
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
        setState((s) => ({ ...s, ...(patch ?? {}), busy: false, error }));
      });
      running.current = next;
      return next;
    },
    [load],
  );

  useEffect(() => {
    void act(async () => undefined);
  }, [act]);

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
      insertClause: (sectionId, text) => act(() => port.insertClause({ id: randomIds(), text }, sectionId)),
      deleteBlock: (id) => act(() => port.deleteBlock(id)),
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
        }),
      insertEntry: (list, next, id) => act(() => port.insertEntry(list, next, id)),
      select: (id) => act(() => port.select(id), false),
      writeMetadata: () =>
        act(async () => {
          if (!vorlage) return;
          return { lastWrite: await port.writeMetadata(vorlage) };
        }),
      commentFindings: (lang) =>
        act(async () => {
          if (!vorlage) return;
          const comments = state.findings.map((f) => ({ tag: anchorTag(f.location, vorlage), text: formatFinding(f, lang, profile) }));
          const result = await port.commentFindings(comments);
          return { comments: result === "unsupported" ? "unsupported" : comments.length };
        }),
      removeFindingComments: () =>
        act(async () => {
          const result = await port.removeFindingComments();
          return { comments: result === "unsupported" ? "unsupported" : 0 };
        }),
      exportText: (format) => {
        if (!vorlage) return undefined;
        if (format === "xml") return toMetadataXml(vorlage, profile);
        if (format === "json") return JSON.stringify(toVorlageJson(vorlage, profile), null, 2);
        const now = new Date().toISOString();
        return JSON.stringify(toOParlPaper(vorlage, profile, { created: now, modified: now }), null, 2);
      },
    }),
    [state, act, port, profile, vorlage],
  );
}
