import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import { createPreviewPort } from "../../src/preview/engine";
import { PREVIEW_START } from "../../src/preview/preview-start";
import { App } from "../../src/taskpane/components/App";
import { PANE_PROFILE } from "../../src/taskpane/pane-profile";

const host = { kind: "browser", lang: "de", dark: false, wordApi14: false, customXmlParts: false } as const;
/** The parts below the fold are drawn after a frame and an idle moment: slow on a loaded machine. */
export const SLOW = { timeout: 15_000 };

/** The pane as the preview shows it, on a new document of the .docx engine; resolves once the first read is done. */
export async function renderPane() {
  const port = createPreviewPort(PANE_PROFILE);
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} profile={PANE_PROFILE} port={port} start={PREVIEW_START} />
    </FluentProvider>,
  );
  await waitFor(() => expect(screen.queryByText("Bitte warten …")).toBeNull(), SLOW);
  return { port, view };
}

/** Waits until the pane is no longer busy (an action has been carried out and the document read again). */
export const settled = () => waitFor(() => expect(screen.queryByText("Bitte warten …")).toBeNull(), SLOW);
