/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { strToU8 } from "fflate";
import { KARLSRUHE, WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { Preview } from "../../src/preview/Preview";
import { PANE_PROFILE } from "../../src/taskpane/pane-profile";
import { completeVorlage } from "../fixtures/builders";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/** The engine arrives after a frame and an idle moment: slow under coverage on a loaded machine. */
const SLOW = { timeout: 15_000 };

const host = (lang: "de" | "en") => ({ kind: "browser", lang, dark: false, wordApi14: false, customXmlParts: false }) as const;

function show(lang: "de" | "en" = "de") {
  render(
    <FluentProvider theme={webLightTheme}>
      <Preview host={host(lang)} profile={PANE_PROFILE} />
    </FluentProvider>,
  );
}

/** A Vorlage of the user's, saved as Word would have it: its Betreff is what the page must show once it is opened. */
function usersVorlage(betreff: string): Uint8Array {
  const v = completeVorlage();
  return DocxDocument.create({ ...v, header: { ...v.header, betreff } }, WIESBADEN, "2025-05-06T09:00:00Z").save();
}

/** A file as the dialog hands it over. */
const docxFile = (bytes: Uint8Array, name: string): File => new File([new Uint8Array(bytes)], name, { type: DOCX });

/** Chooses a file in the bar's file dialog. */
function choose(file: File): void {
  fireEvent.change(screen.getByTestId("open-input"), { target: { files: [file] } });
}

const bar = () => within(screen.getByRole("banner"));
const page = () => screen.getByTestId("document");
/** The empty Vorlage the preview starts with, drawn (its Betreff a placeholder). */
const startDrawn = () => waitFor(() => expect(page().textContent).toContain("‹Betreff›"), SLOW);

describe("the preview's „Öffnen …“: a real .docx in the preview", () => {
  it("shows a chosen .docx on the page and in the pane, and says it is open", async () => {
    show();
    // The preview's own bar, not the pane: the pane runs in Word, which opens documents itself.
    expect(within(screen.getByTestId("pane")).queryByRole("button", { name: "Öffnen …" })).toBeNull();
    await startDrawn();
    choose(docxFile(usersVorlage("Sanierung der Turnhalle am Weiher"), "vorlage-turnhalle.docx"));
    await waitFor(() => expect(page().textContent).toContain("Sanierung der Turnhalle am Weiher"), SLOW);
    expect(bar().getByRole("status").textContent).toBe("„vorlage-turnhalle.docx“ ist geöffnet.");
    // The pane works on the opened document: its Betreff is the file's.
    fireEvent.click(within(screen.getByTestId("pane")).getByRole("tab", { name: "Angaben" }));
    expect(await within(screen.getByTestId("pane")).findByDisplayValue("Sanierung der Turnhalle am Weiher", {}, SLOW)).toBeTruthy();
  }, 30_000);

  it("edits and checks a Karlsruhe draft as Karlsruhe's, the profile it names, and says so", async () => {
    show();
    await startDrawn();
    const v = completeVorlage();
    choose(docxFile(DocxDocument.create({ ...v, header: { ...v.header, betreff: "Neubau der Stadtbibliothek" } }, KARLSRUHE, "2025-05-06T09:00:00Z").save(), "karlsruhe.docx"));
    await waitFor(() => expect(page().textContent).toContain("Neubau der Stadtbibliothek"), SLOW);
    expect(bar().getByRole("status").textContent).toBe(`„karlsruhe.docx“ ist geöffnet. Bearbeitet und geprüft nach dem Kommunalprofil „${KARLSRUHE.name}“, das im Dokument gespeichert ist.`);
    // Checked by Karlsruhe's rules: its CO2 block is required, which Wiesbaden's profile does not know.
    fireEvent.click(within(screen.getByTestId("pane")).getByRole("tab", { name: /^Prüfen/u }));
    expect(await within(screen.getByTestId("pane")).findByText(/CO2/u, {}, SLOW)).toBeTruthy();
  }, 30_000);

  it.each([
    ["notiz.docx", () => strToU8("Dies ist keine Word-Datei."), "„notiz.docx“ lässt sich nicht öffnen. Sie ist kein Word-Dokument (.docx)."],
    ["alt.doc", () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), "„alt.doc“ lässt sich nicht öffnen. Sie ist im alten Word-Format (.doc) gespeichert; bitte in Word als .docx speichern."],
    ["leer.docx", () => new Uint8Array(0), "„leer.docx“ lässt sich nicht öffnen. Die Datei ist leer."],
    ["halb.docx", () => usersVorlage("Halb").slice(0, 900), "„halb.docx“ lässt sich nicht öffnen. Die Datei ist beschädigt."],
  ])("refuses %s with a German sentence and keeps the document shown", async (name, bytes, sentence) => {
    show();
    await startDrawn();
    const before = page().textContent;
    choose(docxFile(bytes(), name));
    expect((await bar().findByRole("alert", {}, SLOW)).textContent).toBe(sentence);
    expect(page().textContent).toBe(before);
    expect((bar().getByRole("button", { name: "Öffnen …" }) as HTMLButtonElement).disabled).toBe(false);
  }, 30_000);

  it("refuses a file over the engine's limit by its size, before reading it", async () => {
    show();
    const file = docxFile(new Uint8Array(10), "riesig.docx");
    Object.defineProperty(file, "size", { value: 101 * 1024 * 1024 });
    const read = jest.spyOn(FileReader.prototype, "readAsArrayBuffer");
    choose(file);
    expect((await bar().findByRole("alert", {}, SLOW)).textContent).toBe("„riesig.docx“ lässt sich nicht öffnen. Die Datei ist zu groß; höchstens 100 MB werden geöffnet.");
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
  }, 30_000);

  it("is a button reached and pressed by keyboard that opens the file dialog, in English with ?lang=en", async () => {
    show("en");
    const open = bar().getByRole("button", { name: "Open …" });
    const dialog = jest.spyOn(HTMLInputElement.prototype, "click").mockImplementation(() => undefined);
    open.focus();
    expect(document.activeElement).toBe(open);
    // A <button>: Enter and Space press it as a click (the browser's own), which opens the dialog.
    fireEvent.click(open);
    expect(dialog).toHaveBeenCalledTimes(1);
    dialog.mockRestore();
    choose(docxFile(strToU8("plain text"), "note.docx"));
    expect((await bar().findByRole("alert", {}, SLOW)).textContent).toBe("“note.docx” cannot be opened. It is not a Word document (.docx).");
  }, 30_000);
});
