import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { formatFinding } from "../../src/i18n/format-finding";
import { docxFromBody, paragraphXml } from "../fixtures/docx";

/**
 * Text a reader does not see although it is no hidden text: white on a white page („2. Die
 * Verwaltung zahlt 5.000.000 € an den Verein.“ in w:color FFFFFF), or a digit in 1-point type
 * inside an amount (w:sz 2). Word prints it and it is part of the decision, but nobody reviewing
 * the page sees it; check read it as an ordinary clause and amount and said nothing. Now it is
 * named (`text-unsichtbar`, with the number of places and the first text); white text on a shaded
 * cell, paragraph or run, or highlighted, is visible and stays unnamed.
 */
const run = (t: string, rPr = ""): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const HEAD = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder."].map(paragraphXml).join("");
const TAIL = ["Dem Magistrat", "mit der Bitte um Kenntnisnahme", "Wiesbaden, 02.06.2025", "Müller"].map(paragraphXml).join("");
const doc = (middle: string): Uint8Array => docxFromBody(HEAD + middle + TAIL);
const named = (bytes: Uint8Array) => DocxDocument.open(bytes).read(WIESBADEN).findings.filter((f) => f.code === "text-unsichtbar");

describe("text formatted so that nobody sees it", () => {
  it("a clause in white type is named, in German and English", () => {
    const found = named(doc(`<w:p>${run("2. Die Verwaltung zahlt 5.000.000 € an den Verein.", '<w:color w:val="FFFFFF"/>')}</w:p>`));
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe("warning");
    const de = formatFinding(found[0] as never, "de", WIESBADEN);
    expect(de).toContain("Die Verwaltung zahlt 5.000.000");
    expect(de).toContain("weiße Schrift");
    expect(formatFinding(found[0] as never, "en", WIESBADEN)).toContain("white type");
  });

  it("a digit in 1-point type inside an amount is named", () => {
    const found = named(doc(`${paragraphXml("Finanzielle Auswirkungen:")}<w:p>${run("Die Kosten betragen einmalig ")}${run("1", '<w:sz w:val="2"/>')}${run("12.000 € und werden aus dem Budget des Dezernats III gedeckt.")}</w:p>`));
    expect(found).toHaveLength(1);
    expect(found[0]?.params["beispiel"]).toBe("1");
  });

  it("white type on a shaded paragraph, cell or run, or highlighted, and ordinary text, are not named", () => {
    const white = '<w:color w:val="FFFFFF"/>';
    expect(named(doc(`<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:pPr>${run("2. Die Verwaltung wartet die Räder.", white)}</w:p>`))).toEqual([]);
    expect(named(doc(`<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="C00000"/></w:tcPr><w:p>${run("Kopfzeile", white)}</w:p></w:tc></w:tr></w:tbl>`))).toEqual([]);
    expect(named(doc(`<w:p>${run("2. Die Verwaltung wartet die Räder.", `${white}<w:shd w:val="clear" w:color="auto" w:fill="000000"/>`)}</w:p>`))).toEqual([]);
    expect(named(doc(`<w:p>${run("2. Die Verwaltung wartet die Räder.", `${white}<w:highlight w:val="black"/>`)}</w:p>`))).toEqual([]);
    expect(named(doc(paragraphXml("2. Die Verwaltung wartet die Räder.")))).toEqual([]);
  });
});
