import type { MetadataRead } from "../core/metadata/read-metadata-xml";
import type { Clause, Section, Unterpunkt, Vorlage } from "../core/model/vorlage";
import type { FindingComment } from "./finding-comments";
import type { EntryList, Part } from "./parts";
import type { Finding } from "../core/validation/finding";

/**
 * What the add-in needs from a document, whatever holds it: Word through office-js, or a
 * .docx file in memory (the CLI, the browser preview, tests). One contract test suite
 * holds both adapters to the same behaviour. Every method is one user-visible operation
 * and leaves the document whole: it either happens completely or not at all.
 */
export interface PortRead {
  readonly vorlage: Vorlage;
  readonly structured: boolean;
  /** Findings about the document itself (broken structure); validation comes on top. */
  readonly findings: readonly Finding[];
  /** Whether Word tracks changes now (every write becomes a revision); absent where the host cannot say. */
  readonly tracking?: boolean;
  /**
   * The sections numbered in the document's own outline (shown-findings.ts `ownOutlineOf`): validation's numbering
   * faults in them are not shown, as `check` does not show them. Absent: none.
   */
  readonly ownOutline?: ReadonlySet<string>;
}

/**
 * Where an inserted block went, for the pane to say: after a section, after a part (the
 * cursor was in it), after another control around the cursor, after the cursor's paragraph.
 */
export interface Inserted {
  readonly after: "section" | "kopf" | "zustaendigkeit" | "finanzierung" | "other-control" | "paragraph" | "end";
  readonly tag?: string;
}

/**
 * A change a user made in the document, as the host reports it: the paragraphs (WordApi
 * 1.6 ids) or controls (1.5 ids) whose text changed, or a change of structure (blocks or
 * paragraphs added or deleted, or only a cue that something happened).
 */
export type DocumentChange =
  | { readonly kind: "paragraphs"; readonly ids: readonly string[] }
  | { readonly kind: "controls"; readonly ids: readonly number[] }
  | { readonly kind: "structure" };

/** A subscription to a document's changes, and which source it uses. */
export interface DocumentWatch {
  readonly mode: "paragraph-events" | "control-events" | "selection-cue" | "none";
  stop(): Promise<void>;
}

/** Where a block goes: after a given section or clause, or at the user's cursor. */
export type InsertAt = { readonly after: string } | "selection";

/** The block of ours the cursor stands in (see `DocumentPort.blockAtSelection`). */
export interface SelectedBlock {
  readonly id: string;
  readonly kind: "section" | "clause" | "unterpunkt";
}

/** What writing metadata achieved; on Office 2019/2021 (WordApi 1.3) there is no custom XML part. */
export interface MetadataWrite {
  readonly xmlPart: "written" | "unsupported";
  readonly properties: "written";
  /**
   * Names of ours not written because the document holds a custom property of that name that
   * we did not write (a clerk's or the DMS's): it is somebody else's value and stays, and the
   * pane says so rather than letting the user believe the column shows ours.
   */
  readonly kept: readonly string[];
}

