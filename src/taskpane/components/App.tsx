import { Body1, Caption1, makeStyles, MessageBar, MessageBarBody, Title2, tokens } from "@fluentui/react-components";
import type { Profile } from "../../core/profile/profile";
import { UI_MESSAGES } from "../../i18n/ui-messages";
import type { HostInfo } from "../host";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export interface AppProps {
  readonly host: HostInfo;
  readonly profile: Profile;
}

/** The pane's frame: title, host status and profile. The working tabs build on it. */
export function App({ host, profile }: AppProps) {
  const styles = useStyles();
  const t = UI_MESSAGES[host.lang];
  const status = host.kind === "browser" ? t.hostBrowser : host.wordApi14 ? t.hostWord : t.hostWordOld;
  return (
    <main className={styles.root}>
      <Title2 as="h1">{t.title}</Title2>
      <Body1>{t.subtitle}</Body1>
      <MessageBar intent={host.kind === "word" && !host.wordApi14 ? "warning" : "info"}>
        <MessageBarBody>{status}</MessageBarBody>
      </MessageBar>
      <Caption1>{t.profile(profile.name)}</Caption1>
    </main>
  );
}
