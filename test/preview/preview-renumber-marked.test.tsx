/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { PreviewPort } from "../../src/preview/preview-port";
import { App } from "../../src/taskpane/components/App";
import { PANE_PROFILE } from "../../src/taskpane/pane-profile";
import { COMMENTS, docxFromBody, paragraphXml } from "../fixtures/docx";

const host = { kind: "browser", lang: "de", dark: false, wordApi14: false, customXmlParts: false } as const;
const SLOW = { timeout: 20_000 };
const DATE = 'w:author="Frau Muster" w:date="2025-05-14T10:00:00Z"';

/** Another office's Vorlage, numbers typed: 2.1, then „2.4“ typed with Track Changes on, which renumbering must make 2.2. */
const typed = () =>
  docxFromBody(
    [...["Vorlagen-Nr. 25-V-07-0042", "Betreff: Lastenräder", "1. Es wird zur Kenntnis genommen, dass", "1.1 der Betrieb Kleintransporter einsetzt.", "2. Es wird beschlossen, dass", "2.1 zwölf Lastenräder beschafft werden;"].map(paragraphXml), `<w:p><w:ins w:id="902" ${DATE}><w:r><w:t>2.4</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> die Beschaffung ausgeschrieben wird.</w:t></w:r></w:p>`].join(""),
    { "word/comments.xml": strToU8(COMMENTS) },
  );

describe("„Nummerierung aktualisieren“ in the preview, on a typed number that carries a tracked change", () => {
  it("says in German which number carries what and what to do, and leaves the document as it was", async () => {
    const port = new PreviewPort(DocxDocument.open(typed(), { edit: true }), PANE_PROFILE);
    const before = strFromU8(unzipSync(port.bytes())["word/document.xml"] as Uint8Array);
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} profile={PANE_PROFILE} port={port} />
      </FluentProvider>,
    );
    await waitFor(() => expect(screen.queryByText("Bitte warten …")).toBeNull(), SLOW);
    fireEvent.click(screen.getByRole("tab", { name: /Prüfen/ }));
    fireEvent.click(await screen.findByRole("button", { name: "Nummerierung aktualisieren" }, SLOW));
    expect(await screen.findByText(/Nichts geändert: Die Nummer von Ziffer 2\.4 enthält eine nachverfolgte Änderung; .*Bitte zuerst die Änderung annehmen oder ablehnen, dann erneut versuchen\./u, undefined, SLOW)).toBeTruthy();
    expect(strFromU8(unzipSync(port.bytes())["word/document.xml"] as Uint8Array)).toBe(before);
  }, 90_000);
});
