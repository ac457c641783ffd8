import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { docxFromBody, paragraphXml } from "../fixtures/docx";

/**
 * A digit in `w:specVanish`: Word never shows such a run, not even with hidden text displayed
 * (ECMA-376 §17.3.2.36), so „Die Kosten betragen einmalig {1}12.000 €“ shows and prints 12.000 €.
 * The reader knew only `w:vanish` and read 112.000 €: check and the reviewers' report said, with
 * confidence, an amount nobody sees. Such a run is hidden text like `w:vanish`; `w:webHidden`
 * (hidden only in Web Layout, printed) stays text.
 */
const run = (t: string, rPr = ""): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const vorlage = (amount: string): Uint8Array =>
  docxFromBody(
    [
      ...["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder.", "Finanzielle Auswirkungen:"].map(paragraphXml),
      `<w:p>${run("Die Kosten betragen einmalig ")}${amount}${run("12.000 € und werden aus dem Budget des Dezernats III gedeckt.")}</w:p>`,
      ...["Dem Magistrat", "mit der Bitte um Kenntnisnahme", "Wiesbaden, 02.06.2025", "Müller"].map(paragraphXml),
    ].join(""),
  );
const betrag = (bytes: Uint8Array): number | undefined => DocxDocument.open(bytes).read(WIESBADEN).vorlage.finanzierung?.betragCent;
const betragEdited = (bytes: Uint8Array): number | undefined => DocxDocument.open(bytes, { edit: true }).read(WIESBADEN).vorlage.finanzierung?.betragCent;

describe("a run Word never shows (w:specVanish)", () => {
  it("is no text: the Betrag is what Word shows, 12.000 €, read streaming and from the tree", () => {
    const bytes = vorlage(run("1", "<w:specVanish/>"));
    expect(betrag(bytes)).toBe(1_200_000);
    expect(betragEdited(bytes)).toBe(1_200_000);
  });

  it("w:specVanish switched off, and w:webHidden, leave the digit shown: 112.000 €", () => {
    expect(betrag(vorlage(run("1", '<w:specVanish w:val="0"/>')))).toBe(11_200_000);
    expect(betrag(vorlage(run("1", "<w:webHidden/>")))).toBe(11_200_000);
  });
});
