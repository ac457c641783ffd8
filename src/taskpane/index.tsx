import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { DEFAULT_PROFILE } from "../core/profile/builtin-profiles";
import { App } from "./components/App";
import { detectHost, type OfficeLike } from "./host";

/**
 * The one place that waits for Office: the pane renders only after Office.onReady has
 * settled, or at once when office.js is absent (the browser preview). No component below
 * touches the Office global.
 */
async function start(): Promise<void> {
  const office = typeof Office === "undefined" ? undefined : Office;
  if (office) await office.onReady();
  // Outside Office the pane is German unless the address asks for English (?lang=en).
  const host = detectHost(office as OfficeLike | undefined, new URLSearchParams(location.search).get("lang") ?? "de");
  document.documentElement.lang = host.lang;
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme}>
      <App host={host} profile={DEFAULT_PROFILE} />
    </FluentProvider>,
  );
}

void start();
