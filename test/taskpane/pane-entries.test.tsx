/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { renderPane, settled, SLOW } from "./render-pane";

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const click = async (name: string) => {
  fireEvent.click(screen.getByRole("button", { name }));
  await settled();
};

describe("every inserted entry can be corrected or removed, and that undone", () => {
  it("removes, restores in its place, and corrects a Verteiler entry", async () => {
    const { port } = await renderPane();
    await screen.findByRole("button", { name: "Zeichnung einfügen" }, SLOW);
    const verteiler = async () => (await port.read()).vorlage.verteiler.map((e) => e.empfaenger);
    for (const e of ["Amt 20", "Amt 30", "Amt 40"]) {
      type("Empfänger", e);
      await click("Empfänger einfügen");
    }
    expect(await verteiler()).toEqual(["Amt 20", "Amt 30", "Amt 40"]);
    await click("Empfänger „Amt 30“ entfernen");
    expect(await verteiler()).toEqual(["Amt 20", "Amt 40"]);
    await click("Letzte Aktion rückgängig machen");
    expect(await verteiler()).toEqual(["Amt 20", "Amt 30", "Amt 40"]);
    // The first one, removed and put back, stands first again.
    await click("Empfänger „Amt 20“ entfernen");
    await click("Letzte Aktion rückgängig machen");
    expect(await verteiler()).toEqual(["Amt 20", "Amt 30", "Amt 40"]);

    fireEvent.click(screen.getByRole("button", { name: "Empfänger „Amt 30“ bearbeiten" }));
    expect((screen.getByLabelText("Empfänger") as HTMLInputElement).value).toBe("Amt 30");
    expect(document.activeElement).toBe(screen.getByLabelText("Empfänger"));
    type("Empfänger", "Amt 31");
    await click("Änderung am Empfänger übernehmen");
    expect(await verteiler()).toEqual(["Amt 20", "Amt 31", "Amt 40"]);
    expect(screen.getByRole("button", { name: "Empfänger einfügen" })).toBeTruthy();
    await click("Letzte Aktion rückgängig machen");
    expect(await verteiler()).toEqual(["Amt 20", "Amt 30", "Amt 40"]);
    // Undoing the inserts takes them out again, last first.
    await click("Letzte Aktion rückgängig machen");
    expect(await verteiler()).toEqual(["Amt 20", "Amt 30"]);
  }, 60_000);

  it("corrects and removes a Zeichnung with the Verteiler typed under it in its own box, and a Bezug", async () => {
    const { port } = await renderPane();
    await screen.findByRole("button", { name: "Zeichnung einfügen" }, SLOW);
    type("Weiterleitende Stelle (z. B. Der Magistrat; beginnt eine neue Seite)", "Der Magistrat");
    // Typed as the paper shows it; kept as its digits, printed in the house style's form.
    type("Interne Nummer der weiterleitenden Stelle", "-16-");
    type("Datum", "21.03.2024");
    type("Name", "Bock");
    type("Empfänger unter dieser Zeichnung", "Dezernat VII");
    fireEvent.keyDown(screen.getByLabelText("Empfänger unter dieser Zeichnung"), { key: "Enter" });
    expect(screen.getByText("Dezernat VII – mit der Bitte um Kenntnisnahme")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText("Empfänger unter dieser Zeichnung"));
    await click("Zeichnung einfügen");
    const read = async () => (await port.read()).vorlage;
    expect((await read()).zeichnungen.map((z) => [z.name, z.absender, z.absenderNummer])).toEqual([["Bock", "Der Magistrat", "16"]]);
    expect((await read()).verteiler.map((e) => e.empfaenger)).toEqual(["Dezernat VII"]);

    const list = screen.getByRole("list", { name: "Eingefügte Zeichnungen" });
    fireEvent.click(within(list).getByRole("button", { name: /^Zeichnung „Der Magistrat \(16\), Bock, .*“ bearbeiten$/ }));
    expect((screen.getByLabelText("Name") as HTMLInputElement).value).toBe("Bock");
    expect((screen.getByLabelText("Interne Nummer der weiterleitenden Stelle") as HTMLInputElement).value).toBe("16");
    type("Name", "Bock-Meier");
    await click("Änderung an der Zeichnung übernehmen");
    expect((await read()).zeichnungen.map((z) => [z.name, z.absenderNummer])).toEqual([["Bock-Meier", "16"]]);
    expect((await read()).verteiler.map((e) => e.empfaenger)).toEqual(["Dezernat VII"]);
    fireEvent.click(within(screen.getByRole("list", { name: "Eingefügte Zeichnungen" })).getByRole("button", { name: /entfernen$/ }));
    await settled();
    expect((await read()).zeichnungen).toEqual([]);
    expect((await read()).verteiler).toEqual([]);
    await click("Letzte Aktion rückgängig machen");
    expect((await read()).zeichnungen.map((z) => z.name)).toEqual(["Bock-Meier"]);
    expect((await read()).verteiler.map((e) => e.empfaenger)).toEqual(["Dezernat VII"]);

    fireEvent.change(screen.getByLabelText("Gremium des früheren Beschlusses"), { target: { value: "Magistrat" } });
    type("Datum des früheren Beschlusses", "27.02.2024");
    type("BP-Nr. (Beschlusspunkt)", "0106");
    await click("Bezug einfügen");
    fireEvent.click(within(screen.getByRole("list", { name: "Eingefügte Bezüge" })).getByRole("button", { name: /bearbeiten$/ }));
    type("BP-Nr. (Beschlusspunkt)", "0107");
    await click("Änderung am Bezug übernehmen");
    expect((await read()).bezuege.map((b) => b.bp)).toEqual(["0107"]);
    await click("Letzte Aktion rückgängig machen");
    expect((await read()).bezuege.map((b) => b.bp)).toEqual(["0106"]);
  }, 60_000);
});
