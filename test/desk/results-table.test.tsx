/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, waitFor, within } from "@testing-library/react";
import { strToU8 } from "fflate";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { markDuplicates } from "../../src/core/report/duplicates";
import { ResultsTable } from "../../src/desk/components/ResultsTable";
import { readEntry, type DeskEntry } from "../../src/desk/read-entry";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { DESK_MESSAGES } from "../../src/i18n/desk-messages";
import { completeVorlage } from "../fixtures/builders";
import type { Vorlage } from "../../src/core/model/vorlage";

const t = DESK_MESSAGES.de;
const readable = readEntry(0, "a.docx", DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save(), WIESBADEN);
const broken = readEntry(1, "kaputt.docx", strToU8("kein zip"), WIESBADEN);
const save = (v: Vorlage) => DocxDocument.create(v, WIESBADEN, "2025-05-06T09:00:00Z").save();
const base = completeVorlage();
/** Four errors: Vorlagen-Nr., Gremium and Betreff missing, and an empty Verteiler. */
const many = readEntry(2, "viele-fehler.docx", save({ ...base, header: { ...base.header, vorlagenNr: "", gremium: "", betreff: "" }, verteiler: [] }), WIESBADEN);
const one = readEntry(3, "ein-fehler.docx", save({ ...base, verteiler: [] }), WIESBADEN);
/** Three errors: Gremium and Betreff missing, and an empty Verteiler. */
const three = readEntry(4, "drei-fehler.docx", save({ ...base, header: { ...base.header, gremium: "", betreff: "" }, verteiler: [] }), WIESBADEN);

function table(entries: readonly DeskEntry[] = [readable, broken]) {
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <ResultsTable entries={entries} total={entries.length} sort={undefined} onSort={() => undefined} selected={undefined} onOpen={() => undefined} profile={WIESBADEN} lang="de" t={t} />
    </FluentProvider>,
  );
  const row = (file: string) => view.container.querySelector(`tr[data-file="${file}"]`) as HTMLElement;
  return { row, rows: () => view.container.querySelectorAll("tbody tr").length };
}