export interface DocumentPort {
  read(): Promise<PortRead>;
  /** Inserts a section; Word answers where it went (at the cursor it may not be where the user thinks). */
  insertSection(section: Section, at: InsertAt): Promise<Inserted | void>;
  /** Inserts a clause into `sectionId`; `after` a clause of that section, or as its last clause. */
  insertClause(clause: Clause, sectionId: string, after?: string): Promise<void>;
  /** Deletes a section, clause or sub-point with everything in it; the numbers and letters behind it follow. */
  deleteBlock(id: string): Promise<void>;
  /** Moves a section or clause to stand right after `afterId`. */
  moveBlock(id: string, afterId: string): Promise<void>;
  /**
   * „In einen Baustein übernehmen“: wraps a clause the user typed outside our controls (`structure-clause-uncontrolled`)
   * in our clause control, its text unchanged, so that move and delete reach it. Optional: a port whose documents
   * cannot hold such a clause, or that cannot wrap it, leaves it out, and the pane then does not offer it.
   */
  adoptClause?(id: string): Promise<void>;
  /**
   * Inserts a sub-point (a), b) …) into clause `clauseId`, after its sub-point `after`, or as its first when `after` is absent.
   * Letters come from order: the clause's sub-points are re-lettered in the same action.
   */
  insertUnterpunkt(unterpunkt: Unterpunkt, clauseId: string, after?: string): Promise<void>;
  /** Moves a sub-point within its clause to stand right after `afterId`, or first when `afterId` is absent; re-letters the clause's sub-points. */
  moveUnterpunkt(id: string, afterId?: string): Promise<void>;
  /**
   * The innermost block of ours around the user's cursor (a sub-point, clause or section id, with its kind),
   * so that the pane can insert "after the selected clause"; undefined where there is no cursor or it is outside our blocks.
   */
  blockAtSelection(): Promise<SelectedBlock | undefined>;
  /**
   * „Verweis einfügen“: appends „Ziffer 2.1“ (or „Buchstabe b“ for a sub-point) to the end of the text of clause or
   * sub-point `ownerId`, linked to `zielId`, so that it follows that target's number from now on. Optional: a port
   * that cannot insert references leaves it out, and the pane then hides „Verweis einfügen“.
   */
  insertReference?(ownerId: string, zielId: string): Promise<void>;
  /** Sets every number to the derived one, and every reference's number to its target's; returns how many changed. Never touches clause text otherwise. */
  renumber(): Promise<number>;
  writeMetadata(vorlage: Vorlage): Promise<MetadataWrite>;
  readMetadata(): Promise<MetadataRead | undefined>;
  readProperties(): Promise<ReadonlyMap<string, string | number | boolean>>;
  /**
   * Writes header and Zuständigkeit fields (`header.betreff`, `zustaendigkeit.federfuehrend` …)
   * into their content controls, as the text the document shows; all or none. Only those
   * controls change.
   */
  setFields(values: Readonly<Record<string, string>>): Promise<void>;
  /**
   * Writes a whole part (Kopf, Zuständigkeit, Finanzierung) from `vorlage`: replaces it
   * where the document has it, inserts it at its usual place where not (a blank document).
   */
  writePart(part: Part, vorlage: Vorlage): Promise<void>;
  /** Appends the entry `id` of `vorlage`'s list (a Verteiler recipient, a Zeichnung) after the last of its kind. */
  insertEntry(list: EntryList, vorlage: Vorlage, id: string): Promise<void>;
  /**
   * Writes the entry `id` of `list` as `vorlage` has it, so that a wrong entry can be corrected, removed and the
   * change undone: replaced in place where the document has it, removed where `vorlage` no longer has it, put back
   * after the entry before it where the document lacks it. Absent where an adapter cannot (both have it).
   */
  writeEntry?(list: EntryList, vorlage: Vorlage, id: string): Promise<void>;
  /**
   * Puts findings into the document as comments at their places, replacing the ones this
   * add-in put there before. Word needs WordApi 1.4 for comments: on Office 2019/2021 the
   * answer is "unsupported" and nothing changes.
   */
  commentFindings(comments: readonly FindingComment[]): Promise<"written" | "unsupported">;
  /** Removes the comments this add-in put there; everybody else's stay. */
  removeFindingComments(): Promise<"written" | "unsupported">;
  /** The texts of this add-in's comments in the document (without the prefix). */
  findingComments(): Promise<readonly string[]>;
  /** Selects a block in the document, to show the user where a finding is. */
  select(id: string): Promise<void>;
  /**
   * Saves the Angaben as one action, all or nothing: `fields` through their controls where
   * the document has its header; where it has none, Kopf and Zuständigkeit written whole
   * from `next`; the Finanzierung part from `next` when `finanzierung` is set.
   */
  saveDetails?(fields: Readonly<Record<string, string>>, next: Vorlage, finanzierung: boolean): Promise<void>;
  /** Subscribes to changes a user makes outside the pane (Word only; a file has no other editor). */
  watch?(onChange: (change: DocumentChange) => void): Promise<DocumentWatch>;
  /** The document after `changes`, reading no more than they need; the same result as `read()`. */
  readChanged?(changes: readonly DocumentChange[]): Promise<PortRead>;
}
