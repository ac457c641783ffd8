import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { deriveNumbers } from "../../core/numbering/derive-numbers";
import { profileOfUse } from "../../core/profile/document-profile";
import type { Profile } from "../../core/profile/profile";
import { SEVERITY_ORDER } from "../../core/validation/finding";
import type { DeskMessages } from "../../i18n/desk-messages";
import { CATALOGUES, type Lang } from "../../i18n/format-finding";
import type { DeskEntry } from "../read-entry";
import { FindingsList } from "./FindingsList";
import { nameOf } from "./ResultsTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingVerticalM, border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, minWidth: 0 },
  head: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  sub: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  columns: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(320px, 100%), 1fr))", gap: tokens.spacingHorizontalXXL },
  outline: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  clause: { display: "grid", gridTemplateColumns: "3.5em 1fr", gap: tokens.spacingHorizontalS },
});

export interface DetailPanelProps {
  readonly entry: DeskEntry;
  readonly profile: Profile;
  readonly lang: Lang;
  readonly t: DeskMessages;
  readonly onClose: () => void;
}

/** One Vorlage opened from the table: its findings, most severe first, and its structure with the numbers as the document shows them. */
export function DetailPanel({ entry, profile: given, lang, t, onClose }: DetailPanelProps) {
  // The profile the file was read with: the one it names, unless the reviewer chose one.
  const profile = profileOfUse(entry.profile, given);
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  // Where the reviewer opened it from (the row's button): focus goes back there when it is closed.
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (document.activeElement instanceof HTMLElement && document.activeElement !== heading.current) opener.current = document.activeElement;
    heading.current?.focus();
  }, [entry.id]);
  const close = () => {
    const back = opener.current;
    onClose();
    if (back?.isConnected) back.focus();
  };
  const catalogue = CATALOGUES[lang];
  const v = entry.vorlage;
  const findings = [...entry.row.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const numbers = v ? deriveNumbers(v, profile.numbering).byId : undefined;
  return (
    <section
      aria-labelledby="detail-heading"
      className={styles.root}
      data-testid="detail"
      onKeyDown={(e) => {
        if (e.key === "Escape") close();
      }}
    >
      <div className={styles.head}>
        <h2 id="detail-heading" ref={heading} tabIndex={-1} className={styles.heading}>
          {t.detail.heading(nameOf(entry.row))}
        </h2>
        <Button onClick={close}>{t.detail.close}</Button>
      </div>
      {entry.row.betreff ? <Text weight="semibold">{entry.row.betreff}</Text> : null}
      <Text size={200}>{entry.row.file}</Text>
      {entry.row.duplicate ? (
        <MessageBar intent="warning" data-testid="detail-duplicate">
          <MessageBarBody>{t.duplicate(entry.row.duplicate)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {entry.row.status === "nicht-lesbar" ? (
        <MessageBar intent="error">
          <MessageBarBody>{t.detail.unreadable(entry.reason ? t.reasons[entry.reason] : entry.row.error)}</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.columns}>
          <div>
            <h3 className={styles.sub}>{t.detail.findings}</h3>
            {findings.length === 0 ? (
              <Text>{t.detail.noFindings}</Text>
            ) : (
              <FindingsList key={entry.id} findings={findings} profile={profile} lang={lang} t={t} label={t.detail.findings} />
            )}
          </div>
          <div>
            <h3 className={styles.sub}>{t.detail.structure}</h3>
            <Text as="p">{entry.structured ? t.detail.structured : entry.recovered ? t.detail.recovered : t.detail.recognized}</Text>
            {entry.profile ? (
              <Text as="p" data-testid="detail-profile">
                {t.detail.profile(entry.profile)}
              </Text>
            ) : null}
            {v && v.sections.length > 0 ? (
              <ol className={styles.outline} aria-label={t.detail.structure}>
                {v.sections.map((s) => (
                  <li key={s.id}>
                    <strong>
                      {s.writtenNumber ?? numbers?.get(s.id) ?? ""} {profile.sectionKinds.find((k) => k.kind === s.kind)?.phrase ?? catalogue.sectionKinds[s.kind] ?? s.kind}
                    </strong>
                    <ol className={styles.outline}>
                      {s.clauses.map((c) => (
                        <li key={c.id} className={styles.clause}>
                          <span>{c.writtenNumber ?? numbers?.get(c.id) ?? ""}</span>
                          <span>{c.text}</span>
                        </li>
                      ))}
                    </ol>
                  </li>
                ))}
              </ol>
            ) : (
              <Text>{t.detail.noSections}</Text>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
