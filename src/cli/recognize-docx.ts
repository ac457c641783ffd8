import { unzipSync } from "fflate";
import type { Finding } from "../core/validation/finding";
import type { Vorlage } from "../core/model/vorlage";
import type { IdSource } from "../core/model/ids";
import { randomIds, sequentialIds } from "../core/model/ids";
import type { Profile } from "../core/profile/profile";
import { DocxDocument, UnchangeableDocumentError, type StructureOutcome } from "../document/docx/docx-document";
import { outlineOf, type TypedOutline } from "../core/validation/rules/numbering-outline";
import { movedTypedReferences, type MovedTypedReference } from "../core/references/typed-targets";
import { ownOutlineSections, withoutOwnOutlineNumbering } from "../core/numbering/own-outline";
import { validate } from "../core/validation/validate";
import { normalizeNumber } from "../core/numbering/derive-numbers";
import { paragraphText } from "../document/ooxml/read-body";
import { W_NS } from "../document/ooxml/ooxml";
import type { BrokenRefField } from "../document/ooxml/reference-fields";
import { profileFor } from "../core/profile/document-profile";
import type { ProfileUse } from "../core/profile/profile-choice";
import { recognize } from "../core/recognize/recognize";
import { recognitionInput } from "../document/ooxml/body-vorlage";
import { movedReferencesInText, type MovedReferenceInText } from "../core/references/references-in-text";
import { RenumberDropsUserMarkupError, type MarkedNumber, type UserMark } from "../document/marked-numbers";

/** What `beschluss recognize` made of a document: the new bytes and what happened to the body. */
export interface RecognizeResult {
  readonly bytes: Uint8Array;
  readonly outcome: StructureOutcome;
  /** Numbers changed by --renumber (0 when not asked, or when the structure could not be wrapped). */
  readonly renumbered: number;
  /** Of `renumbered`, the references (REF fields) that followed their targets' numbers. */
  readonly renumberedReferences?: number;
  /** What --renumber left alone and why (both empty when not asked); the command says so. */
  readonly renumberSkipped: RenumberSkipped;
  /** Typed references made links by --references (0 when not asked). */
  readonly linked: number;
  /** Typed references --references left as text because Word numbers their target clause itself (list numbering). */
  readonly onList: number;
  /** Custom properties of our names that the document held and we did not write: kept, not overwritten. */
  readonly keptProperties: readonly string[];
  /** Whether any part differs from the input's: a document already as it should be is not written over in place (its date would say it changed). */
  readonly changed: boolean;
  /** The profile the document was recognised with, and why: the one it names, --profile, or the default. */
  readonly profile: ProfileUse;
  /**
   * The hint (`recognize-anderes-profil`) that the document shows another built-in profile's form: said before the
   * output is written, since recognize stores the profile it read with and `check` would only say so afterwards.
   */
  readonly otherProfileForm: readonly Finding[];
}

/**
 * What `--renumber` did not touch, so that the command can say so: it corrects only numbers the
 * document prints and `check` reports as wrong.
 */
export interface RenumberSkipped {
  /** Written numbers of section headings numbered in the document's own outline („II.“ of „II. Beschluss“ after „I. Vortrag“): kept with their clauses. */
  readonly outline: readonly string[];
  /** Clauses (outside those sections) that show no number: none is typed in front of them. */
  readonly unnumbered: number;
  /**
   * The clauses count in letters, consistently, in a scheme of the document's own („a), b), c)“):
   * `check` reports no numbering fault, only that the scheme is not the house's (`numbering-scheme`),
   * so there is nothing to correct and every number stays. The first numbers, as written.
   */
  readonly ownScheme?: readonly string[];
}

const NOTHING_SKIPPED: RenumberSkipped = { outline: [], unnumbered: 0 };

/** The numbering faults `check` reports as errors; `numbering-scheme` (a consistent scheme of the document's own) is none. */
const NUMBERING_FAULTS: ReadonlySet<string> = new Set(["numbering-gap", "numbering-duplicate", "numbering-order", "numbering-mismatch", "numbering-missing"]);

