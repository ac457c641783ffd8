import { FluentProvider, Link, MessageBar, MessageBarBody, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { DEFAULT_PROFILE } from "../core/profile/builtin-profiles";
import { WordPort, officeHost } from "../document/word/word-port";
import { UI_MESSAGES } from "../i18n/ui-messages";
import { App } from "./components/App";
import { detectHost, type OfficeLike } from "./host";

/**
 * The one place that waits for Office: the pane renders only after Office.onReady has
 * settled, or at once when office.js is absent. No component below touches Office or
 * Word; they work on the document port.
 */
async function start(): Promise<void> {
  const office = typeof Office === "undefined" ? undefined : Office;
  if (office) await office.onReady();
  // Outside Office the pane is German unless the address asks for English (?lang=en).
  const host = detectHost(office as OfficeLike | undefined, new URLSearchParams(location.search).get("lang") ?? "de");
  document.documentElement.lang = host.lang;
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  const t = UI_MESSAGES[host.lang];
  createRoot(container).render(
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme}>
      {host.kind === "word" ? (
        <App host={host} profile={DEFAULT_PROFILE} port={new WordPort(officeHost, DEFAULT_PROFILE)} />
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>
            {t.hostBrowser} <Link href={`preview.html${location.search}`}>{t.previewLink}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
    </FluentProvider>,
  );
}

void start();
