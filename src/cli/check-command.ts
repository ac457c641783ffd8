import { showPath } from "../i18n/cli-messages";
import type { ReportRow } from "../core/report/report-model";
import type { FileCheck } from "./check-file";
import { checkRendered } from "./check-pool";
import { reportStream } from "./check-report";
import { collectFiles } from "./collect-files";
import { UsageError, type Command } from "./command";
import { checkOutput, checkReportName } from "./output-target";
import { progressBar } from "./progress";
import { renderCheck, type RenderedCheck, type Rendering } from "./rendered-check";
import { writeOutput } from "./user-files";

/**
 * `beschluss check FILE|DIR…`: exit 0 all complete, 1 errors in a Vorlage, 2 a file unreadable.
 * The report files are checked before any file is read (a name that is an input, a folder,
 * a device, an existing file without --force: refused, exit 2) and written only after
 * every file was checked. The text or JSON report on standard output is written file by
 * file, in the files' order, as they are checked; of a result only what the report files
 * print (their row) is kept, and only when they are asked for. Each result is rendered (its
 * piece of the report, its row) in the thread that checked it (check-pool.ts).
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
  const wantsFiles = values.report !== undefined || values.csv !== undefined;
  // The report's rendering is loaded only when a report is asked for (a require for the reason given in main.ts).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const reportFiles = wantsFiles ? (require("./report-files") as typeof import("./report-files")) : undefined;
  const bar = progressBar(collected.files.length);
  const toStdout = values.report === "-" || values.csv === "-";
  const directories: FileCheck[] = [
    ...collected.emptyDirectories.map((d): FileCheck => ({ file: d, readable: false, error: t.noDocx })),
    ...collected.unreadableDirectories.map((d): FileCheck => ({ file: d.path, readable: false, error: t.errno(d.code) })),
  ];
  const total = directories.length + collected.files.length;
  const rendering: Rendering = { report: toStdout ? undefined : values.json ? "json" : "text", rows: wantsFiles };
  const report =
    rendering.report === undefined
      ? undefined
      : reportStream(rendering.report, total, profile, lang, (piece) => {
          bar.clear();
          io.out(piece);
        });
  const display = (file: string): string => collected.display.get(file) ?? file;
  const rows: ReportRow[] = [];
  let unreadable = false;
  let allComplete = true;
  const take = (r: RenderedCheck): void => {
    if (!r.readable) unreadable = true;
    if (!r.readable || !r.complete) allComplete = false;
    if (r.piece !== undefined) report?.addPiece(r, r.piece);
    if (r.row !== undefined) rows.push(r.row);
  };
  for (const d of directories) take(renderCheck(d, display(d.file), rendering, profile, lang));
  // In parallel where there are cores and files enough (check-pool.ts); each result in the order of the files, rendered, then dropped.
  await checkRendered(collected.files, profile, lang, rendering, display, { started: (file) => bar.tick(showPath(file)), each: take }, values.profile !== undefined);
  bar.done();
  report?.end();
  if (reportFiles) {
    for (const { path, content } of reportFiles.renderReportFiles(rows, { html: values.report, csv: values.csv }, profile, lang)) {
      if (path === "-") (io.raw ?? io.out)(content);
      else {
        writeOutput(path, content, t);
        io.err(t.written(path));
      }
    }
  }
  if (unreadable) return 2;
  return allComplete ? 0 : 1;
};
