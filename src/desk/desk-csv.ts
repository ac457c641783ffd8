import type { Profile } from "../core/profile/profile";
import type { ReportRow } from "../core/report/report-row";
import type { DeskMessages } from "../i18n/desk-messages";
import { showDate } from "./desk-view";

/**
 * A cell as German Excel reads it: quoted when it holds the separator, a quote or a line
 * break; a text that starts like a formula (=, +, -, @, tab) gets a leading apostrophe so
 * that a Betreff can never run as a formula (CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Euros with a decimal comma and no grouping, so that Excel takes it as a number: 12400,00. */
const euros = (cents: number | undefined): string => (cents === undefined ? "" : `${Math.trunc(cents / 100)},${String(Math.abs(cents % 100)).padStart(2, "0")}`);

/** The table as CSV: semicolons, CRLF, UTF-8 with a byte order mark so that German Excel opens it with its umlauts. */
export function deskCsv(rows: readonly ReportRow[], profile: Profile, t: DeskMessages): string {
  const c = t.columns;
  const head = [c.file, c.vorlagenNr, c.betreff, c.federfuehrung, c.gremium, c.sitzungsdatum, `${c.betrag} (€)`, c.turnus, c.status, c.reason, c.errors, c.warnings, c.infos];
  const lines = rows.map((r) =>
    [
      r.file,
      r.vorlagenNr,
      r.betreff,
      r.federfuehrung ? `${profile.dezernate.prefix} ${r.federfuehrung}` : "",
      r.gremium,
      showDate(r.sitzungsdatum, profile),
      euros(r.betragCent),
      r.turnus ? t.turnus[r.turnus] : "",
      t.status[r.status],
      r.reason ? t.reasons[r.reason] : "",
      r.status === "unreadable" ? "" : String(r.errors),
      r.status === "unreadable" ? "" : String(r.warnings),
      r.status === "unreadable" ? "" : String(r.infos),
    ]
      .map(csvCell)
      .join(";"),
  );
  return `\uFEFF${[head.map((h) => csvCell(h.replace(/\u00ad/g, ""))).join(";"), ...lines].join("\r\n")}\r\n`;
}
