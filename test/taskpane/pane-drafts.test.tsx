/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { renderPane, settled, SLOW } from "./render-pane";

const tab = (name: string | RegExp) => fireEvent.click(screen.getByRole("tab", { name }));
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const valueOf = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

describe("the pane keeps what was typed and not yet written", () => {
  it("keeps a clause text, an Empfänger, a Zeichnung and Angaben not yet „übernommen“ across tab switches", async () => {
    await renderPane();
    type("Text der Ziffer", "die Vorlage wird zur Kenntnis genommen.");
    await screen.findByRole("button", { name: "Zeichnung einfügen" }, SLOW);
    type("Empfänger", "Amt 20");
    type("Name", "Müller");
    tab("Angaben");
    type("Betreff", "Neubau der Kita Süd");
    tab(/Prüfen/);
    tab("Einfügen");
    expect(valueOf("Text der Ziffer")).toBe("die Vorlage wird zur Kenntnis genommen.");
    await screen.findByRole("button", { name: "Zeichnung einfügen" }, SLOW);
    expect(valueOf("Empfänger")).toBe("Amt 20");
    expect(valueOf("Name")).toBe("Müller");
    tab("Angaben");
    expect(valueOf("Betreff")).toBe("Neubau der Kita Süd");
  }, 30_000);

  it("keeps Angaben typed but not „übernommen“ when an action in another tab changes the document, and shows that change elsewhere", async () => {
    await renderPane();
    tab("Angaben");
    type("Betreff", "Neubau der Kita Süd");
    tab("Einfügen");
    fireEvent.click(screen.getByRole("button", { name: "Abschnitt „Beschluss“ einfügen" }));
    await settled();
    type("Text der Ziffer", "Der Neubau wird beschlossen.");
    fireEvent.click(screen.getByRole("button", { name: "Ziffer einfügen" }));
    await settled();
    tab("Angaben");
    expect(valueOf("Betreff")).toBe("Neubau der Kita Süd");
    // Übernehmen writes it; the field then shows what the document holds.
    fireEvent.click(screen.getByRole("button", { name: "Angaben in das Dokument übernehmen" }));
    await settled();
    await waitFor(() => expect(valueOf("Betreff")).toBe("Neubau der Kita Süd"));
    expect((screen.getByRole("button", { name: "Angaben in das Dokument übernehmen" }) as HTMLButtonElement).disabled).toBe(true);
  }, 30_000);
});
