/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { DocxPort } from "../../src/document/docx/docx-port";
import { Preview } from "../../src/preview/Preview";
import { PANE_PROFILE } from "../../src/taskpane/pane-profile";

const host = { kind: "browser", lang: "de", dark: false, wordApi14: false, customXmlParts: false } as const;
const BESCHLUSS = "Abschnitt „Beschluss“ einfügen";

describe("the preview's pane, which renders once the document has been read", () => {
  afterEach(() => jest.restoreAllMocks());

  it("shows no button before the first read through the .docx port has gone through; the first it shows is enabled and works", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const read = DocxPort.prototype.read;
    const reads = jest.spyOn(DocxPort.prototype, "read").mockImplementation(async function (this: DocxPort) {
      await gate;
      return read.call(this);
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <Preview host={host} profile={PANE_PROFILE} />
      </FluentProvider>,
    );
    // The engine has loaded and the read is under way, held at the gate: the pane is not there yet.
    await waitFor(() => expect(reads).toHaveBeenCalled());
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(screen.queryByRole("button", { name: BESCHLUSS })).toBeNull();
    expect(screen.getByText("Bitte warten …")).toBeTruthy(); // the pane's place says that it is on its way
    release();
    const button = await screen.findByRole("button", { name: BESCHLUSS });
    expect(screen.queryByText("Bitte warten …")).toBeNull();
    expect((button as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByTestId("document").textContent).not.toContain("Es wird beschlossen");
    fireEvent.click(button);
    // The section is in the document the port holds, and the page shows it.
    await waitFor(() => expect(screen.getByTestId("document").textContent).toContain("Es wird beschlossen"));
    expect((screen.getByRole("button", { name: BESCHLUSS }) as HTMLButtonElement).disabled).toBe(false);
  });
});
