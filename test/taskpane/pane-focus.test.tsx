/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import { renderPane, settled, SLOW } from "./render-pane";

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole("button", { name }));

describe("the focus stays where the next keystroke belongs", () => {
  it("returns to the clause box after Strg+Eingabe, and to the first field of the next entry after each insert", async () => {
    await renderPane();
    click("Abschnitt „Beschluss“ einfügen");
    await settled();
    const box = screen.getByLabelText("Text der Ziffer");
    box.focus();
    type("Text der Ziffer", "die Kita wird gebaut.");
    fireEvent.keyDown(box, { key: "Enter", ctrlKey: true });
    await settled();
    expect(document.activeElement).toBe(box);
    expect((box as HTMLTextAreaElement).value).toBe("");

    await screen.findByRole("button", { name: "Zeichnung einfügen" }, SLOW);
    type("Empfänger", "Amt 20");
    click("Empfänger einfügen");
    await settled();
    expect(document.activeElement).toBe(screen.getByLabelText("Empfänger"));
    expect((document.activeElement as HTMLInputElement).value).toBe("");

    type("Datum", "21.03.2024");
    type("Name", "Bock");
    click("Zeichnung einfügen");
    await settled();
    expect(document.activeElement).toBe(screen.getByLabelText(/^Weiterleitende Stelle/));

    fireEvent.change(screen.getByLabelText("Gremium des früheren Beschlusses"), { target: { value: "Magistrat" } });
    type("Datum des früheren Beschlusses", "27.02.2024");
    type("BP-Nr. (Beschlusspunkt)", "0106");
    click("Bezug einfügen");
    await settled();
    expect(document.activeElement).toBe(screen.getByLabelText("Datum des früheren Beschlusses"));
    expect((document.activeElement as HTMLInputElement).value).toBe("");
  }, 30_000);

  it("puts a new Deckungsquelle below the ones there are and the focus into it", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("tab", { name: "Angaben" }));
    fireEvent.click(screen.getByLabelText("Finanzielle Auswirkungen"));
    click("Deckungsquelle hinzufügen");
    const first = screen.getByLabelText("Dezernat der Deckungsquelle 1");
    expect(document.activeElement).toBe(first);
    click("Deckungsquelle hinzufügen");
    const second = screen.getByLabelText("Dezernat der Deckungsquelle 2");
    expect(document.activeElement).toBe(second);
    expect(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  }, 30_000);
});
