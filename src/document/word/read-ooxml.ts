import type { IdSource } from "../../core/model/ids";
import type { Vorlage } from "../../core/model/vorlage";
import type { Profile } from "../../core/profile/profile";
import { bodyRead } from "../ooxml/body-vorlage";
import { readBodyXml, type BodyParagraph } from "../ooxml/read-body";
import { readStructure, type StructureRead } from "../ooxml/read-structure";
import { documentXmlOf, partXmlOf } from "../ooxml/flat-opc";
import { withListLabels } from "../ooxml/list-numbering";
import { foreignHiddenTexts, hiddenStyleIds, withoutForeignHidden } from "../ooxml/hidden-text";
import { hiddenTextFindings } from "../ooxml/hidden-text-findings";
import { unseenListNumberFindings } from "../ooxml/list-number-findings";
import { liveDocumentXml } from "./live-body";
import type { Finding } from "../../core/validation/finding";
import { openRevisionFindings, ownReviewCommentFindings, type MarkedParagraph } from "../../core/validation/rules/open-revisions";
import { ownCommentIds, withoutOwnComments } from "../own-comments";
import { markedParagraphs } from "../open-revision-places";
import { textPlaces, type TextPlace } from "./text-places";

export interface BodyRead {
  readonly documentXml: string;
  readonly paragraphs: readonly BodyParagraph[];
  readonly structure: StructureRead;
  readonly vorlage: Vorlage;
  /** A plain document's section headings as recognition found them (paragraph indexes), for the accessibility check. */
  readonly headings?: readonly number[];
  /**
   * Tracked changes not yet accepted or rejected and comments, by clause or part (`ueberarbeitung-offen`,
   * `kommentar-offen`), as `check` reports them: counted before the deletions were cut (live-body.ts).
   */
  readonly openRevisions: readonly Finding[];
  /**
   * What reading the body found beyond the structure's findings, as the .docx engine's read adds them (`check` says
   * them): recognition's (`recognize-*`, among them `recognize-page-header`), personal data in the other lines,
   * references in the text to clauses that are not there.
   */
  readonly recognition: readonly Finding[];
  /** The page header's texts as recognition read them (none where it did not ask): a live refresh reads the body's parts again with them. */
  readonly pageHeader: () => readonly string[];
  /** A plain document's recognised sections and clauses by id, with the paragraphs (of `paragraphs`) they stand in: where review comments go (comments.ts). */
  readonly places?: ReadonlyMap<string, TextPlace>;
}

/**
 * The body as Word hands it over (`body.getOoxml()`, Flat OPC), read with the very code
 * the .docx adapter uses: document order comes from the OOXML itself, so the undocumented
 * order of Word's content-control collections never matters.
 */
export function readBodyOoxml(
  flatOpc: string,
  profile: Profile,
  ids: IdSource,
  pageHeaderOf: (documentXml: string) => readonly string[] = () => [],
  storyMarksOf: (documentXml: string) => readonly MarkedParagraph[] = () => [],
): BodyRead {
  const documentXml = documentXmlOf(flatOpc) ?? "";
  // Deleted-but-tracked content and placeholder prompts are not the Vorlage (the cut for moves keeps the original text);
  // the list numbers Word shows come from the numbering and style parts getOoxml hands over with the body.
  // Hidden paragraphs that are not ours are left out, by the rule the .docx adapter reads with.
  // By name, unlike the .docx engine, which follows the main part's relationships: this package is not the file but
  // what Word writes from the document it holds (Body.getOoxml), under its own part names; a decoy part of the file
  // is not in it (as the simulator, modelled on Word's output, writes it: test/word-simulator/word-rules.test.ts; not
  // checked in Word itself here).
  const styles = partXmlOf(flatOpc, "/word/styles.xml");
  const hidden = hiddenStyleIds(styles);
  const raw = readBodyXml(liveDocumentXml(documentXml), "body", hidden);
  const paragraphs = withoutForeignHidden(withListLabels(raw, partXmlOf(flatOpc, "/word/numbering.xml"), styles), hidden);
  const structure = readStructure(paragraphs, profile, ids);
  // The page header (Kopfzeile) only where recognition asks for it, as the .docx engine reads it (page-header.ts).
  let header: readonly string[] | undefined;
  const pageHeader = (): readonly string[] => (header ??= pageHeaderOf(documentXml));
  const { vorlage, headings, recognized, findings } = bodyRead(paragraphs, structure, profile, ids, pageHeader);
  // The clause's number as the document shows it (`nummer`), as check names it (docx-document.ts); with the marks in
  // footnotes, page headers and footers and text boxes that the read hands over (story-revisions-word.ts), as check counts them.
  // The add-in's own review comments are named as what they are (own-comments.ts), as check names them.
  const users = withoutOwnComments(paragraphs, paragraphs.some((p) => p.commentIds !== undefined) ? ownCommentIds(partXmlOf(flatOpc, "/word/comments.xml")) : new Set());
  const openRevisions = [
    ...openRevisionFindings([...markedParagraphs(users.paragraphs, recognized), ...storyMarksOf(documentXml)], { vorlage, ...(structure.structured ? { derived: profile.numbering } : {}) }),
    ...ownReviewCommentFindings(users.own),
  ];
  const places = !structure.structured && recognized ? textPlaces(recognized.anchors) : undefined;
  // Hidden text of others, left out of the reading, is said as check says it (docx-document.ts).
  const recognition = [...findings, ...hiddenTextFindings(foreignHiddenTexts(raw, hidden)), ...unseenListNumberFindings(paragraphs)];
  return { documentXml, paragraphs, structure, vorlage, openRevisions, recognition, pageHeader, ...(headings ? { headings } : {}), ...(places ? { places } : {}) };
}
