import type { Vorlage } from "../core/model/vorlage";
import type { Profile } from "../core/profile/profile";
import type { FindingLocation } from "../core/validation/finding";
import { findingPlace } from "./finding-place";
import type { Lang } from "./format-finding";

/**
 * A finding's comment where its place was not found in the document (FindingComment.unplaced): it then stands at the
 * top, and says which place it is about and why it stands there, so that nobody takes it for a remark on the first
 * paragraph. `text` is the finding as formatFinding words it.
 */
export function unplacedCommentText(text: string, location: FindingLocation, v: Vorlage, lang: Lang, profile: Profile): string {
  const place = findingPlace(location, v, lang, profile);
  if (lang === "en") return `${text} (${place === "" ? "Its place" : `About ${place}: this place`} was not found in the document, so the note stands at its beginning.)`;
  return `${text} (${place === "" ? "Die Stelle" : `Betrifft ${place}; die Stelle`} wurde im Dokument nicht gefunden, daher steht der Hinweis am Anfang.)`;
}
