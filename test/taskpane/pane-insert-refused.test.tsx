/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import { ReferencesWouldChangeError } from "../../src/document/plain-edit-errors";
import { renderPane, settled } from "./render-pane";

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const valueOf = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

describe("a clause the document refuses", () => {
  it("keeps the typed text, and says which reference would change", async () => {
    const { port } = await renderPane();
    fireEvent.click(screen.getByRole("button", { name: "Abschnitt „Beschluss“ einfügen" }));
    await settled();
    jest.spyOn(port, "insertClause").mockRejectedValueOnce(new ReferencesWouldChangeError([{ text: "Ziffer 1.2", owner: "1.3", before: "1.2", after: "1.3" }]));
    type("Text der Ziffer", "die Räder mit dem Logo der Stadt versehen werden;");
    fireEvent.click(screen.getByRole("button", { name: "Ziffer einfügen" }));
    await settled();
    expect(await screen.findByText(/„Ziffer 1\.2“ \(meint Ziffer 1\.2, diese hieße dann 1\.3\)/u)).toBeTruthy();
    expect(valueOf("Text der Ziffer")).toBe("die Räder mit dem Logo der Stadt versehen werden;");
  }, 60_000);
});
