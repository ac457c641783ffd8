import type { IdSource } from "../../core/model/ids";
import type { Clause, Deckungsquelle, Section, Unterpunkt, Verweis, Vorlage } from "../../core/model/vorlage";
import { EMPTY_HEADER } from "../../core/model/builders";
import type { Profile } from "../../core/profile/profile";
import type { Finding } from "../../core/validation/finding";
import {
  readAmount,
  readBitte,
  readDate,
  readList,
  readShare,
  readSitzungsart,
  readTurnus,
  readYesNo,
} from "../field-values";
import { typedNumber } from "../../core/recognize/recognize";
import { ENTRY_KINDS, type EntryKind, type Tag } from "../tags";
import { paragraphText, type BodyParagraph } from "./read-body";
import { clauseInClause, continuesSection, numberInClause, shownClauseNumber, textOutsideClause, uncontrolledClause } from "./typed-clauses";

/** Where each block of the model stands in the document, for changes in place. */
export interface StructureMap {
  /** Section or clause id → the token of its control (its w:sdt element, when read from the DOM). */
  readonly blocks: ReadonlyMap<string, object>;
}

export interface StructureRead {
  readonly vorlage: Vorlage;
  readonly map: StructureMap;
  readonly findings: readonly Finding[];
  /** Any of our tags at all: a document the add-in structured. */
  readonly structured: boolean;
  /** Our containers present (kopf, zustaendigkeit, finanzierung): a document structured in place by `recognize` has none. */
  readonly containers?: ReadonlySet<string>;
  /** Names of the field controls present (outside entries). */
  readonly fields?: ReadonlySet<string>;
}

/** Findings about the structure of a document the add-in made and somebody else edited. */
export const STRUCTURE_FINDING_CODES = {
  "structure-orphan-clause": "warning",
  "structure-id-reassigned": "info",
  /** A number shown as the user's text, not in our number control (it stands in a hyperlink or tracked change): read, never renumbered. */
  "structure-number-typed": "info",
  /**
   * A section control tagged as one kind whose heading reads as another kind's („Es wird zur
   * Kenntnis genommen, dass“ in a control tagged Beschluss): the printout and the metadata say
   * different things, so the reader must not pass it as complete.
   */
  "structure-heading-kind": "error",
  /** A clause typed by hand outside our controls of a Vorlage we made (typed-clauses.ts): read with its typed number, and said. */
  "structure-clause-uncontrolled": "warning",
  /** Words in a section's control outside its heading and clauses, with no number: they print with the decision. */
  "structure-text-outside-clause": "error",
  /** A further paragraph of a clause that starts with a clause number of its own: it prints as another clause. */
  "structure-number-in-clause": "warning",
  /**
   * A further paragraph in a clause's control that Word's list numbering numbers as a clause of its own (Enter at
   * the end of a clause in a list-numbered document): read as the clause it prints as, and said (typed-clauses.ts).
   */
  "structure-clause-in-clause": "warning",
} as const;

const isEntry = (t: Tag): t is { kind: EntryKind; id: string } => (ENTRY_KINDS as readonly string[]).includes(t.kind);

type UnterpunktRead = { id: string; paras: string[]; verweise: Verweis[] };
type ClauseRead = { id: string; element?: object; uncontrolled?: true; listed?: true; paras: string[]; labels: (string | undefined)[]; number?: string; typed?: string; unterpunkte: UnterpunktRead[]; verweise: Verweis[] };
type SectionRead = { section: Section; element?: object; label?: string; clauses: ClauseRead[]; typed?: string; headingText?: string };
type EntryRead = { kind: EntryKind | "block"; id: string };

