import type { Recognized } from "../core/recognize/recognize";
import type { FindingLocation } from "../core/validation/finding";
import type { MarkedParagraph, MarkedPart } from "../core/validation/rules/open-revisions";
import { paragraphText, type BodyParagraph } from "./ooxml/read-body";

const DOCUMENT: FindingLocation = { type: "document" };

/** The part a recognised paragraph went to, in the words of the finding. */
const PART_OF_PLACE: Readonly<Partial<Record<Recognized["places"][number], MarkedPart>>> = {
  header: "kopf",
  letterhead: "kopf",
  finanzierung: "finanzierung",
  beratungsfolge: "beratungsfolge",
  bezug: "bezug",
  verteiler: "verteiler",
  zeichnung: "zeichnung",
};

/** The part a control of ours that is no section or clause holds. */
const PART_OF_TAG: Readonly<Record<string, MarkedPart>> = { kopf: "kopf", finanzierung: "finanzierung", quelle: "finanzierung", beratung: "beratungsfolge", bezug: "bezug", verteiler: "verteiler", zeichnung: "zeichnung" };

/**
 * Where each paragraph with tracked changes or comments (counted by read-body.ts as the body was
 * read) stands: in a document with our controls, the innermost clause or section control around it;
 * in a recognised one, the clause or section heading recognition anchored there, else the part it
 * placed the paragraph in. Paragraphs without either are left out.
 */
export function markedParagraphs(paragraphs: readonly BodyParagraph[], recognized: Pick<Recognized, "places" | "anchors"> | undefined): MarkedParagraph[] {
  const marked = paragraphs.flatMap((p, i) => ((p.revisions ?? 0) + (p.comments ?? 0) > 0 ? [i] : []));
  if (marked.length === 0) return [];
  const clauseAt = new Map<number, FindingLocation>();
  if (recognized) {
    for (const s of recognized.anchors.sections) {
      clauseAt.set(s.heading, { type: "section", id: s.id });
      for (const c of s.clauses) for (let i = c.first; i <= c.last; i++) clauseAt.set(i, { type: "clause", id: c.id });
    }
  }
  return marked.map((i) => {
    const p = paragraphs[i] as BodyParagraph;
    const counts = { revisions: p.revisions ?? 0, comments: p.comments ?? 0 };
    // A paragraph whose mark is a tracked deletion shows joined to the next one: it stands where that one stands
    // (in a structured document, the deleted mark is often left between two clause controls).
    let at = i;
    while (!recognized && paragraphs[at]?.markDeleted && at + 1 < paragraphs.length) at++;
    if (recognized) {
      // A paragraph deleted whole (its mark deleted, no text left) has no place of its own: recognition reads it as an
      // empty line. It is named where Word shows it, joined to the next paragraph that stays (the last one that stays
      // where none follows): the clause a reviewer finds it in, struck through, and where the pane in Word names it,
      // since Word's read has cut it (word/live-body.ts hands its marks to that paragraph).
      const own = clauseAt.get(i) ?? PART_OF_PLACE[recognized.places[i] ?? "unassigned"];
      const shownAt = own === undefined && deletedWhole(paragraphs[i]) ? keptNear(paragraphs, i) : i;
      const location = clauseAt.get(shownAt);
      if (location) return { location, ...counts };
      return { location: DOCUMENT, teil: PART_OF_PLACE[recognized.places[shownAt] ?? "unassigned"] ?? "text", ...counts };
    }
    const shown = paragraphs[at] as BodyParagraph;
    for (let d = shown.blocks.length - 1; d >= 0; d--) {
      const tag = shown.blocks[d];
      // A sub-point is named by its clause (the control around it).
      if (tag?.kind === "ziffer") return { location: { type: "clause", id: tag.id }, ...counts };
      if (tag?.kind === "abschnitt") return { location: { type: "section", id: tag.id }, ...counts };
      const part = tag ? PART_OF_TAG[tag.kind] : undefined;
      if (part) return { location: DOCUMENT, teil: part, ...counts };
    }
    return { location: DOCUMENT, teil: "text", ...counts };
  });
}

/** A paragraph whose mark is deleted under Track Changes and that keeps no text: Review's Accept removes it. */
function deletedWhole(p: BodyParagraph | undefined): boolean {
  return p !== undefined && p.markDeleted === true && paragraphText(p).trim() === "";
}

/** The paragraph a paragraph deleted whole shows joined to: the next that stays, else the last before it that stays. */
function keptNear(paragraphs: readonly BodyParagraph[], i: number): number {
  for (let j = i + 1; j < paragraphs.length; j++) if (!deletedWhole(paragraphs[j])) return j;
  for (let j = i - 1; j >= 0; j--) if (!deletedWhole(paragraphs[j])) return j;
  return i;
}
