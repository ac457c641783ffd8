import type { Profile } from "../core/profile/profile";
import { reportCsv } from "../core/report/report-csv";
import { reportHtml } from "../core/report/report-html";
import { buildReport, type ReadResult } from "../core/report/report-model";
import type { Lang } from "../i18n/format-finding";
import { reportText } from "../i18n/report-messages";

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
 * Renders the HTML report and the CSV table of a check; the command writes them (each
 * atomically, and only once every file has been checked, so that an interrupted run
 * leaves no partial report).
 */
export function renderReportFiles(results: readonly ReadResult[], targets: ReportTargets, profile: Profile, lang: Lang, now: Date = new Date()): ReportFile[] {
  if (!targets.html && !targets.csv) return [];
  const report = buildReport(results);
  const text = reportText(lang, profile);
  const files: ReportFile[] = [];
  if (targets.html) files.push({ path: targets.html, content: reportHtml(report, text, now.toISOString()) });
  if (targets.csv) files.push({ path: targets.csv, content: reportCsv(report, text) });
  return files;
}