/**
 * The `recognize` command without files: structure the body (all or nothing, never twice),
 * link typed references when asked (--references), renumber when asked and only through our number controls, then write the metadata read
 * back from the result. The property tests run exactly this. A document that must not be
 * changed (signed, protected, newer metadata) throws `UnchangeableDocumentError`, untouched.
 */
/** The document is no Vorlage (a letter, a Niederschrift, a contract); `finding` says why. Nothing was changed. */
export class NotAVorlageError extends Error {
  constructor(readonly finding: Finding) {
    super("the document is not a Vorlage; nothing was changed");
    this.name = "NotAVorlageError";
  }
}

/**
 * `--renumber` would give a clause that a reference typed in the text names another number,
 * and the text would then point at the wrong clause or at none. The words are the user's and
 * stay; without `--references` (which makes such references links that follow the numbers)
 * nothing is written. `references` names each one.
 */
export class RenumberBreaksReferencesError extends Error {
  /**
   * `linked`: --references was given, and `references` could still not be made links (inside a hyperlink, a field, a tracked change).
   * `inText`: references typed outside the clauses (Sachverhalt, Begründung, Finanzierung, tables) or naming a lettered clause („zu c)“): never links, named by their place.
   */
  constructor(
    readonly references: readonly MovedTypedReference[],
    readonly linked = false,
    readonly inText: readonly MovedReferenceInText[] = [],
  ) {
    super(`renumbering would change the number ${references.length + inText.length} typed reference(s) name; nothing was changed`);
    this.name = "RenumberBreaksReferencesError";
  }
}

/**
 * `--renumber` on clauses typed as an outline („2.1“ under „2.“): a Vorlage holds one level of
 * clauses, and renumbering would make the sub-clause a clause of its own, changing the structure
 * the reader sees. Nothing is written; `outline` names the first sub-clause.
 */
export class RenumberFlattensOutlineError extends Error {
  constructor(readonly outline: TypedOutline) {
    super(`renumbering would make sub-clause ${outline.unterziffer} a clause of its own; nothing was changed`);
    this.name = "RenumberFlattensOutlineError";
  }
}

export { RenumberDropsUserMarkupError, type MarkedNumber, type UserMark } from "../document/marked-numbers";

/**
 * What `recognize` would write leaves a REF field without its bookmark that had one before
 * (Word would print „Fehler! Verweisquelle konnte nicht gefunden werden.“ there). This is a
 * defect of ours, never the user's: nothing is written, and `fields` names each one.
 */
export class ReferenceFieldsBrokenError extends Error {
  constructor(readonly fields: readonly BrokenRefField[]) {
    super(`recognizing would leave ${fields.length} REF field(s) without their bookmark; nothing was changed`);
    this.name = "ReferenceFieldsBrokenError";
  }
}

/** The fields broken in `after` that were not broken in `before` (by bookmark name, each as often as it is new). */
export function newlyBroken(before: readonly BrokenRefField[], after: readonly BrokenRefField[]): BrokenRefField[] {
  const left = new Map<string, number>();
  for (const f of before) left.set(f.textmarke, (left.get(f.textmarke) ?? 0) + 1);
  return after.filter((f) => {
    const n = left.get(f.textmarke) ?? 0;
    left.set(f.textmarke, n - 1);
    return n <= 0;
  });
}

