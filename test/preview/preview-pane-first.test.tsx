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
/** The engine arrives, and the parts below the fold are drawn, after a frame and an idle moment: slow under coverage on a loaded machine. */
const SLOW = { timeout: 15_000 };

describe("the preview at start: the pane first, then the engine and the page", () => {
  afterEach(() => jest.restoreAllMocks());

  it("enables the pane in its first drawing, before the .docx engine's first read; a click made then goes through once the read is done, and the page is drawn after the pane", async () => {
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
    // The first drawing: the button enabled, no read through the engine yet, no page.
    expect((screen.getByRole("button", { name: BESCHLUSS }) as HTMLButtonElement).disabled).toBe(false);
    expect(reads).not.toHaveBeenCalled();
    expect(pageAtEnabled ?? document.querySelectorAll("[data-testid=document] p").length).toBe(0);
    // The engine arrives after the pane's first frame; its first read (confirming the known start) waits at the gate.
    await waitFor(() => expect(reads).toHaveBeenCalled(), SLOW);
    fireEvent.click(screen.getByRole("button", { name: BESCHLUSS }));
    // Asked for, and waiting behind the read: the pane is busy (no second click), the document unchanged.
    await waitFor(() => expect((screen.getByRole("button", { name: BESCHLUSS }) as HTMLButtonElement).disabled).toBe(true), SLOW);
    expect(screen.getByTestId("document").textContent).not.toContain("Es wird beschlossen");
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(screen.getByTestId("document").textContent).not.toContain("Es wird beschlossen");
    release();
    await waitFor(() => expect(screen.getByTestId("document").textContent).toContain("Es wird beschlossen"), SLOW);
    await waitFor(() => expect((screen.getByRole("button", { name: BESCHLUSS }) as HTMLButtonElement).disabled).toBe(false), SLOW);
    // One section, not two: the click asked once.
    expect(screen.getByTestId("document").textContent?.match(/Es wird beschlossen/g)).toHaveLength(1);
    watch.disconnect();
  }, 20_000);

  it("draws Bezug, Verteiler and Zeichnung (below the fold) after the pane's first drawing", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Preview host={host} profile={PANE_PROFILE} />
      </FluentProvider>,
    );
    expect(screen.getByRole("button", { name: BESCHLUSS })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Zeichnung einfügen" })).toBeNull();
    expect(await screen.findByRole("button", { name: "Zeichnung einfügen" }, SLOW)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Bezug einfügen" })).toBeTruthy();
  }, 20_000);
});
