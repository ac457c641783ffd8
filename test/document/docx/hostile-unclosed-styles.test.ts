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
 * refused. The look now reads the part with the streaming scanner: linear, and the German line
 * that the part is not well-formed comes at once.
 */
const unclosed = (n: number): string =>
  `<w:styles xmlns:w="${W_NS}">${Array.from({ length: n }, (_, i) => `<w:style w:type="paragraph" w:styleId="s${i}"><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:stylx>`).join("")}</w:styles>`;

describe("a styles part of unclosed styles", () => {
  // The look reads the part with the streaming scanner (one pass, by namespace URI): a part of 40,000 unclosed styles
  // is refused as not well-formed where the scanner meets the first wrong end tag, not searched through from every style.
  it("is refused by the look itself as not well-formed, 40,000 unclosed styles as one", () => {
    const colours = palette(undefined, undefined);
    expect(() => styleLooks(unclosed(40_000), colours)).toThrow(expect.objectContaining({ reason: "malformed-xml" }));
    const one = `<w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="offen"><w:pPr/></w:stylx><w:style w:type="paragraph" w:styleId="weiss"><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style></w:styles>`;
    expect(() => styleLooks(one, colours)).toThrow(expect.objectContaining({ reason: "malformed-xml" }));
  });

  it("is refused as not well-formed, as any malformed part", () => {
    const bytes = docxFromBody(["Vorlagen-Nr. 25-V-03-0042", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder."].map(paragraphXml).join(""), { "word/styles.xml": strToU8(unclosed(2000)) });
    expect(() => DocxDocument.open(bytes).read(WIESBADEN)).toThrow(expect.objectContaining({ reason: "malformed-xml" }));
  });
});
