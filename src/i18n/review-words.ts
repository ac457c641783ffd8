import type { Turnus } from "../core/model/vorlage";
import type { Profile } from "../core/profile/profile";
import type { CountedBy, Duplicate } from "../core/report/duplicates";
import type { AmountDoubt, ReportStatus } from "../core/report/report-model";
import type { Finding } from "../core/validation/finding";
import { formatFinding, type Lang } from "./format-finding";

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
  /** The error texts of a row: why it is not ready. */
  readonly reasons: string;
  /** Whether the row's Vorlagen-Nr. is in other files too, and which one is counted. */
  readonly duplicate: string;
}

/** The words for a Vorlagen-Nr. that several files carry (see src/core/report/duplicates.ts). */
export interface DuplicateWords {
  /** „mehrfach vorhanden (3 Dateien)“: the flag itself, the same on the page and in the files. */
  readonly flag: (copies: number) => string;
  readonly counted: string;
  readonly notCounted: (countedFile: string) => string;
  /** Why that version is counted. */
  readonly by: Readonly<Record<CountedBy, string>>;
  /** „2 weitere Fassungen mehrfach vorhandener Vorlagen nicht mitgezählt“: „weitere“, not „ältere“, as a name or the order in the folder may have decided which one counts (see duplicates.ts). */
  readonly superseded: (count: number) => string;
}

/** Words of the reviewers' page and of the report files, in one place. */
export interface ReviewWords {
  readonly status: Readonly<Record<ReportStatus, string>>;
  readonly turnus: Readonly<Record<Turnus, string>>;
  readonly columns: SharedColumns;
  /**
   * Long column words with soft hyphens where they may break, for a narrow column: the
   * reviewers' page and the printed report break them only there, and with a hyphen.
   */
  readonly hyphenatedColumns: Partial<SharedColumns>;
  /**
   * A finding's kind in words, by code, for the summaries of open errors (page and report
   * file), so that nobody reads `field-missing`. A code without a word here is named by its
   * example sentence instead (see kindOf).
   */
  readonly kinds: Readonly<Record<string, string>>;
  readonly duplicate: DuplicateWords;
  /** In place of an amount in doubt, never summed: read with doubt, or contradicted by the decision. */
  readonly amountDoubt: Readonly<Record<AmountDoubt, string>>;
}

/**
 * One wording for what the page shows and what the CSV and the HTML report it exports say
 * (and `beschluss check --report/--csv`): a reviewer who filters the page by „nicht lesbar“
 * finds the same word in the file. Each catalogue adds its own words (the page's column
 * headers carry soft hyphens for its narrow table).
 */
