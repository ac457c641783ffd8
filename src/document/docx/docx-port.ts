import { randomIds, sequentialIds, type IdSource } from "../../core/model/ids";
import type { Clause, Section, Unterpunkt, Vorlage } from "../../core/model/vorlage";
import { findUnterpunkt, tryApply } from "../../core/operations/apply";
import type { Operation } from "../../core/operations/operation";
import type { Profile } from "../../core/profile/profile";
import type { DocumentPort, DocumentWatch, InsertAt, MetadataWrite, PortRead, SelectedBlock } from "../port";
import { DocxDocument, type RenumberPolicy } from "./docx-document";
import { RenumberDropsUserMarkupError } from "../marked-numbers";
import type { BodyParagraph } from "../ooxml/read-body";
import { BlockNotFoundError } from "../block-not-found";
import { entryPlacement, placementOf, renderEntry, renderPart, sectionPlacement, type EntryList, type Part } from "../parts";
import { renderSection } from "../ooxml/render-vorlage";
import type { FindingComment } from "../finding-comments";
import { formatTag } from "../tags";
import { notPrinted, printsEverything, withNotPrintedOf } from "../../core/metadata/not-printed";
import { toMetadataXml } from "../../core/metadata/metadata-xml";
import { isNotPrintedField, withNotPrintedFields } from "../ooxml/not-printed-fields";
import { lastParagraphOfList } from "./entry-anchor";
import { pairedIds } from "./plain-ids";
import { PlainDocumentRefusedError, ReferencesWouldChangeError, RenumberWouldFlattenError } from "../plain-edit-errors";
import { movedTypedReferences, shownNumbering, type MovedTypedReference } from "../../core/references/typed-targets";
import { movedReferencesInText } from "../../core/references/references-in-text";
import { recognize } from "../../core/recognize/recognize";
import { recognitionInput } from "../ooxml/body-vorlage";
import { ownOutlineSections } from "../../core/numbering/own-outline";
import { paragraphText } from "../ooxml/read-body";
import { outlineOf } from "../../core/validation/rules/numbering-outline";
import { typedParagraph } from "../word/adopt-clause";

/**
 * The findings the pane takes from the document itself, as Word's port gives them
 * (read-document.ts): the structure, recognition (`recognize-*`, personal data outside the
 * clauses, references in the text), REF fields without their bookmark, open tracked changes and
 * comments, accessibility, and text imported unread. Not the metadata part's (`metadata-*`): the
 * pane writes that part itself, after every change. What the pane validates itself (the Vorlage's
 * fields, `validate`) is not in a read's findings, so nothing is named twice.
 */
const OF_THE_DOCUMENT = (code: string): boolean => !code.startsWith("metadata-");

/**
 * The document port over a .docx held in memory: what the CLI, the browser preview and
 * the contract tests use. Structural changes renumber at once, as in Word.
 */
export class DocxPort implements DocumentPort {
  private selected: string | undefined;
  /** The last read, as the pane was shown it: „Übernehmen“ finds the typed clause the pane named by it. */
  private seen: PortRead | undefined;

  constructor(
    private doc: DocxDocument,
    private readonly profile: Profile,
    private readonly ids: IdSource = randomIds,
  ) {}

  static fromBytes(bytes: Uint8Array, profile: Profile, ids?: IdSource): DocxPort {
    return new DocxPort(DocxDocument.open(bytes, { edit: true }), profile, ids);
  }

  bytes(): Uint8Array {
    return this.doc.save();
  }

  /** The document's paragraphs as they stand now, for a rendering of it. */
  paragraphs(): BodyParagraph[] {
    return this.doc.paragraphs();
  }

  /** The comments part as it stands (the preview shows comments in a margin); undefined when the document has none. */
  commentsXml(): string | undefined {
    return this.doc.part("word/comments.xml");
  }

  /** The id of the block last selected (the preview shows it). */
  selection(): string | undefined {
    return this.selected;
  }

  /**
   * The ids a read gives: a document read from its text (no control of ours) gets the same ids for
   * the same text at every read, so that the ids the pane was shown still name its blocks when it
   * asks for a change (`adopt` carries them over to the controls that change wraps them in).
   */
  private readIds(): IdSource {
    return this.doc.hasOwnControls() ? this.ids : sequentialIds("t");
  }