/** What reading the paragraphs gathers, for building the Vorlage after the last. */
interface Gathered {
  readonly findings: Finding[];
  readonly sections: SectionRead[];
  readonly containers: Set<string>;
  readonly unterpunktByElement: Map<object, UnterpunktRead>;
  /** Verteiler entry id → the Zeichnung whose control holds it. */
  readonly zeichnungOf: Map<string, string>;
  readonly sectionByElement: Map<object, SectionRead>;
  readonly clauseByElement: Map<object, ClauseRead>;
  readonly usedIds: Set<string>;
  readonly numbers: Map<string, string>;
  readonly fields: Map<string, string>;
  readonly entries: EntryRead[];
  readonly seenEntries: Set<string>;
  readonly ids: IdSource;
  hasFinanzierung: boolean;
  structured: boolean;
  /** The section the last paragraph with blocks of ours stood in: text typed right after it may be its clause. */
  afterSection: SectionRead | undefined;
  /** The clause last read from typed text in a section, which an unnumbered paragraph after it continues. */
  typedClause: ClauseRead | undefined;
  /** Findings about typed text outside our controls, said only for a Vorlage we made (with our Kopf). */
  readonly typedFindings: Finding[];
  /** A clause control → the clause last read from a list-numbered further paragraph in it, which the paragraphs after it continue. */
  readonly splitOf: Map<ClauseRead, ClauseRead>;
}

/** Where a paragraph stands among our controls: what its blocks open or continue. */
interface Place {
  section: SectionRead | undefined;
  clause: ClauseRead | undefined;
  entry: EntryRead | undefined;
  unterpunkt: UnterpunktRead | undefined;
  /** This paragraph opens a section: its heading. */
  heading: boolean;
}

/**
 * Builds the Vorlage from our content controls. The body is the truth: what the controls
 * hold is read as it is now, numbers as shown (validation compares them with the derived
 * ones). Broken structure becomes findings: a clause outside any section joins the one
 * before it; a pasted copy of a block (same id twice) gets a new id.
 *
 * Read in small functions (a paragraph's blocks, its text, then the Vorlage once): V8
 * optimises each on its own, and a function it must compile again (as the maps of what it
 * reads settle, reading a folder) is small. As one function it was compiled seven times over
 * the 200 files of `npm run bench:cli`, a few hundred milliseconds of CPU each time.
 */
export function readStructure(paragraphs: readonly BodyParagraph[], profile: Profile, ids: IdSource): StructureRead {
  const g: Gathered = {
    findings: [],
    sections: [],
    containers: new Set<string>(),
    unterpunktByElement: new Map<object, UnterpunktRead>(),
    zeichnungOf: new Map<string, string>(),
    sectionByElement: new Map<object, SectionRead>(),
    clauseByElement: new Map<object, ClauseRead>(),
    usedIds: new Set<string>(),
    numbers: new Map<string, string>(),
    fields: new Map<string, string>(),
    entries: [],
    seenEntries: new Set<string>(),
    ids,
    hasFinanzierung: false,
    structured: false,
    afterSection: undefined,
    typedClause: undefined,
    typedFindings: [],
    splitOf: new Map<ClauseRead, ClauseRead>(),
  };
  for (const p of paragraphs) readParagraph(p, g);
  return assemble(g, profile);
}

function freshId(g: Gathered, id: string, location: Finding["location"]): string {
  if (!g.usedIds.has(id)) {
    g.usedIds.add(id);
    return id;
  }
  const next = g.ids();
  g.usedIds.add(next);
  g.findings.push({ code: "structure-id-reassigned", severity: "info", location, params: { id, neu: next } });
  return next;
}

