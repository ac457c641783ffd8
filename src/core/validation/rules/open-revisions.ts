import type { Vorlage } from "../../model/vorlage";
import { deriveNumbers, type NumberingStyle } from "../../numbering/derive-numbers";
import type { Finding, FindingLocation } from "../finding";

/**
 * Tracked changes and comments left in a document (issue: new-user tryout). Both adapters'
 * readers count them per paragraph while reading the body (src/document/ooxml/read-body.ts);
 * the document layer says where each paragraph stands; this rule says it as findings.
 *
 * - A tracked change not yet accepted or rejected (`ueberarbeitung-offen`) is an error: until
 *   someone decides it, what is printed, filed and decided is open (Word prints the changes with
 *   their markup, a PDF may show either version), and every value the check read from the text
 *   (an amount, a date) is the changed version, not a decided one.
 * - A comment (`kommentar-offen`) is an error too: it is an internal remark („Bitte
 *   Haushaltsstelle ergänzen“) that travels with the file into the Ratsinformationssystem and is
 *   published with it, and it usually marks work that is not done. Resolved comments are still in
 *   the file and still published, so they count alike.
 */
export const OPEN_REVISION_FINDING_CODES = {
  "ueberarbeitung-offen": "error",
  "kommentar-offen": "error",
  /**
   * The add-in's own review comments („Prüfhinweis: …“, inserted by „Prüfhinweise als Kommentare
   * einfügen“), counted apart from the users' comments (fifth tryout: eleven of them were called „11
   * Kommentare im Kopf der Vorlage“). Still comments that would be published, so still an error, but
   * the message says what they are and how they go: „Prüfhinweise aus dem Dokument entfernen“.
   */
  "pruefhinweise-im-dokument": "error",
} as const;

/** The add-in's own review comments left in the document (`anzahl` of them): one finding for the whole document. */
export function ownReviewCommentFindings(anzahl: number): Finding[] {
  if (anzahl === 0) return [];
  return [{ code: "pruefhinweise-im-dokument", severity: OPEN_REVISION_FINDING_CODES["pruefhinweise-im-dokument"], location: { type: "document" }, params: { anzahl } }];
}

/** A part of the document outside sections and clauses, named in the finding („im Kopf“). */
export type MarkedPart = "kopf" | "finanzierung" | "beratungsfolge" | "bezug" | "verteiler" | "zeichnung" | "text" | StoryPart;
/** The stories beside the body's text: footnotes and endnotes, page headers and footers, text boxes. */
export type StoryPart = "fussnoten" | "kopfzeilen" | "textfelder";

/** Where the finding's message says the marks are: the clause or section of its location, or the part. */
const placeWord = (location: FindingLocation, teil: MarkedPart | undefined): string => (location.type === "clause" ? "ziffer" : location.type === "section" ? "abschnitt" : (teil ?? "text"));

/** Tracked changes and comments in one paragraph, and where it stands. */
export interface MarkedParagraph {
  /** The section or clause it belongs to, else the document (then `teil` says which part). */
  readonly location: FindingLocation;
  readonly teil?: MarkedPart;
  readonly revisions: number;
  readonly comments: number;
}

/**
 * The number the document shows for the clause or section of a location, so that the message names it where the
 * place is not printed beside it (the report's „Gründe“): the written number, or — in a document with our controls,
 * `derived` — the number we derive. None for a recognised clause the document leaves unnumbered.
 */
function shownNumber(location: FindingLocation, vorlage: Vorlage, derived: NumberingStyle | undefined): string | undefined {
  if (location.type !== "clause" && location.type !== "section") return undefined;
  for (const s of vorlage.sections) {
    const node = location.type === "section" ? (s.id === location.id ? s : undefined) : s.clauses.find((c) => c.id === location.id);
    if (node === undefined) continue;
    const written = node.writtenNumber?.trim();
    if (written) return written.replace(/\.$/u, "");
    return derived ? deriveNumbers(vorlage, derived).byId.get(location.id)?.replace(/\.$/u, "") : undefined;
  }
  return undefined;
}

/**
 * The same section or clause, by its position, in a Vorlage whose ids were replaced: a recognised body read with the
 * ids of our metadata part (recover.ts pairs sections and clauses by position). A location the body does not hold stays.
 */
function samePlaceIn(location: FindingLocation, body: Vorlage, vorlage: Vorlage): FindingLocation {
  if (location.type !== "clause" && location.type !== "section") return location;
  for (const [i, s] of body.sections.entries()) {
    const target = vorlage.sections[i];
    if (location.type === "section" && s.id === location.id) return target ? { type: "section", id: target.id } : location;
    const j = location.type === "clause" ? s.clauses.findIndex((c) => c.id === location.id) : -1;
    if (j >= 0) {
      const c = target?.clauses[j];
      return c ? { type: "clause", id: c.id } : location;
    }
  }
  return location;
}

/** The Vorlage read, and how the findings find their places in it. */
export interface ShownVorlage {
  readonly vorlage: Vorlage;
  /** The numbering style, where the numbers are ours to derive (a document with our controls). */
  readonly derived?: NumberingStyle;
  /**
   * The Vorlage whose ids the paragraphs' locations name, where `vorlage` has others: the body as recognised, before
   * a metadata part gave it the stored ids (a plain document with our part, the preview's download). Each location is
   * moved to the same place in `vorlage`, so that the finding names the clause a reader and `diff` find.
   */
  readonly read?: Vorlage;
}

/**
 * One finding per place and kind, with the number there (`anzahl`), in document order; the clause's or section's
 * number as the document shows it (`nummer`), where `shown` gives the Vorlage read.
 */
export function openRevisionFindings(paragraphs: readonly MarkedParagraph[], shown?: ShownVorlage): Finding[] {
  const places = new Map<string, { location: FindingLocation; teil?: MarkedPart; revisions: number; comments: number }>();
  for (const p of paragraphs) {
    if (p.revisions === 0 && p.comments === 0) continue;
    const location = shown?.read && shown.read !== shown.vorlage ? samePlaceIn(p.location, shown.read, shown.vorlage) : p.location;
    const key = `${JSON.stringify(location)}|${p.teil ?? ""}`;
    const place = places.get(key) ?? { location, ...(p.teil ? { teil: p.teil } : {}), revisions: 0, comments: 0 };
    place.revisions += p.revisions;
    place.comments += p.comments;
    places.set(key, place);
  }
  const findings: Finding[] = [];
  for (const kind of ["ueberarbeitung-offen", "kommentar-offen"] as const) {
    for (const place of places.values()) {
      const anzahl = kind === "ueberarbeitung-offen" ? place.revisions : place.comments;
      if (anzahl === 0) continue;
      const nummer = shown ? shownNumber(place.location, shown.vorlage, shown.derived) : undefined;
      findings.push({ code: kind, severity: OPEN_REVISION_FINDING_CODES[kind], location: place.location, params: { anzahl, teil: placeWord(place.location, place.teil), ...(nummer ? { nummer } : {}) } });
    }
  }
  return findings;
}
