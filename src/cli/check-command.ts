import { checkFile, type FileCheck } from "./check-file";
import { jsonReport, textReport } from "./check-report";
import { collectFiles } from "./collect-files";
import { UsageError, type Command } from "./command";
import { progressBar } from "./progress";

/** `beschluss check FILE|DIR…`: exit 0 all complete, 1 errors in a Vorlage, 2 a file unreadable. */
export const check: Command = ({ files, values, profile, lang, io, t }) => {
  if (files.length === 0) throw new UsageError(t.needsFile);
  const collected = collectFiles(files);
  const bar = progressBar(collected.files.length);
  const results: FileCheck[] = collected.emptyDirectories.map((d) => ({ file: d, readable: false, error: t.noDocx }));
  for (const file of collected.files) {
    bar.tick(file);
    results.push(checkFile(file, profile, lang));
  }
  bar.done();
  io.out(values.json ? jsonReport(results, profile, lang) : textReport(results, profile, lang));
  if (values.report || values.csv) {
    // The report's rendering is loaded only when a report is asked for (a require for the reason given in main.ts).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { writeReportFiles } = require("./report-files") as typeof import("./report-files");
    for (const path of writeReportFiles(results, { html: values.report, csv: values.csv }, profile, lang)) io.err(t.written(path));
  }
  if (results.some((r) => !r.readable)) return 2;
  return results.every((r) => r.readable && r.complete) ? 0 : 1;
};
