import type { Turnus, Vorlage } from "../model/vorlage";
import { isComplete, type Finding } from "../validation/finding";
import { keineVorlage } from "../validation/keine-vorlage";
import { countedRows, markDuplicates, type Duplicate, type VersionDates } from "./duplicates";

/**
 * What reading one file gave: a Vorlage with its findings, or a reason it could not be read.
 * The CLI and the reviewers' page (in a Web Worker) both produce this shape from the .docx
 * engine, so that one report model serves the terminal, the HTML file, the CSV and the page.
 */
export type ReadResult =
  | {
      readonly file: string;
      readonly readable: true;
      /** Our content controls were found (ids are stable across versions). */
      readonly structured: boolean;
      /** Controls were missing and the structure came from the text plus the surviving metadata part. */
      readonly recovered: boolean;
      readonly findings: readonly Finding[];
      readonly vorlage: Vorlage;
      /** When this version was changed, to count the newest of several files with one Vorlagen-Nr. */
      readonly dates?: VersionDates;
      /**
       * The id of the profile the file was read and validated with, where it is not the one
       * the report is made with (a Karlsruhe draft in a folder checked as Wiesbaden): its
       * findings, Dezernat and amounts are then worded in that city's terms.
       */
      readonly profile?: string;
    }
  | { readonly file: string; readable: false; readonly error: string };

/**
 * A reviewer's states. The values are stable (CSV, JSON, filters); the words come from the catalogue.
 * „keine-vorlage“: the file is read, but it is a letter, a Niederschrift or a contract, not a Vorlage;
 * it is counted apart and shows only the reason.
 */
export type ReportStatus = "vollstaendig" | "unvollstaendig" | "keine-vorlage" | "nicht-lesbar";

/** How a file's structure was obtained; tells a reviewer how far to trust the row. */
export type Reading = "structured" | "recovered" | "recognized" | "unreadable";

/** One row per file: what a reviewer scans before a sitting. Money in cents, dates ISO. */
export interface ReportRow {
  readonly file: string;
  readonly status: ReportStatus;
  readonly reading: Reading;
  readonly vorlagenNr: string;
  readonly betreff: string;
  /** The federführendes Dezernat as the profile names it ("VII"); '' when not stated. */
  readonly federfuehrung: string;
  readonly gremium: string;
  readonly sitzungsdatum: string;
  /**
   * Undefined when the document states no amount (or has no financial effect), and when the
   * amount is in doubt (`betragZweifel`): a value read with doubt never enters a sum.
   */
  readonly betragCent: number | undefined;
  /**
   * The document states an amount, but it is in doubt, and never summed: read with doubt
   * (recognition's `recognize-uncertain` on the Betrag: „unsicher gelesen“), or read for
   * certain and contradicted by the decision (`finanzierung-betrag-widerspruch`:
   * „widersprüchlich“). A reader must know which: the one asks to check the reading, the
   * other to decide which amount holds. Undefined when the amount is not in doubt.
   */
  readonly betragZweifel: AmountDoubt | undefined;
  /** The Turnus as read; shown also beside an amount in doubt, which still enters no sum. */
  readonly turnus: Turnus | undefined;
  /**
   * Counts of the findings by severity; undefined for an unreadable file, which was not
   * checked at all: a 0 there would read as "nothing wrong".
   */
  readonly errors: number | undefined;
  readonly warnings: number | undefined;
  readonly infos: number | undefined;
  /** The findings themselves, for the details view; empty for an unreadable file. */
  readonly findings: readonly Finding[];
  /** Why the file could not be read (already a sentence in the user's language); '' otherwise. */
  readonly error: string;
  /** When this version was changed (empty for an unreadable file). */
  readonly dates: VersionDates;
  /** Set by markDuplicates (buildReport does it) when another file has the same Vorlagen-Nr. */
  readonly duplicate?: Duplicate;
  /**
   * The profile the file was read with, when the file named one of its own (see ReadResult);
   * undefined: the report's. A Dezernat „II“ of one city is not that of another, so rows are
   * worded, and their money summed, by it.
   */
  readonly profile?: string;
}

/** Why an amount is in doubt: how it was read, or that the decision says otherwise. */
export type AmountDoubt = "unsicher" | "widerspruechlich";

const count = (findings: readonly Finding[], severity: Finding["severity"]): number => findings.filter((f) => f.severity === severity).length;

