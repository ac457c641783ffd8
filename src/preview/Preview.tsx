import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { vorlage } from "../core/model/builders";
import type { Profile } from "../core/profile/profile";
import { DocxDocument } from "../document/docx/docx-document";
import { DocxPort } from "../document/docx/docx-port";
import { UI_MESSAGES } from "../i18n/ui-messages";
import { App } from "../taskpane/components/App";
import type { HostInfo } from "../taskpane/host";
import { DocumentView } from "./DocumentView";

const useStyles = makeStyles({
  root: { display: "flex", gap: tokens.spacingHorizontalXXL, alignItems: "flex-start", padding: tokens.spacingHorizontalL, backgroundColor: tokens.colorNeutralBackground3, minHeight: "100vh", boxSizing: "border-box" },
  // Word's task pane: as narrow as 320 px; the pane must never scroll sideways in it.
  pane: { flexShrink: 0, backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow4, overflowX: "auto", boxSizing: "border-box" },
  document: { flexGrow: 1, display: "flex", justifyContent: "center" },
});

export interface PreviewProps {
  readonly host: HostInfo;
  readonly profile: Profile;
  /** Width of the task pane in CSS pixels (Word's narrowest is 320). */
  readonly paneWidth?: number;
}

/**
 * The product without Word: the real pane, driving the real .docx adapter, beside a live
 * rendering of that document. A newcomer inserts blocks, fills fields, sees findings and
 * downloads the .docx — nothing leaves the browser.
 */
export function Preview({ host, profile, paneWidth = 360 }: PreviewProps) {
  const styles = useStyles();
  const t = UI_MESSAGES[host.lang];
  // The document stays in memory as parts: no zip is written or read until the user downloads it.
  const port = useMemo(() => new DocxPort(DocxDocument.create(vorlage(), profile, new Date().toISOString()), profile), [profile]);
  const [paragraphs, setParagraphs] = useState(() => port.paragraphs());
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const onChange = useCallback(() => {
    setParagraphs(port.paragraphs());
    setSelected(port.selection());
  }, [port]);
  return (
    <div className={styles.root}>
      <div className={styles.pane} style={{ width: `${paneWidth}px` }} data-testid="pane">
        <App host={host} profile={profile} port={port} onChange={onChange} docx={() => port.bytes()} />
      </div>
      <div className={styles.document}>
        <DocumentView paragraphs={paragraphs} selected={selected} label={t.preview.document} />
      </div>
    </div>
  );
}
