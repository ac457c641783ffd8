import { reasonsOf, type Report, type ReportRow } from "./report-model";
import { REPORT_COLUMNS, type ReportColumn, type ReportText } from "./report-text";

/** Spreadsheets run a cell that begins with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/u;
/** A plain number (what amountCell and the counts write) is safe and must stay a number for Excel. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/u;

/**
 * One cell: neutralised against formula injection (a leading apostrophe, as OWASP advises,
 * which Excel shows as text and hides), then quoted when it holds the separator, a quote or a
 * line break (RFC 4180, with `;` as German Excel expects).
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[;"\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/**
 * Between the reasons of one row in its „Gründe“ cell. The cell is then quoted (it holds the
 * separator), so Excel keeps it one cell, and a reader splitting the line reads it whole.
 */
export const REASON_SEPARATOR = "; ";

function cellValue(row: ReportRow, column: ReportColumn, text: ReportText): string {
  switch (column) {
    case "file":
      return row.file;
    case "vorlagenNr":
      return row.vorlagenNr;
    case "betreff":
      return row.betreff;
    case "federfuehrung":
      // A spreadsheet's filter is typed with a plain space: „Dezernat III“ as typed, not as printed.
      return row.federfuehrung === "" ? "" : text.dezernat(row.federfuehrung, row.profile).replace(/\u00a0/gu, " ");
    case "gremium":
      return row.gremium;
    case "sitzungsdatum":
      return row.sitzungsdatum === "" ? "" : text.date(row.sitzungsdatum);
    case "betrag":
      // Words, not a number, for an amount in doubt: a spreadsheet's SUM leaves text out.
      return row.betragZweifel !== undefined ? text.amountDoubt[row.betragZweifel] : row.betragCent === undefined ? "" : text.amountCell(row.betragCent);
    case "turnus":
      return row.turnus === undefined ? "" : text.turnus[row.turnus];
    case "status":
      return row.status === "nicht-lesbar" && row.error !== "" ? `${text.status[row.status]}: ${row.error}` : text.status[row.status];
    case "errors":
    case "warnings":
      return row[column] === undefined ? "" : String(row[column]);
    case "reading":
      return text.reading[row.reading];
    case "reasons":
      return row.status === "nicht-lesbar" ? row.error : reasonsOf(row).map((f) => text.finding(f, row.profile)).join(REASON_SEPARATOR);
    case "duplicate":
      return row.duplicate === undefined ? "" : text.duplicate(row.duplicate);
  }
}

/**
 * The table as CSV for German Excel: a UTF-8 byte order mark (without it Excel reads UTF-8
 * as Windows-1252 and breaks every umlaut), `;` between cells, CRLF between rows.
 */
export function reportCsv(report: Report, text: ReportText): string {
  const lines = [REPORT_COLUMNS.map((c) => csvCell(text.columns[c])).join(";")];
  for (const row of report.rows) lines.push(REPORT_COLUMNS.map((c) => csvCell(cellValue(row, c, text))).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