/** A finding that puts the Betrag in doubt: read uncertainly from a plain document. */
const readWithDoubt = (f: Finding): boolean => f.code === "recognize-uncertain" && String(f.params["field"] ?? "").startsWith("finanzierung.betrag");

/** Doubt about the reading comes first: a contradiction with an amount misread says nothing. */
const doubtOf = (findings: readonly Finding[]): AmountDoubt | undefined =>
  findings.some(readWithDoubt) ? "unsicher" : findings.some((f) => f.code === "finanzierung-betrag-widerspruch") ? "widerspruechlich" : undefined;

/** A row that states no value of a Vorlage: the start of the rows for files that are not one. */
const emptyRow = (file: string): Omit<ReportRow, "status" | "reading" | "dates"> => ({
  file,
  vorlagenNr: "",
  betreff: "",
  federfuehrung: "",
  gremium: "",
  sitzungsdatum: "",
  betragCent: undefined,
  betragZweifel: undefined,
  turnus: undefined,
  errors: undefined,
  warnings: undefined,
  infos: undefined,
  findings: [],
  error: "",
});

/** The row for one read file. Status follows the validator: complete means no error finding. */
export function reportRow(result: ReadResult): ReportRow {
  if (!result.readable) {
    return { ...emptyRow(result.file), status: "nicht-lesbar", reading: "unreadable", error: result.error, dates: {} };
  }
  const notAVorlage = keineVorlage(result.findings);
  if (notAVorlage !== undefined) {
    // Nothing read from a letter is a Vorlage's value: no Nr., no Betreff, no money in any sum.
    return {
      ...emptyRow(result.file),
      status: "keine-vorlage",
      reading: "recognized",
      errors: 1,
      warnings: 0,
      infos: 0,
      findings: [notAVorlage],
      dates: result.dates ?? {},
      ...(result.profile !== undefined ? { profile: result.profile } : {}),
    };
  }
  const v = result.vorlage;
  const f = v.finanzierung;
  const money = f !== undefined && f.auswirkungen;
  // A Betrag in doubt, whether recognition kept the value or (the decoder: several amounts,
  // none certain) left it out: the row says „unsicher gelesen“ or „widersprüchlich“, not „no amount“.
  const zweifel = doubtOf(result.findings);
  return {
    file: result.file,
    status: isComplete(result.findings) ? "vollstaendig" : "unvollstaendig",
    reading: result.structured ? "structured" : result.recovered ? "recovered" : "recognized",
    vorlagenNr: v.header.vorlagenNr,
    betreff: v.header.betreff,
    federfuehrung: v.zustaendigkeit.federfuehrend,
    gremium: v.header.gremium,
    sitzungsdatum: v.header.sitzungsdatum,
    betragCent: money && zweifel === undefined ? f.betragCent : undefined,
    betragZweifel: zweifel,
    turnus: money ? f.turnus : undefined,
    errors: count(result.findings, "error"),
    warnings: count(result.findings, "warning"),
    infos: count(result.findings, "info"),
    findings: result.findings,
    error: "",
    dates: result.dates ?? {},
    ...(result.profile !== undefined ? { profile: result.profile } : {}),
  };
}

/**
 * Why a row is not ready: its error findings, in the order the checks found them. Warnings
 * and notes do not keep a Vorlage from the sitting, so they are not reasons. Empty for a
 * complete file and for an unreadable one (whose reason is `row.error`).
 */
export function reasonsOf(row: ReportRow): readonly Finding[] {
  return row.findings.filter((f) => f.severity === "error");
}

/** Open errors of one kind (finding code) across all files. */
export interface ErrorKindCount {
  readonly code: string;
  /** Error findings of this code, over all files. */
  readonly count: number;
  /** Files that have at least one. */
  readonly files: number;
  /** The first finding of this kind, so that a catalogue can phrase an example. */
  readonly example: Finding;
  /** The profile of the file the example comes from (see ReportRow.profile). */
  readonly exampleProfile?: string;
}