/** The controls a paragraph stands in: the section, clause, sub-point or entry it belongs to. */
function placeOf(p: BodyParagraph, g: Gathered): Place {
  const place: Place = { section: undefined, clause: undefined, entry: undefined, unterpunkt: undefined, heading: false };
  const { blocks, blockKeys } = p;
  for (let i = 0; i < blocks.length; i++) {
    const tag = blocks[i] as Tag;
    const element = blockKeys[i] as object;
    if (tag.kind === "abschnitt") {
      let section = g.sectionByElement.get(element);
      if (!section) {
        const id = freshId(g, tag.id, { type: "section", id: tag.id });
        section = { section: { id, kind: tag.sectionKind, clauses: [] }, element, clauses: [], ...(p.listLabel !== undefined ? { label: p.listLabel.trim() } : {}) };
        g.sectionByElement.set(element, section);
        place.heading = true;
        g.sections.push(section);
        if (id !== tag.id) g.numbers.set(id, g.numbers.get(tag.id) ?? "");
      }
      place.section = section;
    } else if (tag.kind === "ziffer") {
      let clause = g.clauseByElement.get(element);
      if (!clause) {
        const id = freshId(g, tag.id, { type: "clause", id: tag.id });
        clause = { id, element, paras: [], labels: [], unterpunkte: [], verweise: [] };
        g.clauseByElement.set(element, clause);
        let owner = place.section ?? g.sections[g.sections.length - 1];
        if (!place.section) {
          g.findings.push({ code: "structure-orphan-clause", severity: "warning", location: { type: "clause", id }, params: {} });
          if (!owner) {
            owner = { section: { id: freshId(g, "ohne-abschnitt", { type: "document" }), kind: "beschluss", clauses: [] }, clauses: [] };
            g.sections.push(owner);
          }
        }
        (owner as SectionRead).clauses.push(clause);
      }
      place.clause = clause;
    } else if (tag.kind === "unterpunkt") {
      let unterpunkt = g.unterpunktByElement.get(element);
      const clause = place.clause;
      if (!unterpunkt && clause) {
        unterpunkt = { id: freshId(g, tag.id, { type: "clause", id: clause.id }), paras: [], verweise: [] };
        g.unterpunktByElement.set(element, unterpunkt);
        clause.unterpunkte.push(unterpunkt);
      }
      place.unterpunkt = unterpunkt;
    } else if (tag.kind === "finanzierung") {
      g.hasFinanzierung = true;
      g.containers.add(tag.kind);
    } else if (tag.kind === "kopf" || tag.kind === "zustaendigkeit") g.containers.add(tag.kind);
    else if (isEntry(tag) || tag.kind === "block") {
      const before = place.entry;
      if (tag.kind === "verteiler" && before?.kind === "zeichnung" && !g.zeichnungOf.has(tag.id)) g.zeichnungOf.set(tag.id, before.id);
      const entry: EntryRead = { kind: tag.kind, id: tag.id };
      place.entry = entry;
      const key = `${tag.kind}:${tag.id}`;
      if (!g.seenEntries.has(key)) {
        g.seenEntries.add(key);
        g.entries.push(entry);
      }
    }
  }
  return place;
}

