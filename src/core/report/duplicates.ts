/**
 * The dates that tell versions of one Vorlage apart, as ISO timestamps, each when known:
 * the package metadata's „zuletzt geändert“ (docProps/core.xml `dcterms:modified`), the
 * document properties' creation date (`dcterms:created`, for files whose modified date is
 * missing) and the file's own date on disk or as the browser reports it.
 */
export interface VersionDates {
  readonly metadataModified?: string;
  readonly propertiesDate?: string;
  readonly fileModified?: string;
}

/** What decided which version is counted: the first of these, stated by every version, in which it is newer than the others. */
export type CountedBy = "metadata" | "properties" | "file" | "name";

/**
 * A row whose Vorlagen-Nr. appears in several files („mehrfach vorhanden“): a folder of a
 * sitting often holds a draft and its revisions. Each such row says so, and only one of them,
 * the newest, is counted in the totals, so that four versions are not summed into one
 * Dezernat's money.
 */
export interface Duplicate {
  /** How many rows carry this Vorlagen-Nr. (at least 2). */
  readonly copies: number;
  /** Whether this row is the version counted in the totals. */
  readonly counted: boolean;
  /** The file of the version that is counted. */
  readonly countedFile: string;
  readonly by: CountedBy;
}

/** What grouping needs of a report row (report-model.ts's VersionedRow has it; no import back, so no cycle). */
export interface VersionedRow {
  readonly file: string;
  /** "nicht-lesbar" rows are never grouped. */
  readonly status: string;
  readonly vorlagenNr: string;
  readonly dates: VersionDates;
  readonly duplicate?: Duplicate;
}

/** A Vorlagen-Nr. as written in different hands: spaces and case do not make another Vorlage. */
const keyOf = (nr: string): string => nr.replace(/\s+/gu, "").toUpperCase();

const time = (iso: string | undefined): number | undefined => {
  const t = iso === undefined ? Number.NaN : Date.parse(iso);
  return Number.isNaN(t) ? undefined : t;
};
/**
 * A file's date in steps of two seconds. Disks keep it in nanoseconds (ext4, NTFS: 100 ns), FAT and zip
 * archives in two seconds, a browser's File.lastModified in milliseconds, rounded its own way: files copied
 * in one go differ by microseconds, which the command read as „newer“ and the reviewers' page as equal, and
 * the two named different reasons for the same folder (tryout 5). Two files within one step are equally old
 * and the name decides, in both.
 */
const FILE_TIME_STEP_MS = 2000;
const fileTime = (iso: string | undefined): number | undefined => {
  const t = time(iso);
  return t === undefined ? undefined : Math.floor(t / FILE_TIME_STEP_MS);
};
/**
 * A file's name without its folder and extension, for comparing names: with the extension the collator put
 * „Lastenrad.docx“ after „Lastenrad_neu.docx“, „Lastenrad-v2.docx“ and „Lastenrad (2).docx“ („.“ sorts after
 * „_“, „-“ and the space), so that the name without a suffix — mostly the first draft — was counted (tryout 6).
 * Compared without it, a name that goes on from another („_neu“, „-v2“, „ (2)“) is the later one.
 */
const stemOf = (file: string): string => {
  const name = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
};
const names = new Intl.Collator("de", { numeric: true, sensitivity: "variant" });

/** Each date criterion in order of trust, with the date it reads; the name comes last and always decides. */
const DATES: readonly (readonly [Exclude<CountedBy, "name">, (r: VersionedRow) => number | undefined])[] = [
  ["metadata", (r) => time(r.dates.metadataModified)],
  ["properties", (r) => time(r.dates.propertiesDate)],
  ["file", (r) => fileTime(r.dates.fileModified)],
];

/**
 * The criteria that can rank a group: a date only when every version in it states one — a date one version lacks
 * says nothing about which is newer (a file written today by LibreOffice without core dates is not older than one
 * python-docx stamped 2013) — then the name.
 */
function criteriaFor(group: readonly VersionedRow[]): readonly (readonly [CountedBy, (a: VersionedRow, b: VersionedRow) => number])[] {
  const dates = DATES.filter(([, of]) => group.every((r) => of(r) !== undefined)).map(([by, of]) => [by, (a: VersionedRow, b: VersionedRow) => Math.sign((of(a) as number) - (of(b) as number))] as const);
  return [...dates, ["name", (a, b) => Math.sign(names.compare(stemOf(a.file), stemOf(b.file)) || names.compare(a.file, b.file))]];
}

/** Positive when `a` is the newer version; the criterion that decided. */
function newer(a: VersionedRow, b: VersionedRow, criteria: ReturnType<typeof criteriaFor>): { readonly order: number; readonly by: CountedBy } {
  for (const [by, compare] of criteria) {
    const order = compare(a, b);
    if (order !== 0 && !Number.isNaN(order)) return { order, by };
  }
  return { order: 0, by: "name" };
}

/**
 * The rows with `duplicate` set on every row whose Vorlagen-Nr. another readable row carries
 * too (order kept): the newest version by the metadata's modified date, then the document
 * properties' date, then the file's date, then the name („v10“ after „v9“) is counted; each
 * date only where every version of the group states it (`criteriaFor`).
 * Rows without a number, and unreadable files, are never grouped. Linear in the rows, apart
 * from sorting each group.
 */
export function markDuplicates<T extends VersionedRow>(rows: readonly T[]): readonly T[] {
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    if (row.status === "nicht-lesbar" || row.vorlagenNr.trim() === "") return;
    const key = keyOf(row.vorlagenNr);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const marks = new Map<number, Duplicate>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const criteria = criteriaFor(members.map((i) => rows[i] as VersionedRow));
    const ranked = [...members].sort((x, y) => newer(rows[y] as VersionedRow, rows[x] as VersionedRow, criteria).order);
    const best = rows[ranked[0] as number] as VersionedRow;
    const { by } = newer(best, rows[ranked[1] as number] as VersionedRow, criteria);
    for (const i of members) marks.set(i, { copies: members.length, counted: i === ranked[0], countedFile: best.file, by });
  }
  if (marks.size === 0 && rows.every((r) => r.duplicate === undefined)) return rows;
  return rows.map((row, i) => {
    const mark = marks.get(i);
    if (mark) return { ...row, duplicate: mark };
    if (row.duplicate === undefined) return row;
    const { duplicate: _, ...rest } = row;
    return rest as T;
  });
}

/** The rows that count in totals: every row but the older versions of a Vorlage that is there more than once. */
export function countedRows<T extends VersionedRow>(rows: readonly T[]): readonly T[] {
  return markDuplicates(rows).filter((r) => r.duplicate?.counted !== false);
}
