import type { IdSource } from "../../core/model/ids";
import type { Finding } from "../../core/validation/finding";
import type { Vorlage } from "../../core/model/vorlage";
import type { Profile } from "../../core/profile/profile";
import { partXmlOf } from "../ooxml/flat-opc";
import type { BodyParagraph } from "../ooxml/read-body";
import type { PortRead } from "../port";
import { BLOCK_STYLES, styleNames, type BlockStyle } from "./house-styles";
import { goneControls } from "./live-body";
import { startsBefore } from "./location-relation";
import { canWriteFields } from "./reference-fields-in-word";
import { readBodyOoxml, type BodyRead } from "./read-ooxml";
import type { TextPlace } from "./text-places";
import { translateOfficeError } from "./word-error";
import type { WordHost } from "./word-host";

/** Our controls in the body by tag, each list in document order. */
export type Controls = ReadonlyMap<string, Word.ContentControl[]>;

/**
 * The controls of our structure whose copies must be told apart by position: blocks and numbers,
 * and entries (a corrected or removed entry under Track Changes leaves its deleted former version
 * under the same tag, which must not be written to).
 */
const positional = (tag: string): boolean => /^bv:(abschnitt|ziffer|unterpunkt|nr|verteiler|zeichnung|bezug|verweis):/.test(tag);

/** What the first sync of a changing action read: every write of the action is planned on it. */
export interface ChangeRead {
  readonly body: BodyRead;
  /** Controls by tag, each list in document order. */
  readonly tags: Controls;
  readonly tracking: boolean;
  /** The house styles the document has (or this batch added), by block kind. */
  readonly styles: Set<BlockStyle>;
  /** Whether missing styles can be added (Document.addStyle, WordApi 1.5). */
  readonly canAddStyles: boolean;
  /** Whether the host writes fields: references become REF fields (references.ts, `canWriteFields`). */
  readonly fields?: boolean;
  /** The names of the styles the document has, from the styles part getOoxml hands over with the body (entries built with Word's API need theirs). */
  readonly styleNames?: ReadonlySet<string>;
}

/** What the last full read saw: what live refreshes patch instead of reading the body again. */
export interface Seen {
  readonly vorlage: Vorlage;
  /** The paragraphs that vorlage was read from (field patches re-read the parts from them). */
  readonly paragraphs: readonly BodyParagraph[];
  readonly structured: boolean;
  readonly findings: readonly Finding[];
  readonly tracking: boolean;
  /** The sections in the document's own outline the last full read found (PortRead.ownOutline); a patch keeps them. */
  readonly ownOutline?: ReadonlySet<string>;
  /** Whether the body read held content deleted under Track Changes (Word's `text` may include it). */
  readonly deletions: boolean;
  /** The body's document.xml as the last full read had it (a move cuts its block from it, see `touched`). */
  readonly documentXml: string;
  /** The names of the styles the document had at the last full read (the „BV …“ house styles a build needs). */
  readonly styleNames: ReadonlySet<string>;
  /**
   * Blocks whose XML in `documentXml` is no longer theirs but for the number: clauses whose text a live
   * refresh patched, blocks our own writes built since the full read. A move of one of them reads the body.
   */
  readonly touched: ReadonlySet<string>;
  /** The tags of number controls that an earlier version left locked (cannotEdit): a write into one unlocks it first. */
  readonly locked: ReadonlySet<string>;
  /**
   * Word's ids of our block controls (ContentControl.id) by block id, where the last full read could pair them
   * (block-ids.ts) and our own writes kept them: what the check of every action with events compares, as undo
   * on the web raises no event (see `WordSession.kept`). Undefined: the check compares tags instead.
   */
  readonly controlIds?: ReadonlyMap<string, number>;
  /** The page header's texts (Kopfzeile) as the last full read had them, read only where recognition asks (page-header.ts). */
  readonly pageHeader?: () => readonly string[];
  /**
   * A plain document's recognised sections and clauses (ids of `vorlage`) with the paragraphs of `paragraphs` they stand
   * in, as the last full read found them: review comments about them go there (comments.ts), as the .docx engine puts them.
   */
  readonly places?: ReadonlyMap<string, TextPlace>;
}

/** The kept model an action may act on; `check`: compare our controls' tags and order with it first (see `WordSession.kept`). */
export type Kept = Seen & { readonly check: boolean };

/**
 * What every capability of the Word adapter shares: the host, the profile, the ids for new
 * blocks, the one Word.run per action (`run`, `write`: the only calls into Word.run in the
 * adapter; Office errors become WordErrors), the first read of a changing action
 * (`readForChange`), and what the last full read saw (`seen`, for live refresh and select).
 */