function readParagraph(p: BodyParagraph, g: Gathered): void {
  if (!g.structured && (p.blocks.length > 0 || p.segments.some((s) => s.tag))) g.structured = true;
  const { section, clause, entry, unterpunkt, heading } = placeOf(p, g);
  const { numbers, fields, findings } = g;
  let text = "";
  /** References (`bv:verweis` controls) in this paragraph, by their place in `text`. */
  let refs: Verweis[] = [];
  let afterNumber = false;
  /** Any number control of ours in this paragraph (a pasted copy's carries the original's id). */
  let ownNumber = false;
  for (const seg of p.segments) {
    // An empty field's grey prompt is not its value, nor part of a clause's text.
    if (seg.placeholder) continue;
    const tag = seg.tag;
    if (tag?.kind === "nr") {
      ownNumber = true;
      if (!numbers.has(tag.id)) numbers.set(tag.id, seg.text.trim());
      if (clause && tag.id === clause.id && !unterpunkt) {
        // Layout before the number (a bullet typed as text) is not the clause's text.
        if (clause.paras.length === 0) {
          text = "";
          refs = [];
        }
        afterNumber = true;
        continue;
      }
      if (unterpunkt && tag.id === unterpunkt.id) {
        if (unterpunkt.paras.length === 0) {
          text = "";
          refs = [];
        }
        afterNumber = true;
        continue;
      }
    }
    if (tag?.kind === "feld") {
      const key = entry ? `${entry.kind}:${entry.id}/${tag.name}` : tag.name;
      fields.set(key, (fields.get(key) ?? "") + (seg.text.includes("\v") ? seg.text.replace(/\v/g, "\n") : seg.text));
    }
    if (tag?.kind === "verweis") refs = withSegment(refs, tag.id, text.length, seg.text.length);
    text += seg.text;
  }
  /** The clause this paragraph's text goes to: its control's, or one a list number in that control began. */
  let target = clause;
  if (!clause && !heading && !entry) readTyped(p, text, section, g);
  else if (clause && !unterpunkt && !ownNumber && clause.paras.length > 0) {
    const listed = p.listLabel !== undefined && p.listLabel.trim() !== "" ? shownClauseNumber(text, p.listLabel, true) : undefined;
    target = g.splitOf.get(clause) ?? clause;
    // Only a number of the clause's own depth („1.4“ in 1.3's control) is another clause; „1.1“ in clause 1.'s is its sub-item.
    if (listed && sameDepth(listed.number, numbers.get(clause.id) ?? clause.labels[0] ?? clause.typed)) {
      target = splitClause(clause, target, listed.number, listed.rest, g);
    } else {
      const typed = shownClauseNumber(text, p.listLabel, true);
      if (typed) g.typedFindings.push(numberInClause(target.id, typed.number, numbers.get(target.id) ?? target.labels[0] ?? target.typed ?? "", typed.rest));
    }
  }
  if (p.blocks.length > 0) {
    g.afterSection = section;
    if (clause || heading) g.typedClause = undefined;
  }
  // The heading's words, to compare with the kind its tag names (`headingKindFindings`).
  if (heading && section && !clause && section.headingText === undefined) section.headingText = text;
  // A number the user's text shows where our number control would stand (left out by `recognize`
  // because it sits in a hyperlink or tracked change): read as recognition reads it, and said.
  if (clause && !unterpunkt && clause.paras.length === 0 && !ownNumber && !numbers.has(clause.id) && p.listLabel === undefined) {
    const typed = typedNumber(text, "clause");
    if (typed) {
      clause.typed = typed.number;
      text = typed.rest;
      findings.push({ code: "structure-number-typed", severity: "info", location: { type: "clause", id: clause.id }, params: { nummer: typed.number } });
    }
  } else if (heading && section && !clause && !ownNumber && section.label === undefined && !numbers.has(section.section.id)) {
    const typed = typedNumber(text, "section");
    if (typed) {
      section.typed = typed.number;
      findings.push({ code: "structure-number-typed", severity: "info", location: { type: "section", id: section.section.id }, params: { nummer: typed.number } });
    }
  }
  // One separator (our tab, or the spaces a typed number was followed by) belongs to the number.
  const owner = unterpunkt ?? target;
  if (owner) {
    // The separator is looked for only where one can stand (a replace would copy every paragraph's text).
    const first = text.charCodeAt(0);
    const kept = owner.paras.length === 0 && (first === 0x09 || (afterNumber && first === 0x20)) ? text.replace(afterNumber ? /^(\t| +)/ : /^\t/, "") : text;
    if (refs.length > 0) {
      const base = owner.paras.reduce((n, x) => n + x.length + 1, 0) - (text.length - kept.length);
      // One by one: spread as arguments, a clause of some 100,000 references overflowed the stack.
      for (const r of refs) if (r.start + base >= 0) owner.verweise.push({ ...r, start: r.start + base, end: r.end + base });
    }
    if (!unterpunkt && target) target.labels.push(p.listLabel?.trim());
    owner.paras.push(kept);
  }
}

/** Whether two clause numbers stand at one depth of the outline („1.3“ and „1.4“, not „1.“ and „1.1“). */
function sameDepth(number: string, other: string | undefined): boolean {
  if (other === undefined || other === "") return false;
  const depth = (n: string) => n.replace(/\.$/u, "").split(".").length;
  return depth(number) === depth(other);
}

/**
 * A further paragraph in `control`'s clause control that Word's list numbering numbers at the
 * outline's depth („1.4“ inside 1.3's control, where Word's Enter at the end of a clause puts a new
 * one): it prints as a clause of its own, so it is read as one, after `after` (the control's clause
 * or the one the last such paragraph began), and said (`structure-clause-in-clause`). Merged into
 * 1.3, check reported a gap in numbers the printout does not have, and diff and export did not see
 * the new clause (tryout 7). Returns the new clause, without the paragraph's text (the caller adds it).
 */