export function recognizeDocx(
  input: Uint8Array,
  given: Profile,
  options: { readonly renumber?: boolean; readonly references?: boolean; readonly ids?: IdSource; readonly ignoreProtection?: boolean; readonly chosen?: boolean } = {},
): RecognizeResult {
  const ids = options.ids ?? randomIds;
  const doc = DocxDocument.open(input, { edit: true });
  // The profile the document names, unless --profile chose one (`chosen`).
  const { profile, use } = profileFor(doc.storedProfileId(), given, options.chosen === true);
  // A signed or protected document, or one with a newer major version's metadata, stays as it is.
  const why = doc.unchangeable({ ...(options.ignoreProtection ? { ignoreProtection: true } : {}) });
  if (why) throw new UnchangeableDocumentError(why);
  const brokenBefore = doc.brokenReferenceFields();
  const outcome = doc.structure(profile, ids);
  // A letter or a Niederschrift is no Vorlage: it stays exactly as it was, and nothing is written.
  if (outcome.refusal === "keine-vorlage" && outcome.keineVorlage) throw new NotAVorlageError(outcome.keineVorlage);
  const ours = outcome.wrapped || outcome.refusal === "already-structured";
  // References become links only when asked: never by themselves (issue 24).
  const { linked, onList } = options.references && ours ? doc.linkReferences(profile, ids) : { linked: 0, onList: 0 };
  let renumbered = 0;
  let renumberSkipped = NOTHING_SKIPPED;
  if (options.renumber && ours) {
    const before = doc.read(profile, ids).vorlage;
    const outline = outlineOf(before);
    if (outline) throw new RenumberFlattensOutlineError(outline);
    // Only numbers the document prints are corrected: none is typed where it shows none, and a
    // section numbered in the document's own outline keeps its numbers.
    const keep = ownOutlineSections(before, profile, doc.paragraphs().map(paragraphText));
    renumberSkipped = {
      outline: before.sections.filter((s) => keep.has(s.id)).map((s) => s.writtenNumber as string),
      unnumbered: before.sections.filter((s) => !keep.has(s.id)).flatMap((s) => s.clauses).filter((c) => c.writtenNumber === undefined).length,
    };
    // Clauses counted well in letters of the document's own („a), b), c)“): `check` reports no fault
    // in them, only another scheme, and their counter is no digit the house's could stand for. Like a
    // section heading in the document's own counter style (own-outline.ts), they are the author's
    // outline and stay; digits counted well („1.“, „2.“) are the house's counter in short, and are aligned.
    const clauses = before.sections.flatMap((s) => s.clauses);
    if (clauses.length > 0 && clauses.every((c) => c.writtenNumber !== undefined && /^[a-z]$/iu.test(normalizeNumber(c.writtenNumber)))) {
      const checked = withoutOwnOutlineNumbering(validate(before, profile), before, keep);
      if (!checked.some((f) => NUMBERING_FAULTS.has(f.code)) && checked.some((f) => f.code === "numbering-scheme")) {
        renumberSkipped = { ...renumberSkipped, ownScheme: clauses.slice(0, 3).map((c) => c.writtenNumber as string) };
        return finish(doc, input, profile, ids, brokenBefore, { outcome, renumbered: 0, renumberSkipped, linked, onList, profile: use });
      }
    }
    // The document's lines as recognition reads them (roles and places), before any number changes.
    const lines = recognize(recognitionInput(doc.paragraphs()), profile, sequentialIds("t")).lines;
    // Number controls that hold the user's marks, as they are now: a number rewritten over them would drop the marks.
    const marked = markedNumberControls(doc);
    // A number it must change that carries a tracked change or a comment (in our control or left as the user's text): refused, never skipped.
    const carrying = doc.markedNumbers(profile, ids, { printedOnly: true, keep });
    if (carrying.length > 0) throw new RenumberDropsUserMarkupError(carrying);
    renumbered = doc.renumber(profile, ids, { printedOnly: true, keep });
    if (marked.size > 0) {
      const now = markedNumberControls(doc);
      const dropped = [...marked].filter(([id, was]) => now.get(id)?.xml !== was.xml);
      if (dropped.length > 0) throw new RenumberDropsUserMarkupError(dropped.map(([id, was]) => markedNumber(before, id, was)));
    }
    // A reference left as typed text keeps its words; if its target's number changed, it now names another clause.
    // That holds for a reference anywhere in the text: in a clause, a Begründung, a Finanzierung, a table.
    if (renumbered > 0) {
      const after = doc.read(profile, ids).vorlage;
      const moved = movedTypedReferences(before, after, profile);
      const inText = movedReferencesInText(lines, before, after, profile);
      if (moved.length > 0 || inText.length > 0) throw new RenumberBreaksReferencesError(moved, options.references === true, inText);
    }
  }
  return finish(doc, input, profile, ids, brokenBefore, { outcome, renumbered, renumberedReferences: options.renumber && ours ? doc.lastRenumbered.references : 0, renumberSkipped, linked, onList, profile: use });
}

