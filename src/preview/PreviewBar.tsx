import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Profile } from "../core/profile/profile";
import type { DocxPort } from "../document/docx/docx-port";
import type { Lang } from "../i18n/format-finding";
import { PREVIEW_MESSAGES } from "../i18n/preview-messages";

const useStyles = makeStyles({
  // Wraps rather than scrolls: at 320 px the message goes under the button.
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`,
    boxSizing: "border-box",
    maxWidth: "100%",
  },
  note: {
    minWidth: 0,
    flexBasis: "16rem",
    flexGrow: 1,
    overflowWrap: "anywhere",
  },
  error: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** A document the user chose, opened by the .docx engine: the preview shows it and the pane starts afresh on it. */
export interface OpenedDocument {
  readonly port: DocxPort;
  /** What of its paragraphs prints (its own styles may hide text). */
  readonly printed: (paragraphs: ReturnType<DocxPort["paragraphs"]>) => ReturnType<DocxPort["paragraphs"]>;
  /** Counts the documents opened, so that the pane is a new one for each. */
  readonly generation: number;
  readonly name: string;
  /** The profile the pane edits and checks it with: the one the document names, unless the address chose one. */
  readonly profile: Profile;
}

export interface PreviewBarProps {
  readonly lang: Lang;
  readonly profile: Profile;
  /** The address chose the profile (?profile=): it wins over the one a document names. */
  readonly profileChosen?: boolean;
  readonly onOpened: (doc: OpenedDocument) => void;
}

/** A chosen file's bytes (FileReader: in every browser and in the tests' jsdom). */
function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => fail(reader.error ?? new Error(`the browser could not read ${file.name}`));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * The preview's own bar, above the pane and the page: „Öffnen …“ reads a .docx of the user's
 * with the same engine the preview edits with, so that the pane can be tried on a real
 * document. In Word the pane works on the open document, so this is not part of the pane.
 * A file the engine refuses is said as a sentence, and the document shown stays.
 */
export function PreviewBar({ lang, profile, profileChosen = false, onOpened }: PreviewBarProps) {
  const styles = useStyles();
  const t = PREVIEW_MESSAGES[lang];
  const input = useRef<HTMLInputElement>(null);
  const opened = useRef(0);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ readonly error: boolean; readonly text: string } | undefined>(undefined);

  const open = async (file: File) => {
    setBusy(true);
    setNote(undefined);
    try {
      const engine = await import(/* webpackChunkName: "engine" */ "./engine");
      // Too large is decided from the size, before the bytes are read into memory.
      if (file.size > engine.MAX_FILE_MB * 1024 * 1024)
        return setNote({
          error: true,
          text: t.cannotOpen(file.name, "too-large", engine.MAX_FILE_MB),
        });
      const result = await engine.openPreviewDocument(await readBytes(file), profile, profileChosen);
      if (!result.ok)
        return setNote({
          error: true,
          text: t.cannotOpen(file.name, result.problem, engine.MAX_FILE_MB),
        });
      opened.current += 1;
      onOpened({
        port: result.port,
        printed: (ps) => engine.printedParagraphs(ps, result.hidden),
        generation: opened.current,
        name: file.name,
        profile: result.profile,
      });
      setNote({ error: false, text: t.opened(file.name, result.profile.id !== profile.id ? result.profile.name : undefined) });
    } finally {
      setBusy(false);
      // The same file chosen again is a change again.
      if (input.current) input.current.value = "";
    }
  };

  return (
    <header className={styles.bar} aria-label={t.bar}>
      <Button onClick={() => input.current?.click()} disabled={busy} data-testid="open-docx">
        {busy ? t.opening : t.open}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        data-testid="open-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void open(file);
        }}
      />
      {/* The status is always there, so that a screen reader announces the document opened; a refusal is an alert. */}
      {note?.error ? (
        <Text role="alert" className={mergeClasses(styles.note, styles.error)} data-testid="open-note">
          {note.text}
        </Text>
      ) : (
        <Text role="status" className={styles.note} data-testid="open-note">
          {note?.text ?? ""}
        </Text>
      )}
    </header>
  );
}