export class WordSession {
  seen: Seen | undefined;
  /** Actions of ours that are writing now: the events Word raises meanwhile are our own writes'. */
  writing = 0;
  /**
   * Whether Word's paragraph events reach us (`watch` on WordApi 1.6: every paragraph a user changes, adds or
   * deletes is named): only then can `seen` be trusted without reading the body (see `kept`). Content-control
   * events (1.5) miss paragraphs outside our controls, and 1.3 has no events: there every action reads.
   */
  watching = false;
  /**
   * Whether `seen` is the document as it is now: true after a full read, a live refresh that patched it,
   * and an action of ours that wrote only what it also wrote into `seen`; false from a user's change event
   * (until the live refresh) and from the start of any other write.
   */
  current = false;
  /**
   * Whether `seen` holds every write of ours: true after a full read and after an action that kept its writes
   * (`keep`), false from the start of any other write (its writes are in the document, not in `seen`). A user's
   * change leaves it true: that is what `current` and the check of `kept` are for.
   */
  modelled = false;

  constructor(
    readonly host: WordHost,
    readonly profile: Profile,
    readonly ids: IdSource,
  ) {}

  async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.host.run(batch);
    } catch (e) {
      throw translateOfficeError(e);
    }
  }

  /** A Word.run that changes the document: the events it causes are not passed on to `watch`'s listener. */
  async write<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    // Whatever this action writes, the next read reads it, unless the action keeps `seen` itself (`keep`).
    this.current = false;
    this.modelled = false;
    this.writing++;
    try {
      return await this.run(batch);
    } finally {
      this.writing--;
    }
  }

  /** Change tracking needs WordApi 1.4 (Document.changeTrackingMode); checked at run time. */
  queueTracking(context: Word.RequestContext): () => boolean {
    if (!this.host.supports("WordApi", "1.4")) return () => false;
    context.document.load("changeTrackingMode");
    return () => context.document.changeTrackingMode !== "Off";
  }

  /**
   * The first round trip of an operation that changes the document: the body, the body's
   * controls by tag (body.contentControls: document.contentControls would bring header
   * and footer controls too), and the tracking mode. Copies of a block share its tag;
   * Word does not document the order of its collections, so where a tag repeats, the
   * copies are put into document order with compareLocationWith (one more sync, only then).
   */
  async readForChange(context: Word.RequestContext): Promise<ChangeRead> {
    const ooxml = context.document.body.getOoxml();
    const controls = context.document.body.contentControls;
    controls.load("items/tag,items/cannotEdit");
    const tracking = this.queueTracking(context);
    // Which house styles the document has: asked of Word where it can say (WordApi 1.5), else read from the styles part getOoxml brings.
    const canAddStyles = this.host.supports("WordApi", "1.5");
    const probes = canAddStyles
      ? (Object.keys(BLOCK_STYLES) as BlockStyle[]).map((kind) => {
          const style = context.document.getStyles().getByNameOrNullObject(BLOCK_STYLES[kind].name);
          style.load("isNullObject");
          return [kind, style] as const;
        })
      : undefined;
    await context.sync();
    const map = new Map<string, Word.ContentControl[]>();
    for (const cc of controls.items) map.set(cc.tag, [...(map.get(cc.tag) ?? []), cc]);
    await this.orderCopies(context, map);
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync; it has no load
    const body = readBodyOoxml(ooxml.value, this.profile, this.ids);
    // Blocks deleted under Track Changes are still in Word's collection, maybe with the tag of a live copy: leave them out.
    for (const [tag, indexes] of goneControls(body.documentXml)) {
      const list = map.get(tag);
      if (list && (list.length === 1 || positional(tag))) map.set(tag, list.filter((_, i) => !indexes.has(i)));
    }
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync; it has no load
    const names = probes ? undefined : styleNames(partXmlOf(ooxml.value, "/word/styles.xml"));
    const styles = new Set((Object.keys(BLOCK_STYLES) as BlockStyle[]).filter((kind) => (probes ? !probes.find(([k]) => k === kind)?.[1].isNullObject : names?.has(BLOCK_STYLES[kind].name))));
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync; it has no load
    const styleNamesNow = names ?? styleNames(partXmlOf(ooxml.value, "/word/styles.xml"));
    return { body, tags: map, tracking: tracking(), styles, canAddStyles, fields: canWriteFields(this.host), styleNames: styleNamesNow };
  }

  async orderCopies(context: Word.RequestContext, map: Map<string, Word.ContentControl[]>): Promise<void> {
    const groups = [...map].filter(([tag, list]) => positional(tag) && list.length > 1);
    if (groups.length === 0) return;
    const answers = groups.map(([, list]) => list.map((a) => list.map((b) => (a === b ? undefined : a.getRange("Whole").compareLocationWith(b.getRange("Whole"))))));
    await context.sync();
    groups.forEach(([tag, list], g) => {
      const index = new Map(list.map((cc, i) => [cc, i]));
      const before = (a: Word.ContentControl, b: Word.ContentControl): number => {
        const r = answers[g]?.[index.get(a) as number]?.[index.get(b) as number];
        return r === undefined ? 0 : startsBefore(r.value) ? -1 : 1;
      };
      map.set(tag, [...list].sort(before));
    });
  }

  remember(read: PortRead & { tracking: boolean }, paragraphs: readonly BodyParagraph[], deletions: boolean, xml?: { readonly documentXml: string; readonly styleNames: ReadonlySet<string>; readonly locked: ReadonlySet<string>; readonly controlIds: ReadonlyMap<string, number> | undefined; readonly pageHeader?: () => readonly string[]; readonly places?: ReadonlyMap<string, TextPlace> }): PortRead {
    const previous = this.seen;
    const documentXml = xml?.documentXml ?? previous?.documentXml ?? "";
    const styleNames = xml?.styleNames ?? previous?.styleNames ?? new Set<string>();
    const controlIds = xml ? xml.controlIds : previous?.controlIds;
    const pageHeader = xml ? xml.pageHeader : previous?.pageHeader;
    const places = xml ? xml.places : previous?.places;
    const ownOutline = read.ownOutline ?? (xml ? undefined : previous?.ownOutline);
    this.seen = {
      vorlage: read.vorlage,
      paragraphs,
      structured: read.structured,
      findings: read.findings,
      tracking: read.tracking,
      deletions,
      documentXml,
      styleNames,
      touched: xml ? new Set() : (previous?.touched ?? new Set()),
      locked: xml?.locked ?? previous?.locked ?? new Set(),
      ...(controlIds ? { controlIds } : {}),
      ...(pageHeader ? { pageHeader } : {}),
      ...(places ? { places } : {}),
      ...(ownOutline ? { ownOutline } : {}),
    };
    this.current = true;
    this.modelled = true;
    return { vorlage: read.vorlage, structured: read.structured, findings: read.findings, tracking: read.tracking, ...(ownOutline ? { ownOutline } : {}) };
  }

  /**
   * The model an action may act on without reading the body (issue 21, item 4): what the last read saw,
   * where it describes a document as we write it (structured, no findings from reading, no numbers missing,
   * nothing tracked, Track Changes off at the last read). With paragraph events (`watching`, WordApi 1.6) it is
   * current through the live refresh and our own writes (`check` false), but for Word's undo, which on the web
   * raises no event (office-js #5089): there the action's first sync loads the ids of our block controls
   * (`controlIds`, block-ids.ts) and reads the body only where they differ from the model's. Without them (WordApi 1.3–1.5, or
   * not watching; and whenever a user's change has not been refreshed yet) `check` is true: the action first
   * compares the tags and order of our block and number controls, loaded without text, with the model's
   * (`structureTags`), and reads the body only where they differ; as a text edit is invisible to that
   * comparison, such an action keeps no model for the next read and moves no block from the last read's XML.
   * Undefined where the body must be read.
   */
  kept(): Kept | undefined {
    const seen = this.seen;
    if (!seen || !this.modelled || !seen.structured || seen.findings.length > 0 || seen.tracking || seen.deletions) return undefined;
    const numbered = seen.vorlage.sections.every((s) => s.writtenNumber !== undefined && s.clauses.every((c) => c.writtenNumber !== undefined && (c.unterpunkte ?? []).every((u) => u.writtenNumber !== undefined)));
    // References between clauses follow their targets only on the path that reads the body (references.ts).
    const references = seen.vorlage.sections.some((s) => s.clauses.some((c) => c.verweise || c.unterpunkte?.some((u) => u.verweise)));
    return numbered && !references ? { ...seen, check: !(this.watching && this.current) } : undefined;
  }

  /**
   * After an action of ours that wrote exactly what turns `seen` into `vorlage` (`unlocked`: number tags whose lock it
   * took off; `controlIds`: our block controls' ids after it, where it built, moved or deleted blocks): the next read
   * needs no body.
   */
  keep(vorlage: Vorlage, touched: readonly string[], paragraphs?: readonly BodyParagraph[], unlocked: readonly string[] = [], current = true, controlIds: ReadonlyMap<string, number> | undefined = this.seen?.controlIds): void {
    const seen = this.seen;
    if (!seen) return;
    const locked = unlocked.length === 0 ? seen.locked : new Set([...seen.locked].filter((t) => !unlocked.includes(t)));
    const { controlIds: _previous, ...rest } = seen;
    this.seen = { ...rest, vorlage, paragraphs: paragraphs ?? seen.paragraphs, touched: new Set([...seen.touched, ...touched]), locked, ...(controlIds ? { controlIds } : {}) };
    this.current = current;
    this.modelled = true;
  }
}
