import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Profile } from "../../core/profile/profile";
import { foldHints } from "../../core/validation/fold-hints";
import type { Finding } from "../../core/validation/finding";
import type { DeskMessages } from "../../i18n/desk-messages";
import { CATALOGUES, formatFinding, type Lang } from "../../i18n/format-finding";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // The opened list takes the item's width (stretched, not as wide as its longest sentence: at 320 px that scrolled the
  // page 2,458 px sideways); the button is as wide as its label, which wraps instead of pushing the page sideways.
  more: { display: "flex", flexDirection: "column", minWidth: 0, gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start", whiteSpace: "normal", textAlign: "start", height: "auto", minWidth: 0, maxWidth: "100%" },
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

/** The hints of one code beyond the first few: a disclosure button, and the list it opens right below it. */
function MoreHints({ hidden, profile, lang, t }: { readonly hidden: readonly Finding[]; readonly profile: Profile; readonly lang: Lang; readonly t: DeskMessages }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <li className={styles.more}>
      <Button appearance="subtle" className={styles.button} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? t.detail.fewerHints(hidden.length) : t.detail.moreHints(hidden.length)}
      </Button>
      <ul id={id} className={styles.list} hidden={!open}>
        {open ? hidden.map((f, i) => <FindingItem key={`${f.code}-${i}`} finding={f} profile={profile} lang={lang} />) : null}
      </ul>
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
          <MoreHints key={`more-${line.code}`} hidden={line.hidden} profile={profile} lang={lang} t={t} />
        ) : (
          <FindingItem key={`${line.finding.code}-${i}`} finding={line.finding} profile={profile} lang={lang} />
        ),
      )}
    </ul>
  );
}
