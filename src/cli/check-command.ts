import { showPath } from "../i18n/cli-messages";
import type { FileCheck } from "./check-file";
import { checkFiles } from "./check-pool";
import { jsonReport, textReport } from "./check-report";
import { collectFiles } from "./collect-files";
import { UsageError, type Command } from "./command";
import { checkOutput, checkReportName } from "./output-target";
import { progressBar } from "./progress";
import { writeOutput } from "./user-files";

/**
 * `beschluss check FILE|DIR…`: exit 0 all complete, 1 errors in a Vorlage, 2 a file unreadable.
 * The report files are checked before any file is read (a name that is an input, a folder,
 * a device, an existing file without --force: refused, exit 2) and written only after
 * every file was checked.
 */
export const check: Command = async ({ files, values, profile, lang, io, t }) => {
  if (files.length === 0) throw new UsageError(t.needsFile);
  if (values.report !== undefined) checkReportName("report", values.report, t);
  if (values.csv !== undefined) checkReportName("csv", values.csv, t);
  if (values.report === "-" && values.csv === "-") throw new UsageError(t.oneStdout);
  const collected = collectFiles(files);
  for (const target of [values.report, values.csv]) {
    if (target !== undefined && target !== "-") checkOutput(target, { inputs: [...files, ...collected.files, ...(values.profile === undefined ? [] : [values.profile])], force: values.force === true, t });
  }
  const bar = progressBar(collected.files.length);
  const results: FileCheck[] = [
    ...collected.emptyDirectories.map((d): FileCheck => ({ file: d, readable: false, error: t.noDocx })),
    ...collected.unreadableDirectories.map((d): FileCheck => ({ file: d.path, readable: false, error: t.errno(d.code) })),
  ];
  // In parallel where there are cores and files enough (check-pool.ts); the results in the order of the files.
  results.push(...(await checkFiles(collected.files, profile, lang, (file) => bar.tick(showPath(file)))));
  bar.done();
  const toStdout = values.report === "-" || values.csv === "-";
  if (!toStdout) io.out(values.json ? jsonReport(results, profile, lang) : textReport(results, profile, lang));
  if (values.report || values.csv) {
    // The report's rendering is loaded only when a report is asked for (a require for the reason given in main.ts).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { renderReportFiles } = require("./report-files") as typeof import("./report-files");
    const shown = results.map((r) => ({ ...r, file: collected.display.get(r.file) ?? r.file }));
    for (const { path, content } of renderReportFiles(shown, { html: values.report, csv: values.csv }, profile, lang)) {
      if (path === "-") (io.raw ?? io.out)(content);
      else {
        writeOutput(path, content, t);
        io.err(t.written(path));
      }
    }
  }
  if (results.some((r) => !r.readable)) return 2;
  return results.every((r) => r.readable && r.complete) ? 0 : 1;
};
