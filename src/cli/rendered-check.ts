import type { Profile } from "../core/profile/profile";
import type { ReportRow } from "../core/report/report-model";
import type { Lang } from "../i18n/format-finding";
import type { FileCheck } from "./check-file";
import { reportPiece, type Tallied } from "./check-report";

/**
 * What `check DIR` makes of each result: the piece of the text or JSON report on standard
 * output (none when a report file goes there instead) and the row the report files print
 * (only when they are asked for). Plain data, sent to the checking threads as they start.
 */
export interface Rendering {
  readonly report: "text" | "json" | undefined;
  readonly rows: boolean;
}

/**
 * A file's result as the command keeps it: what the report's closing line and the exit code
 * count, its piece of the report, its row. A checking thread sends this instead of the whole
 * result (the Vorlage with every clause and finding, some 57 KB cloned per ten-page file),
 * which the command's thread, busy checking files of its own, would otherwise copy in and
 * render.
 */
export type RenderedCheck = Tallied & {
  readonly file: string;
  readonly piece: string | undefined;
  readonly row: ReportRow | undefined;
};

/** Renders a result where it was checked; `display` is the file's name in the report files (collect-files.ts). */
export function renderCheck(r: FileCheck, display: string, rendering: Rendering, profile: Profile, lang: Lang): RenderedCheck {
  const piece = rendering.report === undefined ? undefined : reportPiece(rendering.report, r, profile, lang);
  // The report files' rendering is loaded only when they are asked for (a require for the reason given in main.ts).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const row = rendering.rows ? (require("./report-files") as typeof import("./report-files")).keptRow(r, display) : undefined;
  return r.readable ? { file: r.file, readable: true, complete: r.complete, keineVorlage: r.keineVorlage, piece, row } : { file: r.file, readable: false, piece, row };
}
