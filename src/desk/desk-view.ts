import type { Profile } from "../core/profile/profile";
import { dezernatLabel } from "../core/profile/dezernat-label";
import type { ReportRow, ReportStatus } from "../core/report/report-model";
import type { DeskMessages } from "../i18n/desk-messages";
import type { Lang } from "../i18n/format-finding";
import { amountForReader, dateForReader } from "../i18n/reader-formats";

/** The columns a reviewer can sort by. */
export type SortKey = "file" | "vorlagenNr" | "betreff" | "federfuehrung" | "gremium" | "sitzungsdatum" | "betrag" | "status" | "errors" | "warnings";
export interface Sort {
  readonly key: SortKey;
  readonly descending: boolean;
}

/** `all`, or the exact value ('' = rows that state none). */
export interface Filters {
  readonly status: ReportStatus | "all";
  readonly dezernat: string;
  readonly gremium: string;
}
export const ALL = "\u0000all";
export const NO_FILTERS: Filters = { status: "all", dezernat: ALL, gremium: ALL };

const STATUS_ORDER: Readonly<Record<ReportStatus, number>> = { "nicht-lesbar": 0, "keine-vorlage": 1, unvollstaendig: 2, vollstaendig: 3 };
const collator = new Intl.Collator("de", { numeric: true, sensitivity: "base" });

function compare(a: ReportRow, b: ReportRow, key: SortKey): number {
  switch (key) {
    case "betrag":
      return (a.betragCent ?? -1) - (b.betragCent ?? -1);
    case "status":
      return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    case "errors":
    case "warnings":
      // An unreadable file has no counts; it sorts below a file with none.
      return (a[key] ?? -1) - (b[key] ?? -1);
    default:
      return collator.compare(a[key], b[key]);
  }
}

/** The rows the table shows: filtered, then sorted (stable: equal rows keep the order the files came in). */
export function visibleRows<T extends { readonly row: ReportRow }>(items: readonly T[], filters: Filters, sort: Sort | undefined): T[] {
  const shown = items.filter(
    ({ row }) =>
      (filters.status === "all" || row.status === filters.status) &&
      (filters.dezernat === ALL || row.federfuehrung === filters.dezernat) &&
      (filters.gremium === ALL || row.gremium === filters.gremium),
  );
  if (!sort) return shown;
  const sign = sort.descending ? -1 : 1;
  return shown.sort((x, y) => sign * compare(x.row, y.row, sort.key));
}

/** The distinct values of a column for its filter, in German order; '' (not stated) last. */
export function optionsOf(rows: readonly ReportRow[], key: "federfuehrung" | "gremium"): string[] {
  const values = [...new Set(rows.filter((r) => r.status !== "nicht-lesbar").map((r) => r[key]))];
  return values.sort((a, b) => (a === "" ? 1 : b === "" ? -1 : collator.compare(a, b)));
}

export const showDezernat = (id: string, profile: Profile, t: DeskMessages): string => (id === "" ? t.summary.withoutDezernat : dezernatLabel(id, profile, "\u00a0"));
/** A date in the page's language: the house style in German, ISO 8601 in English (i18n/reader-formats.ts). */
export const showDate = (iso: string, profile: Profile, lang: Lang): string => dateForReader(iso, lang, profile.houseStyle.date);
/** An amount in the page's language: the house style in German, "€12,400" in English (i18n/reader-formats.ts). */
export const showMoney = (cents: number | undefined, profile: Profile, lang: Lang): string => (cents === undefined ? "" : amountForReader(cents, lang, profile.houseStyle.money));
