/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { lazyPort } from "../../src/document/lazy-port";
import { PreviewPort } from "../../src/preview/preview-port";
import { App } from "../../src/taskpane/components/App";
import { PANE_PROFILE } from "../../src/taskpane/pane-profile";
import { paragraphXml } from "../fixtures/docx";
import { reference0057 } from "../fixtures/reference-0057";

const host = { kind: "browser", lang: "de", dark: false, wordApi14: false, customXmlParts: false } as const;
const SLOW = { timeout: 30_000 };
const LAST = "erfolgt.</w:t></w:r></w:p>";

/** The reference Vorlage with „2.4 die Mehrkosten …“ typed by hand after clause 2.3, in the Beschluss section but in no control of ours (tryout 4). */
function typedClause(): Uint8Array {
  const parts = unzipSync(DocxDocument.create(reference0057(), PANE_PROFILE, "2026-12-07T12:00:00Z").save());
  const xml = strFromU8(parts["word/document.xml"] as Uint8Array);
  const typed = paragraphXml("2.4\tdie Mehrkosten von 1.500.000 € jährlich bereitgestellt werden.");
  return zipSync({ ...parts, "word/document.xml": strToU8(xml.replace(`${LAST}</w:sdtContent></w:sdt>`, `${LAST}</w:sdtContent></w:sdt>${typed}`)) });
}

const settled = () => waitFor(() => expect(screen.queryByText("Bitte warten …")).toBeNull(), SLOW);

describe("a clause typed by hand, in the preview's outline (Einfügen)", () => {
  it("is offered for taking over instead of ↑ ↓ ✕, as in Word; taken over, it has them, and ✕ deletes it", async () => {
    const port = new PreviewPort(DocxDocument.open(typedClause(), { edit: true }), PANE_PROFILE);
    // As the preview hands the port to the pane: through the lazy port of the engine's chunk.
    const lazy = lazyPort(() => Promise.resolve(port));
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} profile={PANE_PROFILE} port={lazy.port} />
      </FluentProvider>,
    );
    await settled();
    fireEvent.click(screen.getByRole("tab", { name: /Einfügen/ }));
    const adopt = await screen.findByRole("button", { name: /^Ziffer 2\.4 in einen Baustein übernehmen/ }, SLOW);
    expect(screen.queryByRole("button", { name: "Ziffer 2.4 löschen" })).toBeNull();
    expect(screen.getByRole("button", { name: "Ziffer 2.3 löschen" })).toBeTruthy();
    fireEvent.click(adopt);
    await settled();
    await waitFor(() => expect(screen.queryByRole("button", { name: /in einen Baustein übernehmen/ })).toBeNull(), SLOW);
    expect(screen.queryByText(/Unerwarteter Fehler|no method/u)).toBeNull();
    fireEvent.click(await screen.findByRole("button", { name: "Ziffer 2.4 löschen" }, SLOW));
    await settled();
    await waitFor(() => expect(screen.queryByText(/die Mehrkosten von 1\.500\.000 €/)).toBeNull(), SLOW);
    expect(strFromU8(unzipSync(port.bytes())["word/document.xml"] as Uint8Array)).not.toContain("Mehrkosten");
  }, 180_000);
});
