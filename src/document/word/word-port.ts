import type { MetadataRead } from "../../core/metadata/read-metadata-xml";
import { randomIds, type IdSource } from "../../core/model/ids";
import type { Clause, Section, Unterpunkt, Vorlage } from "../../core/model/vorlage";
import type { Profile } from "../../core/profile/profile";
import type { FindingComment } from "../finding-comments";
import type { EntryList, Part } from "../parts";
import type { DocumentChange, DocumentPort, DocumentWatch, InsertAt, Inserted, MetadataWrite, PortRead, SelectedBlock } from "../port";
import { commentFindings, findingComments, removeFindingComments } from "./comments";
import { insertEntry, writeEntry } from "./entries";
import { saveDetails, setFields, writePart } from "./fields-and-parts";
import { readChanged, watch } from "./live-refresh";
import { readMetadata, readProperties, writeMetadata } from "./metadata";
import { renumber } from "./numbers";
import { readDocument } from "./read-document";
import { adoptClause } from "./adopt-clause";
import { blockAtSelection, select } from "./selection";
import { deleteBlock, insertClause, insertSection, insertUnterpunkt, moveBlock, moveUnterpunkt } from "./structure-edits";
import type { WordHost } from "./word-host";
import { insertReference } from "./references";
import { WordSession } from "./word-session";

export { officeHost, type WordHost } from "./word-host";

/**
 * The document port on Word. One Word.run per user action, all or nothing: the first sync
 * reads (the body as OOXML, the tags of the body's controls, the tracking mode); where the
 * document holds pasted copies, one more sync orders them by position; the last sync
 * carries every write. Blocks are built with Word's own API (insertParagraph,
 * insertContentControl, insertText): insertOoxml only where that API cannot express the
 * edit (a move, a whole part on a blank document), because on the web it is slow, breaks
 * undo and under Track Changes marks untouched text as changed (office-js #5944, #6423, #334).
 *
 * This class only names the capabilities; each lives in a file of its own (docs/architecture.md,
 * „word/“): read-document, structure-edits, fields-and-parts, metadata, entries, comments,
 * selection, live-refresh, all on one WordSession (word-session.ts), the adapter's one way into
 * Word.run.
 */
export class WordPort implements DocumentPort {
  private readonly session: WordSession;

  constructor(host: WordHost, profile: Profile, ids: IdSource = randomIds) {
    this.session = new WordSession(host, profile, ids);
  }

  read(): Promise<PortRead> {
    return readDocument(this.session);
  }

  renumber(): Promise<number> {
    return renumber(this.session);
  }

  insertSection(section: Section, at: InsertAt): Promise<Inserted> {
    return insertSection(this.session, section, at);
  }

  insertClause(clause: Clause, sectionId: string, after?: string): Promise<void> {
    return insertClause(this.session, clause, sectionId, after);
  }

  insertUnterpunkt(unterpunkt: Unterpunkt, clauseId: string, after?: string): Promise<void> {
    return insertUnterpunkt(this.session, unterpunkt, clauseId, after);
  }

  moveUnterpunkt(id: string, afterId?: string): Promise<void> {
    return moveUnterpunkt(this.session, id, afterId);
  }

  insertReference(ownerId: string, zielId: string): Promise<void> {
    return insertReference(this.session, ownerId, zielId);
  }

  blockAtSelection(): Promise<SelectedBlock | undefined> {
    return blockAtSelection(this.session);
  }

  deleteBlock(id: string): Promise<void> {
    return deleteBlock(this.session, id);
  }

  adoptClause(id: string): Promise<void> {
    return adoptClause(this.session, id);
  }

  moveBlock(id: string, afterId: string): Promise<void> {
    return moveBlock(this.session, id, afterId);
  }

  writeMetadata(vorlage: Vorlage): Promise<MetadataWrite> {
    return writeMetadata(this.session, vorlage);
  }

  readMetadata(): Promise<MetadataRead | undefined> {
    return readMetadata(this.session);
  }

  readProperties(): Promise<ReadonlyMap<string, string | number | boolean>> {
    return readProperties(this.session);
  }

  setFields(values: Readonly<Record<string, string>>): Promise<void> {
    return setFields(this.session, values);
  }

  saveDetails(fields: Readonly<Record<string, string>>, next: Vorlage, finanzierung: boolean): Promise<void> {
    return saveDetails(this.session, fields, next, finanzierung);
  }

  writePart(part: Part, vorlage: Vorlage): Promise<void> {
    return writePart(this.session, part, vorlage);
  }

  insertEntry(list: EntryList, vorlage: Vorlage, id: string): Promise<void> {
    return insertEntry(this.session, list, vorlage, id);
  }

  writeEntry(list: EntryList, vorlage: Vorlage, id: string): Promise<void> {
    return writeEntry(this.session, list, vorlage, id);
  }

  commentFindings(comments: readonly FindingComment[]): Promise<"written" | "unsupported"> {
    return commentFindings(this.session, comments);
  }

  removeFindingComments(): Promise<"written" | "unsupported"> {
    return removeFindingComments(this.session);
  }

  findingComments(): Promise<readonly string[]> {
    return findingComments(this.session);
  }

  select(id: string): Promise<void> {
    return select(this.session, id);
  }

  watch(onChange: (change: DocumentChange) => void): Promise<DocumentWatch> {
    return watch(this.session, onChange);
  }

  readChanged(changes: readonly DocumentChange[]): Promise<PortRead> {
    return readChanged(this.session, changes);
  }
}
