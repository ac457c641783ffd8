import type { Turnus, Vorlage } from "../model/vorlage";
import { isComplete, type Finding } from "../validation/finding";

/** What a reviewer needs to know first about a file: can it go to the sitting, must it go back, or could it not even be read. */
export type ReportStatus = "complete" | "incomplete" | "unreadable";

/**
 * Why a file could not be read. The reasons of the .docx engine (`DocxErrorReason`) plus
 * what a folder of real files brings: an empty file and the old binary .doc format.
 * Stable codes, so that the page, the CSV and the command say the same in either language.
 */
export type UnreadableReason =
  | "not-a-zip"
  | "no-main-part"
  | "too-large"
  | "zip-bomb"
  | "unsafe-entry"
  | "malformed-xml"
  | "doctype"
  | "legacy-doc"
  | "empty-file";

/**
 * One row of the reviewers' table, one per file. Plain data (no class, no function) so that
 * it crosses a Web Worker boundary and a JSON file unchanged. Amounts stay integer cents.
 */
export interface ReportRow {
  readonly file: string;
  readonly status: ReportStatus;
  /** Set only when `status` is `unreadable`. */
  readonly reason?: UnreadableReason;
  /** The engine's technical detail for an unreadable file (English, for support). */
  readonly detail?: string;
  readonly vorlagenNr: string;
  readonly betreff: string;
  /** The federführendes Dezernat as the profile names it, e.g. "VII"; '' when not stated. */
  readonly federfuehrung: string;
  readonly gremium: string;
  readonly sitzungsdatum: string;
  /** Only when the Vorlage declares financial effects and states an amount. */
  readonly betragCent: number | undefined;
  readonly turnus: Turnus | undefined;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** A file that was read: its Vorlage and every finding (document findings and validation). */
export interface ReadInput {
  readonly file: string;
  readonly vorlage: Vorlage;
  readonly findings: readonly Finding[];
}

/** A file that was not: the reason code and the engine's detail. */
export interface UnreadableInput {
  readonly file: string;
  readonly reason: UnreadableReason;
  readonly detail: string;
}

const count = (findings: readonly Finding[], severity: Finding["severity"]) => findings.reduce((n, f) => (f.severity === severity ? n + 1 : n), 0);

/** The row of one file. The status follows `isComplete`, exactly as `beschluss check` decides it. */
export function reportRow(input: ReadInput | UnreadableInput): ReportRow {
  if ("reason" in input) {
    return {
      file: input.file,
      status: "unreadable",
      reason: input.reason,
      detail: input.detail,
      vorlagenNr: "",
      betreff: "",
      federfuehrung: "",
      gremium: "",
      sitzungsdatum: "",
      betragCent: undefined,
      turnus: undefined,
      errors: 0,
      warnings: 0,
      infos: 0,
    };
  }
  const { header, zustaendigkeit, finanzierung } = input.vorlage;
  const money = finanzierung?.auswirkungen ? finanzierung : undefined;
  return {
    file: input.file,
    status: isComplete(input.findings) ? "complete" : "incomplete",
    vorlagenNr: header.vorlagenNr,
    betreff: header.betreff,
    federfuehrung: zustaendigkeit.federfuehrend,
    gremium: header.gremium,
    sitzungsdatum: header.sitzungsdatum,
    betragCent: money?.betragCent,
    turnus: money?.turnus,
    errors: count(input.findings, "error"),
    warnings: count(input.findings, "warning"),
    infos: count(input.findings, "info"),
  };
}
