import { toDocumentProperties } from "../../core/metadata/document-properties";
import { METADATA_NAMESPACE, toMetadataXml } from "../../core/metadata/metadata-xml";
import { readMetadataXml, type MetadataRead } from "../../core/metadata/read-metadata-xml";
import { randomIds, type IdSource } from "../../core/model/ids";
import type { Clause, Section, Vorlage } from "../../core/model/vorlage";
import { deriveNumbers } from "../../core/numbering/derive-numbers";
import { tryApply } from "../../core/operations/apply";
import type { Operation } from "../../core/operations/operation";
import type { Profile } from "../../core/profile/profile";
import { validate } from "../../core/validation/validate";
import { BlockNotFoundError } from "../block-not-found";
import { paragraphText } from "../docx/read-body";
import { renderClause, renderSection } from "../docx/render-vorlage";
import { toFlatOpc } from "../flat-opc";
import { stylesXml } from "../docx/house-style-parts";
import { entryPlacement, placementOf, renderEntry, renderPart, sectionPlacement, type EntryList, type Part, type Placement } from "../parts";
import type { DocumentPort, InsertAt, MetadataWrite, PortRead } from "../port";
import { formatTag, parseTag } from "../tags";
import { COMMENT_PREFIX, type FindingComment } from "../finding-comments";
import { cutBlock } from "./cut-block";
import { readBodyOoxml, type BodyRead } from "./read-ooxml";
import { translateOfficeError, WordError } from "./word-error";

/**
 * What the adapter needs from the host: Word.run, and which requirement sets it has.
 * Production passes office.js; tests pass the simulator.
 */
export interface WordHost {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  supports(set: "WordApi", version: string): boolean;
}

/** office.js as the host. Only call once Office.onReady has resolved. */
export const officeHost: WordHost = {
  run: (batch) => Word.run(batch),
  supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
};

/** Custom XML parts over 1 MB fail on Word on the web. */
const MAX_XML_PART = 1024 * 1024;

type Controls = ReadonlyMap<string, Word.ContentControl[]>;

function byTag(items: readonly Word.ContentControl[]): Controls {
  const map = new Map<string, Word.ContentControl[]>();
  for (const cc of items) {
    const list = map.get(cc.tag) ?? [];
    list.push(cc);
    map.set(cc.tag, list);
  }
  return map;
}

/**
 * The document port on Word. Every operation is one Word.run with at most two syncs:
 * the first reads the body as OOXML (and the tags of all content controls), the second
 * carries every write of the operation. So a document is never left half-changed by one
 * operation, and the cost does not grow with the number of blocks.
 */
export class WordPort implements DocumentPort {
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

  /** Queues the body's OOXML and every control's tag: the first (and only) read of an operation. */
  private queueRead(context: Word.RequestContext): { ooxml: OfficeExtension.ClientResult<string>; controls: Word.ContentControlCollection } {
    const ooxml = context.document.body.getOoxml();
    const controls = context.document.contentControls;
    controls.load("items/tag");
    return { ooxml, controls };
  }

  /** The first round trip of an operation that changes the document: the body, and every control by tag. */
  private async readForChange(context: Word.RequestContext): Promise<{ body: BodyRead; tags: Controls }> {
    const { ooxml, controls } = this.queueRead(context);
    await context.sync();
    return { body: readBodyOoxml(ooxml.value, this.profile, this.ids), tags: byTag(controls.items) };
  }

  /** A section or clause by id: its section, whether it is that section, and its tag. */
  private locate(v: Vorlage, id: string): { section: Section; isSection: boolean; tag: string } {
    const section = this.sectionOf(v, id);
    if (!section) throw new BlockNotFoundError(id);
    const isSection = section.id === id;
    return { section, isSection, tag: isSection ? formatTag({ kind: "abschnitt", id, sectionKind: section.kind }) : formatTag({ kind: "ziffer", id }) };
  }

