import { sequentialIds } from "../../core/model/ids";
import type { Profile } from "../../core/profile/profile";
import { recognize } from "../../core/recognize/recognize";
import { recognitionInput } from "../ooxml/body-vorlage";
import type { BodyParagraph } from "../ooxml/read-body";
import type { EntryList } from "../parts";

/**
 * Where a new entry goes in a document whose entries of that list were read from its text
 * (a recognised document: `recognize` wraps sections, clauses and header fields, and leaves
 * Verteiler, Zeichnung and Bezug the user's paragraphs). Such entries have no control to put
 * the new one after, so it goes after the last paragraph the recognition places in that list
 * — where the list ends in the text, as after the last entry of a structured document.
 * Undefined when the text holds no paragraph of that list.
 */
export function lastParagraphOfList(paragraphs: readonly BodyParagraph[], list: EntryList, profile: Profile): number | undefined {
  // Only the places are used; the ids the recognition mints are thrown away.
  const { places } = recognize(recognitionInput(paragraphs), profile, sequentialIds("anchor"));
  for (let i = places.length - 1; i >= 0; i--) if (places[i] === list) return i;
  return undefined;
}
