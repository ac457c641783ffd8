import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Fragment, memo, startTransition, useEffect, useState } from "react";
import { profileOfId } from "../../core/profile/document-profile";
import type { Profile } from "../../core/profile/profile";
import { reasonsOf, type ReportRow } from "../../core/report/report-model";
import type { DeskMessages } from "../../i18n/desk-messages";
import { formatFinding, type Lang } from "../../i18n/format-finding";
import type { DeskEntry } from "../read-entry";
import { showDate, showDezernat, showMoney, type Sort, type SortKey } from "../desk-view";

const useStyles = makeStyles({
  // Relative: the screen-reader-only texts inside (absolutely placed) stay in this scrolling box, not beside the page.
  wrap: { maxWidth: "100%", overflowX: "auto", position: "relative" },
  // Below this width the columns would be too narrow to read a word: the table scrolls sideways in its box instead.
  // Laid out by its content (no fixed layout): a column is never narrower than its longest word, so that a word
  // breaks only where German allows — at a space, a hyphen, or where the browser hyphenates (`hyphens: auto`,
  // lang="de") —, never inside („Stadtverordnete|nversammlung“, tryout 3, item 10). The widths are wishes.
  table: { width: "100%", minWidth: "46rem", borderCollapse: "collapse", tableLayout: "auto", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left", padding: `${tokens.spacingVerticalXS} 0`, fontWeight: tokens.fontWeightSemibold },
  th: { textAlign: "left", verticalAlign: "bottom", borderBottom: `2px solid ${tokens.colorNeutralStroke1}`, padding: "2px" },
  sort: { minWidth: 0, padding: "2px 4px", height: "auto", textAlign: "left", justifyContent: "flex-start", fontWeight: tokens.fontWeightSemibold, whiteSpace: "normal", overflowWrap: "break-word", hyphens: "manual" },
  td: { verticalAlign: "top", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "4px", overflowWrap: "break-word", hyphens: "auto" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  row: { cursor: "pointer", ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover } },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  // At least 24 × 24 px, the smallest target WCAG 2.2 (2.5.8) allows: a row without a number showed a 9 × 22 px „–“.
  open: { minWidth: "24px", minHeight: "24px", padding: "0 2px", height: "auto", textAlign: "left", justifyContent: "flex-start", whiteSpace: "normal", overflowWrap: "break-word", fontWeight: tokens.fontWeightRegular },
  status: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  dot: { display: "inline-block", width: "0.7em", height: "0.7em", borderRadius: "50%", marginRight: "0.35em", printColorAdjust: "exact", WebkitPrintColorAdjust: "exact" } as never,
  vollstaendig: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  unvollstaendig: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  "keine-vorlage": { backgroundColor: tokens.colorNeutralForeground3 },
  "nicht-lesbar": { backgroundColor: tokens.colorPaletteRedBackground3 },
  reason: { display: "block", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  // The reasons are sentences: their column keeps room for a few words beside the others' longest words.
  reasonsCell: { minWidth: "9rem" },
  reasons: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px", overflowWrap: "break-word", hyphens: "auto" },
  more: { color: tokens.colorNeutralForeground2 },
  duplicate: { display: "block", color: tokens.colorPaletteDarkOrangeForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "break-word" },
  plain: { padding: "2px 4px", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, display: "block" },
  /** Read by a screen reader, not shown. */
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

/** A column; `reasons` is not sortable (the error count sorts by the same thing). */
type Column = { readonly key: SortKey | "reasons"; readonly label: (t: DeskMessages) => string; readonly width: string; readonly numeric?: boolean };
const COLUMNS: readonly Column[] = [
  { key: "vorlagenNr", label: (t) => t.columns.vorlagenNr, width: "10%" },
  { key: "betreff", label: (t) => t.columns.betreff, width: "14%" },
  { key: "federfuehrung", label: (t) => t.columns.federfuehrung, width: "8%" },
  { key: "gremium", label: (t) => t.columns.gremium, width: "9%" },
  { key: "sitzungsdatum", label: (t) => t.columns.sitzungsdatum, width: "9%" },
  { key: "betrag", label: (t) => `${t.columns.betrag} / ${t.columns.turnus}`, width: "8%", numeric: true },
  { key: "status", label: (t) => t.columns.status, width: "12%" },
  { key: "reasons", label: (t) => t.columns.reasons, width: "15%" },
  { key: "errors", label: (t) => t.columns.errors, width: "7%", numeric: true },
  { key: "warnings", label: (t) => t.columns.warnings, width: "8%", numeric: true },
];

/** How many error sentences a row shows on screen; the rest are counted („+ 3 weitere“) and printed. */
export const REASONS_SHOWN = 2;

export interface ResultsTableProps {
  readonly entries: readonly DeskEntry[];
  readonly total: number;
  readonly sort: Sort | undefined;
  readonly onSort: (key: SortKey) => void;
  readonly selected: number | undefined;
  readonly onOpen: (id: number) => void;
  readonly profile: Profile;
  readonly lang: Lang;
  readonly t: DeskMessages;
}

interface RowProps {
  readonly entry: DeskEntry;
  readonly selected: boolean;
  readonly onOpen: (id: number) => void;
  readonly profile: Profile;
  readonly lang: Lang;
  readonly t: DeskMessages;
}

/** The name a row goes by: its Vorlagen-Nr., else its file name. */
export const nameOf = (row: ReportRow): string => row.vorlagenNr || row.file.split("/").pop() || row.file;

/** A count, or for an unreadable file (not checked, so not counted) a dash that a screen reader reads as words. */
function Count({ value, t, hidden }: { readonly value: number | undefined; readonly t: DeskMessages; readonly hidden: string }) {
  if (value !== undefined) return <>{value}</>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className={hidden}>{t.notCounted}</span>
    </>
  );
}

/**
 * Why the row is not ready, without a click: its first error sentences, and how many more
 * there are. The rest are in the list too, shown only on paper (the print view has no click).
 */
function Reasons({ row, profile, lang, t }: { readonly row: ReportRow; readonly profile: Profile; readonly lang: Lang; readonly t: DeskMessages }) {
  const styles = useStyles();
  const reasons = reasonsOf(row).map((f) => formatFinding(f, lang, profileOfId(row.profile, profile)));
  if (reasons.length === 0) return null;
  const hidden = reasons.length - REASONS_SHOWN;
  return (
    <>
      <ul className={styles.reasons}>
        {reasons.map((text, i) => (
          <li key={i} className={i < REASONS_SHOWN ? undefined : "desk-print-only"}>
            {text}
          </li>
        ))}
      </ul>
      {hidden > 0 ? <span className={`${styles.more} desk-no-print`}>{t.moreReasons(hidden)}</span> : null}
    </>
  );
}

/**
 * A file's name and folder, which may break after its separators („Dezernat II/|Vorlage_|2025-118_|Rat.docx“): on
 * paper the table is laid out by its longest words, and a long name must not push it off the page.
 */
function FileName({ path }: { readonly path: string }) {
  const parts = path.split(/(?<=[_\-./\\])/u);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** One Vorlage. Memoised: a batch of new results renders only the new rows. */
const ResultRow = memo(function ResultRow({ entry, selected, onOpen, profile: given, lang, t }: RowProps) {
  const styles = useStyles();
  const r = entry.row;
  // A file read with the profile it names is shown in that city's terms (its Dezernate, its house style).
  const profile = profileOfId(r.profile, given);
  const turnus = r.turnus ? t.turnus[r.turnus] : "";
  return (
    <tr className={mergeClasses(styles.row, selected && styles.selected)} onClick={() => onOpen(entry.id)} data-file={r.file} data-status={r.status}>
      <td className={styles.td}>
        {/* A row without a Vorlagen-Nr. shows that in words, and its button's name contains them (WCAG 2.5.3). */}
        <Button className={styles.open} appearance="transparent" aria-label={r.vorlagenNr ? t.detail.open(nameOf(r)) : t.detail.openWithoutNumber(nameOf(r))} onClick={(e) => (e.stopPropagation(), onOpen(entry.id))}>
          {r.vorlagenNr || t.withoutNumber}
        </Button>
        {r.duplicate && (
          <span className={styles.duplicate} data-testid="duplicate" data-counted={String(r.duplicate.counted)}>
            {t.duplicate(r.duplicate)}
          </span>
        )}
      </td>
      {r.status === "nicht-lesbar" ? (
        <td className={styles.td} colSpan={5} data-testid="reason">
          {entry.reason ? t.reasons[entry.reason] : r.error}
          <span className={styles.reason}>
            <FileName path={r.file} />
          </span>
        </td>
      ) : (
        <>
          <td className={styles.td} lang="de">
            {r.betreff}
            <span className={styles.reason}>
              <FileName path={r.file} />
            </span>
          </td>
          <td className={styles.td} lang="de">{r.federfuehrung ? showDezernat(r.federfuehrung, profile, t) : ""}</td>
          <td className={styles.td} lang="de">{r.gremium}</td>
          <td className={mergeClasses(styles.td, "desk-print-nowrap")}>{showDate(r.sitzungsdatum, profile, lang)}</td>
          <td className={mergeClasses(styles.td, styles.num)}>
            {r.betragZweifel !== undefined ? <span data-testid="uncertain-amount">{t.amountDoubt[r.betragZweifel]}</span> : showMoney(r.betragCent, profile, lang)}
            {turnus ? <span className={styles.reason}>{turnus}</span> : null}
          </td>
        </>
      )}
      <td className={styles.td} data-testid="status">
        <span className={styles.status}>
          <span className={mergeClasses(styles.dot, styles[r.status])} aria-hidden="true" />
          {t.status[r.status]}
        </span>
      </td>
      <td className={mergeClasses(styles.td, styles.reasonsCell)} data-testid="reasons">
        <Reasons row={r} profile={given} lang={lang} t={t} />
      </td>
      <td className={mergeClasses(styles.td, styles.num)} data-testid="errors">
        <Count value={r.errors} t={t} hidden={styles.hidden} />
      </td>
      <td className={mergeClasses(styles.td, styles.num)} data-testid="warnings">
        <Count value={r.warnings} t={t} hidden={styles.hidden} />
      </td>
    </tr>
  );
});

/** Rows added to the table per frame. */
const ROWS_PER_FRAME = 50;

/**
 * How many of `total` rows to render now: ROWS_PER_FRAME more each frame until all are there,
 * so that a thousand rows (a large folder, or a filter taken off) are laid out in short steps
 * instead of one long task on the main thread.
 */
function useRowsShown(total: number): number {
  const [limit, setLimit] = useState(ROWS_PER_FRAME);
  useEffect(() => {
    if (limit >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => startTransition(() => setLimit((l) => l + ROWS_PER_FRAME)), 0)));
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [limit, total]);
  return Math.min(limit, total);
}

/** The table of Vorlagen: column headers sort (aria-sort says how), a row opens the Vorlage's findings and structure. */
export function ResultsTable({ entries, total, sort, onSort, selected, onOpen, profile, lang, t }: ResultsTableProps) {
  const styles = useStyles();
  const shown = useRowsShown(entries.length);
  return (
    <div className={styles.wrap}>
      <table className={mergeClasses(styles.table, "desk-results")} data-testid="results">
        <caption className={styles.caption}>{t.tableCaption(entries.length, total)}</caption>
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c.key} style={{ width: c.width }} data-col={c.key} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              if (c.key === "reasons")
                return (
                  <th key={c.key} scope="col" className={styles.th}>
                    <span className={styles.plain}>{c.label(t)}</span>
                  </th>
                );
              const key = c.key;
              const active = sort?.key === key;
              return (
                <th key={c.key} scope="col" className={mergeClasses(styles.th, c.numeric && styles.num)} aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"}>
                  <Button className={mergeClasses(styles.sort, "desk-no-print")} appearance="transparent" title={t.sortBy(c.label(t))} onClick={() => onSort(key)}>
                    {c.label(t)}
                    {active ? <span aria-hidden="true">{sort.descending ? " ▼" : " ▲"}</span> : null}
                  </Button>
                  {/* Chromium leaves a button's text out of the header row it repeats on every printed page: paper gets plain text. */}
                  <span className={mergeClasses(styles.plain, "desk-print-only")} aria-hidden="true">
                    {c.label(t)}
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {entries.slice(0, shown).map((e) => (
            <ResultRow key={e.id} entry={e} selected={e.id === selected} onOpen={onOpen} profile={profile} lang={lang} t={t} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