function splitClause(control: ClauseRead, after: ClauseRead, number: string, text: string, g: Gathered): ClauseRead {
  const section = g.sections.find((s) => s.clauses.includes(after));
  const id = freshId(g, g.ids(), { type: "clause", id: control.id });
  const clause: ClauseRead = { id, paras: [], labels: [], unterpunkte: [], verweise: [], uncontrolled: true, listed: true };
  if (section) section.clauses.splice(section.clauses.indexOf(after) + 1, 0, clause);
  g.splitOf.set(control, clause);
  const controlNumber = g.numbers.get(control.id) ?? control.labels[0] ?? control.typed ?? "";
  g.typedFindings.push(clauseInClause(id, number, controlNumber, text));
  return clause;
}

/**
 * A paragraph no clause or heading of ours holds (typed-clauses.ts): in a section's control, a
 * clause when it shows a clause number, else the typed clause before it continued, else words
 * outside the clauses; at body level right after a section, a clause when its number continues
 * the section's. Gathered for every structured body, kept by `assemble` only for a Vorlage we made.
 */
function readTyped(p: BodyParagraph, text: string, section: SectionRead | undefined, g: Gathered): void {
  if (text.trim() === "") return;
  const inSection = p.blocks.length > 0 ? section : undefined;
  const owner = inSection ?? (p.blocks.length === 0 ? g.afterSection : undefined);
  if (!owner) return;
  const typed = shownClauseNumber(text, p.listLabel);
  const sectionNumber = g.numbers.get(owner.section.id) ?? owner.label ?? owner.typed;
  if (typed && (inSection || continuesSection(typed.number, sectionNumber))) {
    const id = freshId(g, g.ids(), { type: "clause", id: owner.section.id });
    const listed = p.listLabel !== undefined && p.listLabel.trim() !== "";
    const clause: ClauseRead = { id, paras: [typed.rest], labels: [undefined], typed: typed.number, unterpunkte: [], verweise: [], uncontrolled: true, ...(listed ? { listed: true as const } : {}) };
    owner.clauses.push(clause);
    g.typedClause = clause;
    g.typedFindings.push(uncontrolledClause(id, typed.number, typed.rest, listed));
    return;
  }
  if (!inSection) {
    // Unnumbered text at body level ends what may follow the section (a Begründung's own numbering is no clause).
    g.afterSection = undefined;
    return;
  }
  const open = g.typedClause;
  if (open && owner.clauses[owner.clauses.length - 1] === open) {
    open.paras.push(text);
    open.labels.push(p.listLabel?.trim());
  } else g.typedFindings.push(textOutsideClause(owner.section.id, text));
}

/** A heading's words without its number („1.\t“, „II. “) and case, for comparing with a profile's phrases. */
const headingWords = (t: string): string =>
  t
    .replace(/^\s*(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)\s+/u, "")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();

/**
 * Sections whose heading opens with another kind's phrase and not with one of its own kind
 * (`structure-heading-kind`): a control tagged Beschluss around „Es wird zur Kenntnis genommen,
 * dass“ — by hand, by another program or on purpose — would otherwise pass as what its tag says.
 */
function headingKindFindings(sections: readonly SectionRead[], profile: Profile): Finding[] {
  const phrases = [...profile.sectionKinds, ...(profile.recognition?.headings ?? [])].map((k) => ({ kind: k.kind, phrase: headingWords(k.phrase) })).filter((k) => k.phrase !== "");
  const out: Finding[] = [];
  for (const { section, headingText } of sections) {
    if (headingText === undefined) continue;
    const words = headingWords(headingText);
    if (phrases.some((k) => k.kind === section.kind && words.startsWith(k.phrase))) continue;
    if (!phrases.some((k) => k.kind !== section.kind && words.startsWith(k.phrase))) continue;
    const own = profile.sectionKinds.find((k) => k.kind === section.kind)?.phrase ?? section.kind;
    out.push({ code: "structure-heading-kind", severity: "error", location: { type: "section", id: section.id }, params: { erwartet: own, ueberschrift: headingText.trim() } });
  }
  return out;
}

