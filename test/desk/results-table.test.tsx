/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, waitFor, within } from "@testing-library/react";
import { strToU8 } from "fflate";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { ResultsTable } from "../../src/desk/components/ResultsTable";
import { readEntry, type DeskEntry } from "../../src/desk/read-entry";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { DESK_MESSAGES } from "../../src/i18n/desk-messages";
import { completeVorlage } from "../fixtures/builders";

const t = DESK_MESSAGES.de;
const readable = readEntry(0, "a.docx", DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save(), WIESBADEN);
const broken = readEntry(1, "kaputt.docx", strToU8("kein zip"), WIESBADEN);

function table(entries: readonly DeskEntry[] = [readable, broken]) {
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <ResultsTable entries={entries} total={entries.length} sort={undefined} onSort={() => undefined} selected={undefined} onOpen={() => undefined} profile={WIESBADEN} t={t} />
    </FluentProvider>,
  );
  const row = (file: string) => view.container.querySelector(`tr[data-file="${file}"]`) as HTMLElement;
  return { row, rows: () => view.container.querySelectorAll("tbody tr").length };
}

describe("the table of the reviewers' page", () => {
  it("shows the Federführung as the profile names the Dezernat", () => {
    const { row } = table();
    expect(row("a.docx").querySelectorAll("td")[2]?.textContent).toBe("Dezernat III");
  });

  it("shows the counts of a read file as numbers", () => {
    const { row } = table();
    expect(within(row("a.docx")).getByTestId("errors").textContent).toBe("0");
    expect(within(row("a.docx")).getByTestId("warnings").textContent).toBe("0");
  });

  it("shows no counts for an unreadable file: a dash on screen, and in words for a screen reader", () => {
    const { row } = table();
    for (const id of ["errors", "warnings"]) {
      const cell = within(row("kaputt.docx")).getByTestId(id);
      expect(cell.textContent).not.toMatch(/\d/u);
      expect(cell.querySelector("[aria-hidden=true]")?.textContent).toBe("–");
      // What remains for assistive technology once the hidden dash is taken away.
      const spoken = [...cell.childNodes].filter((n) => !(n instanceof HTMLElement && n.getAttribute("aria-hidden") === "true")).map((n) => n.textContent).join("");
      expect(spoken).toBe(t.notCounted);
    }
  });

  it("lays out a large table in steps: the first rows at once, the rest frame by frame, until every row is there", async () => {
    const many = Array.from({ length: 180 }, (_, id) => ({ ...readable, id, row: { ...readable.row, file: `v-${id}.docx` } }));
    const { rows } = table(many);
    expect(rows()).toBeLessThan(180);
    expect(rows()).toBeGreaterThan(0);
    await waitFor(() => expect(rows()).toBe(180), { timeout: 50_000 });
  }, 60_000);
});
