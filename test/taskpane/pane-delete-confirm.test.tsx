/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import { renderPane, settled } from "./render-pane";

const click = (name: string) => fireEvent.click(screen.getByRole("button", { name }));

describe("deleting a section with clauses asks first (tryout 4: Escape did not dismiss the question)", () => {
  async function asked(): Promise<HTMLElement> {
    await renderPane();
    click("Abschnitt „Beschluss“ einfügen");
    await settled();
    fireEvent.change(screen.getByLabelText("Text der Ziffer"), { target: { value: "die Straße gesperrt wird;" } });
    click("Ziffer einfügen");
    await settled();
    click("Abschnitt 1. löschen");
    return screen.getByText(/wirklich löschen\?/);
  }

  it("puts the focus on „Abbrechen“ and cancels on Escape, with the focus back on the section's ✕ and nothing deleted", async () => {
    const question = await asked();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Abbrechen" }));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: "Escape" });
    expect(question.isConnected).toBe(false);
    expect(screen.queryByText(/wirklich löschen\?/)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Abschnitt 1. löschen" }));
    await settled();
    expect(screen.getByText("1.1 die Straße gesperrt wird;")).toBeTruthy();
  }, 60_000);

  it("leaves other keys to the buttons", async () => {
    await asked();
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: "a" });
    expect(screen.getByText(/wirklich löschen\?/)).toBeTruthy();
  }, 60_000);
});
