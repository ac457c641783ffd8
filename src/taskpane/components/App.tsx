import { Body1, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Tab, TabList, Title2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Profile } from "../../core/profile/profile";
import type { DocumentPort, PortRead } from "../../document/port";
import { CATALOGUES } from "../../i18n/format-finding";
import { UI_MESSAGES } from "../../i18n/ui-messages";
import { errorMessage } from "../error-message";
import type { HostInfo } from "../host";
import { useDocument } from "../use-document";
import { CheckPanel } from "./CheckPanel";
import { DraftsProvider } from "./drafts";
import { ExportPanel } from "./ExportPanel";
import { FieldsPanel } from "./FieldsPanel";
import { InsertPanel } from "./InsertPanel";
import { LiveStatus } from "./LiveStatus";

const useStyles = makeStyles({
  // Word's task pane can be 320 px wide: nothing in it may be wider than the pane. Native selects size to their
  // longest option and fieldsets to their content unless told otherwise, so every control may shrink.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    boxSizing: "border-box",
    // Long words in what users typed (an Empfänger, a clause) may break anywhere rather than widen the pane; labels
    // and legends never break inside a word: they wrap at spaces, hyphenated where the browser can (lang="de").
    overflowWrap: "anywhere",
    "& label, & legend": { overflowWrap: "normal", wordBreak: "normal", hyphens: "auto" },
    "& fieldset": { minWidth: 0, margin: 0 },
    "& .fui-Field, & .fui-Select, & .fui-Input, & .fui-Textarea, & .fui-MessageBar, & .fui-MessageBarBody": { minWidth: 0, maxWidth: "100%" },
    "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
    "& input": { minWidth: 0 },
  },
  // The four tabs stand on one line at 320 px (Word's narrowest pane): tighter padding and the caption size for
  // their labels (Fluent reserves the bold label's width in a second span, so both spans get the size).
  tabs: {
    flexWrap: "nowrap",
    "& .fui-Tab": { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
    "& .fui-Tab__content, & .fui-Tab__content--reserved-space": { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  },
  status: { minHeight: "24px" },
});

export interface AppProps {
  readonly host: HostInfo;
  readonly profile: Profile;
  readonly port: DocumentPort;
  /** Called after every change of the document (the preview redraws it). */
  readonly onChange?: () => void;
  readonly docx?: () => Uint8Array;
  /** What the document holds before it has been read, where the host knows it (see `useDocument`). */
  readonly start?: PortRead;
}

type TabId = "insert" | "fields" | "check" | "export";

/** The pane: title, host status, and the four tabs. All words come from the catalogues. */
export function App({ host, profile, port, onChange, docx, start }: AppProps) {
  const styles = useStyles();
  const t = UI_MESSAGES[host.lang];
  const catalogue = CATALOGUES[host.lang];
  const doc = useDocument(port, profile, onChange, start);
  const [tab, setTab] = useState<TabId>("insert");
  // A field finding opens its field: the Angaben tab, with the focus on that input.
  const [focus, setFocus] = useState<{ readonly id: string } | undefined>(undefined);
  const openField = (id: string) => {
    setFocus({ id });
    setTab("fields");
  };
  // Everything that wants looking at counts: errors and warnings, not hints.
  const open = doc.findings.filter((f) => f.severity !== "info").length;
  const status = host.kind === "browser" ? t.hostBrowser : host.wordApi14 ? t.hostWord : host.customXmlParts ? t.hostWordCommon : t.hostWordOld;
  return (
    <main className={styles.root}>
      <Title2 as="h1">{t.title}</Title2>
      <Body1>{t.subtitle}</Body1>
      <MessageBar intent={host.kind === "word" && !host.wordApi14 ? "warning" : "info"} layout="multiline">
        <MessageBarBody>{status}</MessageBarBody>
      </MessageBar>
      <Caption1>{t.profile(profile.name)}</Caption1>
      <LiveStatus doc={doc} t={t} lang={host.lang} />
      <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
        <Tab value="insert">{t.tabs.insert}</Tab>
        <Tab value="fields">{t.tabs.fields}</Tab>
        <Tab value="check">{`${t.tabs.check} (${open > 99 ? "99+" : open})`}</Tab>
        <Tab value="export">{t.tabs.export}</Tab>
      </TabList>
      <div className={styles.status} aria-live="polite">
        {doc.busy ? <Spinner size="tiny" label={t.busy} /> : null}
      </div>
      {doc.error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{errorMessage(doc.error, t)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {/* The panels' drafts live here, above the tabs: a tab switch unmounts a panel but keeps what was typed in it. */}
      <DraftsProvider>
        <div role="tabpanel" aria-label={t.tabs[tab]}>
          {tab === "insert" ? <InsertPanel doc={doc} profile={profile} t={t} /> : null}
          {tab === "fields" ? <FieldsPanel doc={doc} profile={profile} t={t} catalogue={catalogue} focus={focus?.id} /> : null}
          {tab === "check" ? <CheckPanel doc={doc} profile={profile} t={t} catalogue={catalogue} lang={host.lang} openField={openField} /> : null}
          {tab === "export" ? <ExportPanel doc={doc} t={t} {...(docx ? { docx } : {})} /> : null}
        </div>
      </DraftsProvider>
    </main>
  );
}