export const REVIEW_WORDS: Readonly<Record<Lang, ReviewWords>> = {
  de: {
    status: { vollstaendig: "vollständig", unvollstaendig: "unvollständig", "keine-vorlage": "keine Vorlage erkannt", "nicht-lesbar": "nicht lesbar" },
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
      reasons: "Gründe",
      duplicate: "Mehrfach vorhanden",
    },
    hyphenatedColumns: { federfuehrung: "Feder\u00adführung", sitzungsdatum: "Sitzungs\u00addatum", warnings: "Warnun\u00adgen" },
    amountDoubt: { unsicher: "unsicher gelesen", widerspruechlich: "widersprüchlich" },
    duplicate: {
      flag: (n) => `mehrfach vorhanden (${n} Dateien)`,
      counted: "gezählt",
      notCounted: (file) => `nicht gezählt, gezählt ist ${file}`,
      by: { metadata: "neuestes Änderungsdatum der Metadaten", properties: "neuestes Datum der Dokumenteigenschaften", file: "neuestes Dateidatum", name: "Dateiname" },
      superseded: (n) => `${n} ${n === 1 ? "weitere Fassung" : "weitere Fassungen"} mehrfach vorhandener Vorlagen nicht mitgezählt`,
    },
    kinds: {
      "field-missing": "Pflichtangabe fehlt",
      "block-missing": "Pflichtblock fehlt",
      "vorlagen-nr-format": "Vorlagen-Nr. im falschen Aufbau",
      "vorlagen-nr-jahr": "Jahr der Vorlagen-Nr. passt nicht zur Sitzung",
      "vorlagen-nr-dezernat": "Vorlagen-Nr. passt nicht zum federführenden Dezernat",
      "dezernat-unknown": "Unbekanntes Dezernat",
      "date-invalid": "Ungültiges Datum",
      "date-order": "Daten in falscher zeitlicher Reihenfolge",
      "section-kind-unknown": "Unbekannte Abschnittsart",
      "section-empty": "Abschnitt ohne Ziffer",
      "ueberarbeitung-offen": "Nachverfolgte Änderungen nicht angenommen",
      "kommentar-offen": "Kommentare im Dokument",
      "pruefhinweise-im-dokument": "Prüfhinweise des Add-ins im Dokument",
      "bereich-nicht-geprueft": "Bereich nicht geprüft",
      "eingebettet-nicht-gelesen": "Eingebetteter Teil nicht gelesen",
      "section-kind-repeated": "Abschnitt doppelt",
      "clause-empty": "Ziffer ohne Text",
      "text-steuerzeichen": "Unsichtbare Steuerzeichen",
      "beschluss-clause-missing": "Keine Beschlussziffer",
      "duplicate-id": "Mehrfach vergebene Kennung",
      "numbering-gap": "Lücke in der Nummerierung",
      "numbering-duplicate": "Doppelte Nummer",
      "numbering-order": "Nummerierung in falscher Reihenfolge",
      "numbering-mismatch": "Nummer passt nicht zur Reihenfolge",
      "numbering-missing": "Fehlende Nummer",
      "numbering-scheme": "Nummerierung nach anderem Schema",
      "verweis-ziel-geloescht": "Verweis auf gelöschte Ziffer",
      "verweis-ziel-fehlt": "Verweis auf fehlende Ziffer",
      "verweis-textmarke-fehlt": "Verweis ohne Ziel (Textmarke fehlt)",
      "structure-heading-kind": "Überschrift passt nicht zur Art des Abschnitts",
      "finanzierung-betrag-missing": "Betrag fehlt",
      "finanzierung-betrag-unsicher": "Betrag unsicher gelesen",
      "finanzierung-betrag-invalid": "Ungültiger Betrag",
      "finanzierung-turnus-missing": "Turnus (einmalig/jährlich) fehlt",
      "finanzierung-haushaltsjahr-missing": "Haushaltsjahr fehlt",
      "finanzierung-haushaltsjahr-invalid": "Ungültiges Haushaltsjahr",
      "finanzierung-quelle-missing": "Keine Deckungsquelle",
      "finanzierung-quelle-dezernat-missing": "Deckungsquelle ohne Dezernat",
      "finanzierung-quelle-dezernat-unknown": "Deckungsquelle mit unbekanntem Dezernat",
      "finanzierung-anteil-invalid": "Ungültiger Anteil einer Deckungsquelle",
      "finanzierung-anteil-missing": "Anteil einer Deckungsquelle fehlt",
      "finanzierung-anteile-summe": "Anteile ergeben nicht 100\u00a0%",
      "finanzierung-bewirtschaftung-missing": "Haushaltstechnische Umsetzung fehlt",
      "finanzierung-betrag-widerspruch": "Betrag im Beschluss widerspricht der Finanzierung",
      "finanzierung-haushaltsjahr-widerspruch": "Haushaltsjahr im Beschluss widerspricht der Finanzierung",
      "verteiler-missing": "Verteiler fehlt",
      "verteiler-nicht-erkannt": "Verteiler nicht erkannt",
      "verteiler-empfaenger-missing": "Verteiler-Eintrag ohne Empfänger",
      "verteiler-bitte-missing": "Verteiler-Eintrag ohne Bitte",
      "block-field-missing": "Angabe in einem Zusatzblock fehlt",
      "block-value-invalid": "Ungültiger Wert in einem Zusatzblock",
    },
  },
  en: {
    status: { vollstaendig: "complete", unvollstaendig: "incomplete", "keine-vorlage": "not a Vorlage", "nicht-lesbar": "not readable" },
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
      reasons: "Reasons",
      duplicate: "Present more than once",
    },
    hyphenatedColumns: { federfuehrung: "Lead depart\u00adment" },
    amountDoubt: { unsicher: "read with doubt", widerspruechlich: "contradictory" },
    duplicate: {
      flag: (n) => `present more than once (${n} files)`,
      counted: "counted",
      notCounted: (file) => `not counted, counted is ${file}`,
      by: { metadata: "newest modified date in the metadata", properties: "newest date in the document properties", file: "newest file date", name: "file name" },
      superseded: (n) => `${n} other ${n === 1 ? "version" : "versions"} of proposals present more than once not counted`,
    },
    kinds: {
      "field-missing": "Required field missing",
      "block-missing": "Required block missing",
      "vorlagen-nr-format": "Proposal number in the wrong format",
      "vorlagen-nr-jahr": "Year of the proposal number does not match the session",
      "vorlagen-nr-dezernat": "Proposal number does not fit the lead department",
      "dezernat-unknown": "Unknown department",
      "date-invalid": "Invalid date",
      "date-order": "Dates in the wrong order",
      "section-kind-unknown": "Unknown kind of section",
      "section-empty": "Section without a clause",
      "ueberarbeitung-offen": "Tracked changes not accepted",
      "kommentar-offen": "Comments in the document",
      "pruefhinweise-im-dokument": "The add-in's findings in the document",
      "bereich-nicht-geprueft": "Part not checked",
      "eingebettet-nicht-gelesen": "Embedded part not read",
      "section-kind-repeated": "Section repeated",
      "clause-empty": "Clause without text",
      "text-steuerzeichen": "Invisible control characters",
      "beschluss-clause-missing": "No resolution clause",
      "duplicate-id": "Duplicated id",
      "numbering-gap": "Gap in the numbering",
      "numbering-duplicate": "Duplicated number",
      "numbering-order": "Numbering out of order",
      "numbering-mismatch": "Number out of order",
      "numbering-missing": "Missing number",
      "numbering-scheme": "Numbered in another scheme",
      "verweis-ziel-geloescht": "Reference to a deleted clause",
      "verweis-ziel-fehlt": "Reference to a missing clause",
      "verweis-textmarke-fehlt": "Reference without a target (bookmark missing)",
      "structure-heading-kind": "Heading does not match the kind of section",
      "finanzierung-betrag-missing": "Amount missing",
      "finanzierung-betrag-unsicher": "Amount read with doubt",
      "finanzierung-betrag-invalid": "Invalid amount",
      "finanzierung-turnus-missing": "Frequency (one-off/yearly) missing",
      "finanzierung-haushaltsjahr-missing": "Budget year missing",
      "finanzierung-haushaltsjahr-invalid": "Invalid budget year",
      "finanzierung-quelle-missing": "No funding source",
      "finanzierung-quelle-dezernat-missing": "Funding source without a department",
      "finanzierung-quelle-dezernat-unknown": "Funding source with an unknown department",
      "finanzierung-anteil-invalid": "Invalid share of a funding source",
      "finanzierung-anteil-missing": "Share of a funding source missing",
      "finanzierung-anteile-summe": "Shares do not add up to 100\u00a0%",
      "finanzierung-bewirtschaftung-missing": "Budget execution not named",
      "finanzierung-betrag-widerspruch": "Amount in the resolution contradicts the financing",
      "finanzierung-haushaltsjahr-widerspruch": "Budget year in the resolution contradicts the financing",
      "verteiler-missing": "Distribution list missing",
      "verteiler-nicht-erkannt": "Distribution list not recognised",
      "verteiler-empfaenger-missing": "Distribution entry without a recipient",
      "verteiler-bitte-missing": "Distribution entry without a request",
      "block-field-missing": "Entry of an extra block missing",
      "block-value-invalid": "Invalid value in an extra block",
    },
  },
};

/**
 * A finding's kind in words: the catalogue's name for its code, else the finding's own
 * sentence (a code is for tools, never for the reader of the page or the report).
 */
export function kindOf(finding: Finding, lang: Lang, profile: Profile): string {
  return REVIEW_WORDS[lang].kinds[finding.code] ?? formatFinding(finding, lang, profile);
}

/** A row's „mehrfach vorhanden“ flag with the version counted and why: „mehrfach vorhanden (2 Dateien): gezählt (neuestes Dateidatum)“. */
export function duplicateText(duplicate: Duplicate, lang: Lang): string {
  const w = REVIEW_WORDS[lang].duplicate;
  return `${w.flag(duplicate.copies)}: ${duplicate.counted ? w.counted : w.notCounted(duplicate.countedFile)} (${w.by[duplicate.by]})`;
}
