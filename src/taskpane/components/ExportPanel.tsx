import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import type { UiMessages } from "../../i18n/ui-messages";
import { download } from "../download";
import { exportBaseName } from "../export-name";
import type { DocumentActions, DocumentState } from "../use-document";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "flex-start" } });

export interface ExportPanelProps {
  readonly doc: DocumentState & DocumentActions;
  readonly t: UiMessages;
  /** The browser preview can also hand out the .docx itself. */
  readonly docx?: () => Uint8Array;
}

/** Export: write the metadata into the document; download JSON, XML, OParl (and, in the preview, the .docx with its metadata written first). */
export function ExportPanel({ doc, t, docx }: ExportPanelProps) {
  const styles = useStyles();
  const name = exportBaseName(doc.vorlage);
  const save = async (format: "json" | "xml" | "oparl", type: string, ext: string) => {
    const text = await doc.exportText(format);
    if (text !== undefined) download(`${name}${ext}`, text, type);
  };
  // The file carries its metadata (custom XML part, document properties) as it goes out: nobody has to save them first.
  const saveDocx = async (bytes: () => Uint8Array) => {
    if (await doc.writeMetadataForDownload()) download(`${name}.docx`, bytes(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  };
  return (
    <div className={styles.root}>
      <Button appearance="primary" disabled={doc.busy || !doc.vorlage} onClick={() => void doc.writeMetadata()}>
        {t.export.write}
      </Button>
      {doc.lastWrite ? (
        <MessageBar intent={doc.lastWrite.xmlPart === "written" ? "success" : "warning"} layout="multiline">
          <MessageBarBody>{doc.lastWrite.xmlPart === "written" ? t.export.written : t.export.writtenPropertiesOnly}</MessageBarBody>
        </MessageBar>
      ) : null}
      {doc.lastWrite && doc.lastWrite.kept.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.export.propertiesKept(doc.lastWrite.kept)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Button disabled={!doc.vorlage} onClick={() => void save("json", "application/json", ".json")}>{t.export.json}</Button>
      <Button disabled={!doc.vorlage} onClick={() => void save("xml", "application/xml", ".xml")}>{t.export.xml}</Button>
      <Button disabled={!doc.vorlage} onClick={() => void save("oparl", "application/json", ".oparl.json")}>{t.export.oparl}</Button>
      {docx ? (
        <Button disabled={doc.busy || !doc.vorlage} onClick={() => void saveDocx(docx)}>{t.export.docx}</Button>
      ) : null}
    </div>
  );
}
