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

describe("the preview at start: the pane first, then the page", () => {
  afterEach(() => jest.restoreAllMocks());

  it("keeps the buttons disabled until the first read has gone through the .docx port, shows the enabled pane before drawing the page, and the first enabled button works", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const read = DocxPort.prototype.read;
    const reads = jest.spyOn(DocxPort.prototype, "read").mockImplementation(async function (this: DocxPort) {
      await gate;
      return read.call(this);
    });
    // What the page showed at the moment the button was first enabled.
    let pageAtEnabled: number | undefined;
    const watch = new MutationObserver(() => {
      const b = [...document.querySelectorAll("button")].find((x) => x.textContent === BESCHLUSS);
      if (pageAtEnabled === undefined && b && !b.disabled) pageAtEnabled = document.querySelectorAll("[data-testid=document] p").length;
    });
    watch.observe(document.body, { subtree: true, childList: true, attributes: true });
    render(
      <FluentProvider theme={webLightTheme}>
        <Preview host={host} profile={PANE_PROFILE} />
      </FluentProvider>,
    );
    await waitFor(() => expect(reads).toHaveBeenCalled());
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    // The engine is there, its read held at the gate: the pane is drawn, its buttons disabled.
    expect((screen.getByRole("button", { name: BESCHLUSS }) as HTMLButtonElement).disabled).toBe(true);
    release();
    await waitFor(() => expect((screen.getByRole("button", { name: BESCHLUSS }) as HTMLButtonElement).disabled).toBe(false));
    expect(pageAtEnabled).toBe(0); // the page was not drawn in the same update as the enabled pane
    await waitFor(() => expect(document.querySelectorAll("[data-testid=document] p").length).toBeGreaterThan(0));
    expect(screen.getByTestId("document").textContent).not.toContain("Es wird beschlossen");
    fireEvent.click(screen.getByRole("button", { name: BESCHLUSS }));
    await waitFor(() => expect(screen.getByTestId("document").textContent).toContain("Es wird beschlossen"));
    watch.disconnect();
  }, 20_000);
});
