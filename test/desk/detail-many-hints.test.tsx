/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, within } from "@testing-library/react";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { HINTS_SHOWN } from "../../src/core/validation/fold-hints";
import type { Finding } from "../../src/core/validation/finding";
import { DetailPanel } from "../../src/desk/components/DetailPanel";
import { readEntry, type DeskEntry } from "../../src/desk/read-entry";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { DESK_MESSAGES } from "../../src/i18n/desk-messages";
import type { Lang } from "../../src/i18n/format-finding";
import { completeVorlage } from "../fixtures/builders";

// Fluent's MessageBar watches its width; jsdom has no layout, so nothing is ever observed.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;

const unassigned = (i: number): Finding => ({ code: "recognize-unassigned", severity: "info", location: { type: "document" }, params: { auszug: `Absatz ${i} des Sachverhalts`, gelesen: "begruendung" } });
const error = (i: number): Finding => ({ code: "beschluss-clause-missing", severity: "error", location: { type: "document" }, params: { n: String(i) } });

/** A read Vorlage whose findings are the given ones (a long one gives one hint per unassigned paragraph). */
function withFindings(findings: readonly Finding[]): DeskEntry {
  const entry = readEntry(0, "lang.docx", DocxDocument.create(completeVorlage(), WIESBADEN, "2025-03-01T09:00:00Z").save(), WIESBADEN);
  return { ...entry, row: { ...entry.row, findings } };
}
const panel = (entry: DeskEntry, lang: Lang = "de") =>
  render(
    <FluentProvider theme={webLightTheme}>
      <DetailPanel entry={entry} profile={WIESBADEN} lang={lang} t={DESK_MESSAGES[lang]} onClose={() => undefined} />
    </FluentProvider>,
  );
const sachverhalt = (list: HTMLElement) => within(list).queryAllByText(/des Sachverhalts/u);

describe("the detail of a long Vorlage (tryout: 283 hints, one per Sachverhalt paragraph, under 3 errors)", () => {
  it("shows every error and the first hints of one kind; one button opens the rest and says so", () => {
    const view = panel(withFindings([...Array.from({ length: 283 }, (_, i) => unassigned(i)), error(0), error(1), error(2)]));
    const list = view.getByRole("list", { name: "Prüfhinweise" });
    expect(sachverhalt(list)).toHaveLength(HINTS_SHOWN);
    expect(within(list).getAllByText(/Fehler:/u)).toHaveLength(3);
    const button = within(list).getByRole("button", { name: `weitere ${283 - HINTS_SHOWN} Hinweise dieser Art anzeigen` });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    const controlled = view.container.querySelector(`[id="${button.getAttribute("aria-controls")}"]`) as HTMLElement;
    expect(controlled.hidden).toBe(true);

    fireEvent.click(button);
    expect(sachverhalt(list)).toHaveLength(283);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(controlled.hidden).toBe(false);
    expect(button.textContent).toBe(`die ${283 - HINTS_SHOWN} weiteren Hinweise dieser Art ausblenden`);
    // The last one too, in its place.
    expect(within(controlled).getByText(/Absatz 282 des Sachverhalts/u)).toBeTruthy();

    fireEvent.click(button);
    expect(sachverhalt(list)).toHaveLength(HINTS_SHOWN);
    expect(button.getAttribute("aria-expanded")).toBe("false");
  });

  it("shows every hint when there are no more than that, with no button", () => {
    const view = panel(withFindings(Array.from({ length: HINTS_SHOWN }, (_, i) => unassigned(i))));
    const list = view.getByRole("list", { name: "Prüfhinweise" });
    expect(sachverhalt(list)).toHaveLength(HINTS_SHOWN);
    expect(within(list).queryByRole("button")).toBeNull();
  });

  it("says it in English", () => {
    const view = panel(withFindings(Array.from({ length: HINTS_SHOWN + 2 }, (_, i) => unassigned(i))), "en");
    expect(view.getByRole("button", { name: "show 2 more notes of this kind" })).toBeTruthy();
  });
});
