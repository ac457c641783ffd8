import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  // The opened list takes the item's width, not its longest sentence's (which scrolled the reviewers' page sideways).
  more: { display: "flex", flexDirection: "column", minWidth: 0, gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start", whiteSpace: "normal", textAlign: "start", height: "auto", minWidth: 0, maxWidth: "100%" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface MoreHintsProps {
  /** The label while the hints are folded, and once they are open. */
  readonly showLabel: string;
  readonly hideLabel: string;
  /** The folded hints as list items, drawn only once opened. */
  readonly children: () => ReactNode;
}

/**
 * The hints of one code beyond the first few, in the pane's Prüfen and the reviewers' page (src/core/validation/fold-hints.ts): a real button that says whether
 * it is open (aria-expanded) and the list it opens right below it.
 */
export function MoreHints({ showLabel, hideLabel, children }: MoreHintsProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <li className={styles.more}>
      <Button appearance="subtle" className={styles.button} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? hideLabel : showLabel}
      </Button>
      <ul id={id} className={styles.list} hidden={!open}>
        {open ? children() : null}
      </ul>
    </li>
  );
}
