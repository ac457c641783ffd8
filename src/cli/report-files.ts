import { deserialize, serialize } from "node:v8";
import type { Profile } from "../core/profile/profile";
import { markDuplicates } from "../core/report/duplicates";
import { reportCsv } from "../core/report/report-csv";
import { reportHtml } from "../core/report/report-html";
import { reportRow, summarize, type Report, type ReportRow } from "../core/report/report-model";
import type { Lang } from "../i18n/format-finding";
import { reportText } from "../i18n/report-messages";
import type { FileCheck } from "./check-file";

/** `--report bericht.html` and `--csv bericht.csv` of `check`; `-` is standard output. */
export interface ReportTargets {
  readonly html?: string | undefined;
  readonly csv?: string | undefined;
}

/** One report file to write: where (a path or `-`) and what. */
export interface ReportFile {
  readonly path: string;
  readonly content: string;
}

/**
 * What the report files need of one result, shown under `file`: its row, as a copy (the
 * structured clone of node:v8, as a worker's result arrives), since the strings read from a
 * document are slices of its parts' text and would keep every document.xml of the folder
 * alive until the report is written. The row names the profile the file was read with, so
 * that a Karlsruhe draft in a folder checked as Wiesbaden is worded as Karlsruhe's.
 */
export function keptRow(result: FileCheck, file: string): ReportRow {
  const read = result.readable ? { ...result, file, profile: result.profile.id } : { ...result, file };
  return deserialize(serialize(reportRow(read))) as ReportRow;
}

/**
 * The report of the rows (`reportRow` of each result, in the files' order), as `buildReport`
 * makes it of the results: the command keeps a file's row, not its whole Vorlage with every
 * clause, until the folder is read.
 */
export function reportOfRows(rows: readonly ReportRow[]): Report {
  const marked = markDuplicates(rows);
  return { rows: marked, summary: summarize(marked) };
}

/**
 * Renders the HTML report and the CSV table of a check; the command writes them (each
 * atomically, and only once every file has been checked, so that an interrupted run
 * leaves no partial report).
 */
export function renderReportFiles(rows: readonly ReportRow[], targets: ReportTargets, profile: Profile, lang: Lang, now: Date = new Date()): ReportFile[] {
  if (!targets.html && !targets.csv) return [];
  const report = reportOfRows(rows);
  const text = reportText(lang, profile);
  const files: ReportFile[] = [];
  if (targets.html) files.push({ path: targets.html, content: reportHtml(report, text, now.toISOString()) });
  if (targets.csv) files.push({ path: targets.csv, content: reportCsv(report, text) });
  return files;
}
