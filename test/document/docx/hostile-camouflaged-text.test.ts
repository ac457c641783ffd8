import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { formatFinding } from "../../../src/i18n/format-finding";
import { docxFromBody, paragraphXml } from "../../fixtures/docx";

/**
 * Type in the colour of what is right behind it: black on a black highlight, red on red run
 * shading, dark blue on a dark blue cell. Nothing shows but a bar; Word prints the clause and
 * check read it as an ordinary one, saying nothing (only white type on a white page was looked
 * for). Now it is named (`text-unsichtbar`); white type on a dark cell, black on yellow, and
 * automatic colour (which Word turns light on a dark fill) stay unnamed.
 */
const CLAUSE = "2. Die Verwaltung zahlt 5.000.000 € an den Verein.";
const run = (t: string, rPr = ""): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const HEAD = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder."].map(paragraphXml).join("");
const TAIL = ["Dem Magistrat", "mit der Bitte um Kenntnisnahme", "Wiesbaden, 02.06.2025", "Müller"].map(paragraphXml).join("");
const named = (middle: string) => DocxDocument.open(docxFromBody(HEAD + middle + TAIL)).read(WIESBADEN).findings.filter((f) => f.code === "text-unsichtbar");
const cell = (fill: string, rPr: string): string =>
  `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${fill}"/></w:tcPr><w:p>${run(CLAUSE, rPr)}</w:p></w:tc></w:tr></w:tbl>`;

describe("type in the colour of what is behind it", () => {
  it("black on a black highlight is named, in German and English", () => {
    const found = named(`<w:p>${run(CLAUSE, '<w:color w:val="000000"/><w:highlight w:val="black"/>')}</w:p>`);
    expect(found.map((f) => f.params["beispiel"])).toEqual([CLAUSE]);
    expect(formatFinding(found[0] as never, "de", WIESBADEN)).toContain("Farbe ihres Hintergrunds");
    expect(formatFinding(found[0] as never, "en", WIESBADEN)).toContain("colour of its background");
  });

  it("red on red run shading and dark blue in a dark blue cell are named", () => {
    expect(named(`<w:p>${run(CLAUSE, '<w:color w:val="FF0000"/><w:shd w:val="clear" w:color="auto" w:fill="FF0000"/>')}</w:p>`)).toHaveLength(1);
    expect(named(cell("1F3864", '<w:color w:val="1F3864"/>'))).toHaveLength(1);
    expect(named(`<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="00B050"/></w:pPr>${run(CLAUSE, '<w:color w:val="00B050"/>')}</w:p>`)).toHaveLength(1);
  });

  it("white on a dark cell, black on yellow, and automatic colour on black are not named", () => {
    expect(named(cell("1F3864", '<w:color w:val="FFFFFF"/>'))).toEqual([]);
    expect(named(`<w:p>${run(CLAUSE, '<w:color w:val="000000"/><w:highlight w:val="yellow"/>')}</w:p>`)).toEqual([]);
    expect(named(cell("000000", '<w:color w:val="auto"/>'))).toEqual([]);
  });
});
