import { PROPERTY_NAMES, toDocumentProperties } from "../../core/metadata/document-properties";
import { METADATA_NAMESPACE, toMetadataXml } from "../../core/metadata/metadata-xml";
import { readMetadataXml, type MetadataRead } from "../../core/metadata/read-metadata-xml";
import { randomIds, type IdSource } from "../../core/model/ids";
import type { Clause, Section, Unterpunkt, Vorlage } from "../../core/model/vorlage";
import { deriveNumbers } from "../../core/numbering/derive-numbers";
import { tryApply } from "../../core/operations/apply";
import type { Operation } from "../../core/operations/operation";
import type { Profile } from "../../core/profile/profile";
import type { Finding } from "../../core/validation/finding";
import { validate } from "../../core/validation/validate";
import { BlockNotFoundError } from "../block-not-found";
import { W_NS } from "../ooxml/ooxml";
import { paragraphText, type BodyParagraph } from "../ooxml/read-body";
import { bodyVorlage } from "../ooxml/body-vorlage";
import { readStructure } from "../ooxml/read-structure";
import { partXmlOf, toFlatOpc } from "../ooxml/flat-opc";
import { entryPlacement, placementOf, renderEntry, renderPart, type EntryList, type Part, type Placement } from "../parts";
import type { DocumentChange, DocumentPort, DocumentWatch, InsertAt, Inserted, MetadataWrite, PortRead, SelectedBlock } from "../port";
import { ENTRY_KINDS, formatTag, parseTag, type Tag } from "../tags";
import { stylesXml } from "../ooxml/house-style-parts";
import { COMMENT_PREFIX, type FindingComment } from "../finding-comments";
import { cutBlock, type CutBlock } from "./cut-block";
import { isPlainBlock, UNTERPUNKT_STYLE } from "./plain-block";
import { BLOCK_STYLES, styleFormat, styleNames, type BlockStyle } from "./house-styles";
import { partFields, sameShape } from "./part-fields";
import { withFieldText } from "./patch-fields";
import { readBodyOoxml, type BodyRead } from "./read-ooxml";
import { goneControls } from "./live-body";
import { endsByEndOf, startsBefore } from "./location-relation";
import { promised, type WordHost } from "./word-host";
import { queueReferences, withFollowedReferences } from "./references";
import { isOfficeError, translateOfficeError, WordError } from "./word-error";

export { officeHost, type WordHost } from "./word-host";

/** Custom XML parts over 1 MB fail on Word on the web. */
const MAX_XML_PART = 1024 * 1024;
/** 1 cm, the hanging indent of a clause under its number (as render-vorlage writes it: 567 twips). */
const HANGING_PT = 28.35;
/** 2 cm, the left indent of a sub-point under its clause (the „BV Unterpunkt“ style: 1134 twips, hanging 567). */
const UNTERPUNKT_LEFT_PT = 56.7;
/** What a move cannot carry through insertOoxml of document.xml alone: relationships (images, links), comments, notes, revisions. */
const UNMOVABLE = /<w:(commentRangeStart|commentReference|footnoteReference|endnoteReference|ins|del|moveFrom|moveTo)\b|\br:(id|embed|link)=/;

type Controls = ReadonlyMap<string, Word.ContentControl[]>;

/** Event handlers added in one Word.run, with an object of that run's context to remove them from it. */
interface HandlerGroup {
  readonly document: Word.Document;
  readonly handlers: readonly { remove(): void }[];
}

/** The controls of our structure whose copies must be told apart by position. */
const positional = (tag: string): boolean => /^bv:(abschnitt|ziffer|unterpunkt|nr|verweis):/.test(tag);

/** A numbered block of ours in document order: a section, a clause or a sub-point, with the tag of its control for a given id. */
interface NumberedNode {
  readonly id: string;
  readonly writtenNumber?: string;
  readonly kind: "section" | "clause" | "unterpunkt";
  tagOf(id: string): string;
}

/** Sections, clauses and sub-points in document order. */
function numberedNodes(v: Vorlage): NumberedNode[] {
  const out: NumberedNode[] = [];
  for (const s of v.sections) {
    out.push({ id: s.id, writtenNumber: s.writtenNumber, kind: "section", tagOf: (id) => formatTag({ kind: "abschnitt", id, sectionKind: s.kind }) });
    for (const c of s.clauses) {
      out.push({ id: c.id, writtenNumber: c.writtenNumber, kind: "clause", tagOf: (id) => formatTag({ kind: "ziffer", id }) });
      for (const u of c.unterpunkte ?? []) out.push({ id: u.id, writtenNumber: u.writtenNumber, kind: "unterpunkt", tagOf: (id) => formatTag({ kind: "unterpunkt", id }) });
    }
  }
  return out;
}

/** The clause (and its section) holding sub-point `id`. */
function unterpunktOf(v: Vorlage, id: string): { readonly section: Section; readonly clause: Clause; readonly index: number; readonly unterpunkt: Unterpunkt } | undefined {
  for (const section of v.sections)
    for (const clause of section.clauses) {
      const index = (clause.unterpunkte ?? []).findIndex((u) => u.id === id);
      if (index >= 0) return { section, clause, index, unterpunkt: (clause.unterpunkte as readonly Unterpunkt[])[index] as Unterpunkt };
    }
  return undefined;
}

interface ChangeRead {
  readonly body: BodyRead;
  /** Controls by tag, each list in document order. */
  readonly tags: Controls;
  readonly tracking: boolean;
  /** The house styles the document has (or this batch added), by block kind. */
  readonly styles: Set<BlockStyle>;
  /** Whether missing styles can be added (Document.addStyle, WordApi 1.5). */
  readonly canAddStyles: boolean;
}

/**
 * Puts a paragraph in the house style of a block kind; `lock` says whether the numbers built
 * in this batch are locked (never while changes are tracked: Word's Review refuses revisions
 * inside locked controls, office-js #2886; docs/architecture.md „How numbers live in Word“).
 */
type Styler = ((p: Word.Paragraph, kind: BlockStyle) => void) & { readonly lock: boolean };

/** What the last full read saw: what live refreshes patch instead of reading the body again. */
interface Seen {
  readonly vorlage: Vorlage;
  /** The paragraphs that vorlage was read from (field patches re-read the parts from them). */
  readonly paragraphs: readonly BodyParagraph[];
  readonly structured: boolean;
  readonly findings: readonly Finding[];
  readonly tracking: boolean;
  /** Whether the body read held content deleted under Track Changes (Word's `text` may include it). */
  readonly deletions: boolean;
}

