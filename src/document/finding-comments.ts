import type { Vorlage } from "../core/model/vorlage";
import type { FindingLocation } from "../core/validation/finding";
import { formatTag } from "./tags";

/**
 * Findings as comments in the document, for reviewers who work in Word. Our comments
 * begin with this prefix (and, in a .docx, carry our author name), so that removing them
 * never touches a colleague's comment.
 */
export const COMMENT_PREFIX = "Prüfhinweis: ";
export const COMMENT_AUTHOR = "Beschlussvorlage-Prüfung";

/** One comment to place: the text and where (a control's tag; none for the whole document). */
export interface FindingComment {
  readonly tag: string | undefined;
  readonly text: string;
  /**
   * The text for where the finding's place (`tag`) is not found in the document, so that the comment stands at the
   * top: the same finding, saying which place it is about and that it was not found there (the reader would
   * otherwise take it for a remark on the first paragraph). Without it, `text`.
   */
  readonly unplaced?: string;
}

const ENTRY_TAGS = { quellen: "quelle", bezuege: "bezug", verteiler: "verteiler", zeichnungen: "zeichnung", beratungsfolge: "beratung" } as const;

/** The control a finding's location points at, in the document the Vorlage was read from. */
export function anchorTag(location: FindingLocation, v: Vorlage): string | undefined {
  switch (location.type) {
    case "clause":
      return formatTag({ kind: "ziffer", id: location.id });
    case "section": {
      const s = v.sections.find((x) => x.id === location.id);
      return s ? formatTag({ kind: "abschnitt", id: s.id, sectionKind: s.kind }) : undefined;
    }
    case "field":
      if (location.field.startsWith("header.") || location.field.startsWith("zustaendigkeit.")) return formatTag({ kind: "feld", name: location.field });
      if (location.field.startsWith("finanzierung")) return formatTag({ kind: "finanzierung" });
      return undefined;
    case "entry":
      return formatTag({ kind: ENTRY_TAGS[location.list], id: location.id });
    case "block":
      return formatTag({ kind: "block", id: location.block });
    case "document":
      return undefined;
  }
}