const MARKS: Readonly<Record<string, UserMark>> = {
  ins: "revision",
  del: "revision",
  moveFrom: "revision",
  moveTo: "revision",
  rPrChange: "revision",
  commentRangeStart: "comment",
  commentRangeEnd: "comment",
  commentReference: "comment",
  footnoteReference: "note",
  endnoteReference: "note",
};

/** Our number controls (by id) whose content holds a mark of the user's: the content as XML, and the marks. */
function markedNumberControls(doc: DocxDocument): Map<string, { readonly xml: string; readonly marks: readonly UserMark[]; readonly shown: string }> {
  const out = new Map<string, { xml: string; marks: UserMark[]; shown: string }>();
  for (const p of doc.paragraphs()) {
    const sdts = p.element?.getElementsByTagNameNS(W_NS, "sdt");
    for (let i = 0; sdts && i < sdts.length; i++) {
      const sdt = sdts.item(i);
      // The control's own tag, in its own properties: a control around the number control (first-paragraph-control.ts) has none.
      const tag = sdt?.getElementsByTagNameNS(W_NS, "sdtPr").item(0)?.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttributeNS(W_NS, "val") ?? "";
      const id = /^bv:nr:(.+)$/u.exec(tag)?.[1];
      const content = sdt?.getElementsByTagNameNS(W_NS, "sdtContent").item(0);
      if (id === undefined || !content || out.has(id)) continue;
      const marks = new Set<UserMark>();
      for (const name of Object.keys(MARKS)) if (content.getElementsByTagNameNS(W_NS, name).length > 0) marks.add(MARKS[name] as UserMark);
      if (marks.size > 0) out.set(id, { xml: content.toString(), marks: [...marks], shown: paragraphText({ ...p, segments: p.segments.filter((s) => s.tag?.kind === "nr" && s.tag.id === id) }) });
    }
  }
  return out;
}

/** The number named as the document shows it, and what it is. */
function markedNumber(v: Vorlage, id: string, was: { readonly marks: readonly UserMark[]; readonly shown: string }): MarkedNumber {
  const section = v.sections.find((s) => s.id === id);
  const clause = v.sections.flatMap((s) => s.clauses).find((c) => c.id === id);
  const unterpunkt = v.sections.flatMap((s) => s.clauses).flatMap((c) => c.unterpunkte ?? []).find((u) => u.id === id);
  const written = (section ?? clause ?? unterpunkt)?.writtenNumber ?? was.shown;
  return { kind: section ? "section" : unterpunkt ? "unterpunkt" : "clause", number: written.trim(), marks: was.marks };
}

/** The end of every `recognize`: no REF field may lose its bookmark; the metadata read back from the result; the bytes. */
function finish(
  doc: DocxDocument,
  input: Uint8Array,
  profile: Profile,
  ids: IdSource,
  brokenBefore: readonly BrokenRefField[],
  done: Omit<RecognizeResult, "bytes" | "keptProperties" | "changed" | "otherProfileForm">,
): RecognizeResult {
  // A reference that worked must still work: never write a REF field whose bookmark we lost.
  const broken = newlyBroken(brokenBefore, doc.brokenReferenceFields());
  if (broken.length > 0) throw new ReferenceFieldsBrokenError(broken);
  const read = doc.read(profile, ids);
  const keptProperties = doc.writeMetadata(read.vorlage, profile, read.findings);
  const bytes = doc.save();
  const otherProfileForm = read.findings.filter((f) => f.code === "recognize-anderes-profil");
  return { ...done, bytes, keptProperties, changed: !samePackage(input, bytes), otherProfileForm };
}

/** The same parts with the same bytes, whatever the zip around them (order, compression, dates). */
function samePackage(a: Uint8Array, b: Uint8Array): boolean {
  const pa = unzipSync(a);
  const pb = unzipSync(b);
  const names = Object.keys(pa);
  if (names.length !== Object.keys(pb).length) return false;
  return names.every((n) => {
    const x = pa[n];
    const y = pb[n];
    return x !== undefined && y !== undefined && x.length === y.length && x.every((v, i) => v === y[i]);
  });
}