  async read(): Promise<PortRead> {
    const r = this.doc.read(this.profile, this.readIds());
    this.seen = { vorlage: r.vorlage, structured: r.structured, findings: r.findings.filter((f) => OF_THE_DOCUMENT(f.code)) };
    return this.seen;
  }

  /**
   * „In einen Baustein übernehmen“, by Word's rules (word/adopt-clause.ts): the clause the last read showed as typed
   * outside our controls (`structure-clause-uncontrolled`; a typed clause gets a fresh id at every read, so it is
   * found by its number and text) is the paragraph that shows it by itself, and that paragraph goes into our clause
   * control as it stands — its runs, formatting, marks and typed number unchanged. After that move and delete reach
   * it. Where the last read named no such clause, or no paragraph shows it by itself, nothing changes
   * (`BlockNotFoundError`).
   */
  async adoptClause(id: string): Promise<void> {
    const seen = this.seen;
    const before = seen?.vorlage.sections.flatMap((s) => s.clauses).find((c) => c.id === id);
    const said = seen?.findings.find((f) => f.code === "structure-clause-uncontrolled" && f.location.type === "clause" && f.location.id === id);
    if (!before || !said) throw new BlockNotFoundError(id);
    const paragraphs = this.doc.paragraphs();
    const at = typedParagraph(paragraphs, String(said.params["nummer"]), before);
    const p = at === undefined ? undefined : paragraphs[at]?.element;
    if (!p) throw new BlockNotFoundError(id);
    this.doc.wrapParagraph(p, formatTag({ kind: "ziffer", id }), "Ziffer");
  }

  /** The section a block belongs to (itself, if it is one). */
  private sectionOf(v: Vorlage, id: string): string | undefined {
    return v.sections.find((s) => s.id === id || s.clauses.some((c) => c.id === id))?.id;
  }

  /**
   * Before a structural change to a document read from its text (typed numbers, not made by us):
   * wraps its sections and clauses in our controls in place, as `recognize` does (text, formatting,
   * comments and revisions stay as they are), and answers how the ids the pane was shown map onto
   * the controls' ids. A document that cannot be wrapped exactly is refused, unchanged.
   */
  private adopt(): (id: string) => string {
    if (this.doc.hasOwnControls()) return (id) => id;
    const shown = this.doc.read(this.profile, sequentialIds("t")).vorlage;
    const outcome = this.doc.structure(this.profile, this.ids);
    if (!outcome.wrapped) throw new PlainDocumentRefusedError(outcome.refusal ?? "not-wrapped");
    const map = pairedIds(shown, this.doc.read(this.profile, this.ids).vorlage);
    if (!map) throw new PlainDocumentRefusedError("shape-changed");
    return (id) => map.get(id) ?? id;
  }

  /**
   * Runs one structural change (adopting a plain document first) and renumbers; if that would make a
   * typed reference („unter Ziffer 2.2“) name another clause, the document is put back exactly as it
   * was and the change refused with those references: the pane never changes what a reference means
   * unasked. Any failure puts the document back, so a refused change leaves nothing half done.
   */
  private async change(work: (id: (x: string) => string) => void | Promise<void>, renumber: () => number = () => this.renumberNow()): Promise<number> {
    const snapshot = this.doc.save();
    try {
      const id = this.adopt();
      const before = this.doc.read(this.profile, this.ids).vorlage;
      await work(id);
      const changed = renumber();
      if (changed === 0) return 0;
      const after = this.doc.read(this.profile, this.ids).vorlage;
      // A REF field of someone else's reads as typed words but follows its bookmark: not told apart yet, so not refused for.
      if (this.doc.hasUnmanagedReferenceFields()) return changed;
      const moved = followedByFields(movedTypedReferences(before, after, this.profile, "by-id"), before, after, this.profile);
      const lines = recognize(recognitionInput(DocxDocument.open(snapshot).paragraphs()), this.profile, sequentialIds("r")).lines;
      const inText = movedReferencesInText(lines, before, after, this.profile, "by-id");
      if (moved.length > 0 || inText.length > 0) throw new ReferencesWouldChangeError(moved, inText);
      return changed;
    } catch (e) {
      this.doc = DocxDocument.open(snapshot, { edit: true });
      throw e;
    }
  }

  async insertSection(section: Section, at: InsertAt): Promise<void> {
    const target = at === "selection" ? this.selected : at.after;
    await this.change((id) => this.insertSectionNow(section, target === undefined ? undefined : id(target)));
    this.selected = section.id;
  }

