import { join } from "node:path";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/**
 * A header field whose value stands in a Word field (a Betreff shown by a DOCPROPERTY field, as
 * many templates fill it) cannot be wrapped exactly and stays the document's text. `recognize`
 * said so as of a number: „1 Nummer bleibt als Text des Dokuments stehen …: „Anschaffung von
 * Lastenrädern“. Sie wird nicht berichtigt“, calling a Betreff a number that --renumber would
 * have corrected. It now names such a value as an Angabe, and numbers only as numbers.
 */
const T = (t: string): string => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const BETREFF = `<w:p>${T("Betreff: ")}<w:fldSimple w:instr=" DOCPROPERTY Betreff \\* MERGEFORMAT "><w:r><w:t>Anschaffung von Lastenrädern</w:t></w:r></w:fldSimple></w:p>`;
const SEQ = `<w:p><w:fldSimple w:instr=" SEQ Ziffer "><w:r><w:t>3</w:t></w:r></w:fldSimple>${T(". Die Verwaltung wird beauftragt, die Räder zu warten.")}</w:p>`;
const body = (clause2: string): string =>
  [paragraphXml("Vorlagen-Nr. 25-V-03-0042"), BETREFF, paragraphXml("Federführend: Dezernat III"), paragraphXml("Beschlussvorschlag:"), paragraphXml("1. Die Stadt beschafft zehn Lastenräder."), clause2, ...["Finanzielle Auswirkungen:", "Die Kosten betragen einmalig 12.000 € und werden aus dem Budget des Dezernats III gedeckt.", "Wiesbaden, 02.06.2025", "Müller"].map(paragraphXml)].join("");

describe("recognize on a header value that stands in a Word field", () => {
  it("names it as an Angabe left as text, never as a number; a number in a field is still named as a number", async () => {
    const { dir, file } = tempFolder("bv-fields-left-");
    const r = await run("recognize", file("v.docx", docxFromBody(body(SEQ))), "--renumber", "-o", join(dir, "neu.docx"));
    expect(r.code).toBe(0);
    const lines = r.err.split("\n");
    const numbers = lines.find((l) => l.includes("„3.“")) ?? "";
    expect(numbers).toMatch(/^1 Nummer bleibt/u);
    expect(numbers).not.toContain("Lastenrädern");
    const values = lines.find((l) => l.includes("Lastenrädern")) ?? "";
    expect(values).toContain("Angabe");
    expect(values).not.toContain("Nummer");
    expect(values).not.toContain("berichtigt");
    // As the sentence says, the value is still read from the text.
    const checked = JSON.parse((await run("check", "--json", join(dir, "neu.docx"))).out) as { files: { structured: boolean; vorlage: { betreff: string } }[] };
    expect(checked.files[0]?.structured).toBe(true);
    expect(checked.files[0]?.vorlage.betreff).toBe("Anschaffung von Lastenrädern");
    const en = await run("recognize", file("w.docx", docxFromBody(body(paragraphXml("2. Die Verwaltung wird beauftragt.")))), "-o", join(dir, "neu-en.docx"), "--lang", "en");
    expect(en.err).toContain("Lastenrädern");
    expect(en.err).not.toMatch(/number stays/u);
  });
});