/**
 * The document port on Word. One Word.run per user action, all or nothing: the first sync
 * reads (the body as OOXML, the tags of the body's controls, the tracking mode); where the
 * document holds pasted copies, one more sync orders them by position; the last sync
 * carries every write. Blocks are built with Word's own API (insertParagraph,
 * insertContentControl, insertText): insertOoxml only where that API cannot express the
 * edit (a move, a whole part on a blank document), because on the web it is slow, breaks
 * undo and under Track Changes marks untouched text as changed (office-js #5944, #6423, #334).
 */
export class WordPort implements DocumentPort {
  private seen: Seen | undefined;
  /** Actions of ours that are writing now: the events Word raises meanwhile are our own writes'. */
  private writing = 0;

  constructor(
    private readonly host: WordHost,
    private readonly profile: Profile,
    private readonly ids: IdSource = randomIds,
  ) {}

  private async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.host.run(batch);
    } catch (e) {
      throw translateOfficeError(e);
    }
  }

  /** A Word.run that changes the document: the events it causes are not passed on to `watch`'s listener. */
  private async write<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    this.writing++;
    try {
      return await this.run(batch);
    } finally {
      this.writing--;
    }
  }

  /** Change tracking needs WordApi 1.4 (Document.changeTrackingMode); checked at run time. */
  private queueTracking(context: Word.RequestContext): () => boolean {
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
  private async readForChange(context: Word.RequestContext): Promise<ChangeRead> {
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
    return { body, tags: map, tracking: tracking(), styles, canAddStyles };
  }

  private async orderCopies(context: Word.RequestContext, map: Map<string, Word.ContentControl[]>): Promise<void> {
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

  private remember(read: PortRead & { tracking: boolean }, paragraphs: readonly BodyParagraph[], deletions: boolean): PortRead {
    this.seen = { vorlage: read.vorlage, paragraphs, structured: read.structured, findings: read.findings, tracking: read.tracking, deletions };
    return { vorlage: read.vorlage, structured: read.structured, findings: read.findings, tracking: read.tracking };
  }

  /**
   * Reads the document. A pasted copy of a block gets a new id from reading; its new tags
   * are written in this same operation, so that the pane can select or delete it at once.
   */
  async read(): Promise<PortRead> {
    return this.run(async (context) => {
      const ooxml = context.document.body.getOoxml();
      const tracking = this.queueTracking(context);
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync; it has no load
      const body = readBodyOoxml(ooxml.value, this.profile, this.ids);
      const copies = body.structure.findings.filter((f) => f.code === "structure-id-reassigned");
      if (copies.length > 0) {
        const map = new Map<string, Word.ContentControl[]>();
        const wanted = new Set<string>();
        const nodes = new Map(numberedNodes(body.vorlage).map((n) => [n.id, n]));
        for (const f of copies) {
          const id = String(f.params["id"]);
          const node = nodes.get(String(f.params["neu"]));
          if (node) wanted.add(node.tagOf(id));
          wanted.add(formatTag({ kind: "nr", id }));
        }
        const lists = [...wanted].map((tag) => {
          const list = context.document.body.contentControls.getByTag(tag);
          list.load("items/tag");
          return [tag, list] as const;
        });
        await context.sync();
        for (const [tag, list] of lists) map.set(tag, list.items);
        await this.orderCopies(context, map);
        this.queueRetags(body, map);
        await context.sync();
      }
      // Under Track Changes no number of ours stays locked (docs/architecture.md „How numbers live in Word“): a session
      // without tracking left them locked, and Word would refuse a user's deletion or Review in them (office-js #2886).
      const locked = tracking() ? lockedNumbers(body.documentXml) : [];
      if (locked.length > 0) {
        for (const tag of locked) context.document.body.contentControls.getByTag(tag).getFirst().cannotEdit = false;
        await context.sync();
      }
      return this.remember({ vorlage: body.vorlage, structured: body.structure.structured, findings: body.structure.findings, tracking: tracking() }, body.paragraphs, /<w:(del|moveFrom)\b/.test(body.documentXml));
    });
  }

  /** Pasted copies: the n-th control in document order with a repeated tag gets the id reading gave the n-th block. */
  private queueRetags(body: BodyRead, controls: Controls): void {
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
   * Locks (docs/architecture.md „How numbers live in Word“): without tracking, a number is
   * locked (unlocked for the write and locked again in the same batch: a locked number keeps a
   * user's keystrokes out, ContentControl.cannotEdit). Under tracking no number of ours stays
   * locked: Word's Review refuses every revision inside a locked control (office-js #2886), so
   * each lock the first read found is taken off in this batch.
   */
  private queueNumbers(read: ChangeRead, target: Vorlage, skip: ReadonlySet<string> = new Set()): number {
    const { body, tags: controls } = read;
    const numbers = deriveNumbers(target, this.profile.numbering).byId;
    const lock = !read.tracking;
    let changed = 0;
    if (!lock) for (const [tag, list] of controls) if (tag.startsWith("bv:nr:")) for (const nr of list) if (nr.cannotEdit) nr.cannotEdit = false;
    this.queueRetags(body, controls);
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
      if (node.writtenNumber === number) {
        if (lock && nr && !nr.cannotEdit) nr.cannotEdit = true;
        continue;
      }
      // A number the paragraph shows as its own text (in a hyperlink, a field or a tracked change, left by
      // `recognize`; or drawn by Word's list numbering) is the user's: typing one in front would print two.
      if (!nr && node.writtenNumber !== undefined) continue;
      changed++;
      if (nr) {
        if (lock) nr.cannotEdit = false;
        nr.insertText(number, "Replace");
        if (lock) nr.cannotEdit = true;
      } else if (block) {
        // A user deleted the number: put it back in front, in its own control.
        const separator = node.kind === "section" ? " " : "\t";
        const first = block.paragraphs.getFirst();
        const para = body.paragraphs.find((p) => p.blocks.some((b) => (b.kind === "ziffer" || b.kind === "abschnitt" || b.kind === "unterpunkt") && b.id === original));
        if (!(para ? paragraphText(para) : "").startsWith(separator)) first.insertText(separator, "Start");
        this.lockNumber(first.insertText(number, "Start").insertContentControl(), node.id, lock);
      }
    }
    return changed + queueReferences(controls, body.vorlage, target, this.profile, skip);
  }

  /** Tags a new number control; locks it unless changes are tracked (see {@link Styler}). */
  private lockNumber(control: Word.ContentControl, id: string, lock: boolean): void {
    control.tag = formatTag({ kind: "nr", id });
    control.title = "Nummer";
    if (lock) control.cannotEdit = true;
  }

  async renumber(): Promise<number> {
    return this.write(async (context) => {
      const read = await this.readForChange(context);
      const changed = this.queueNumbers(read, read.body.vorlage);
      await context.sync();
      return changed;
    });
  }

  private sectionOf(v: Vorlage, id: string): Section | undefined {
    return v.sections.find((s) => s.id === id || s.clauses.some((c) => c.id === id));
  }

  private applied(v: Vorlage, op: Operation): Vorlage {
    const result = tryApply(v, op);
    if (!result.ok) throw new BlockNotFoundError(result.reason);
    return result.vorlage;
  }

  private sectionTag(s: Section): string {
    return formatTag({ kind: "abschnitt", id: s.id, sectionKind: s.kind });
  }

  /**
   * Puts paragraphs in the house style: the named paragraph style („BV Ziffer“ …, as the
   * .docx renderer writes it), so that a city restyles in Word without touching code.
   * A document without a style that `kinds` need gets it once, where Word can add styles
   * (Document.addStyle, WordApi 1.5), formatted as house-style-parts defines it, in a sync of
   * its own before the action's writes (only then, once per document): builds before the fix
   * for office-js #3728 refuse a style name with a space, and the names stay „BV …“. Where
   * Word refuses, or on WordApi 1.3/1.4, which can neither add a style nor apply a missing one
   * (setting Paragraph.style to an unknown name fails, office-js-docs #227), the paragraph
   * gets the style's indents directly.
   */
  private async styler(context: Word.RequestContext, read: ChangeRead, kinds: readonly BlockStyle[]): Promise<Styler> {
    const missing = read.canAddStyles ? [...new Set(kinds)].filter((kind) => !read.styles.has(kind)) : [];
    if (missing.length > 0) {
      for (const kind of missing) {
        const style = context.document.addStyle(BLOCK_STYLES[kind].name, "Paragraph");
        const f = styleFormat(this.profile, kind);
        if (f.leftIndent !== undefined) style.paragraphFormat.leftIndent = f.leftIndent;
        if (f.firstLineIndent !== undefined) style.paragraphFormat.firstLineIndent = f.firstLineIndent;
        if (f.spaceBefore !== undefined) style.paragraphFormat.spaceBefore = f.spaceBefore;
        if (f.spaceAfter !== undefined) style.paragraphFormat.spaceAfter = f.spaceAfter;
        if (f.alignment !== undefined) style.paragraphFormat.alignment = f.alignment;
        if (f.keepWithNext !== undefined) style.paragraphFormat.keepWithNext = f.keepWithNext;
        if (f.bold !== undefined) style.font.bold = f.bold;
      }
      try {
        await context.sync();
        for (const kind of missing) read.styles.add(kind);
      } catch (e) {
        // Word refused the style (office-js #3728): direct formatting instead. Anything but an Office error is a bug.
        if (!isOfficeError(e)) throw e;
      }
    }
    const style = (p: Word.Paragraph, kind: BlockStyle): void => {
      if (read.styles.has(kind)) {
        p.style = BLOCK_STYLES[kind].name;
        return;
      }
      p.leftIndent = kind === "unterpunkt" ? UNTERPUNKT_LEFT_PT : kind === "ziffer" ? HANGING_PT : 0;
      p.firstLineIndent = kind === "abschnitt" ? 0 : -HANGING_PT;
    };
    return Object.assign(style, { lock: !read.tracking });
  }

  /** Builds a clause in paragraph `p` with Word's own API: number control (locked), tab, text; the paragraph wrapped as the clause. */
  private buildClause(p: Word.Paragraph, clause: Clause, numbers: ReadonlyMap<string, string>, style: Styler): void {
    const lines = clause.text.replace(/\r\n?/g, "\n").split("\n");
    style(p, "ziffer");
    this.lockNumber(p.insertText(numbers.get(clause.id) as string, "Start").insertContentControl(), clause.id, style.lock);
    const control = p.insertContentControl();
    control.tag = formatTag({ kind: "ziffer", id: clause.id });
    control.title = "Ziffer";
    for (const line of lines.slice(1)) style(control.insertParagraph(line, "End"), "ziffer");
    // Its sub-points inside it (an undo of a deletion brings a clause back whole).
    for (const u of clause.unterpunkte ?? []) this.buildUnterpunkt(control.insertParagraph("\t" + (u.text.split(/\r\n?|\n/)[0] ?? ""), "End"), u, numbers.get(u.id) as string, style);
  }

  /** Builds a section in the new paragraph `heading`: number, phrase, its clauses, all wrapped as the section. */
  private buildSection(heading: Word.Paragraph, section: Section, numbers: ReadonlyMap<string, string>, style: Styler): void {
    style(heading, "abschnitt");
    this.lockNumber(heading.insertText(numbers.get(section.id) as string, "Start").insertContentControl(), section.id, style.lock);
    heading.font.bold = true;
    const control = heading.insertContentControl();
    control.tag = this.sectionTag(section);
    control.title = "Abschnitt";
    for (const c of section.clauses) this.buildClause(control.insertParagraph("\t" + (c.text.split(/\r\n?|\n/)[0] ?? ""), "End"), c, numbers, style);
  }

  private phrase(section: Section): string {
    return " " + (this.profile.sectionKinds.find((k) => k.kind === section.kind)?.phrase ?? section.kind);
  }

  /**
   * Inserts a section after a given one, or at the cursor: after the outermost control
   * around the cursor (never inside the Kopf, a field or another add-in's control), or after
   * the cursor's paragraph when it is outside every control. A fresh document has its
   * cursor at its start, inside the Kopf (Document.getSelection).
   */
  async insertSection(section: Section, at: InsertAt): Promise<Inserted> {
    return this.write(async (context) => {
      // The selection's end: for a caret the caret itself; for a selection across several blocks (Ctrl+A) where it
      // ends. Its start, the document's first paragraph, would put the new section into the Kopf.
      const selection = at === "selection" ? context.document.getSelection().getRange("End") : undefined;
      // The controls around the cursor, innermost first; four levels reach a field in an entry in a part inside another add-in's control.
      const around: Word.ContentControl[] = [];
      if (selection) {
        let cc = selection.parentContentControlOrNullObject;
        for (let i = 0; i < 4; i++) {
          cc.load("isNullObject,tag");
          around.push(cc);
          cc = cc.parentContentControlOrNullObject;
        }
      }
      const read = await this.readForChange(context);
      const v = read.body.vorlage;
      let index = v.sections.length;
      let place: (text: string) => Word.Paragraph;
      let inserted: Inserted;
      if (at !== "selection") {
        const after = this.sectionOf(v, at.after);
        const anchor = after && read.tags.get(this.sectionTag(after))?.[0];
        if (!after || !anchor) throw new BlockNotFoundError(at.after);
        index = v.sections.indexOf(after) + 1;
        place = (text) => anchor.insertParagraph(text, "After");
        inserted = { after: "section", tag: this.sectionTag(after) };
      } else {
        const live = around.filter((cc) => !cc.isNullObject);
        const outermost = live[live.length - 1];
        const paragraph = (selection as Word.Range).paragraphs.getFirst();
        const anchorRange = outermost ? outermost.getRange("Whole") : paragraph.getRange("Whole");
        const tag = outermost ? parseTag(outermost.tag) : undefined;
        const own = tag?.kind === "abschnitt" ? v.sections.find((s) => s.id === tag.id) : undefined;
        let elsewhere = false;
        if (own) index = v.sections.indexOf(own) + 1;
        else {
          // Where the anchor stands among the sections: one comparison per section, one sync. Word answers
          // one of 14 relations (AdjacentBefore for a section right before the cursor's paragraph, office-js #495),
          // and Unrelated where the cursor is in another story: a header, footer, footnote or comment.
          const answers = v.sections.map((s) => read.tags.get(this.sectionTag(s))?.[0]?.getRange("Whole").compareLocationWith(anchorRange));
          const story = context.document.body.paragraphs.getFirst().getRange("Whole").compareLocationWith(anchorRange);
          await context.sync();
          elsewhere = story.value === "Unrelated";
          index = elsewhere ? v.sections.length : answers.filter((a) => a !== undefined && endsByEndOf(a.value)).length;
        }
        const last = v.sections[v.sections.length - 1];
        const lastControl = last && read.tags.get(this.sectionTag(last))?.[0];
        if (elsewhere) {
          // Never into another story: after the body's last section, else at the body's end.
          place = lastControl ? (text) => lastControl.insertParagraph(text, "After") : (text) => context.document.body.insertParagraph(text, "End");
          inserted = last && lastControl ? { after: "section", tag: this.sectionTag(last) } : { after: "end" };
        } else {
          place = outermost ? (text) => outermost.insertParagraph(text, "After") : (text) => paragraph.insertParagraph(text, "After");
          inserted = outermost ? { after: placeKind(tag), tag: outermost.tag } : { after: "paragraph" };
        }
      }
      const target = this.applied(v, { type: "insertSection", index, section });
      const numbers = deriveNumbers(target, this.profile.numbering).byId;
      const kinds: BlockStyle[] = ["abschnitt", ...section.clauses.flatMap((c): BlockStyle[] => ["ziffer", ...((c.unterpunkte ?? []).length > 0 ? ["unterpunkt" as const] : [])])];
      this.buildSection(place(this.phrase(section)), section, numbers, await this.styler(context, read, kinds));
      this.queueNumbers(read, target, new Set([section.id, ...section.clauses.flatMap((c) => [c.id, ...(c.unterpunkte ?? []).map((u) => u.id)])]));
      await context.sync();
      return inserted;
    });
  }

  async insertClause(clause: Clause, sectionId: string, after?: string): Promise<void> {
    await this.write(async (context) => {
      const read = await this.readForChange(context);
      const section = read.body.vorlage.sections.find((s) => s.id === sectionId);
      if (!section) throw new BlockNotFoundError(sectionId);
      const index = after === undefined ? section.clauses.length : section.clauses.findIndex((c) => c.id === after) + 1;
      if (after !== undefined && index === 0) throw new BlockNotFoundError(after);
      const target = this.applied(read.body.vorlage, { type: "insertClause", sectionId, index, clause });
      const numbers = deriveNumbers(target, this.profile.numbering).byId;
      const previous = section.clauses[index - 1];
      const first = "\t" + (clause.text.split(/\r\n?|\n/)[0] ?? "");
      const anchor = previous ? read.tags.get(formatTag({ kind: "ziffer", id: previous.id }))?.[0] : read.tags.get(this.sectionTag(section))?.[0];
      if (!anchor) throw new BlockNotFoundError(previous?.id ?? section.id);
      // Into an empty section: at the end of its control. "After" its heading, the control's only paragraph, can land
      // after the control's end (office-js #3176).
      const p = previous ? anchor.insertParagraph(first, "After") : anchor.insertParagraph(first, "End");
      this.buildClause(p, clause, numbers, await this.styler(context, read, (clause.unterpunkte ?? []).length > 0 ? ["ziffer", "unterpunkt"] : ["ziffer"]));
      this.queueNumbers(read, target, new Set([clause.id, ...(clause.unterpunkte ?? []).map((u) => u.id)]));
      await context.sync();
    });
  }

  /**
   * Builds a sub-point in paragraph `p` with Word's own API: its letter (a locked control),
   * tab, text; the paragraph wrapped as the sub-point; further lines as paragraphs inside it.
   */
  private buildUnterpunkt(p: Word.Paragraph, u: Unterpunkt, letter: string, style: Styler): void {
    const lines = u.text.replace(/\r\n?/g, "\n").split("\n");
    const indent = (para: Word.Paragraph): void => style(para, "unterpunkt");
    indent(p);
    this.lockNumber(p.insertText(letter, "Start").insertContentControl(), u.id, style.lock);
    const control = p.insertContentControl();
    control.tag = formatTag({ kind: "unterpunkt", id: u.id });
    control.title = "Unterpunkt";
    for (const line of lines.slice(1)) indent(control.insertParagraph(line, "End"));
  }

  /**
   * Inserts a sub-point into a clause, built with Word's API (no insertOoxml): after the
   * sub-point `after`, before the clause's first sub-point, or at the end of the clause
   * when it has none. The letters of the clause's sub-points follow in the same batch.
   */
  async insertUnterpunkt(unterpunkt: Unterpunkt, clauseId: string, after?: string): Promise<void> {
    await this.write(async (context) => {
      const read = await this.readForChange(context);
      const v = read.body.vorlage;
      const clause = v.sections.flatMap((s) => s.clauses).find((c) => c.id === clauseId);
      if (!clause) throw new BlockNotFoundError(clauseId);
      const list = clause.unterpunkte ?? [];
      const index = after === undefined ? 0 : list.findIndex((u) => u.id === after) + 1;
      if (after !== undefined && index === 0) throw new BlockNotFoundError(after);
      const target = this.applied(v, { type: "insertUnterpunkt", clauseId, index, unterpunkt });
      const letter = deriveNumbers(target, this.profile.numbering).byId.get(unterpunkt.id) as string;
      const first = "\t" + (unterpunkt.text.split(/\r\n?|\n/)[0] ?? "");
      const controlOf = (id: string): Word.ContentControl => {
        const control = read.tags.get(formatTag({ kind: "unterpunkt", id }))?.[0];
        if (!control) throw new BlockNotFoundError(id);
        return control;
      };
      const next = list[index];
      let p: Word.Paragraph;
      if (after !== undefined) p = controlOf(after).insertParagraph(first, "After");
      else if (next) p = controlOf(next.id).insertParagraph(first, "Before");
      else {
        const control = read.tags.get(formatTag({ kind: "ziffer", id: clauseId }))?.[0];
        if (!control) throw new BlockNotFoundError(clauseId);
        p = control.insertParagraph(first, "End");
      }
      this.buildUnterpunkt(p, unterpunkt, letter, await this.styler(context, read, ["unterpunkt"]));
      this.queueNumbers(read, target, new Set([unterpunkt.id]));
      await context.sync();
    });
  }

  /**
   * Moves a sub-point within its clause. Word's API has no move: a sub-point that holds only
   * its text as the add-in writes it is built anew at its place with Word's API and the old
   * one deleted (no insertOoxml). One that carries more of the user's (formatting, a field, a
   * link) travels as its own OOXML, as a moved clause does; one with comments, images, notes
   * or tracked changes would lose them that way, and the move is refused with the reason.
   */
  async moveUnterpunkt(id: string, afterId?: string): Promise<void> {
    await this.write(async (context) => {
      const read = await this.readForChange(context);
      const v = read.body.vorlage;
      const found = unterpunktOf(v, id);
      if (!found) throw new BlockNotFoundError(id);
      const list = found.clause.unterpunkte ?? [];
      const rest = list.filter((u) => u.id !== id);
      const to = afterId === undefined ? 0 : rest.findIndex((u) => u.id === afterId) + 1;
      if (afterId !== undefined && to === 0) throw new BlockNotFoundError(afterId);
      const target = this.applied(v, { type: "moveUnterpunkt", clauseId: found.clause.id, from: found.index, to });
      if (to !== found.index) {
        const numbers = deriveNumbers(target, this.profile.numbering).byId;
        const tag = formatTag({ kind: "unterpunkt", id });
        const old = read.tags.get(tag)?.[0];
        const previous = rest[to - 1];
        const anchor = read.tags.get(formatTag({ kind: "unterpunkt", id: (previous ?? rest[0] as Unterpunkt).id }))?.[0];
        if (!old || !anchor) throw new BlockNotFoundError(old ? afterId ?? id : id);
        const where = previous ? "After" : "Before";
        const moving = withCleanNumbers(cutBlock(read.body.documentXml, tag, numbers), numbers, read.tracking);
        if (isPlainBlock(moving.xml, moving.namespaces, UNTERPUNKT_STYLE, { left: Math.round(UNTERPUNKT_LEFT_PT * 20), hanging: Math.round(HANGING_PT * 20) })) {
          const style = await this.styler(context, read, ["unterpunkt"]);
          this.buildUnterpunkt(anchor.insertParagraph("\t" + (found.unterpunkt.text.split(/\r\n?|\n/)[0] ?? ""), where), found.unterpunkt, numbers.get(id) as string, style);
        } else {
          if (UNMOVABLE.test(moving.xml)) throw new WordError("would-lose-content", "MoveWouldLoseContent");
          // The user's formatting inside has no expression in Word's API short of rebuilding each run: it travels as OOXML.
          anchor.getRange("Whole").insertOoxml(toFlatOpc(moving.xml, moving.namespaces), where);
        }
        for (const nr of read.tags.get(formatTag({ kind: "nr", id })) ?? []) if (nr.cannotEdit) nr.cannotEdit = false;
        old.delete(false);
      }
      this.queueNumbers(read, target, new Set(to !== found.index ? [id] : []));
      await context.sync();
    });
  }

  /**
   * The innermost block of ours around the cursor, in one Word.run and one sync, reading no
   * body: the selection's chain of parent controls (Range.parentContentControlOrNullObject,
   * WordApi 1.3), innermost first. Numbers and fields inside a block, and other add-ins'
   * controls around it, are passed over.
   */
  async blockAtSelection(): Promise<SelectedBlock | undefined> {
    return this.run(async (context) => {
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

  async deleteBlock(id: string): Promise<void> {
    await this.write(async (context) => {
      const read = await this.readForChange(context);
      const v = read.body.vorlage;
      const sub = unterpunktOf(v, id);
      if (sub) {
        const control = read.tags.get(formatTag({ kind: "unterpunkt", id }))?.[0];
        if (!control) throw new BlockNotFoundError(id);
        // A locked control cannot be deleted while changes are tracked: unlock its letter first.
        for (const nr of read.tags.get(formatTag({ kind: "nr", id })) ?? []) if (nr.cannotEdit) nr.cannotEdit = false;
        control.delete(false);
        this.queueNumbers(read, this.applied(v, { type: "deleteUnterpunkt", clauseId: sub.clause.id, index: sub.index, unterpunkt: sub.unterpunkt }), new Set([id]));
        await context.sync();
        return;
      }
      const section = this.sectionOf(v, id);
      if (!section) throw new BlockNotFoundError(id);
      const isSection = section.id === id;
      const op: Operation = isSection
        ? { type: "deleteSection", index: v.sections.indexOf(section), section }
        : { type: "deleteClause", sectionId: section.id, index: section.clauses.findIndex((c) => c.id === id), clause: section.clauses.find((c) => c.id === id) as Clause };
      const clauses = isSection ? section.clauses : section.clauses.filter((c) => c.id === id);
      const gone = new Set([id, ...clauses.flatMap((c) => [c.id, ...(c.unterpunkte ?? []).map((u) => u.id)])]);
      // A locked control cannot be deleted while changes are tracked: unlock the numbers inside first.
      for (const g of gone) for (const nr of read.tags.get(formatTag({ kind: "nr", id: g })) ?? []) if (nr.cannotEdit) nr.cannotEdit = false;
      const tag = isSection ? this.sectionTag(section) : formatTag({ kind: "ziffer", id });
      const control = read.tags.get(tag)?.[0];
      if (!control) throw new BlockNotFoundError(id);
      control.delete(false);
      this.queueNumbers(read, this.applied(v, op), gone);
      await context.sync();
    });
  }

  /**
   * Moves a block. Word's API has no move for a content control, so the block's own OOXML
   * (document.xml only) is inserted at its new place — the one insertOoxml left in the
   * structural operations. A block with comments, images, links, notes or tracked changes
   * would lose them that way (their parts and relationships stay behind): such a move is
   * refused with the reason, and the document is left as it was.
   */
  async moveBlock(id: string, afterId: string): Promise<void> {
    await this.write(async (context) => {
      const read = await this.readForChange(context);
      const v = read.body.vorlage;
      const from = this.sectionOf(v, id);
      const to = this.sectionOf(v, afterId);
      if (!from) throw new BlockNotFoundError(id);
      if (!to) throw new BlockNotFoundError(afterId);
      const isSection = from.id === id;
      const tag = isSection ? this.sectionTag(from) : formatTag({ kind: "ziffer", id });
      const anchorTag = to.id === afterId ? this.sectionTag(to) : formatTag({ kind: "ziffer", id: afterId });
      const op: Operation = isSection
        ? { type: "moveSection", from: v.sections.indexOf(from), to: v.sections.indexOf(to) + (v.sections.indexOf(to) < v.sections.indexOf(from) ? 1 : 0) }
        : {
            type: "moveClause",
            clauseId: id,
            fromSection: from.id,
            fromIndex: from.clauses.findIndex((c) => c.id === id),
            toSection: to.id,
            toIndex: to.id === afterId ? 0 : to.clauses.filter((c) => c.id !== id).findIndex((c) => c.id === afterId) + 1,
          };
      const target = this.applied(v, op);
      const numbers = deriveNumbers(target, this.profile.numbering).byId;
      const cleaned = withCleanNumbers(cutBlock(read.body.documentXml, tag, numbers), numbers, read.tracking);
      const moving = { ...cleaned, xml: withFollowedReferences(cleaned.xml, target, this.profile) };
      if (UNMOVABLE.test(moving.xml)) throw new WordError("would-lose-content", "MoveWouldLoseContent");
      const xml = toFlatOpc(moving.xml, moving.namespaces);
      const anchor = read.tags.get(anchorTag)?.[0];
      // First in a section: right after its heading. "Start" on the section control would land above
      // the heading, inside the control before its first child (office-js #866; ContentControl.insertOoxml).
      if (!isSection && to.id === afterId) anchor?.paragraphs.getFirst().getRange("Whole").insertOoxml(xml, "After");
      else anchor?.getRange("Whole").insertOoxml(xml, "After");
      const clauses = isSection ? from.clauses : from.clauses.filter((c) => c.id === id);
      const inside = new Set([id, ...clauses.flatMap((c) => [c.id, ...(c.unterpunkte ?? []).map((u) => u.id)])]);
      // A locked control cannot be deleted while changes are tracked: unlock every number inside first.
      for (const g of inside) for (const nr of read.tags.get(formatTag({ kind: "nr", id: g })) ?? []) if (nr.cannotEdit) nr.cannotEdit = false;
      read.tags.get(tag)?.[0]?.delete(false);
      this.queueNumbers(read, target, inside);
      await context.sync();
    });
  }

  /**
   * Writes the custom XML part and the document properties, all or nothing: a part too
   * large for Word on the web is refused before anything is written; properties of ours
   * that the Vorlage no longer has are deleted (clearing a field does not clear a property
   * written earlier: CustomProperty.delete). WordApi 1.4 hosts take the part through
   * document.customXmlParts; older ones (Office 2019/2021) through the Common API
   * (Office.context.document.customXmlParts, requirement set CustomXmlParts, Office 2013+).
   */
  async writeMetadata(vorlage: Vorlage): Promise<MetadataWrite> {
    const xml = toMetadataXml(vorlage, this.profile);
    const properties = toDocumentProperties(vorlage, this.profile, validate(vorlage, this.profile));
    if (new TextEncoder().encode(xml).length > MAX_XML_PART) throw new WordError("too-large", "MetadataPartOver1MB");
    const withPart = this.host.supports("WordApi", "1.4");
    const common = withPart ? undefined : this.host.customXmlParts?.();
    const ours = new Set<string>(Object.values(PROPERTY_NAMES).map((n) => n.toLowerCase()));
    const keep = new Set(properties.map((p) => p.name.toLowerCase()));
    // Common API first: add the new part; the old ones go only after the properties are written.
    const oldCommon = common ? await promised<readonly import("./word-host").CommonXmlPart[]>((cb) => common.getByNamespaceAsync(METADATA_NAMESPACE, cb)) : [];
    const added = common ? await promised<import("./word-host").CommonXmlPart | undefined>((cb) => common.addAsync(xml, cb)) : undefined;
    try {
      await this.write(async (context) => {
        const existing = context.document.properties.customProperties;
        existing.load("items/key");
        const parts = withPart ? context.document.customXmlParts.getByNamespace(METADATA_NAMESPACE) : undefined;
        parts?.load("items");
        await context.sync();
        for (const p of existing.items) if (ours.has(p.key.toLowerCase()) && !keep.has(p.key.toLowerCase())) p.delete();
        for (const p of properties) context.document.properties.customProperties.add(p.name, p.value);
        if (parts) {
          // Replace rather than edit: one part of ours, always the whole current state.
          for (const part of parts.items) part.delete();
          context.document.customXmlParts.add(xml);
        }
        await context.sync();
      });
    } catch (e) {
      if (added) await promised<undefined>((cb) => added.deleteAsync(cb));
      throw e;
    }
    for (const old of oldCommon) await promised<undefined>((cb) => old.deleteAsync(cb));
    return { xmlPart: withPart || common ? "written" : "unsupported", properties: "written" };
  }

  async readMetadata(): Promise<MetadataRead | undefined> {
    if (!this.host.supports("WordApi", "1.4")) {
      const common = this.host.customXmlParts?.();
      if (!common) return undefined;
      const parts = await promised<readonly import("./word-host").CommonXmlPart[]>((cb) => common.getByNamespaceAsync(METADATA_NAMESPACE, cb));
      const first = parts[0];
      return first ? readMetadataXml(await promised<string>((cb) => first.getXmlAsync(cb))) : undefined;
    }
    return this.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(METADATA_NAMESPACE);
      parts.load("items");
      await context.sync();
      const first = parts.items[0];
      if (!first) return undefined;
      const xml = first.getXml();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync; it has no load
      return readMetadataXml(xml.value);
    });
  }

  async readProperties(): Promise<ReadonlyMap<string, string | number | boolean>> {
    return this.run(async (context) => {
      const props = context.document.properties.customProperties;
      props.load("items/key,items/value");
      await context.sync();
      return new Map(props.items.map((p) => [p.key, p.value as string | number | boolean]));
    });
  }

  /** The field controls in the body (a header control may reuse a tag of ours), null objects where missing. */
  private queueFields(context: Word.RequestContext, names: readonly string[]): (readonly [string, Word.ContentControl])[] {
    return names.map((name) => {
      const control = context.document.body.contentControls.getByTag(formatTag({ kind: "feld", name })).getFirstOrNullObject();
      control.load("isNullObject");
      return [name, control] as const;
    });
  }

  /** Writes a field through its control. An empty value clears it (Word then shows its placeholder): never an empty string. */
  private queueField(control: Word.ContentControl, value: string): void {
    if (value === "") control.clear();
    else control.insertText(value, "Replace");
  }

  async setFields(values: Readonly<Record<string, string>>): Promise<void> {
    await this.write(async (context) => {
      const controls = this.queueFields(context, Object.keys(values));
      await context.sync();
      // All or none: nothing is written when one field is missing.
      const missing = controls.find(([, control]) => control.isNullObject);
      if (missing) throw new BlockNotFoundError(formatTag({ kind: "feld", name: missing[0] }));
      for (const [name, control] of controls) this.queueField(control, values[name] as string);
      await context.sync();
    });
  }

  /**
   * Saves the Angaben in one Word.run, all or nothing: the fields through their controls
   * where the document has its header; where it has none (a blank document), Kopf and
   * Zuständigkeit written whole; the Finanzierung when asked.
   */
  async saveDetails(fields: Readonly<Record<string, string>>, next: Vorlage, finanzierung: boolean): Promise<void> {
    await this.write(async (context) => {
      const read = await this.readForChange(context);
      const controls = this.queueFields(context, Object.keys(fields));
      await context.sync();
      const whole = controls.length > 0 && controls.some(([, c]) => c.isNullObject);
      // Render first: a part that cannot be rendered stops the action before any write.
      const head = whole ? toFlatOpc(renderPart("kopf", next, this.profile) + renderPart("zustaendigkeit", next, this.profile), "", stylesXml(this.profile)) : undefined;
      const money = finanzierung ? toFlatOpc(renderPart("finanzierung", next, this.profile), "", stylesXml(this.profile)) : undefined;
      if (!whole) for (const [name, control] of controls) this.queueField(control, fields[name] as string);
      if (head) {
        // Kopf and Zuständigkeit in one piece at the start (replacing a Kopf without the fields asked for).
        this.queuePlace(context, read.tags, head, formatTag({ kind: "kopf" }), { kind: "start" });
        read.tags.get(formatTag({ kind: "zustaendigkeit" }))?.[0]?.delete(false);
      }
      if (money) this.queuePlace(context, read.tags, money, formatTag({ kind: "finanzierung" }), placementOf("finanzierung", read.body.vorlage, (t) => read.tags.has(t)));
      await context.sync();
    });
  }

  /**
   * Queues block XML in place of the control `replace` (if there) or at `placement`. A
   * whole part is OOXML by nature (fields, entries and their layout in one piece); this is
   * the remaining insertOoxml path, for parts the document does not have yet or replaces.
   */
  private queuePlace(context: Word.RequestContext, tags: Controls, flatOpc: string, replace: string | undefined, placement: Placement): void {
    const old = replace === undefined ? undefined : tags.get(replace)?.[0];
    if (old) {
      old.getRange("Whole").insertOoxml(flatOpc, "After");
      old.delete(false);
    } else if (placement.kind === "start") context.document.body.insertOoxml(flatOpc, "Start");
    else if (placement.kind === "end") context.document.body.insertOoxml(flatOpc, "End");
    else {
      const anchor = tags.get(placement.tag)?.[0];
      if (!anchor) throw new BlockNotFoundError(placement.tag);
      anchor.getRange("Whole").insertOoxml(flatOpc, "After");
    }
  }

  /**
   * Writes a part from the model. Where the document has the part with the same fields and
   * entries, only the fields whose text differs are written, through their own controls:
   * colleagues' comments, tracked changes and formatting elsewhere in the part stay. Where
   * the part is missing or its entries differ, it is written whole (OOXML: a part is fields,
   * entries and their layout in one piece).
   */
  async writePart(part: Part, vorlage: Vorlage): Promise<void> {
    await this.write(async (context) => {
      const read = await this.readForChange(context);
      const rendered = renderPart(part, vorlage, this.profile);
      const tag = formatTag({ kind: part });
      const existing = read.tags.get(tag)?.[0];
      if (existing && (await this.writePartInPlace(context, read, existing, tag, rendered))) return;
      this.queuePlace(context, read.tags, toFlatOpc(rendered, "", stylesXml(this.profile)), tag, placementOf(part, read.body.vorlage, (t) => read.tags.has(t)));
      await context.sync();
    });
  }

  private async writePartInPlace(context: Word.RequestContext, read: ChangeRead, part: Word.ContentControl, tag: string, rendered: string): Promise<boolean> {
    const cut = cutBlock(read.body.documentXml, tag, new Map());
    const wrap = (xml: string, ns: string): string => `<w:document${ns.includes("xmlns:w=") ? ns : ` xmlns:w="${W_NS}"${ns}`}><w:body>${xml}</w:body></w:document>`;
    const have = partFields(wrap(cut.xml, cut.namespaces));
    const want = partFields(wrap(rendered, ""));
    if (!sameShape(have, want)) return false;
    const writes: (readonly [string, Word.ContentControl])[] = [];
    want.forEach((w, i) => {
      if (w.text === have[i]?.text) return;
      const scope = w.entry === undefined ? part : read.tags.get(w.entry)?.[0];
      const control = scope?.contentControls.getByTag(formatTag({ kind: "feld", name: w.name })).getFirstOrNullObject();
      control?.load("isNullObject");
      if (control) writes.push([w.text, control]);
    });
    if (writes.length === 0) return true;
    await context.sync();
    if (writes.some(([, c]) => c.isNullObject)) return false;
    for (const [text, control] of writes) this.queueField(control, text);
    await context.sync();
    return true;
  }

  async insertEntry(list: EntryList, vorlage: Vorlage, id: string): Promise<void> {
    await this.write(async (context) => {
      const read = await this.readForChange(context);
      this.queuePlace(context, read.tags, toFlatOpc(renderEntry(list, vorlage, id, this.profile), "", stylesXml(this.profile)), undefined, entryPlacement(list, read.body.vorlage));
      await context.sync();
    });
  }

  async commentFindings(comments: readonly FindingComment[]): Promise<"written" | "unsupported"> {
    if (!this.host.supports("WordApi", "1.4")) return "unsupported";
    return this.write(async (context) => {
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

  async removeFindingComments(): Promise<"written" | "unsupported"> {
    if (!this.host.supports("WordApi", "1.4")) return "unsupported";
    return this.write(async (context) => {
      const existing = context.document.body.getComments();
      existing.load("items/content");
      await context.sync();
      for (const old of existing.items) if (old.content.startsWith(COMMENT_PREFIX)) old.delete();
      await context.sync();
      return "written" as const;
    });
  }

  async findingComments(): Promise<readonly string[]> {
    if (!this.host.supports("WordApi", "1.4")) return [];
    return this.run(async (context) => {
      const existing = context.document.body.getComments();
      existing.load("items/content");
      await context.sync();
      return existing.items.map((c) => c.content).filter((t) => t.startsWith(COMMENT_PREFIX)).map((t) => t.slice(COMMENT_PREFIX.length));
    });
  }

  /**
   * Selects a block without reading the body: its tag is known from the last read, so one
   * sync selects it; otherwise the candidate tags (clause, or section of each kind) are
   * probed first. A block that is gone is a BlockNotFoundError.
   */
  async select(id: string): Promise<void> {
    const known = this.seen && this.sectionOf(this.seen.vorlage, id);
    const knownUnterpunkt = this.seen !== undefined && unterpunktOf(this.seen.vorlage, id) !== undefined;
    const candidates = known
      ? [known.id === id ? this.sectionTag(known) : formatTag({ kind: "ziffer", id })]
      : knownUnterpunkt
        ? [formatTag({ kind: "unterpunkt", id })]
        : [formatTag({ kind: "ziffer", id }), formatTag({ kind: "unterpunkt", id }), ...this.profile.sectionKinds.map((k) => formatTag({ kind: "abschnitt", id, sectionKind: k.kind }))];
    await this.run(async (context) => {
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
  async watch(onChange: (change: DocumentChange) => void): Promise<DocumentWatch> {
    const notify = (change: DocumentChange): void => {
      if (this.writing === 0) onChange(change);
    };
    const groups: HandlerGroup[] = [];
    // One batch per context that added handlers (the 1.5 path adds some later, in a run of their own).
    const removeIn = (group: HandlerGroup): Promise<void> =>
      this.host.resume(group.document, async (context) => {
        for (const h of group.handlers) h.remove();
        await context.sync();
      });
    const stop = async (): Promise<void> => {
      await Promise.all(groups.splice(0).map(removeIn)).catch((e: unknown) => {
        throw translateOfficeError(e);
      });
    };
    if (this.host.supports("WordApi", "1.6")) {
      groups.push(
        await this.run(async (context) => {
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
      return { mode: "paragraph-events", stop };
    }
    if (this.host.supports("WordApi", "1.5")) {
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
          await this.run(async (context) => {
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
        await this.run(async (context) => {
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
      return { mode: "control-events", stop };
    }
    const off = this.host.onSelectionChanged?.(() => notify({ kind: "structure" }));
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
  async readChanged(changes: readonly DocumentChange[]): Promise<PortRead> {
    const seen = this.seen;
    if (!seen || changes.length === 0 || changes.some((c) => c.kind === "structure")) return this.read();
    const reviewable = this.host.supports("WordApi", "1.4");
    const observed = await this.run(async (context) => {
      const queued: { control: Word.ContentControl; around: Word.ContentControl; inner?: Word.ContentControlCollection; paragraph?: Word.Paragraph; current?: OfficeExtension.ClientResult<string> }[] = [];
      for (const c of changes) {
        if (c.kind === "paragraphs")
          for (const id of c.ids) {
            const paragraph = context.document.getParagraphByUniqueLocalId(id);
            const control = paragraph.parentContentControlOrNullObject;
            const inner = paragraph.contentControls;
            inner.load("items/tag,items/text,items/placeholderText");
            paragraph.load("text");
            queued.push({ control, around: control, inner, paragraph, current: reviewable ? paragraph.getReviewedText("Current") : undefined });
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
    if (!observed) return this.read();
    // Text Word may hand over with deleted words in it, where only a full read can tell.
    const deletions = seen.tracking || seen.deletions;
    let v = seen.vorlage;
    let paragraphs = seen.paragraphs;
    for (const o of observed) {
      // A paragraph whose text differs from its reviewed text holds tracked deletions: its controls' texts cannot be trusted.
      if (o.paragraph && (o.paragraph.current === undefined ? deletions : o.paragraph.current !== o.paragraph.text) && o.control?.tag?.kind !== "ziffer") return this.read();
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
        if (!result?.ok) return this.read();
        v = result.vorlage;
      } else if (fields.length > 0) {
        if (!o.paragraph && deletions) return this.read();
        for (const f of fields) {
          const entry = f.entry && (ENTRY_KINDS as readonly string[]).includes(f.entry.kind) ? f.entry : undefined;
          const next = f.tag?.kind === "feld" ? withFieldText(paragraphs, entry, f.tag.name, f.text) : undefined;
          if (!next) return this.read();
          paragraphs = next;
        }
        // The parts come from the patched paragraphs; the sections keep what clause patches made of them.
        const parts = bodyVorlage(paragraphs, readStructure(paragraphs, this.profile, this.ids), this.profile, this.ids);
        v = { ...parts, sections: v.sections };
      } else return this.read();
    }
    return this.remember({ vorlage: v, structured: seen.structured, findings: seen.findings, tracking: seen.tracking }, paragraphs, seen.deletions);
  }
}

/** The tags of our number controls that are locked (`w:lock` contentLocked), each once. */
function lockedNumbers(documentXml: string): string[] {
  const tags = new Set<string>();
  for (const pr of documentXml.match(/<w:sdtPr>(?:(?!<\/w:sdtPr>).)*<\/w:sdtPr>/gs) ?? []) {
    const tag = /<w:tag w:val="(bv:nr:[^"]+)"\/>/.exec(pr)?.[1];
    if (tag && /<w:lock w:val="(sdtC|c)ontentLocked"\/>/.test(pr)) tags.add(tag);
  }
  return [...tags];
}

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

function placeKind(tag: Tag | undefined): Inserted["after"] {
  if (!tag) return "other-control";
  if (tag.kind === "abschnitt") return "section";
  if (tag.kind === "kopf" || tag.kind === "zustaendigkeit" || tag.kind === "finanzierung") return tag.kind;
  return "other-control";
}

/** Pasted copies: the new id reading gave a block → the id its tag still carries. */
function renamedIds(body: BodyRead): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const f of body.structure.findings) if (f.code === "structure-id-reassigned") renamed.set(String(f.params["neu"]), String(f.params["id"]));
  return renamed;
}

/**
 * The cut with each number control of ours holding just its derived number in one run:
 * the revisions a renumber under Track Changes left in a number (`w:del`/`w:ins` of the old
 * and new text) are ours, not the user's, and must not stop a move; the moved copy's
 * number is new text anyway (under tracking, an insertion).
 */
function withCleanNumbers(cut: CutBlock, numbers: ReadonlyMap<string, string>, tracking: boolean): CutBlock {
  // Under tracking the moved copy is one insertion: a locked number inside it would keep Review from accepting it (office-js #2886).
  const unlocked = tracking ? cut.xml.replace(/<w:sdtPr>(?:(?!<\/w:sdtPr>).)*<\/w:sdtPr>/gs, (pr) => (/<w:tag w:val="bv:nr:/.test(pr) ? pr.replace(/<w:lock\b[^>]*\/>/g, "") : pr)) : cut.xml;
  const xml = unlocked.replace(/(<w:tag w:val="bv:nr:([^"]+)"\/>(?:(?!<\/w:sdtPr>).)*<\/w:sdtPr><w:sdtContent>)(.*?)(<\/w:sdtContent>)/gs, (whole, head: string, id: string, content: string, tail: string) => {
    const number = numbers.get(id);
    if (number === undefined) return whole;
    const rPr = /<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>/s.exec(content)?.[0] ?? "";
    return `${head}<w:r>${rPr}<w:t xml:space="preserve">${number.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</w:t></w:r>${tail}`;
  });
  return { xml, namespaces: cut.namespaces };
}
