/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { WordPort } from "../../src/document/word/word-port";
import { App } from "../../src/taskpane/components/App";
import { formatFinding } from "../../src/i18n/format-finding";
import { reference0057 } from "../fixtures/reference-0057";
import { setSimTitle } from "../word-simulator/document-title";
import { WordSimulator } from "../word-simulator/word-simulator";
import { SLOW } from "./render-pane";

const host = { kind: "word", lang: "de", dark: false, wordApi13: true, wordApi14: true, customXmlParts: true } as const;

/** Issue 24, item 3: „Prüfen“ in Word lists the accessibility findings in the words `check` and the reviewers' page use. */
describe("„Prüfen“ in Word shows accessibility findings", () => {
  it("lists a missing title once, in the words `check` uses", async () => {
    const sim = new WordSimulator(DocxDocument.create(reference0057(), WIESBADEN, "2025-05-06T09:00:00Z").save());
    setSimTitle(sim, "");
    const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} profile={WIESBADEN} port={port} />
      </FluentProvider>,
    );
    await waitFor(() => expect(screen.queryByText("Bitte warten …")).toBeNull(), SLOW);
    fireEvent.click(screen.getByRole("tab", { name: /Prüfen/ }));
    const words = formatFinding({ code: "accessibility-title-missing", severity: "warning", location: { type: "document" }, params: {} }, "de", WIESBADEN);
    expect(words.startsWith("Barrierefreiheit:")).toBe(true);
    const list = await screen.findByRole("list", { name: "Prüfen" }, SLOW);
    await waitFor(() => expect(list.textContent).toContain(words), SLOW);
    expect(list.textContent?.match(/Barrierefreiheit:/g)).toHaveLength(1);
  }, 30_000);
});
