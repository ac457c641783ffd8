/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { WordPort } from "../../src/document/word/word-port";
import { App } from "../../src/taskpane/components/App";
import { paragraphXml } from "../fixtures/docx";
import { reference0057 } from "../fixtures/reference-0057";
import { WordSimulator } from "../word-simulator/word-simulator";
import { SLOW } from "./render-pane";

const host = { kind: "word", lang: "de", dark: false, wordApi13: true, wordApi14: true, customXmlParts: true } as const;
const LAST = "erfolgt.</w:t></w:r></w:p>";

/** The reference Vorlage with „2.4 die Mehrkosten …“ typed by hand after clause 2.3, in the Beschluss section but in no control of ours (tryout 4). */
function typedClause(): Uint8Array {
  const parts = unzipSync(DocxDocument.create(reference0057(), WIESBADEN, "2026-12-07T12:00:00Z").save());
  const xml = strFromU8(parts["word/document.xml"] as Uint8Array);
  const typed = paragraphXml("2.4\tdie Mehrkosten von 1.500.000 € jährlich bereitgestellt werden.");
  return zipSync({ ...parts, "word/document.xml": strToU8(xml.replace(`${LAST}</w:sdtContent></w:sdt>`, `${LAST}</w:sdtContent></w:sdt>${typed}`)) });
}

const settled = () => waitFor(() => expect(screen.queryByText("Bitte warten …")).toBeNull(), SLOW);

describe("a clause typed by hand in the pane's outline (Einfügen)", () => {
  it("is offered for taking over instead of ↑ ↓ ✕; taken over, it has them, and ✕ deletes it", async () => {
    const sim = new WordSimulator(typedClause());
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} profile={WIESBADEN} port={new WordPort(sim.host(), WIESBADEN, sequentialIds("w"))} />
      </FluentProvider>,
    );
    await settled();
    fireEvent.click(screen.getByRole("tab", { name: /Einfügen/ }));
    const adopt = await screen.findByRole("button", { name: /^Ziffer 2\.4 in einen Baustein übernehmen/ }, SLOW);
    expect(screen.queryByRole("button", { name: "Ziffer 2.4 löschen" })).toBeNull();
    // The other clauses keep their tools.
    expect(screen.getByRole("button", { name: "Ziffer 2.3 löschen" })).toBeTruthy();
    adopt.focus();
    fireEvent.click(adopt);
    await settled();
    await waitFor(() => expect(screen.queryByRole("button", { name: /in einen Baustein übernehmen/ })).toBeNull(), SLOW);
    fireEvent.click(await screen.findByRole("button", { name: "Ziffer 2.4 löschen" }, SLOW));
    await settled();
    await waitFor(() => expect(screen.queryByText(/die Mehrkosten von 1\.500\.000 €/)).toBeNull(), SLOW);
    expect(strFromU8(unzipSync(sim.bytes())["word/document.xml"] as Uint8Array)).not.toContain("Mehrkosten");
  }, 180_000);
});