  async read(): Promise<PortRead> {
    return this.run(async (context) => {
      const ooxml = context.document.body.getOoxml();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync; it has no load
      const body = readBodyOoxml(ooxml.value, this.profile, this.ids);
      return { vorlage: body.vorlage, structured: body.structure.structured, findings: body.structure.findings };
    });
  }

  /**
   * Queues what makes the document show `target`'s numbers: number controls rewritten where
   * they differ, put back where a user deleted one; tags of pasted copies renewed.
   */
  private queueNumbers(body: BodyRead, target: Vorlage, controls: Controls, skip: ReadonlySet<string> = new Set()): number {
    const numbers = deriveNumbers(target, this.profile.numbering).byId;
    let changed = 0;
    // A pasted copy repeats its original's tags: the later ones get the ids reading gave them.
    const renamed = new Map<string, string>();
    for (const f of body.structure.findings) if (f.code === "structure-id-reassigned") renamed.set(String(f.params["neu"]), String(f.params["id"]));
    const seen = new Map<string, number>();
    for (const s of body.vorlage.sections) {
      for (const node of [s, ...s.clauses] as (Section | Clause)[]) {
        if (skip.has(node.id) || !numbers.has(node.id)) continue;
        const isSection = "kind" in node;
        const original = renamed.get(node.id) ?? node.id;
        const blockTag = isSection ? formatTag({ kind: "abschnitt", id: original, sectionKind: node.kind }) : formatTag({ kind: "ziffer", id: original });
        const index = seen.get(blockTag) ?? 0;
        seen.set(blockTag, index + 1);
        const block = controls.get(blockTag)?.[index];
        const nr = controls.get(formatTag({ kind: "nr", id: original }))?.[index];
        if (renamed.has(node.id) && block) {
          block.tag = isSection ? formatTag({ kind: "abschnitt", id: node.id, sectionKind: node.kind }) : formatTag({ kind: "ziffer", id: node.id });
          if (nr) nr.tag = formatTag({ kind: "nr", id: node.id });
        }
        const number = numbers.get(node.id) as string;
        if (node.writtenNumber === number) continue;
        changed++;
        if (nr) nr.insertText(number, "Replace");
        else if (block) {
          const range = block.insertText(number, "Start");
          const first = body.paragraphs.find((p) => p.blocks.some((b) => (b.kind === "ziffer" || b.kind === "abschnitt") && b.id === original));
          const rest = first ? paragraphText(first) : "";
          if (!rest.startsWith(isSection ? " " : "\t")) range.insertText(isSection ? " " : "\t", "After");
          const control = range.insertContentControl();
          control.tag = formatTag({ kind: "nr", id: node.id });
          control.title = "Nummer";
        }
      }
    }
    return changed;
  }

