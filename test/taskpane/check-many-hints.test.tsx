/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, within } from "@testing-library/react";
import { HINTS_SHOWN } from "../../src/core/validation/fold-hints";
import type { Finding } from "../../src/core/validation/finding";
import { CATALOGUES } from "../../src/i18n/format-finding";
import { UI_MESSAGES } from "../../src/i18n/ui-messages";
import { CheckPanel, type CheckPanelProps } from "../../src/taskpane/components/CheckPanel";
import { PANE_PROFILE } from "../../src/taskpane/pane-profile";

// Fluent's MessageBar watches its width; jsdom has no layout, so nothing is ever observed.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;

const unassigned = (i: number): Finding => ({ code: "recognize-unassigned", severity: "info", location: { type: "document" }, params: { auszug: `Absatz ${i} des Sachverhalts`, gelesen: "begruendung" } });
const error = (i: number): Finding => ({ code: "beschluss-clause-missing", severity: "error", location: { type: "document" }, params: { n: String(i) } });

/** Prüfen on a document with these findings (the actions are not called here). */
const panel = (findings: readonly Finding[]) => {
  const doc = { findings, busy: false, structured: false, vorlage: undefined, comments: undefined } as unknown as CheckPanelProps["doc"];
  return render(
    <FluentProvider theme={webLightTheme}>
      <CheckPanel doc={doc} profile={PANE_PROFILE} t={UI_MESSAGES.de} catalogue={CATALOGUES.de} lang="de" />
    </FluentProvider>,
  );
};
const sachverhalt = (list: HTMLElement) => within(list).queryAllByText(/des Sachverhalts/u);

describe("Prüfen in the Word pane on a long plain Vorlage (a tryout: 283 hints, one per Sachverhalt paragraph, under 3 errors)", () => {
  it("lists every error and the first hints of one kind; one button opens the rest", () => {
    const view = panel([error(0), error(1), error(2), ...Array.from({ length: 283 }, (_, i) => unassigned(i))]);
    const list = view.getByRole("list", { name: UI_MESSAGES.de.tabs.check });
    expect(sachverhalt(list)).toHaveLength(HINTS_SHOWN);
    expect(within(list).getAllByText(/Fehler:/u)).toHaveLength(3);
    const button = within(list).getByRole("button", { name: `weitere ${283 - HINTS_SHOWN} Hinweise dieser Art anzeigen` });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(button);
    expect(sachverhalt(list)).toHaveLength(283);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    // The counts still count them all.
    expect(view.getByRole("status").textContent).toContain("283");
  });

  it("lists every hint when there are no more than that, with no button", () => {
    const view = panel(Array.from({ length: HINTS_SHOWN }, (_, i) => unassigned(i)));
    const list = view.getByRole("list", { name: UI_MESSAGES.de.tabs.check });
    expect(sachverhalt(list)).toHaveLength(HINTS_SHOWN);
    expect(within(list).queryByRole("button", { name: /Hinweise dieser Art/u })).toBeNull();
  });
});
