import type { Profile } from "../core/profile/profile";
import { reportCsv } from "../core/report/report-csv";
import { reportHtml } from "../core/report/report-html";
import { buildReport, type ReadResult } from "../core/report/report-model";
import type { Lang } from "../i18n/format-finding";
import { reportText } from "../i18n/report-messages";
import { writeFileAtomic } from "./atomic-write";

/** `--report bericht.html` and `--csv bericht.csv` of `check`. */
export interface ReportTargets {
  readonly html?: string | undefined;
  readonly csv?: string | undefined;
}

/**
 * Writes the HTML report and the CSV table of a check, each atomically (an interrupted run
 * leaves the old file or none); returns the paths written.
 */
export function writeReportFiles(results: readonly ReadResult[], targets: ReportTargets, profile: Profile, lang: Lang, now: Date = new Date()): string[] {
  const written: string[] = [];
  if (!targets.html && !targets.csv) return written;
  const report = buildReport(results);
  const text = reportText(lang, profile);
  if (targets.html) {
    writeFileAtomic(targets.html, reportHtml(report, text, now.toISOString()));
    written.push(targets.html);
  }
  if (targets.csv) {
    writeFileAtomic(targets.csv, reportCsv(report, text));
    written.push(targets.csv);
  }
  return written;
}