/** The money a Dezernat leads, split by Turnus: one-off and yearly sums must not be added up. */
export interface DezernatMoney {
  /** Federführendes Dezernat; '' for Vorlagen that name none. */
  readonly dezernat: string;
  /** The profile whose Dezernat this is, for rows read with their own (see ReportRow.profile); undefined: the report's. */
  readonly profile?: string;
  readonly einmaligCent: number;
  readonly jaehrlichCent: number;
  /** Amounts whose Turnus the document does not state. */
  readonly ohneTurnusCent: number;
  readonly totalCent: number;
  /** Vorlagen with an amount counted here. */
  readonly vorlagen: number;
}

export interface ReportSummary {
  /** Vorlagen counted: every file, but each Vorlagen-Nr. once (see duplicates.ts). */
  readonly total: number;
  readonly complete: number;
  readonly incomplete: number;
  readonly unreadable: number;
  /** Files that are read but are no Vorlage (a letter, a Niederschrift): counted apart, their reason is no open error. */
  readonly keineVorlage: number;
  /** Most frequent first; ties by code, so that the order is stable. */
  readonly openErrors: readonly ErrorKindCount[];
  /** Largest total first; ties by Dezernat. */
  readonly moneyByDezernat: readonly DezernatMoney[];
  /** Files left out of every count above: older versions of a Vorlage that is there more than once. */
  readonly superseded: number;
}

/**
 * The summary on top of the report: how many are complete, what is open, where the money is.
 * A Vorlagen-Nr. that several files carry counts once, by its newest version.
 */
export function summarize(all: readonly ReportRow[]): ReportSummary {
  const rows = countedRows(all);
  const errors = new Map<string, { count: number; files: number; example: Finding; exampleProfile: string | undefined }>();
  // Keyed by profile and Dezernat: the same numeral names different offices in different cities.
  const money = new Map<string, { dezernat: string; profile: string | undefined; einmalig: number; jaehrlich: number; ohne: number; vorlagen: number }>();
  for (const row of rows) {
    if (row.status === "keine-vorlage") continue;
    const seen = new Set<string>();
    for (const f of row.findings) {
      if (f.severity !== "error") continue;
      const e = errors.get(f.code) ?? { count: 0, files: 0, example: f, exampleProfile: row.profile };
      e.count++;
      if (!seen.has(f.code)) e.files++;
      seen.add(f.code);
      errors.set(f.code, e);
    }
    if (row.betragCent !== undefined) {
      const key = `${row.profile ?? ""}\u0000${row.federfuehrung}`;
      const m = money.get(key) ?? { dezernat: row.federfuehrung, profile: row.profile, einmalig: 0, jaehrlich: 0, ohne: 0, vorlagen: 0 };
      if (row.turnus === "einmalig") m.einmalig += row.betragCent;
      else if (row.turnus === "jaehrlich") m.jaehrlich += row.betragCent;
      else m.ohne += row.betragCent;
      m.vorlagen++;
      money.set(key, m);
    }
  }
  const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return {
    total: rows.length,
    complete: rows.filter((r) => r.status === "vollstaendig").length,
    incomplete: rows.filter((r) => r.status === "unvollstaendig").length,
    unreadable: rows.filter((r) => r.status === "nicht-lesbar").length,
    keineVorlage: rows.filter((r) => r.status === "keine-vorlage").length,
    openErrors: [...errors]
      .map(([code, e]) => ({ code, count: e.count, files: e.files, example: e.example, ...(e.exampleProfile !== undefined ? { exampleProfile: e.exampleProfile } : {}) }))
      .sort((a, b) => b.count - a.count || byName(a.code, b.code)),
    moneyByDezernat: [...money.values()]
      .map((m) => ({
        dezernat: m.dezernat,
        ...(m.profile !== undefined ? { profile: m.profile } : {}),
        einmaligCent: m.einmalig,
        jaehrlichCent: m.jaehrlich,
        ohneTurnusCent: m.ohne,
        totalCent: m.einmalig + m.jaehrlich + m.ohne,
        vorlagen: m.vorlagen,
      }))
      .sort((a, b) => b.totalCent - a.totalCent || byName(a.dezernat, b.dezernat) || byName(a.profile ?? "", b.profile ?? "")),
    superseded: all.length - rows.length,
  };
}

/** Rows and summary together: what every output (page, HTML file, CSV, JSON) is made from. */
export interface Report {
  readonly rows: readonly ReportRow[];
  readonly summary: ReportSummary;
}

export function buildReport(results: readonly ReadResult[]): Report {
  const rows = markDuplicates(results.map(reportRow));
  return { rows, summary: summarize(rows) };
}
