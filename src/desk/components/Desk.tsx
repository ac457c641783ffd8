import { Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, Select, Text, tokens } from "@fluentui/react-components";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Profile } from "../../core/profile/profile";
import { reportCsv } from "../../core/report/report-csv";
import { markDuplicates } from "../../core/report/duplicates";
import { summarize, type ReportStatus } from "../../core/report/report-model";
import { DESK_MESSAGES } from "../../i18n/desk-messages";
import type { Lang } from "../../i18n/format-finding";
import { reportText } from "../../i18n/report-messages";
import { download } from "../../taskpane/download";
import type { PickedFile } from "../collect-files";
import { ALL, NO_FILTERS, optionsOf, showDate, showDezernat, visibleRows, type Filters, type Sort, type SortKey } from "../desk-view";
import type { DeskEntry } from "../read-entry";
import { jobsOf } from "../job-slices";
import { useMarksApplied, withMarksApplied } from "../marks-in-table";
import { readInWorkers } from "../reader-pool";
import { CompareView } from "./CompareView";
import { DetailPanel } from "./DetailPanel";
import { DropArea } from "./DropArea";
import { ResultsTable } from "./ResultsTable";
import { SummaryCounts, SummaryPanel } from "./SummaryPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, minHeight: "100vh", boxSizing: "border-box", maxWidth: "100%" },
  header: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  title: { margin: 0, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  switches: { display: "flex", gap: tokens.spacingHorizontalS },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "flex-end", flexWrap: "wrap" },
  filter: { minWidth: "12em" },
  progress: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "16em" },
});

export interface DeskProps {
  readonly profile: Profile;
  readonly profileId: string;
  /** The reviewer chose the profile (?profile=): it wins over the one a document names. Otherwise each document is read with the built-in profile it names, as `check` does. */
  readonly profileChosen?: boolean;
  readonly workerUrl: string;
  readonly initialLang: Lang;
  readonly initialDark: boolean;
  readonly onTheme: (dark: boolean) => void;
}

/**
 * The rows shown, as CSV, made by the same code as `beschluss check --csv`; an unreadable
 * file's reason in the page's language.
 */
function csvOf(shown: readonly DeskEntry[], profile: Profile, lang: Lang): string {
  const rows = shown.map((e) => (e.reason ? { ...e.row, error: DESK_MESSAGES[lang].reasons[e.reason] } : e.row));
  return reportCsv({ rows, summary: summarize(rows) }, reportText(lang, profile));
}

/**
 * Results reach the table at most this often while files are read: every update lays out the
 * table again, so a few updates a second keep the progress bar moving without filling the
 * main thread with layout.
 */
const RENDER_EVERY_MS = 300;

type Reading = { readonly total: number; readonly done: number; readonly running: boolean };

/** Keeps ?lang and ?theme in the address, so that a reload or a bookmark opens the page as the reviewer left it. */
function remember(name: string, value: string): void {
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  history.replaceState(null, "", url);
}

/**
 * The reviewers' desk: drop a sitting's Vorlagen, see them all in one table with what is
 * missing in each: the counts and the table within the first screen (the drop area shrinks
 * to one line once files are loaded), the open errors and the money below, CSV and print.
 * Reading runs in Web Workers; results arrive in batches and render as a transition, so the
 * page stays usable.
 */
