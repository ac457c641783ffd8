import type { Turnus } from "../core/model/vorlage";
import type { ReportStatus } from "../core/report/report-model";
import type { Lang } from "./format-finding";

/** The columns both the reviewers' page and the report files (HTML, CSV) name the same way. */
export interface SharedColumns {
  readonly file: string;
  readonly vorlagenNr: string;
  readonly betreff: string;
  readonly federfuehrung: string;
  readonly gremium: string;
  readonly sitzungsdatum: string;
  readonly betrag: string;
  readonly status: string;
  readonly errors: string;
  readonly warnings: string;
}

/** Words of the reviewers' page and of the report files, in one place. */
export interface ReviewWords {
  readonly status: Readonly<Record<ReportStatus, string>>;
  readonly turnus: Readonly<Record<Turnus, string>>;
  readonly columns: SharedColumns;
}

/**
 * One wording for what the page shows and what the CSV and the HTML report it exports say
 * (and `beschluss check --report/--csv`): a reviewer who filters the page by „nicht lesbar“
 * finds the same word in the file. Each catalogue adds its own words (the page's column
 * headers carry soft hyphens for its narrow table).
 */
export const REVIEW_WORDS: Readonly<Record<Lang, ReviewWords>> = {
  de: {
    status: { vollstaendig: "vollständig", unvollstaendig: "unvollständig", "nicht-lesbar": "nicht lesbar" },
    turnus: { einmalig: "einmalig", jaehrlich: "jährlich" },
    columns: {
      file: "Datei",
      vorlagenNr: "Vorlagen-Nr.",
      betreff: "Betreff",
      federfuehrung: "Federführung",
      gremium: "Gremium",
      sitzungsdatum: "Sitzungsdatum",
      betrag: "Betrag",
      status: "Status",
      errors: "Fehler",
      warnings: "Warnungen",
    },
  },
  en: {
    status: { vollstaendig: "complete", unvollstaendig: "incomplete", "nicht-lesbar": "not readable" },
    turnus: { einmalig: "one-off", jaehrlich: "yearly" },
    columns: {
      file: "File",
      vorlagenNr: "Proposal no.",
      betreff: "Subject",
      federfuehrung: "Lead department",
      gremium: "Body",
      sitzungsdatum: "Session date",
      betrag: "Amount",
      status: "Status",
      errors: "Errors",
      warnings: "Warnings",
    },
  },
};
