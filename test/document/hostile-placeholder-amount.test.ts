import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import type { Finding } from "../../src/core/validation/finding";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { WordPort } from "../../src/document/word/word-port";
import { formatFinding } from "../../src/i18n/format-finding";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { WordSimulator } from "../word-simulator/word-simulator";

/**
 * A content control still showing its placeholder (`w:showingPlcHdr`) whose prompt is an amount („250.000 €“): a
 * prompt is not a value. Inline, its text was already left out; a control around whole paragraphs (block level) was
 * read as if filled in, and its prompt became the Betrag. Now neither is read as the Betrag, in check as in the pane,
 * and the finding that a control still shows its placeholder (`accessibility-placeholder`) says it was not read.
 */
const run = (t: string): string => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const HEAD = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder.", "Finanzielle Auswirkungen:"].map(paragraphXml).join("");
const TAIL = ["Dem Magistrat", "mit der Bitte um Kenntnisnahme", "Wiesbaden, 02.06.2025", "Müller"].map(paragraphXml).join("");
const SENTENCE = "Die Kosten betragen 250.000 € einmalig.";
const block = (prompt: boolean): string => `<w:sdt><w:sdtPr><w:alias w:val="Kosten"/>${prompt ? "<w:showingPlcHdr/>" : ""}</w:sdtPr><w:sdtContent><w:p>${run(SENTENCE)}</w:p></w:sdtContent></w:sdt>`;
const inline = (prompt: boolean): string => `<w:p>${run("Die Kosten betragen ")}<w:sdt><w:sdtPr>${prompt ? "<w:showingPlcHdr/>" : ""}</w:sdtPr><w:sdtContent>${run("250.000 €")}</w:sdtContent></w:sdt>${run(" einmalig.")}</w:p>`;
const read = (bytes: Uint8Array) => DocxDocument.open(bytes).read(WIESBADEN);

describe("a control showing its placeholder, which holds an amount", () => {
  it.each([
    ["around the paragraph", block],
    ["inside the sentence", inline],
  ])("%s: its prompt is not the Betrag, and the control is said to show its placeholder, not read", (_, control) => {
    expect(read(docxFromBody(HEAD + control(false) + TAIL)).vorlage.finanzierung?.betragCent).toBe(25_000_000);
    const bytes = docxFromBody(HEAD + control(true) + TAIL);
    const r = read(bytes);
    expect(r.vorlage.finanzierung?.betragCent).toBeUndefined();
    const said = r.findings.filter((f) => f.code === "accessibility-placeholder");
    expect(said).toHaveLength(1);
    expect(formatFinding(said[0] as Finding, "de", WIESBADEN)).toContain("nicht gelesen");
    expect(formatFinding(said[0] as Finding, "en", WIESBADEN)).toContain("not read as a value");
  });

  it("the pane does not take the block's prompt as the Betrag either", async () => {
    const bytes = docxFromBody(HEAD + block(true) + TAIL);
    const pane = await new WordPort(new WordSimulator(bytes).host(), WIESBADEN, sequentialIds("w")).read();
    expect(pane.vorlage.finanzierung?.betragCent).toBeUndefined();
    expect(read(bytes).vorlage.finanzierung?.betragCent).toBe(pane.vorlage.finanzierung?.betragCent);
  });
});
