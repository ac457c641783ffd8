import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import type { Profile } from "../../core/profile/profile";
import { foldHints } from "../../core/validation/fold-hints";
import type { Finding } from "../../core/validation/finding";
import type { DeskMessages } from "../../i18n/desk-messages";
import { CATALOGUES, formatFinding, type Lang } from "../../i18n/format-finding";
import { MoreHints } from "../../taskpane/components/MoreHints";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const intent = { error: "error", warning: "warning", info: "info" } as const;

export interface FindingsListProps {
  /** Most severe first. */
  readonly findings: readonly Finding[];
  readonly profile: Profile;
  readonly lang: Lang;
  readonly t: DeskMessages;
  readonly label: string;
}

function FindingItem({ finding, profile, lang }: { readonly finding: Finding; readonly profile: Profile; readonly lang: Lang }) {
  return (
    <li>
      <MessageBar intent={intent[finding.severity]}>
        <MessageBarBody>
          <strong>{CATALOGUES[lang].severity[finding.severity]}:</strong> {formatFinding(finding, lang, profile)}
        </MessageBarBody>
      </MessageBar>
    </li>
  );
}

/**
 * A Vorlage's findings as the detail lists them: every error and warning, and of each kind of hint the first few, the
 * rest behind one button (the rule of `check`'s text report, src/core/validation/fold-hints.ts). A long Vorlage gives one
 * hint per unassigned paragraph — 283 under 3 errors in a tryout —, which would bury the errors. The CSV keeps them all.
 */
export function FindingsList({ findings, profile, lang, t, label }: FindingsListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {foldHints(findings).map((line, i) =>
        line.kind === "more" ? (
          <MoreHints key={`more-${line.code}`} showLabel={t.detail.moreHints(line.hidden.length)} hideLabel={t.detail.fewerHints(line.hidden.length)}>
            {() => line.hidden.map((f, j) => <FindingItem key={`${f.code}-${j}`} finding={f} profile={profile} lang={lang} />)}
          </MoreHints>
        ) : (
          <FindingItem key={`${line.finding.code}-${i}`} finding={line.finding} profile={profile} lang={lang} />
        ),
      )}
    </ul>
  );
}
