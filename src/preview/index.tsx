import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { UI_MESSAGES } from "../i18n/ui-messages";
import { detectHost } from "../taskpane/host";
import { PANE_PROFILE } from "../taskpane/pane-profile";
import { Preview } from "./Preview";

/** The browser preview: no office.js, a .docx in memory. German unless ?lang=en; dark with ?theme=dark; ?pane=320 for the pane's width. */
const params = new URLSearchParams(location.search);
const host = detectHost(undefined, params.get("lang") ?? "de");
const dark = params.get("theme") === "dark";
// ?pane=320 shows the pane as wide as Word's narrowest task pane (tests and reviews of the layout).
const paneWidth = Math.min(800, Math.max(280, Number(params.get("pane")) || 360));
document.documentElement.lang = host.lang;
document.title = UI_MESSAGES[host.lang].preview.title;
const container = document.getElementById("container");
if (!container) throw new Error("preview.html has no #container element");
createRoot(container).render(
  <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
    <Preview host={{ ...host, dark }} profile={PANE_PROFILE} paneWidth={paneWidth} />
  </FluentProvider>,
);
