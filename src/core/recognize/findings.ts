/**
 * Findings about reading a plain document: what the recogniser could not read for certain,
 * paragraphs it could not place, a decision heading it did not find, and a Gremium it
 * inferred. They say how far the report can be trusted, so they are never left out.
 */
export const RECOGNIZE_FINDING_CODES = {
  "recognize-uncertain": "info",
  "recognize-unassigned": "info",
  "recognize-heading-missing": "warning",
  "recognize-gremium-inferred": "info",
  /** The Federführung no label names, derived from the office code of the Vorlagen-Nr.: said, as the inferred Gremium is. */
  "recognize-federfuehrung-inferred": "info",
  /** Yearly Folgekosten beside a one-off Betrag: the model holds one Betrag, so they are said to be there and not counted. */
  "recognize-folgekosten": "info",
  "recognize-keine-vorlage": "error",
  "recognize-nested-deeper": "info",
  /** A field the body does not give, read from the page header (Kopfzeile): said, so that the reader knows where it stands. */
  "recognize-page-header": "info",
  /** The Finanzierung names only money coming in (Mehrerträge, Einnahmen): no cost, hence no Betrag and no Deckungsquelle asked for. */
  "recognize-nur-ertraege": "info",
  /** The document shows another built-in profile's form (its Vorlagen-Nr. pattern and Kopf labels): the profile that fits is named (other-profile-form.ts). */
  "recognize-anderes-profil": "info",
} as const;

/** Where each paragraph of the body went. Every paragraph with text has exactly one place. */
export type Place =
  | "header"
  | "beratungsfolge"
  | "heading"
  | "clause"
  | "unterpunkt"
  | "finanzierung"
  | "bezug"
  | "verteiler"
  | "zeichnung"
  /** The decision stated short („Beschlussantrag (Kurzfassung)“) where the document states it in full as well: a summary, no decision part of its own. */
  | "kurzfassung"
  | "letterhead"
  | "furniture"
  | "unassigned"
  | "empty"
  | "deleted";