  async renumber(): Promise<number> {
    return this.run(async (context) => {
      const { body, tags } = await this.readForChange(context);
      const changed = this.queueNumbers(body, body.vorlage, tags);
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

  async insertSection(section: Section, at: InsertAt): Promise<void> {
    await this.run(async (context) => {
      const { ooxml, controls } = this.queueRead(context);
      // Where the cursor is: the controls around it, innermost first (three levels reach a section).
      const selection = at === "selection" ? context.document.getSelection() : undefined;
      const around = selection ? [selection.parentContentControlOrNullObject] : [];
      if (around[0]) {
        around.push(around[0].parentContentControlOrNullObject);
        around.push((around[1] as Word.ContentControl).parentContentControlOrNullObject);
        for (const cc of around) cc.load("isNullObject,tag");
      }
      await context.sync();
      const body = readBodyOoxml(ooxml.value, this.profile, this.ids);
      const tags = byTag(controls.items);
      let afterSection: Section | undefined;
      if (at !== "selection") {
        afterSection = this.sectionOf(body.vorlage, at.after);
        if (!afterSection) throw new BlockNotFoundError(at.after);
      } else {
        const tag = around.filter((cc) => !cc.isNullObject).map((cc) => parseTag(cc.tag)).find((t) => t?.kind === "abschnitt" || t?.kind === "ziffer");
        afterSection = tag && "id" in tag ? this.sectionOf(body.vorlage, tag.id) : undefined;
      }
      const index = afterSection ? body.vorlage.sections.indexOf(afterSection) + 1 : body.vorlage.sections.length;
      const target = this.applied(body.vorlage, { type: "insertSection", index, section });
      const numbers = deriveNumbers(target, this.profile.numbering).byId;
      const xml = toFlatOpc(renderSection(section, this.profile, (n) => numbers.get(n.id) as string), "", stylesXml(this.profile));
      if (afterSection) {
        const anchor = tags.get(formatTag({ kind: "abschnitt", id: afterSection.id, sectionKind: afterSection.kind }))?.[0];
        if (!anchor) throw new BlockNotFoundError(afterSection.id);
        anchor.getRange("Whole").insertOoxml(xml, "After");
      } else if (selection) selection.insertOoxml(xml, "After");
      else this.queuePlace(context, tags, xml, undefined, sectionPlacement(body.vorlage, (t) => tags.has(t)));
      this.queueNumbers(body, target, tags);
      await context.sync();
    });
  }

  async insertClause(clause: Clause, sectionId: string, after?: string): Promise<void> {
    await this.run(async (context) => {
      const { body, tags } = await this.readForChange(context);
      const section = body.vorlage.sections.find((s) => s.id === sectionId);
      if (!section) throw new BlockNotFoundError(sectionId);
      const index = after === undefined ? section.clauses.length : section.clauses.findIndex((c) => c.id === after) + 1;
      if (after !== undefined && index === 0) throw new BlockNotFoundError(after);
      const target = this.applied(body.vorlage, { type: "insertClause", sectionId, index, clause });
      const number = deriveNumbers(target, this.profile.numbering).byId.get(clause.id) as string;
      const xml = toFlatOpc(renderClause(clause, number), "", stylesXml(this.profile));
      const previous = section.clauses[index - 1];
      if (previous) tags.get(formatTag({ kind: "ziffer", id: previous.id }))?.[0]?.getRange("Whole").insertOoxml(xml, "After");
      else tags.get(formatTag({ kind: "abschnitt", id: section.id, sectionKind: section.kind }))?.[0]?.insertOoxml(xml, "End");
      this.queueNumbers(body, target, tags);
      await context.sync();
    });
  }

  async deleteBlock(id: string): Promise<void> {
    await this.run(async (context) => {
      const { body, tags } = await this.readForChange(context);
      const { section, isSection, tag } = this.locate(body.vorlage, id);
      const op: Operation = isSection
        ? { type: "deleteSection", index: body.vorlage.sections.indexOf(section), section }
        : { type: "deleteClause", sectionId: section.id, index: section.clauses.findIndex((c) => c.id === id), clause: section.clauses.find((c) => c.id === id) as Clause };
      tags.get(tag)?.[0]?.delete(false);
      const gone = new Set([id, ...(isSection ? section.clauses.map((c) => c.id) : [])]);
      this.queueNumbers(body, this.applied(body.vorlage, op), tags, gone);
      await context.sync();
    });
  }

  async moveBlock(id: string, afterId: string): Promise<void> {
    await this.run(async (context) => {
      const { body, tags } = await this.readForChange(context);
      const v = body.vorlage;
      const { section: from, isSection, tag } = this.locate(v, id);
      const { section: to, tag: anchorTag } = this.locate(v, afterId);
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
      // The block's own OOXML, taken from the body we read, with its new numbers.
      const moving = cutBlock(body.documentXml, tag, numbers);
      const xml = toFlatOpc(moving.xml, moving.namespaces);
      const anchor = tags.get(anchorTag)?.[0];
      if (!isSection && to.id === afterId) anchor?.insertOoxml(xml, "Start");
      else anchor?.getRange("Whole").insertOoxml(xml, "After");
      tags.get(tag)?.[0]?.delete(false);
      const inside = new Set([id, ...(isSection ? from.clauses.map((c) => c.id) : [])]);
      this.queueNumbers(body, target, tags, inside);
      await context.sync();
    });
  }

  async writeMetadata(vorlage: Vorlage): Promise<MetadataWrite> {
    const xml = toMetadataXml(vorlage, this.profile);
    const properties = toDocumentProperties(vorlage, this.profile, validate(vorlage, this.profile));
    const withPart = this.host.supports("WordApi", "1.4");
    const tooLarge = new TextEncoder().encode(xml).length > MAX_XML_PART;
    return this.run(async (context) => {
      for (const p of properties) context.document.properties.customProperties.add(p.name, p.value);
      if (withPart && !tooLarge) {
        const parts = context.document.customXmlParts.getByNamespace(METADATA_NAMESPACE);
        parts.load("items");
        await context.sync();
        // Replace rather than edit: one part of ours, always the whole current state.
        for (const part of parts.items) part.delete();
        context.document.customXmlParts.add(xml);
      }
      await context.sync();
      if (tooLarge) throw new WordError("too-large", "MetadataPartOver1MB");
      return { xmlPart: withPart ? "written" : "unsupported", properties: "written" } as const;
    });
  }

  async readMetadata(): Promise<MetadataRead | undefined> {
    if (!this.host.supports("WordApi", "1.4")) return undefined;
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

  async setFields(values: Readonly<Record<string, string>>): Promise<void> {
    await this.run(async (context) => {
      const controls = Object.keys(values).map((name) => {
        const control = context.document.contentControls.getByTag(formatTag({ kind: "feld", name })).getFirstOrNullObject();
        control.load("isNullObject");
        return [name, control] as const;
      });
      await context.sync();
      // All or none: nothing is written when one field is missing.
      const missing = controls.find(([, control]) => control.isNullObject);
      if (missing) throw new BlockNotFoundError(formatTag({ kind: "feld", name: missing[0] }));
      for (const [name, control] of controls) control.insertText(values[name] as string, "Replace");
      await context.sync();
    });
  }

  /** Queues block XML in place of the control `replace` (if there) or at `placement`. */
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

  async writePart(part: Part, vorlage: Vorlage): Promise<void> {
    await this.run(async (context) => {
      const { body, tags } = await this.readForChange(context);
      const xml = toFlatOpc(renderPart(part, vorlage, this.profile), "", stylesXml(this.profile));
      this.queuePlace(context, tags, xml, formatTag({ kind: part }), placementOf(part, body.vorlage, (t) => tags.has(t)));
      await context.sync();
    });
  }

  async insertEntry(list: EntryList, vorlage: Vorlage, id: string): Promise<void> {
    await this.run(async (context) => {
      const { body, tags } = await this.readForChange(context);
      this.queuePlace(context, tags, toFlatOpc(renderEntry(list, vorlage, id, this.profile), "", stylesXml(this.profile)), undefined, entryPlacement(list, body.vorlage));
      await context.sync();
    });
  }

  async commentFindings(comments: readonly FindingComment[]): Promise<"written" | "unsupported"> {
    if (!this.host.supports("WordApi", "1.4")) return "unsupported";
    return this.run(async (context) => {
      const existing = context.document.body.getComments();
      existing.load("items/content");
      const anchors = comments.map((c) => {
        if (c.tag === undefined) return undefined;
        const control = context.document.contentControls.getByTag(c.tag).getFirstOrNullObject();
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
    return this.run(async (context) => {
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

  async select(id: string): Promise<void> {
    await this.run(async (context) => {
      const { body, tags } = await this.readForChange(context);
      tags.get(this.locate(body.vorlage, id).tag)?.[0]?.select();
      await context.sync();
    });
  }
}
