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
  it("is looked through in linear time: 16× the part costs about 16× (bound 64×; quadratic would be 256×)", () => {
    const colours = palette(undefined, undefined);
    const time = (xml: string): number => {
      const runs: number[] = [];
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        styleLooks(xml, colours);
        runs.push(performance.now() - t0);
      }
      return runs.sort((a, b) => a - b)[2] as number;
    };
    time(unclosed(8000));
    const [small, large] = [2000, 32000].map((n) => time(unclosed(n))) as [number, number];
    expect(large / small).toBeLessThan(64);
  }, 120_000);

  it("is refused as not well-formed, as any malformed part", () => {
    const bytes = docxFromBody(["Vorlagen-Nr. 25-V-03-0042", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder."].map(paragraphXml).join(""), { "word/styles.xml": strToU8(unclosed(2000)) });
    expect(() => DocxDocument.open(bytes).read(WIESBADEN)).toThrow(expect.objectContaining({ reason: "malformed-xml" }));
  });
});