  private insertSectionNow(section: Section, target: string | undefined): void {
    const v = this.doc.read(this.profile, this.ids).vorlage;
    const after = target === undefined ? undefined : this.sectionOf(v, target);
    if (target !== undefined && after === undefined) throw new BlockNotFoundError(target);
    if (after === undefined) this.doc.placeBlock(renderSection(section, this.profile, () => "?"), undefined, sectionPlacement(v, (t) => this.doc.hasControl(t)));
    else this.doc.insertSection(section, this.profile, after);
  }

  async insertClause(clause: Clause, sectionId: string, after?: string): Promise<void> {
    await this.change((id) => this.doc.insertClause(clause, id(sectionId), this.profile, after === undefined ? undefined : id(after)));
    this.selected = clause.id;
  }

  /** Checks a sub-point operation against the document as it stands: a stale id (the string answered) changes nothing. */
  private async check(op: (v: Vorlage) => Operation | string): Promise<void> {
    const v = (await this.read()).vorlage;
    const operation = op(v);
    if (typeof operation === "string") throw new BlockNotFoundError(operation);
    const result = tryApply(v, operation);
    if (!result.ok) throw new BlockNotFoundError(result.reason);
  }

  async insertUnterpunkt(unterpunkt: Unterpunkt, clauseId: string, after?: string): Promise<void> {
    await this.change(async (id) => {
      const owner = id(clauseId);
      const behind = after === undefined ? undefined : id(after);
      await this.check((v) => {
        const clause = v.sections.flatMap((s) => s.clauses).find((c) => c.id === owner);
        const index = behind === undefined ? 0 : (clause?.unterpunkte ?? []).findIndex((u) => u.id === behind) + 1;
        if (!clause) return owner;
        return index === 0 && behind !== undefined ? behind : { type: "insertUnterpunkt", clauseId: owner, index, unterpunkt };
      });
      this.doc.insertUnterpunkt(unterpunkt, owner, this.profile, behind);
    });
    this.selected = unterpunkt.id;
  }

  async moveUnterpunkt(moved: string, afterMoved?: string): Promise<void> {
    await this.change(async (ids) => {
      const id = ids(moved);
      const afterId = afterMoved === undefined ? undefined : ids(afterMoved);
      await this.check((v) => {
        const clause = v.sections.flatMap((s) => s.clauses).find((c) => c.unterpunkte?.some((u) => u.id === id));
        if (!clause) return id;
        const list = clause.unterpunkte ?? [];
        const to = afterId === undefined ? 0 : list.filter((u) => u.id !== id).findIndex((u) => u.id === afterId) + 1;
        if (afterId !== undefined && (to === 0 || afterId === id)) return afterId;
        return { type: "moveUnterpunkt", clauseId: clause.id, from: list.findIndex((u) => u.id === id), to };
      });
      this.doc.moveUnterpunkt(id, afterId);
    });
  }

  /** A file has no cursor: the preview's selection is the pane's, not the document's. */
  async blockAtSelection(): Promise<SelectedBlock | undefined> {
    return undefined;
  }

  async deleteBlock(id: string): Promise<void> {
    await this.change((ids) => this.doc.deleteBlock(ids(id), this.profile));
    if (this.selected === id) this.selected = undefined;
  }

  async moveBlock(id: string, afterId: string): Promise<void> {
    await this.change((ids) => this.doc.moveBlock(ids(id), ids(afterId), this.profile));
  }

  async insertReference(ownerId: string, zielId: string): Promise<void> {
    await this.change((ids) => this.doc.insertReference(ids(ownerId), ids(zielId), this.profile));
  }

  /**
   * Brings every number to its place in the order. A document read from its text is renumbered as
   * `beschluss recognize --renumber` does it: only numbers it prints, sections in its own outline
   * kept, refused where a sub-clause would become a clause; like every structural change, refused
   * where a typed reference would then name another clause.
   */
  async renumber(): Promise<number> {
    if (this.doc.hasOwnControls()) return this.change(() => undefined);
    return this.change(
      () => {
        const outline = outlineOf(this.doc.read(this.profile, this.ids).vorlage);
        if (outline) throw new RenumberWouldFlattenError(outline.unterziffer, outline.oberziffer);
      },
      () => {
        const v = this.doc.read(this.profile, this.ids).vorlage;
        const keep = ownOutlineSections(v, this.profile, this.doc.paragraphs().map(paragraphText));
        return this.renumberNow({ printedOnly: true, keep });
      },
    );
  }

