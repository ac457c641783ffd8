import { LIST_LABEL_LIMIT, listLabels, readNumbering } from "../../../src/document/ooxml/list-numbering";
import { readBodyXml } from "../../../src/document/ooxml/read-body";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { documentPart } from "../../fixtures/docx";

/**
 * A list level whose number text (w:lvlText) repeats its placeholders thousands of times
 * („%1.%2.%3.…“ 18,000 times, in Roman numerals from 32767): a 50 KB .docx whose labels were
 * each expanded whole, about 700 KB a paragraph; over 2,000 list paragraphs `check` ran for five
 * minutes and ended in an out-of-memory crash. A label is cut at a length no number has.
 */
const li = (numId: number, ilvl: number) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>Die Stadt beschafft.</w:t></w:r></w:p>`;
const numbering = (text: string, format = "upperRoman", start = 32767): string =>
  `<?xml version="1.0"?><w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0">${Array.from({ length: 9 }, (_, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`).join("")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

describe("a list level whose number text repeats its placeholders thousands of times", () => {
  it("gives labels cut at the limit, each the start of what the level shows", () => {
    const paragraphs = readBodyXml(documentPart(Array.from({ length: 200 }, (_, i) => li(1, i % 9)).join("")), "document.xml");
    const labels = listLabels(paragraphs, readNumbering(numbering("%1.%2.%3.%4.%5.%6.%7.%8.%9.".repeat(18_000)), undefined));
    expect(labels).toHaveLength(200);
    for (const label of labels) {
      expect(label).toBeDefined();
      expect((label as string).length).toBeLessThanOrEqual(LIST_LABEL_LIMIT);
    }
    // The first paragraph's label begins as Word shows it: MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMDCCLXVII (32767) at each level.
    const roman = `${"M".repeat(32)}DCCLXVII`;
    expect(labels[0]?.startsWith(`${roman}.${roman}.`)).toBe(true);
  });

  it("leaves every ordinary label whole", () => {
    const paragraphs = readBodyXml(documentPart([li(1, 0), li(1, 1), li(1, 8)].join("")), "document.xml");
    expect(listLabels(paragraphs, readNumbering(numbering("%1.%2.%3.%4.%5.%6.%7.%8.%9.", "decimal", 1), undefined))).toEqual(["1.1.1.1.1.1.1.1.1.\t", "1.1.1.1.1.1.1.1.1.\t", "1.1.1.1.1.1.1.1.1.\t"]);
  });
});
