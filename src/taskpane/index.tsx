import { FluentProvider, Link, MessageBar, MessageBarBody, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { UI_MESSAGES } from "../i18n/ui-messages";
import { lazyPort } from "../document/lazy-port";
import { DocumentProfilePane } from "./components/DocumentProfilePane";
import { detectHost, type OfficeLike } from "./host";
import type { Profile } from "../core/profile/profile";
import { PANE_PROFILE, PANE_PROFILES } from "./pane-profile";

// The Word adapter (reading the body's OOXML, the XML parser, the part renderers) is a chunk of its own. It is
// requested now, while office.js starts, not after Office.onReady; without office.js (a plain browser) it is not needed.
const wordAdapter = typeof Office === "undefined" ? undefined : import(/* webpackChunkName: "word" */ "../document/word/word-port");

/**
 * The one place that waits for Office: the pane renders only after Office.onReady has
 * settled, or at once when office.js is absent. No component below touches Office or
 * Word; they work on the document port. The pane's buttons stay disabled until the port
 * has read the document through the Word adapter.
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
  const adapter = host.kind === "word" ? wordAdapter : undefined;
  // A port per profile: the pane starts with the city's and changes to the one the open document names (DocumentProfilePane).
  const portFor = adapter ? (profile: Profile) => lazyPort(() => adapter.then((m) => new m.WordPort(m.officeHost, profile))).port : undefined;
  createRoot(container).render(
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme}>
      {portFor ? (
        <DocumentProfilePane host={host} profile={PANE_PROFILE} profiles={PANE_PROFILES} portFor={portFor} />
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