  /**
   * Renumbers, unless a number that must change carries the user's tracked change, comment or note: then nothing is
   * written (`change` puts the document back) and the numbers are named, as `recognize --renumber` names them. Neither
   * written over (a colleague's revision settled without a word) nor skipped (a wrong number left while the pane says
   * the numbering is up to date).
   */
  private renumberNow(policy: RenumberPolicy = {}): number {
    const marked = this.doc.markedNumbers(this.profile, this.ids, policy);
    if (marked.length > 0) throw new RenumberDropsUserMarkupError(marked);
    return this.doc.renumber(this.profile, this.ids, policy);
  }

  async writeMetadata(vorlage: Vorlage): Promise<MetadataWrite> {
    const kept = this.doc.writeMetadata(vorlage, this.profile);
    return { xmlPart: "written", properties: "written", kept };
  }

  async readMetadata() {
    return this.doc.read(this.profile, this.ids).metadata;
  }

  async readProperties() {
    return this.doc.properties();
  }

  /**
   * Field controls get their text; a field the house style does not print (no control of it
   * in the body) goes into the metadata part. All or none: the metadata part is checked to be
   * writable and every other field's control to exist before anything changes.
   */
  async setFields(values: Readonly<Record<string, string>>): Promise<void> {
    const np = notPrinted(this.profile);
    const unprinted = Object.keys(values).filter((name) => isNotPrintedField(name, np) && !this.doc.hasControl(formatTag({ kind: "feld", name })));
    if (unprinted.length === 0) return this.doc.setFields(values);
    const next = withNotPrintedFields((await this.read()).vorlage, Object.fromEntries(unprinted.map((n) => [n, values[n] as string])), np);
    toMetadataXml(next, this.profile);
    const inBody = Object.fromEntries(Object.entries(values).filter(([name]) => !unprinted.includes(name)));
    if (Object.keys(inBody).length > 0) this.doc.setFields(inBody);
    this.doc.writeMetadata(withNotPrintedOf((await this.read()).vorlage, next, np), this.profile);
  }

  /**
   * Writes a part whole from the model. What the house style does not print is not in the
   * body (the renderer leaves it out; a hidden block of an earlier version is replaced by
   * nothing): it goes into the metadata part, everything else there as the body now reads.
   */
  async writePart(part: Part, vorlage: Vorlage): Promise<void> {
    const body = (await this.read()).vorlage;
    const tag = formatTag({ kind: part });
    const xml = renderPart(part, vorlage, this.profile);
    if (xml !== "" || this.doc.hasControl(tag)) this.doc.placeBlock(xml, tag, placementOf(part, body, (t) => this.doc.hasControl(t)));
    const np = notPrinted(this.profile);
    if (!printsEverything(np)) this.doc.writeMetadata(withNotPrintedOf((await this.read()).vorlage, vorlage, np), this.profile);
  }

  async insertEntry(list: EntryList, vorlage: Vorlage, id: string): Promise<void> {
    const body = (await this.read()).vorlage;
    const xml = renderEntry(list, vorlage, id, this.profile);
    const placement = entryPlacement(list, body);
    // The list's last entry was read from the text (a recognised document): there is no control to follow.
    const inText = placement.kind === "after" && !this.doc.hasControl(placement.tag) ? lastParagraphOfList(this.doc.paragraphs(), list, this.profile) : undefined;
    if (inText !== undefined) this.doc.placeAfterParagraph(xml, inText);
    else this.doc.placeBlock(xml, undefined, placement);
  }

