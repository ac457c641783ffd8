import { strToU8 } from "fflate";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { styleLooks } from "../../../src/document/ooxml/style-looks";
import { palette } from "../../../src/document/ooxml/theme-palette";
import { docxFromBody, paragraphXml } from "../../fixtures/docx";

/**
 * A styles part of many `<w:style>` tags none of which is closed by `</w:style>` (each ends in
 * a wrong end tag, so the nesting stays flat and the depth limit does not stop it). The look
 * through the styles for white and tiny type searched, from every opening tag, to the end of the
 * part: 40,000 such tags kept `check` busy for seven minutes before the malformed part was
 * refused. The search now stops at the next opening tag of its kind: linear, and the German line
 * that the part is not well-formed comes at once.
 */
const unclosed = (n: number): string =>
  `<w:styles xmlns:w="${W_NS}">${Array.from({ length: n }, (_, i) => `<w:style w:type="paragraph" w:styleId="s${i}"><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:stylx>`).join("")}</w:styles>`;

describe("a styles part of unclosed styles", () => {
  // What makes the look linear, tested by what it reads rather than by a stopwatch (a timed ratio failed on the
  // loaded machine: 110× against its bound of 64×): the search for a style's end stops at the next opening tag of
  // a style. A search that ran on to the next </w:style> — seven minutes for 40,000 such tags — took the closed
  // white style after an unclosed one into the unclosed one and never saw it as a style of its own.
  it("stops looking for a style's end at the next style, so that the closed style after an unclosed one is read as itself", () => {
    const colours = palette(undefined, undefined);
    const xml = `<w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="offen"><w:pPr/></w:stylx><w:style w:type="paragraph" w:styleId="weiss"><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style></w:styles>`;
    const looks = styleLooks(xml, colours);
    expect(looks.look(undefined, "weiss", undefined).white).toBe(true);
    expect(looks.look(undefined, "offen", undefined).white).toBe(false);
  });

  it("is refused as not well-formed, as any malformed part", () => {
    const bytes = docxFromBody(["Vorlagen-Nr. 25-V-03-0042", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder."].map(paragraphXml).join(""), { "word/styles.xml": strToU8(unclosed(2000)) });
    expect(() => DocxDocument.open(bytes).read(WIESBADEN)).toThrow(expect.objectContaining({ reason: "malformed-xml" }));
  });
});
