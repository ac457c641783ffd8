import type { IdSource } from "../../core/model/ids";
import type { Vorlage } from "../../core/model/vorlage";
import type { Profile } from "../../core/profile/profile";
import { bodyRead } from "../ooxml/body-vorlage";
import { readBodyXml, type BodyParagraph } from "../ooxml/read-body";
import { readStructure, type StructureRead } from "../ooxml/read-structure";
import { documentXmlOf, partXmlOf } from "../ooxml/flat-opc";
import { withListLabels } from "../ooxml/list-numbering";
import { hiddenStyleIds, withoutForeignHidden } from "../ooxml/hidden-text";
import { liveDocumentXml } from "./live-body";
import type { Finding } from "../../core/validation/finding";
import { openRevisionFindings } from "../../core/validation/rules/open-revisions";
import { markedParagraphs } from "../open-revision-places";

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
}

/**
 * The body as Word hands it over (`body.getOoxml()`, Flat OPC), read with the very code
 * the .docx adapter uses: document order comes from the OOXML itself, so the undocumented
 * order of Word's content-control collections never matters.
 */
export function readBodyOoxml(flatOpc: string, profile: Profile, ids: IdSource): BodyRead {
  const documentXml = documentXmlOf(flatOpc) ?? "";
  // Deleted-but-tracked content and placeholder prompts are not the Vorlage (the cut for moves keeps the original text);
  // the list numbers Word shows come from the numbering and style parts getOoxml hands over with the body.
  // Hidden paragraphs that are not ours are left out, by the rule the .docx adapter reads with.
  const styles = partXmlOf(flatOpc, "/word/styles.xml");
  const hidden = hiddenStyleIds(styles);
  const paragraphs = withoutForeignHidden(withListLabels(readBodyXml(liveDocumentXml(documentXml), "body", hidden), partXmlOf(flatOpc, "/word/numbering.xml"), styles), hidden);
  const structure = readStructure(paragraphs, profile, ids);
  const { vorlage, headings, recognized } = bodyRead(paragraphs, structure, profile, ids);
  const openRevisions = openRevisionFindings(markedParagraphs(paragraphs, recognized));
  return { documentXml, paragraphs, structure, vorlage, openRevisions, ...(headings ? { headings } : {}) };
}
