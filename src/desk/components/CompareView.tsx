import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { FieldChange, FieldValue } from "../../core/diff/field-diff";
import { diffVorlagen, type ClauseChange, type VorlageDiff } from "../../core/diff/vorlage-diff";
import type { WordChange } from "../../core/diff/word-diff";
import { profileOfUse } from "../../core/profile/document-profile";
import type { Profile } from "../../core/profile/profile";
import type { Finding } from "../../core/validation/finding";
import type { DeskMessages } from "../../i18n/desk-messages";
import { DIFF_MESSAGES, diffCodeWord, diffFieldLabel } from "../../i18n/diff-messages";
import { CATALOGUES, formatFinding, type Lang } from "../../i18n/format-finding";
import type { DeskEntry } from "../read-entry";
import { showDate, showMoney } from "../desk-view";
import { nameOf } from "./ResultsTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingVerticalM, border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, minWidth: 0 },
  head: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  sub: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  pick: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "flex-end", flexWrap: "wrap" },
  select: { minWidth: "16em", maxWidth: "100%" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  change: { borderLeft: `4px solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalS },
  ins: { backgroundColor: tokens.colorPaletteGreenBackground2, color: tokens.colorNeutralForeground1, textDecoration: "underline" },
  del: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorNeutralForeground1, textDecoration: "line-through" },
  table: { borderCollapse: "collapse", width: "100%", tableLayout: "fixed", overflowWrap: "anywhere" },
  cell: { textAlign: "left", verticalAlign: "top", padding: "4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

export interface CompareViewProps {
  readonly entries: readonly DeskEntry[];
  readonly profile: Profile;
  readonly lang: Lang;
  readonly t: DeskMessages;
  readonly onClose: () => void;
}

/** Two readable entries that look like versions of one Vorlage (same Vorlagen-Nr.), else the first two. */
function firstPair(readable: readonly DeskEntry[]): [number | undefined, number | undefined] {
  for (let i = 0; i < readable.length; i++) {
    const a = readable[i] as DeskEntry;
    const b = readable.slice(i + 1).find((e) => a.row.vorlagenNr !== "" && e.row.vorlagenNr === a.row.vorlagenNr);
    if (b) return [a.id, b.id];
  }
  return [readable[0]?.id, readable[1]?.id];
}

function Words({ words }: { readonly words: readonly WordChange[] }) {
  const styles = useStyles();
  return (
    <>
      {words.map((w, i) => (w.op === "equal" ? <span key={i}>{w.text}</span> : w.op === "insert" ? <ins key={i} className={styles.ins}>{w.text}</ins> : <del key={i} className={styles.del}>{w.text}</del>))}
    </>
  );
}

function value(c: FieldChange, v: FieldValue, profile: Profile, lang: Lang): string {
  const d = DIFF_MESSAGES[lang];
  if (v === null) return d.notStated;
  if (v === "") return d.empty;
  const word = diffCodeWord(c, v, lang, profile);
  if (word !== undefined) return word;
  switch (c.type) {
    case "money":
      return showMoney(v as number, profile, lang);
    case "date":
      return showDate(String(v), profile, lang);
    case "share":
      return `${new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 2 }).format((v as number) * 100)} %`;
    case "flag":
      return v ? d.yes : d.no;
    case "turnus":
      return d.turnus[v as "einmalig" | "jaehrlich"] ?? String(v);
    default:
      return String(v);
  }
}

const label = (c: FieldChange, lang: Lang, profile: Profile): string => diffFieldLabel(c, lang, profile);

function ClauseItem({ c, lang }: { readonly c: ClauseChange; readonly lang: Lang }) {
  const styles = useStyles();
  const d = DIFF_MESSAGES[lang];
  switch (c.kind) {
    case "added":
      return (
        <li className={styles.change}>
          <strong>{`${d.clause} ${c.new.number} ${d.added}: `}</strong>
          <ins className={styles.ins}>{c.new.text}</ins>
        </li>
      );
    case "removed":
      return (
        <li className={styles.change}>
          <strong>{`${d.clause} ${c.old.number} ${d.removed}: `}</strong>
          <del className={styles.del}>{c.old.text}</del>
        </li>
      );
    case "moved":
      return (
        <li className={styles.change}>
          <strong>{`${d.clause} ${c.old.number === c.new.number ? c.new.number : `${c.old.number} → ${c.new.number}`} ${d.moved}: `}</strong>
          {c.new.text}
        </li>
      );
    case "changed":
      return (
        <li className={styles.change}>
          <strong>{`${d.clause} ${c.old.number === c.new.number ? c.new.number : `${c.old.number} → ${c.new.number}`} ${c.reordered ? d.changedAndMoved : d.changed}: `}</strong>
          <Words words={c.words} />
        </li>
      );
  }
}

function DiffResult({ diff, profile, lang, t }: { readonly diff: VorlageDiff; readonly profile: Profile; readonly lang: Lang; readonly t: DeskMessages }) {
  const styles = useStyles();
  const d = DIFF_MESSAGES[lang];
  const count = (k: ClauseChange["kind"]) => diff.clauses.filter((c) => c.kind === k).length;
  const renumbered = diff.clauses.filter((c) => c.kind === "moved" && !c.reordered);
  const shownClauses = diff.clauses.filter((c) => !(c.kind === "moved" && !c.reordered));
  const finding = (f: Finding) => `${CATALOGUES[lang].severity[f.severity]} – ${formatFinding(f, lang, profile)}`;
  return (
    <div data-testid="diff" className={styles.root}>
      <MessageBar intent={diff.equal ? "success" : "info"}>
        {/* The content decides; errors and warnings that appeared or went are listed below it (findings-diff.ts). */}
        <MessageBarBody>{!diff.equal ? d.different : diff.findings.appeared.length + diff.findings.went.length > 0 ? d.equalButFindings : t.compare.equal}</MessageBarBody>
      </MessageBar>
      <Text>{d.clauseCounts(count("changed"), count("added"), count("removed"), count("moved") - renumbered.length, renumbered.length)}</Text>
      {shownClauses.length > 0 ? (
        <ul className={styles.list} aria-label={d.clause} data-testid="diff-clauses">
          {shownClauses.map((c, i) => (
            <ClauseItem key={i} c={c} lang={lang} />
          ))}
        </ul>
      ) : null}
      {renumbered.length > 0 ? <Text>{`${d.renumbered}: ${renumbered.map((c) => (c.kind === "moved" ? `${c.old.number} → ${c.new.number}` : "")).join(", ")}`}</Text> : null}
      {diff.fields.length > 0 ? (
        <>
          <h3 className={styles.sub}>{d.fieldsHeading}</h3>
          <table className={styles.table} data-testid="diff-fields">
            <thead>
              <tr>
                <th scope="col" className={styles.cell}>{d.fieldsHeading}</th>
                <th scope="col" className={styles.cell}>{t.compare.older}</th>
                <th scope="col" className={styles.cell}>{t.compare.newer}</th>
              </tr>
            </thead>
            <tbody>
              {diff.fields.map((f, i) => (
                <tr key={i}>
                  <th scope="row" className={styles.cell}>{label(f, lang, profile)}</th>
                  <td className={styles.cell}>{value(f, f.old, profile, lang)}</td>
                  <td className={styles.cell}>{value(f, f.new, profile, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {diff.findings.appeared.length + diff.findings.went.length > 0 ? (
        <>
          <h3 className={styles.sub}>{d.findingsHeading}</h3>
          <ul className={styles.list} data-testid="diff-findings">
            {diff.findings.appeared.map((f, i) => (
              <li key={`a${i}`}>{`${d.appeared}: ${finding(f)}`}</li>
            ))}
            {diff.findings.went.map((f, i) => (
              <li key={`w${i}`}>{`${d.went}: ${finding(f)}`}</li>
            ))}
          </ul>
        </>
      ) : null}
      <Text size={200}>{d.matchedBy(diff.matched.id, diff.matched.text, diff.matched.similarity)}</Text>
    </div>
  );
}

/**
 * „Vergleichen“: two loaded files as an older and a newer version of one Vorlage, compared
 * by the same diff engine as `beschluss diff` — clause by clause with a word diff, field by
 * field, and the findings that appeared or went.
 */
export function CompareView({ entries, profile, lang, t, onClose }: CompareViewProps) {
  const styles = useStyles();
  const readable = useMemo(() => entries.filter((e) => e.vorlage !== undefined), [entries]);
  const [initialOld, initialNew] = useMemo(() => firstPair(readable), [readable]);
  const [older, setOlder] = useState<number | undefined>(initialOld);
  const [newer, setNewer] = useState<number | undefined>(initialNew);
  const [pair, setPair] = useState<[number, number] | undefined>(undefined);
  const diff = useMemo(() => {
    const a = readable.find((e) => e.id === pair?.[0]);
    const b = readable.find((e) => e.id === pair?.[1]);
    if (!a?.vorlage || !b?.vorlage) return undefined;
    // In the newer version's profile (the one it was read with), as its findings are.
    const shown = profileOfUse(b.profile, profile);
    return { result: diffVorlagen({ vorlage: a.vorlage, findings: a.row.findings, stableIds: a.structured }, { vorlage: b.vorlage, findings: b.row.findings, stableIds: b.structured }, shown.numbering), profile: shown };
  }, [pair, readable, profile]);
  const option = (e: DeskEntry) => (
    <option key={e.id} value={e.id}>
      {`${nameOf(e.row)} – ${e.row.file}`}
    </option>
  );
  const valid = older !== undefined && newer !== undefined && older !== newer;
  return (
    <section aria-labelledby="compare-heading" className={styles.root} data-testid="compare">
      <div className={styles.head}>
        <h2 id="compare-heading" className={styles.heading}>
          {t.compare.heading}
        </h2>
        <Button onClick={onClose}>{t.compare.close}</Button>
      </div>
      <div className={styles.pick}>
        <Field label={t.compare.older} className={styles.select}>
          <Select value={older === undefined ? "" : String(older)} onChange={(_, d) => setOlder(Number(d.value))}>
            {readable.map(option)}
          </Select>
        </Field>
        <Field label={t.compare.newer} className={styles.select}>
          <Select value={newer === undefined ? "" : String(newer)} onChange={(_, d) => setNewer(Number(d.value))}>
            {readable.map(option)}
          </Select>
        </Field>
        <Button appearance="primary" disabled={!valid} onClick={() => valid && setPair([older, newer])}>
          {t.compare.run}
        </Button>
      </div>
      {!valid ? <Text>{t.compare.pickTwo}</Text> : null}
      {diff ? <DiffResult diff={diff.result} profile={diff.profile} lang={lang} t={t} /> : null}
    </section>
  );
}
