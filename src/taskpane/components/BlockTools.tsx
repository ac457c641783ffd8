import { Button } from "@fluentui/react-components";
import type { UiMessages } from "../../i18n/ui-messages";

export interface BlockToolsProps {
  /** The block's name as a screen reader says it („Ziffer 2.1“, „Unterpunkt 2.1 b)“). */
  readonly label: string;
  readonly first: boolean;
  readonly last: boolean;
  readonly busy: boolean;
  readonly className: string;
  readonly onMove: (delta: -1 | 1) => void;
  readonly onDelete: () => void;
  readonly t: UiMessages;
}

/**
 * ↑ ↓ ✕ beside a clause or a sub-point in the outline: the same three actions with the same
 * accessible names for every kind of block, so that a keyboard or screen-reader user meets one
 * pattern throughout.
 */
export function BlockTools({ label, first, last, busy, className, onMove, onDelete, t }: BlockToolsProps) {
  return (
    <>
      <Button className={className} size="small" appearance="subtle" disabled={busy || first} aria-label={t.insert.moveUp(label)} title={t.insert.moveUp(label)} onClick={() => onMove(-1)}>
        ↑
      </Button>
      <Button className={className} size="small" appearance="subtle" disabled={busy || last} aria-label={t.insert.moveDown(label)} title={t.insert.moveDown(label)} onClick={() => onMove(1)}>
        ↓
      </Button>
      <Button className={className} size="small" appearance="subtle" disabled={busy} aria-label={t.insert.deleteBlock(label)} title={t.insert.deleteBlock(label)} onClick={onDelete}>
        ✕
      </Button>
    </>
  );
}
