import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import type { DeskMessages } from "../../i18n/desk-messages";
import { fromDrop, fromInput, type PickedFile } from "../collect-files";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
  },
  /** Once files are loaded: one line above the results, so that the table starts within the first screen. */
  compact: { flexDirection: "row", flexWrap: "wrap", justifyContent: "flex-start", textAlign: "left", gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", justifyContent: "center" },
  hidden: { display: "none" },
});

export interface DropAreaProps {
  readonly t: DeskMessages;
  readonly disabled: boolean;
  /** Files are loaded: the area shrinks to one line (it still takes drops and offers both dialogs). */
  readonly compact: boolean;
  readonly onFiles: (files: PickedFile[]) => void;
}

/** Where files come in: dropped (files or whole folders) or chosen with the browser's own dialogs. */
export function DropArea({ t, disabled, compact, onFiles }: DropAreaProps) {
  const styles = useStyles();
  const [over, setOver] = useState(false);
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) void fromDrop(e.dataTransfer).then(onFiles);
  };
  return (
    <section
      aria-label={t.drop}
      className={mergeClasses(styles.root, compact && styles.compact, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-area"
    >
      <Text weight="semibold">{t.drop}</Text>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={disabled} onClick={() => files.current?.click()}>
          {t.chooseFiles}
        </Button>
        <Button disabled={disabled} onClick={() => folder.current?.click()}>
          {t.chooseFolder}
        </Button>
      </div>
      <Text size={200}>{t.privacy}</Text>
      <input
        ref={files}
        className={styles.hidden}
        type="file"
        multiple
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-label={t.chooseFiles}
        data-testid="file-input"
        onChange={(e) => {
          onFiles(fromInput(e.currentTarget.files));
          e.currentTarget.value = "";
        }}
      />
      <input
        ref={folder}
        className={styles.hidden}
        type="file"
        {...{ webkitdirectory: "", directory: "" }}
        aria-label={t.chooseFolder}
        data-testid="folder-input"
        onChange={(e) => {
          onFiles(fromInput(e.currentTarget.files));
          e.currentTarget.value = "";
        }}
      />
    </section>
  );
}