/** A field's value as read, trimmed ("" when the document has no such field). */
const fieldOf = (fields: ReadonlyMap<string, string>, name: string): string => (fields.get(name) ?? "").trim();

/**
 * Builds the Vorlage from what reading the paragraphs gathered. In small functions, as the
 * reading is (see `readStructure`): this runs once per document, and as one function of many
 * closures and spreads it was the costliest of all for V8 to optimise (some 100 ms of
 * compiling in `check DIR` of 200 files, more than the scanner's); parts this small are
 * compiled only where they loop.
 */
function assemble(g: Gathered, profile: Profile): StructureRead {
  const { findings, sections, containers, fields, structured } = g;
  findings.push(...headingKindFindings(sections, profile));
  // Typed text outside our controls is read only in a Vorlage we made: a document structured in place has
  // recognition's own reading of its text (an unnumbered or typed-numbered line it left outside a clause on purpose).
  // A paragraph Word's list numbering numbers as a clause is one in both (tryout 7: a clause a colleague added with
  // Word's numbering after `recognize` went unseen, and the clauses after it were reported as misnumbered).
  if (containers.has("kopf")) findings.push(...g.typedFindings);
  else {
    const kept = new Set<string>();
    for (const s of sections) {
      if (s.clauses.some((c) => c.uncontrolled)) s.clauses = s.clauses.filter((c) => !c.uncontrolled || c.listed === true);
      for (const c of s.clauses) if (c.listed) kept.add(c.id);
    }
    findings.push(...g.typedFindings.filter((f) => f.location.type === "clause" && kept.has(f.location.id) && (f.code === "structure-clause-uncontrolled" || f.code === "structure-clause-in-clause")));
  }
  const vorlage: Vorlage = {
    header: headerOf(fields),
    zustaendigkeit: { federfuehrend: fieldOf(fields, "zustaendigkeit.federfuehrend"), beteiligt: readList(fieldOf(fields, "zustaendigkeit.beteiligt")) },
    sections: sections.map((section) => sectionOf(section, g.numbers, g.ids)),
    finanzierung: g.hasFinanzierung ? finanzierungOf(g) : undefined,
    bezuege: bezuegeOf(g),
    beratungsfolge: beratungsfolgeOf(g),
    verteiler: verteilerOf(g),
    zeichnungen: zeichnungenOf(g),
    bloecke: bloeckeOf(g, profile),
  };
  return { vorlage, map: { blocks: blockMap(sections) }, findings, structured, containers, fields: fieldNames(fields) };
}

function headerOf(fields: ReadonlyMap<string, string>): Vorlage["header"] {
  const get = (name: string): string => fieldOf(fields, name);
  return {
    ...EMPTY_HEADER,
    gremium: get("header.gremium"),
    sitzungsart: readSitzungsart(get("header.sitzungsart")),
    sitzungsdatum: readDate(get("header.sitzungsdatum")),
    tagesordnung: get("header.tagesordnung"),
    tagesordnungspunkt: get("header.tagesordnungspunkt"),
    vorlagenNr: get("header.vorlagenNr"),
    betreff: get("header.betreff"),
    beschlussNr: get("header.beschlussNr"),
    vorlagenart: get("header.vorlagenart"),
  };
}

function sectionOf(section: SectionRead, numbers: ReadonlyMap<string, string>, ids: IdSource): Section {
  const shown = numbers.get(section.section.id);
  const out: Clause[] = section.clauses.map((c) => clauseOf(c, numbers, ids));
  const heading = shown === undefined || shown === "" ? (section.label ?? section.typed) : shown;
  return heading === undefined || heading === "" ? { ...section.section, clauses: out } : { ...section.section, clauses: out, writtenNumber: heading };
}

