/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import { renderPane, settled, SLOW } from "./render-pane";

describe("the pane's export tab", () => {
  it("says which document properties it left alone because the document holds its own of that name", async () => {
    const { port } = await renderPane();
    const write = port.writeMetadata.bind(port);
    // What the port answers for a document whose „Betreff“ came from a records system (see word-port.test.ts and the .docx writer).
    jest.spyOn(port, "writeMetadata").mockImplementation(async (v) => ({ ...(await write(v)), kept: ["Betreff"] }));
    fireEvent.click(screen.getByRole("tab", { name: "Export" }));
    fireEvent.click(await screen.findByRole("button", { name: "Metadaten im Dokument speichern" }, SLOW));
    await settled();
    expect(await screen.findByText(/eigene Dokumenteigenschaften namens „Betreff“/, undefined, SLOW)).toBeTruthy();
  }, 30_000);

  it("says nothing of kept properties when every property was ours to write", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("tab", { name: "Export" }));
    fireEvent.click(await screen.findByRole("button", { name: "Metadaten im Dokument speichern" }, SLOW));
    await settled();
    await screen.findByText("Metadaten und Dokumenteigenschaften wurden gespeichert.", undefined, SLOW);
    expect(screen.queryByText(/eigene Dokumenteigenschaften/)).toBeNull();
  }, 30_000);
});