  async writeEntry(list: EntryList, vorlage: Vorlage, id: string): Promise<void> {
    const tag = (entryId: string) => formatTag({ kind: list, id: entryId });
    // The entries of the same run: Bezüge, Zeichnungen, or the Verteiler entries under the same Zeichnung (or none).
    const group = (vorlage: Vorlage): readonly { readonly id: string }[] => {
      if (list === "bezug") return vorlage.bezuege;
      if (list === "zeichnung") return vorlage.zeichnungen;
      const own = vorlage.verteiler.find((e) => e.id === id)?.zeichnung;
      return vorlage.verteiler.filter((e) => e.zeichnung === own);
    };
    const entries = group(vorlage);
    const index = entries.findIndex((e) => e.id === id);
    // Gone from the model: the entry is removed (an empty block in its place).
    if (index < 0) return void (this.doc.hasControl(tag(id)) && this.doc.placeBlock("", tag(id), { kind: "end" }));
    const xml = renderEntry(list, vorlage, id, this.profile);
    if (this.doc.hasControl(tag(id))) return this.doc.placeBlock(xml, tag(id), { kind: "end" });
    // Not in the document (an undone removal): after the entry before it, else before the entry after it, else where a new one goes.
    const before = entries.slice(0, index).reverse().find((e) => this.doc.hasControl(tag(e.id)));
    if (before) return this.doc.placeBlock(xml, undefined, { kind: "after", tag: tag(before.id) });
    const after = entries.slice(index + 1).find((e) => this.doc.hasControl(tag(e.id)));
    if (after) return this.doc.placeBlock(xml + renderEntry(list, vorlage, after.id, this.profile), tag(after.id), { kind: "end" });
    this.doc.placeBlock(xml, undefined, entryPlacement(list, (await this.read()).vorlage));
  }

  async commentFindings(comments: readonly FindingComment[]): Promise<"written"> {
    void this.doc.paragraphs(); // edits work on the tree
    // A document read from its text has no controls: a comment goes where its clause or section was recognised.
    const places = this.doc.hasOwnControls() ? undefined : this.doc.textPlaces(this.profile, this.readIds());
    this.doc.setFindingComments(comments, new Date().toISOString(), places);
    return "written";
  }

  async removeFindingComments(): Promise<"written"> {
    void this.doc.paragraphs();
    this.doc.removeFindingComments();
    return "written";
  }

  async findingComments(): Promise<readonly string[]> {
    return this.doc.comments().ours;
  }

  /** Everybody else's comments (for tests: ours must never touch them). */
  otherComments(): readonly string[] {
    return this.doc.comments().others;
  }

  /** The Angaben in one operation: every part is rendered before anything is written, so a failure changes nothing. */
  async saveDetails(fields: Readonly<Record<string, string>>, next: Vorlage, finanzierung: boolean): Promise<void> {
    const names = Object.keys(fields);
    // A field the house style does not print has no control: it goes into the metadata part (setFields), and is no reason to rewrite the Kopf.
    const np = notPrinted(this.profile);
    const printed = names.filter((name) => !isNotPrintedField(name, np) || this.doc.hasControl(formatTag({ kind: "feld", name })));
    const whole = printed.length > 0 && !printed.every((name) => this.doc.hasControl(formatTag({ kind: "feld", name })));
    const parts: Part[] = [...(whole ? (["kopf", "zustaendigkeit"] as const) : []), ...(finanzierung ? (["finanzierung"] as const) : [])];
    for (const part of parts) renderPart(part, next, this.profile);
    // The document's title follows the Betreff (accessibility: a document has a title).
    const before = "header.betreff" in fields ? (await this.read()).vorlage.header.betreff : undefined;
    if (!whole && names.length > 0) await this.setFields(fields);
    for (const part of parts) await this.writePart(part, next);
    if (before !== undefined) this.doc.titleFromBetreff(next.header.betreff, before);
  }

  /** A file has no other editor while the pane works on it: nothing to watch. */
  async watch(): Promise<DocumentWatch> {
    return { mode: "none", stop: async () => undefined };
  }

  async readChanged(): Promise<PortRead> {
    return this.read();
  }

  async select(id: string): Promise<void> {
    const v = (await this.read()).vorlage;
    if (this.sectionOf(v, id) === undefined && findUnterpunkt(v, id) === undefined) throw new BlockNotFoundError(id);
    this.selected = id;
  }
}

/**
 * The moved references left once those that followed are dropped: a REF field outside our controls
 * (one LibreOffice kept, one a user pasted) reads as typed words, but the renumbering updated its
 * result, so its clause's words changed with it. A structural change alters no other clause's words.
 */
function followedByFields(moved: readonly MovedTypedReference[], before: Vorlage, after: Vorlage, profile: Profile): readonly MovedTypedReference[] {
  if (moved.length === 0) return moved;
  const shown = shownNumbering(before, profile);
  const textAfter = new Map(after.sections.flatMap((s) => s.clauses).map((c) => [c.id, c.text]));
  const changed = new Set(before.sections.flatMap((s) => s.clauses).filter((c) => textAfter.has(c.id) && textAfter.get(c.id) !== c.text).map((c) => shown.byId.get(c.id)));
  return moved.filter((m) => !changed.has(m.owner));
}