function clauseOf(c: ClauseRead, numbers: ReadonlyMap<string, string>, ids: IdSource): Clause {
  // A number Word shows from its list numbering counts as written when no number control holds one.
  const n = numbers.get(c.id) ?? c.labels[0] ?? c.typed;
  // Sub-points in our controls; else, in a document structured in place, the paragraphs that show a letter.
  // Mapped only when there are any: `[].map` makes an array of another V8 kind than a filled one, whose `length`
  // then deoptimised this function, compiled again in every thread of `check DIR` (src/document/ooxml/object-list.ts).
  const joined = c.paras.join("\n");
  const { text, unterpunkte } = c.unterpunkte.length > 0 ? { text: joined, unterpunkte: c.unterpunkte.map((u) => unterpunktOf(u, numbers)) } : splitUnterpunkte(c.paras, c.labels, ids);
  // References are read where the clause's text is its paragraphs as they stand (not split into typed sub-points).
  const verweise = c.verweise.length > 0 && text === joined ? { verweise: c.verweise } : {};
  const base: Clause = n === undefined ? { id: c.id, text, ...verweise } : { id: c.id, text, writtenNumber: n, ...verweise };
  return unterpunkte.length > 0 ? { ...base, unterpunkte } : base;
}

function unterpunktOf(u: UnterpunktRead, numbers: ReadonlyMap<string, string>): Unterpunkt {
  const un = numbers.get(u.id);
  const read: Unterpunkt = un === undefined ? { id: u.id, text: u.paras.join("\n") } : { id: u.id, text: u.paras.join("\n"), writtenNumber: un };
  return u.verweise.length > 0 ? { ...read, verweise: u.verweise } : read;
}

/** The entries of one kind in document order, each with its fields' values. */
function entriesOf(g: Gathered, kind: EntryKind): { readonly id: string; readonly f: (name: string) => string }[] {
  return g.entries.filter((e) => e.kind === kind).map((e) => ({ id: e.id, f: (name: string) => fieldOf(g.fields, `${kind}:${e.id}/${name}`) }));
}

function finanzierungOf(g: Gathered): NonNullable<Vorlage["finanzierung"]> {
  const { fields } = g;
  const get = (name: string): string => fieldOf(fields, name);
  const quellen: Deckungsquelle[] = entriesOf(g, "quelle").map(({ id, f }) => {
    const share = f("anteil");
    const anteil = readShare(share);
    const betrag = anteil === undefined ? readAmount(share) : undefined;
    return {
      id,
      stelle: {
        dezernat: f("dezernat"),
        produkt: f("produkt"),
        kostenstelle: f("kostenstelle"),
        ...(fields.has(`quelle:${id}/sachkonto`) ? { sachkonto: f("sachkonto") } : {}),
      },
      ...(anteil !== undefined ? { anteil } : {}),
      ...(betrag !== undefined ? { betragCent: betrag } : {}),
    };
  });
  const jahr = get("finanzierung.haushaltsjahr");
  const betrag = readAmount(get("finanzierung.betrag"));
  const turnus = readTurnus(get("finanzierung.turnus"));
  return {
    // The sentences say „Die Kosten von …“ and no Ja of their own (earlier versions kept a hidden one): a Betrag field means Auswirkungen.
    auswirkungen: fields.has("finanzierung.auswirkungen") ? readYesNo(get("finanzierung.auswirkungen")) : fields.has("finanzierung.betrag"),
    ...(betrag !== undefined ? { betragCent: betrag } : {}),
    ...(turnus ? { turnus } : {}),
    ...(/^\d{4}$/.test(jahr) ? { haushaltsjahr: Number(jahr) } : {}),
    quellen,
    bewirtschaftung: get("finanzierung.bewirtschaftung"),
  };
}

function bezuegeOf(g: Gathered): Vorlage["bezuege"] {
  return entriesOf(g, "bezug").map(({ id, f }) => ({ id, vermerk: f("vermerk"), gremium: f("gremium"), datum: readDate(f("datum")), bp: f("bp") }));
}

function beratungsfolgeOf(g: Gathered): Vorlage["beratungsfolge"] {
  return entriesOf(g, "beratung").map(({ id, f }) => ({
    id,
    gremium: f("gremium"),
    datum: readDate(f("datum")),
    rolle: f("rolle"),
    entscheidend: /entscheidend/iu.test(f("entscheidend")),
  }));
}