describe("the table of the reviewers' page", () => {
  it("shows „unsicher gelesen“ in place of an amount in doubt, never the figure", () => {
    const doubtful = { ...readable, row: { ...readable.row, file: "zweifel.docx", betragCent: undefined, betragZweifel: "unsicher" as const } };
    const contradicted = { ...readable, row: { ...readable.row, file: "widerspruch.docx", betragCent: undefined, betragZweifel: "widerspruechlich" as const } };
    const { row } = table([doubtful, contradicted, readable]);
    expect(within(row("zweifel.docx")).getByTestId("uncertain-amount").textContent).toBe("unsicher gelesen");
    expect(within(row("widerspruch.docx")).getByTestId("uncertain-amount").textContent).toBe("widersprüchlich");
    expect(row("zweifel.docx").textContent).not.toContain("12.400");
    expect(within(row("a.docx")).queryByTestId("uncertain-amount")).toBeNull();
  });

  it("flags „mehrfach vorhanden“ under the Vorlagen-Nr. of every file of one Vorlage, and says which one is counted", () => {
    const older = readEntry(4, "alt.docx", DocxDocument.create(completeVorlage(), WIESBADEN, "2025-03-01T09:00:00Z").save(), WIESBADEN);
    const newer = readEntry(5, "neu.docx", DocxDocument.create(completeVorlage(), WIESBADEN, "2025-04-01T09:00:00Z").save(), WIESBADEN);
    const rows = markDuplicates([older.row, newer.row, broken.row]);
    const { row } = table([older, newer, broken].map((e, i) => ({ ...e, row: rows[i] as DeskEntry["row"] })));
    expect(within(row("alt.docx")).getByTestId("duplicate").textContent).toBe("mehrfach vorhanden (2 Dateien): nicht gezählt, gezählt ist neu.docx (neuestes Änderungsdatum der Metadaten)");
    expect(within(row("neu.docx")).getByTestId("duplicate").textContent).toBe("mehrfach vorhanden (2 Dateien): gezählt (neuestes Änderungsdatum der Metadaten)");
    expect(within(row("kaputt.docx")).queryByTestId("duplicate")).toBeNull();
  });


  // Tryout 3, item 11: a row without a Vorlagen-Nr. opened only through a 9 × 22 px „–“ button.
  it("opens a row without a Vorlagen-Nr. through a button that says so, whose name contains what it shows and the file", () => {
    const { row } = table([many, readable]);
    const button = within(row("viele-fehler.docx")).getAllByRole("button")[0] as HTMLElement;
    expect(button.textContent).toBe("ohne Nr.");
    expect(button.getAttribute("aria-label")).toBe("ohne Nr.: Prüfergebnis von viele-fehler.docx anzeigen");
    expect(within(row("a.docx")).getAllByRole("button")[0]?.getAttribute("aria-label")).toBe(`Prüfergebnis von ${readable.row.vorlagenNr} anzeigen`);
  });

  // Tryout 3, item 10: the Gremium and the Dezernat marked German, so that the browser breaks them where German allows.
  it("marks the cells of the Vorlage's own words as German", () => {
    const { row } = table([readable]);
    const cells = Array.from(row("a.docx").querySelectorAll("td"));
    expect(cells.filter((c) => c.getAttribute("lang") === "de").map((c) => c.textContent)).toEqual([expect.stringContaining(readable.row.betreff), expect.any(String), readable.row.gremium]);
  });

  it("shows the Federführung as the profile names the Dezernat", () => {
    const { row } = table();
    expect(row("a.docx").querySelectorAll("td")[2]?.textContent).toBe("Dezernat\u00a0III");
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

  it("shows in the row itself why a Vorlage is not ready: its first two errors as German sentences and how many more", () => {
    const { row } = table([readable, many, one, broken]);
    const cell = within(row("viele-fehler.docx")).getByTestId("reasons");
    expect(many.row.errors).toBe(4);
    const items = [...cell.querySelectorAll("li")];
    const onScreen = items.filter((li) => !li.classList.contains("desk-print-only")).map((li) => li.textContent);
    expect(onScreen).toEqual(["Pflichtangabe fehlt: Gremium.", "Pflichtangabe fehlt: Vorlagen-Nr."]);
    expect(cell.querySelector(".desk-no-print")?.textContent).toBe("+ 2 weitere");
    // Paper has no click: the other errors are in the row too, shown only when printed.
    expect(items.filter((li) => li.classList.contains("desk-print-only")).map((li) => li.textContent)).toEqual(["Pflichtangabe fehlt: Betreff.", "Der Verteiler ist leer."]);
    expect(cell.textContent).not.toMatch(/field-missing|verteiler-missing/u);
  });

  // Found by a new-user tryout: „+ 1 weitere“ — the column names its Gründe, and one more is „weiterer“ (Grund).
  it("counts one more reason as „+ 1 weiterer“", () => {
    const { row } = table([three]);
    expect(three.row.errors).toBe(3);
    expect(within(row("drei-fehler.docx")).getByTestId("reasons").querySelector(".desk-no-print")?.textContent).toBe("+ 1 weiterer");
  });

  it("shows a single error without a count of more, and nothing for a complete or an unreadable file", () => {
    const { row } = table([readable, many, one, broken]);
    const cell = within(row("ein-fehler.docx")).getByTestId("reasons");
    expect([...cell.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["Der Verteiler ist leer."]);
    expect(cell.textContent).toBe("Der Verteiler ist leer.");
    expect(within(row("a.docx")).getByTestId("reasons").textContent).toBe("");
    expect(within(row("kaputt.docx")).getByTestId("reasons").textContent).toBe("");
  });

  it("names the reasons column in the header, without a sort button, and speaks English when asked", () => {
    const view = render(
      <FluentProvider theme={webLightTheme}>
        <ResultsTable entries={[many]} total={1} sort={undefined} onSort={() => undefined} selected={undefined} onOpen={() => undefined} profile={WIESBADEN} lang="en" t={DESK_MESSAGES.en} />
      </FluentProvider>,
    );
    const headers = [...view.container.querySelectorAll("thead th")];
    const reasons = headers.find((th) => th.textContent === "Reasons");
    expect(reasons?.querySelector("button")).toBeNull();
    const cell = view.container.querySelector("[data-testid=reasons]");
    expect(cell?.querySelector("li")?.textContent).toMatch(/^Required field missing: /u);
    expect(cell?.textContent).toContain("+ 2 more");
  });

  it("lays out a large table in steps: the first rows at once, the rest frame by frame, until every row is there", async () => {
    const many = Array.from({ length: 180 }, (_, id) => ({ ...readable, id, row: { ...readable.row, file: `v-${id}.docx` } }));
    const { rows } = table(many);
    expect(rows()).toBeLessThan(180);
    expect(rows()).toBeGreaterThan(0);
    await waitFor(() => expect(rows()).toBe(180), { timeout: 50_000 });
  }, 60_000);
});
