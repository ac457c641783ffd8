import { isExists } from "date-fns";
import { InvalidValueError } from "../errors";
import type { IsoDate } from "../model/vorlage";

/**
 * Dates as Vorlagen write them: "27.02.2024", "27.02.24", "12. Oktober 2009",
 * "22.Mai 2022", the two-day sessions "16./17.12.2025", and ISO 8601's "2025-06-12" (forms, exports). Impossible dates
 * ("31.02.2024") are still returned, marked invalid, so that recognition keeps what was
 * written and validation can say what is wrong.
 */
export interface FoundDate {
  readonly start: IsoDate;
  /** The last day of a multi-day session, when one is written. */
  readonly end?: IsoDate;
  readonly valid: boolean;
  readonly index: number;
  readonly text: string;
}

export const MONTHS = [
  "Januar", "Februar", "März", "April", "Mai", "Juni",
  "Juli", "August", "September", "Oktober", "November", "Dezember",
] as const;

const MONTH_ALT: Readonly<Record<string, number>> = { Maerz: 3, Jänner: 1 };

function monthNumber(name: string): number | undefined {
  const i = MONTHS.indexOf(name as (typeof MONTHS)[number]);
  return i >= 0 ? i + 1 : MONTH_ALT[name];
}

function fullYear(y: string): number {
  const n = Number(y);
  // Two-digit years: the add-in deals with current records, so 00–69 are 2000–2069.
  return y.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** True when `date` is `YYYY-MM-DD` and that day exists (years 0–99 do not count: no record is that old). */
export function isValidIsoDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m !== null && isExists(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

const MONTH_NAMES = [...MONTHS, ...Object.keys(MONTH_ALT)].join("|");
const DATE = new RegExp(
  String.raw`(?<!\d)(\d{1,2})\.(?:\s*[/–-]\s*(\d{1,2})\.)?\s*(?:(\d{1,2})\.(\d{4}|\d{2})(?!\d)|(${MONTH_NAMES})\s*(\d{4}))`,
  "gu",
);

// Not inside a longer figure or reference („Az. 12-2025-06-12“, „2025-06-123“); a month and day that could be one.
const ISO_DATE = /(?<![\p{L}\d.\-/])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d\-/])/gu;

/** Every date in a text, in order. */
export function findDates(text: string): readonly FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(ISO_DATE)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    found.push({ start: iso(year, month, day), valid: isExists(year, month - 1, day), index: m.index, text: m[0] });
  }
  for (const m of text.matchAll(DATE)) {
    const month = m[3] !== undefined ? Number(m[3]) : monthNumber(m[5] as string);
    const year = fullYear((m[4] ?? m[6]) as string);
    if (month === undefined) continue;
    const startDay = Number(m[1]);
    const endDay = m[2] !== undefined ? Number(m[2]) : undefined;
    const valid =
      isExists(year, month - 1, startDay) && (endDay === undefined || (isExists(year, month - 1, endDay) && endDay > startDay));
    const start = iso(year, month, startDay);
    found.push(
      endDay === undefined
        ? { start, valid, index: m.index, text: m[0] }
        : { start, end: iso(year, month, endDay), valid, index: m.index, text: m[0] },
    );
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The date a whole string states, or `undefined`. */
export function parseDate(text: string): FoundDate | undefined {
  const trimmed = text.trim();
  const [first] = findDates(trimmed);
  return first && first.index === 0 && first.text.length === trimmed.length ? first : undefined;
}

/** Formats an ISO date in a profile's house style: "21.03.2024" or "21. März 2024". */
export function formatDate(date: IsoDate, style: "numeric" | "long"): string {
  if (!isValidIsoDate(date)) throw new InvalidValueError(`"${date}" is not a calendar date (expected YYYY-MM-DD).`);
  // Two fixed patterns over a date already checked: no locale machinery needed (and none shipped to the pane).
  const [y, m, d] = date.split("-") as [string, string, string];
  return style === "numeric" ? `${d}.${m}.${y}` : `${Number(d)}. ${MONTHS[Number(m) - 1]} ${y}`;
}