function verteilerOf(g: Gathered): Vorlage["verteiler"] {
  const { zeichnungOf } = g;
  return entriesOf(g, "verteiler").map(({ id, f }) => ({
    id,
    empfaenger: f("empfaenger"),
    bitte: readBitte(f("bitte")),
    ...(zeichnungOf.has(id) ? { zeichnung: zeichnungOf.get(id) as string } : {}),
  }));
}

function zeichnungenOf(g: Gathered): Vorlage["zeichnungen"] {
  return entriesOf(g, "zeichnung").map(({ id, f }) => ({
    id,
    ort: f("ort"),
    datum: readDate(f("datum")),
    zusatz: f("zusatz"),
    name: f("name"),
    ...(f("absender") !== "" ? { absender: f("absender") } : {}),
    ...(f("absenderNummer") !== "" ? { absenderNummer: f("absenderNummer") } : {}),
  }));
}

function bloeckeOf(g: Gathered, profile: Profile): Vorlage["bloecke"] {
  const { fields } = g;
  return Object.fromEntries(
    g.entries
      .filter((e) => e.kind === "block")
      .map((e) => {
        const decl = profile.blocks.find((b) => b.id === e.id);
        const prefix = `block:${e.id}/`;
        const values = [...fields.entries()]
          .filter(([k]) => k.startsWith(prefix))
          .map(([k, v]) => {
            const id = k.slice(prefix.length);
            const shown = v.trim();
            const choice = decl?.fields.find((f) => f.id === id)?.choices?.find((c) => c.label.de === shown);
            return [id, choice ? choice.value : shown] as const;
          })
          .filter(([, v]) => v !== "");
        return [e.id, Object.fromEntries(values)];
      }),
  );
}

function blockMap(sections: readonly SectionRead[]): Map<string, object> {
  const blocks = new Map<string, object>();
  for (const s of sections) {
    if (s.element) blocks.set(s.section.id, s.element);
    for (const c of s.clauses) if (c.element) blocks.set(c.id, c.element);
  }
  return blocks;
}

function fieldNames(fields: ReadonlyMap<string, string>): Set<string> {
  return new Set([...fields.keys()].filter((k) => !k.includes("/")));
}

/** A reference control's text joined to the one before when it continues it (a control may hold several runs). */
function withSegment(refs: Verweis[], ziel: string, start: number, length: number): Verweis[] {
  // In place: `refs` is the paragraph's own list (a copy per segment made 20,000 references in one clause quadratic).
  const last = refs[refs.length - 1];
  if (last && last.ziel === ziel && last.end === start) refs[refs.length - 1] = { ...last, end: start + length };
  else refs.push({ ziel, start, end: start + length });
  return refs;
}

const LETTER = /^([a-z]\))[\t ]+/u;

/** Paragraphs of a clause after its first that show a letter (typed or from list numbering) are its sub-points. */
function splitUnterpunkte(paras: readonly string[], labels: readonly (string | undefined)[], ids: IdSource): { text: string; unterpunkte: Unterpunkt[] } {
  const text: string[] = [];
  const unterpunkte: Unterpunkt[] = [];
  paras.forEach((para, i) => {
    const label = i > 0 ? labels[i] : undefined;
    const typed = i > 0 && label === undefined ? LETTER.exec(para) : null;
    if (label !== undefined && /^[a-z]\)$/u.test(label)) unterpunkte.push({ id: ids(), text: para, writtenNumber: label });
    else if (typed) unterpunkte.push({ id: ids(), text: para.slice(typed[0].length), writtenNumber: typed[1] as string });
    else if (unterpunkte.length > 0) {
      const last = unterpunkte[unterpunkte.length - 1] as Unterpunkt;
      unterpunkte[unterpunkte.length - 1] = { ...last, text: `${last.text}\n${para}` };
    } else text.push(para);
  });
  return { text: text.join("\n"), unterpunkte };
}

export { paragraphText };