export function Desk({ profile, profileId, profileChosen = false, workerUrl, initialLang, initialDark, onTheme }: DeskProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [dark, setDark] = useState(initialDark);
  const t = DESK_MESSAGES[lang];
  const [entries, setEntries] = useState<readonly DeskEntry[]>([]);
  const [reading, setReading] = useState<Reading>({ total: 0, done: 0, running: false });
  const [notice, setNotice] = useState<{ intent: "error" | "warning"; text: string } | undefined>(undefined);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort | undefined>(undefined);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const [comparing, setComparing] = useState(false);
  const stop = useRef<(() => void) | undefined>(undefined);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
  }, [lang, t]);
  useEffect(() => () => stop.current?.(), []);

  const onFiles = useCallback(
    (files: PickedFile[]) => {
      if (files.length === 0) return;
      stop.current?.();
      setEntries([]);
      setSelected(undefined);
      setComparing(false);
      setNotice(undefined);
      setFilters(NO_FILTERS);
      setReading({ total: files.length, done: 0, running: true });
      stop.current = readInWorkers(
        workerUrl,
        { id: profileId, chosen: profileChosen },
        jobsOf(files),
        {
          onEntries: (batch) =>
            startTransition(() => {
              setEntries((old) => [...old, ...batch].sort((a, b) => a.id - b.id));
              setReading((r) => ({ ...r, done: r.done + batch.length }));
            }),
          onDone: () => startTransition(() => setReading((r) => ({ ...r, running: false }))),
          onFailed: (path, message) => {
            setReading((r) => ({ ...r, running: false }));
            setNotice({ intent: "error", text: t.internalError(path ? `${path}: ${message}` : message) });
          },
        },
        RENDER_EVERY_MS,
      );
    },
    [workerUrl, profileId, profileChosen, t],
  );
  const cancel = () => {
    stop.current?.();
    stop.current = undefined;
    setReading((r) => ({ ...r, running: false }));
    setNotice({ intent: "warning", text: t.cancelled });
  };

  // Rows whose Vorlagen-Nr. another file has too carry the „mehrfach vorhanden“ flag; the totals count it once.
  const marked = useMemo(() => {
    const flagged = markDuplicates(entries.map((e) => e.row));
    return entries.map((e, i) => (flagged[i] === e.row ? e : { ...e, row: flagged[i] as DeskEntry["row"] }));
  }, [entries]);
  const rows = useMemo(() => marked.map((e) => e.row), [marked]);
  const summary = useMemo(() => summarize(rows), [rows]);
  // The table takes the marks once reading is done, a frame's worth at a time (marks-in-table.ts).
  const applied = useMarksApplied(reading.running, marked.length);
  const inTable = useMemo(() => withMarksApplied(entries, marked, applied), [entries, marked, applied]);
  const shown = useMemo(() => visibleRows(inTable, filters, sort), [inTable, filters, sort]);
  const dezernate = useMemo(() => optionsOf(rows, "federfuehrung"), [rows]);
  const gremien = useMemo(() => optionsOf(rows, "gremium"), [rows]);
  const open = marked.find((e) => e.id === selected);
  const onSort = useCallback((key: SortKey) => setSort((s) => (s?.key === key ? { key, descending: !s.descending } : { key, descending: false })), []);
  const onOpen = useCallback((id: number) => setSelected(id), []);
  const today = new Date().toISOString().slice(0, 10);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <div>
          <h1 className={styles.title}>{t.title}</h1>
          <Text className="desk-no-print">{t.intro}</Text>
          <Text className="desk-print-only" data-testid="print-heading">
            {t.printHeading(showDate(today, profile, lang), shown.length)}
          </Text>
        </div>
        <div className={`${styles.switches} desk-no-print`}>
          <Button
            onClick={() => {
              setDark(!dark);
              onTheme(!dark);
              remember("theme", dark ? "light" : "dark");
            }}
          >
            {dark ? t.theme.light : t.theme.dark}
          </Button>
          <Button
            lang={lang === "de" ? "en" : "de"}
            onClick={() => {
              const next = lang === "de" ? "en" : "de";
              setLang(next);
              remember("lang", next);
            }}
          >
            {t.otherLanguage}
          </Button>
        </div>
      </header>

      <div className="desk-no-print">
        <DropArea t={t} disabled={reading.running} compact={reading.total > 0} onFiles={onFiles} />
      </div>

      {reading.total > 0 ? (
        <div className={`${styles.progress} desk-no-print`}>
          <Field className={styles.grow} label={t.progressLabel} hint={t.progress(reading.done, reading.total)}>
            <ProgressBar value={reading.done} max={reading.total} thickness="large" aria-valuetext={t.progress(reading.done, reading.total)} />
          </Field>
          {reading.running ? <Button onClick={cancel}>{t.cancel}</Button> : null}
        </div>
      ) : null}
      {notice ? (
        <MessageBar intent={notice.intent} className="desk-no-print">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}

      {entries.length === 0 ? (
        <Text>{t.empty}</Text>
      ) : (
        <>
          <SummaryCounts summary={summary} t={t} />
          <div className={`${styles.toolbar} desk-no-print`}>
            <Field label={t.filters.status} className={styles.filter}>
              <Select value={filters.status} onChange={(_, d) => setFilters({ ...filters, status: d.value as ReportStatus | "all" })}>
                <option value="all">{t.filters.all}</option>
                {(["vollstaendig", "unvollstaendig", "keine-vorlage", "nicht-lesbar"] as const).map((s) => (
                  <option key={s} value={s}>
                    {t.status[s]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t.filters.dezernat} className={styles.filter}>
              <Select value={filters.dezernat} onChange={(_, d) => setFilters({ ...filters, dezernat: d.value })}>
                <option value={ALL}>{t.filters.all}</option>
                {dezernate.map((d) => (
                  <option key={d} value={d}>
                    {d === "" ? t.filters.none : showDezernat(d, profile, t)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t.filters.gremium} className={styles.filter}>
              <Select value={filters.gremium} onChange={(_, d) => setFilters({ ...filters, gremium: d.value })}>
                <option value={ALL}>{t.filters.all}</option>
                {gremien.map((g) => (
                  <option key={g} value={g}>
                    {g === "" ? t.filters.none : g}
                  </option>
                ))}
              </Select>
            </Field>
            <Button appearance="primary" onClick={() => download(t.csvFile, csvOf(visibleRows(marked, filters, sort), profile, lang), "text/csv;charset=utf-8")}>
              {t.exportCsv}
            </Button>
            <Button onClick={() => window.print()}>{t.print}</Button>
            <Button disabled={reading.running || entries.filter((e) => e.vorlage).length < 2} onClick={() => setComparing(true)}>
              {t.compare.open}
            </Button>
          </div>
          {comparing ? (
            <div className="desk-no-print">
              <CompareView entries={entries} profile={profile} lang={lang} t={t} onClose={() => setComparing(false)} />
            </div>
          ) : null}
          <ResultsTable entries={shown} total={entries.length} sort={sort} onSort={onSort} selected={selected} onOpen={onOpen} profile={profile} lang={lang} t={t} />
          {open ? (
            <div className="desk-no-print">
              <DetailPanel entry={open} profile={profile} lang={lang} t={t} onClose={() => setSelected(undefined)} />
            </div>
          ) : null}
          <SummaryPanel summary={summary} profile={profile} lang={lang} t={t} />
        </>
      )}
    </main>
  );
}
