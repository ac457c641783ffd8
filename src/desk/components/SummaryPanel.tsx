import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { profileOfId } from "../../core/profile/document-profile";
import type { Profile } from "../../core/profile/profile";
import type { ReportSummary } from "../../core/report/report-model";
import type { DeskMessages } from "../../i18n/desk-messages";
import { formatFinding, type Lang } from "../../i18n/format-finding";
import { kindOf } from "../../i18n/review-words";
import { showDezernat, showMoney } from "../desk-view";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(280px, 100%), 1fr))", gap: tokens.spacingHorizontalXXL, alignItems: "start" },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  top: { display: "flex", alignItems: "baseline", gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, flexWrap: "wrap" },
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", minWidth: 0, maxWidth: "100%" },
  count: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    whiteSpace: "nowrap",
  },
  /** A chip of a sentence (the older versions not counted): it wraps at 320 px instead of widening the page. */
  sentence: { whiteSpace: "normal" },
  big: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  /** Read by a screen reader (the live count while files are read), not shown: the chips beside it say the same. */
  hiddenText: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  kind: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalM, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXXS },
  example: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  nowrap: { whiteSpace: "nowrap" },
  bar: { display: "flex", flexDirection: "column", gap: "2px" },
  barLabel: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  track: {
    display: "flex",
    height: "12px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
    printColorAdjust: "exact",
    WebkitPrintColorAdjust: "exact",
  } as never,
  einmalig: { backgroundColor: tokens.colorBrandBackground },
  jaehrlich: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  ohne: { backgroundColor: tokens.colorNeutralForeground3 },
  legend: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "0.8em", height: "0.8em", marginRight: "0.3em", verticalAlign: "middle", printColorAdjust: "exact", WebkitPrintColorAdjust: "exact" } as never,
});

export interface SummaryPanelProps {
  readonly summary: ReportSummary;
  readonly profile: Profile;
  readonly lang: Lang;
  readonly t: DeskMessages;
}

export interface SummaryCountsProps {
  readonly summary: ReportSummary;
  readonly t: DeskMessages;
}

/**
 * The top of the results: how many are complete, incomplete, unreadable, in one line, so
 * that the table starts within the first screen (the open errors and the money follow it).
 */
export function SummaryCounts({ summary, t }: SummaryCountsProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby="summary-heading" className={styles.top} data-testid="summary-top">
      <h2 id="summary-heading" className={styles.heading}>
        {t.summary.heading}
      </h2>
      <Text role="status" data-testid="summary-counts" className={styles.hiddenText}>
        {t.summary.counts(summary.total, summary.complete, summary.incomplete, summary.unreadable)}
        {summary.keineVorlage > 0 ? `; ${summary.keineVorlage} ${t.status["keine-vorlage"]}` : ""}
        {summary.superseded > 0 ? `; ${t.summary.superseded(summary.superseded)}` : ""}
      </Text>
      <div className={styles.counts} aria-hidden="true">
        {(
          [
            ["complete", "vollstaendig"],
            ["incomplete", "unvollstaendig"],
            ["unreadable", "nicht-lesbar"],
            ...(summary.keineVorlage > 0 ? ([["keineVorlage", "keine-vorlage"]] as const) : []),
          ] as const
        ).map(([count, s]) => (
          <span key={s} className={styles.count}>
            <span className={styles.big}>{summary[count]}</span> {t.status[s]}
          </span>
        ))}
        {summary.superseded > 0 && (
          <span className={mergeClasses(styles.count, styles.sentence)} data-testid="superseded">
            {t.summary.superseded(summary.superseded)}
          </span>
        )}
      </div>
    </section>
  );
}

/** Under the table: the open errors by kind, and the money by Dezernat as bars with their figures in words. */
export function SummaryPanel({ summary, profile, lang, t }: SummaryPanelProps) {
  const styles = useStyles();
  const max = Math.max(1, ...summary.moneyByDezernat.map((m) => m.totalCent));
  const pct = (cents: number) => `${((cents / max) * 100).toFixed(2)}%`;
  const money = (c: number, p?: string) => (c === 0 ? "" : showMoney(c, profileOfId(p, profile), lang));
  return (
    <div className={styles.root} data-testid="summary">
      <div className={styles.block}>
        <h2 className={styles.heading}>{t.summary.errorsHeading}</h2>
        {summary.openErrors.length === 0 ? (
          <Text>{t.summary.noErrors}</Text>
        ) : (
          <ul className={styles.list} data-testid="errors-by-kind">
            {summary.openErrors.map((k) => (
              <li key={k.code} className={styles.kind}>
                <span>
                  {kindOf(k.example, lang, profileOfId(k.exampleProfile, profile))}
                  <span className={styles.example}>{t.example(formatFinding(k.example, lang, profileOfId(k.exampleProfile, profile)))}</span>
                </span>
                <span className={styles.nowrap}>{t.summary.kindCount(k.count, k.files)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.block}>
        <h2 className={styles.heading}>{t.summary.moneyHeading}</h2>
        {summary.moneyByDezernat.length === 0 ? (
          <Text>{t.summary.noMoney}</Text>
        ) : (
          <>
            <span className={styles.legend}>
              <span>
                <span aria-hidden="true" className={mergeClasses(styles.swatch, styles.einmalig)} />
                {t.turnus.einmalig}
              </span>
              <span>
                <span aria-hidden="true" className={mergeClasses(styles.swatch, styles.jaehrlich)} />
                {t.turnus.jaehrlich}
              </span>
            </span>
            <ul className={styles.list} data-testid="money-by-dezernat">
              {summary.moneyByDezernat.map((m) => (
                <li key={`${m.profile ?? ""} ${m.dezernat}`} className={styles.bar}>
                  <span className={styles.barLabel}>
                    <strong>{showDezernat(m.dezernat, profileOfId(m.profile, profile), t)}</strong>
                    <span>{t.summary.money(money(m.einmaligCent, m.profile), money(m.jaehrlichCent, m.profile), money(m.ohneTurnusCent, m.profile))}</span>
                  </span>
                  <span className={styles.track} aria-hidden="true">
                    <span className={styles.einmalig} style={{ width: pct(m.einmaligCent) }} />
                    <span className={styles.jaehrlich} style={{ width: pct(m.jaehrlichCent) }} />
                    <span className={styles.ohne} style={{ width: pct(m.ohneTurnusCent) }} />
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
