import type { Turnus } from "../model/vorlage";
import type { Finding, Severity } from "../validation/finding";
import type { Duplicate } from "./duplicates";
import type { AmountDoubt, Reading, ReportStatus } from "./report-model";

/** The columns of the table, in the order every output shows them. */
export const REPORT_COLUMNS = [
  "file",
  "vorlagenNr",
  "betreff",
  "federfuehrung",
  "gremium",
  "sitzungsdatum",
  "betrag",
  "turnus",
  "status",
  "errors",
  "warnings",
  "reading",
  "reasons",
  "duplicate",
] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];

/**
 * Every word and format a report needs, handed in by the caller. The core keeps no UI text
 * (the catalogues live in src/i18n, which the core may not import); the CLI and the page
 * build this from the same catalogue, so that the file and the page say the same.
 */
export interface ReportText {
  readonly lang: "de" | "en";
  readonly title: string;
  /** Heading over the table of files. */
  readonly tableHeading: string;
  readonly columns: Readonly<Record<ReportColumn, string>>;
  /**
   * The column headers of the printed table: the same words with soft hyphens where a long
   * one may break („Feder\u00adführung“), so that a narrow column breaks it only there and
   * with a hyphen. The CSV keeps `columns`, whose cells a spreadsheet reads as they are.
   */
  readonly printedColumns: Readonly<Record<ReportColumn, string>>;
  readonly status: Readonly<Record<ReportStatus, string>>;
  readonly reading: Readonly<Record<Reading, string>>;
  readonly turnus: Readonly<Record<Turnus, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly summaryHeading: string;
  /**
   * "12 von 30 Vorlagen vollständig, 15 unvollständig, 3 nicht lesbar", and how many older
   * versions of a Vorlage that is there more than once were left out of these counts.
   */
  readonly counts: (complete: number, incomplete: number, unreadable: number, total: number, superseded: number) => string;
  /** „mehrfach vorhanden (3 Dateien): gezählt …“: the flag on each row of a Vorlagen-Nr. several files carry, and which one is counted. */
  readonly duplicate: (duplicate: Duplicate) => string;
  readonly openErrorsHeading: string;
  readonly openErrorsColumns: { readonly kind: string; readonly count: string; readonly files: string; readonly example: string };
  readonly noOpenErrors: string;
  readonly moneyHeading: string;
  readonly moneyColumns: { readonly dezernat: string; readonly einmalig: string; readonly jaehrlich: string; readonly ohneTurnus: string; readonly total: string };
  readonly noMoney: string;
  readonly detailsHeading: string;
  readonly noFindings: string;
  /** "Erstellt am 26.11.2026 um 14:05 Uhr". */
  readonly generated: (isoTimestamp: string) => string;
  /** In place of an amount in doubt (never summed): „unsicher gelesen“, „widersprüchlich“. */
  readonly amountDoubt: Readonly<Record<AmountDoubt, string>>;
  /**
   * An amount in the house style ("12.400 €"). The optional `profile` in this and the next
   * functions is a row's (ReportRow.profile): a file read with its own city's profile is
   * worded in that city's terms; without it, the report's.
   */
  readonly amount: (cents: number, profile?: string) => string;
  /** An amount for a spreadsheet cell: a plain number Excel reads ("12400,00" in German). */
  readonly amountCell: (cents: number) => string;
  /** A date as the reader writes it; an impossible date is shown as written. */
  readonly date: (iso: string) => string;
  /** "Dezernat VII"; the word for "none stated" for ''. */
  readonly dezernat: (id: string, profile?: string) => string;
  /** The sentence for a finding. */
  readonly finding: (finding: Finding, profile?: string) => string;
  /**
   * The name of a finding's kind in words („Pflichtangabe fehlt“), for the summary of open
   * errors: a reader of the report never sees an internal code such as `field-missing`.
   */
  readonly kind: (finding: Finding, profile?: string) => string;
}
