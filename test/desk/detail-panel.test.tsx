/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { KARLSRUHE, WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { markDuplicates } from "../../src/core/report/duplicates";
import { DetailPanel } from "../../src/desk/components/DetailPanel";
import { readEntry, type DeskEntry } from "../../src/desk/read-entry";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { DESK_MESSAGES } from "../../src/i18n/desk-messages";
import { completeVorlage } from "../fixtures/builders";

// Fluent's MessageBar watches its width; jsdom has no layout, so nothing is ever observed.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;

const version = (id: number, file: string, at: string) => readEntry(id, file, DocxDocument.create(completeVorlage(), WIESBADEN, at).save(), WIESBADEN);
const panel = (entry: DeskEntry) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <DetailPanel entry={entry} profile={WIESBADEN} lang="en" t={DESK_MESSAGES.en} onClose={() => undefined} />
    </FluentProvider>,
  );

describe("the detail of a Vorlage", () => {
  it("says that its Vorlagen-Nr. is in other files too, and which one is counted", () => {
    const older = version(0, "alt.docx", "2025-03-01T09:00:00Z");
    const newer = version(1, "neu.docx", "2025-04-01T09:00:00Z");
    const [marked] = markDuplicates([older.row, newer.row]);
    const view = panel({ ...older, row: marked as DeskEntry["row"] });
    expect(view.getByTestId("detail-duplicate").textContent).toBe("present more than once (2 files): not counted, counted is neu.docx (newest modified date in the metadata)");
    expect(panel(newer).container.querySelector("[data-testid=detail-duplicate]")).toBeNull();
  });

  it("says which municipal profile a file was checked against, and shows its sections in that city's words", () => {
    const draft = readEntry(0, "k.docx", DocxDocument.create(completeVorlage(), KARLSRUHE, "2025-05-06T09:00:00Z").save(), WIESBADEN);
    const view = panel(draft);
    expect(view.getByTestId("detail-profile").textContent).toBe(`Checked against the municipal profile "${KARLSRUHE.name}" stored in the document.`);
    const karlsruhePhrase = KARLSRUHE.sectionKinds.find((k) => k.kind === "beschluss")?.phrase as string;
    const wiesbadenPhrase = WIESBADEN.sectionKinds.find((k) => k.kind === "beschluss")?.phrase as string;
    expect(karlsruhePhrase).not.toBe(wiesbadenPhrase);
    expect(view.container.textContent).toContain(karlsruhePhrase);
    expect(view.container.textContent).not.toContain(wiesbadenPhrase);
  });
});
