import { strToU8 } from "fflate";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { formatCounter, listLabels, readNumbering } from "../../../src/document/ooxml/list-numbering";
import { paragraphText, readBodyXml } from "../../../src/document/ooxml/read-body";
import { documentPart, docxFromBody } from "../../fixtures/docx";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";

/**
 * List numbers as Word computes them from numbering.xml (ECMA-376 Part 1, §17.9): the
 * labels here are what Word shows for these definitions.
 */
const lvl = (ilvl: number, fmt: string, text: string, extra = "") =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const numbering = (body: string) => `<?xml version="1.0"?><w:numbering xmlns:w="${W_NS}">${body}</w:numbering>`;
const li = (text: string, numId: number, ilvl: number, pPr = "") =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>${pPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const OUTLINE = `<w:abstractNum w:abstractNumId="0">${lvl(0, "decimal", "%1.")}${lvl(1, "decimal", "%1.%2")}${lvl(2, "lowerLetter", "%3)")}</w:abstractNum>`;

function labels(body: string, numberingXml: string, styles?: string): (string | undefined)[] {
  const paragraphs = readBodyXml(documentPart(body), "document.xml");
  return listLabels(paragraphs, readNumbering(numberingXml, styles));
}

describe("list numbers from numbering.xml", () => {
  it("computes 1. / 1.1 / a) and restarts a deeper level after a higher one", () => {
    const body = [li("A", 1, 0), li("x", 1, 1), li("y", 1, 1), li("p", 1, 2), li("q", 1, 2), li("B", 1, 0), li("z", 1, 1), li("r", 1, 2)].join("");
    expect(labels(body, numbering(`${OUTLINE}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`))).toEqual(["1.\t", "1.1\t", "1.2\t", "a)\t", "b)\t", "2.\t", "2.1\t", "a)\t"]);
  });

  it("lets two instances of one definition continue each other, and restarts a level where a startOverride instance begins (Word's Set Numbering Value)", () => {
    const body = [li("A", 1, 0), li("x", 1, 1), li("y", 1, 1), li("z", 2, 1), li("w", 2, 1), li("v", 3, 1)].join("");
    const nums = `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="4"/></w:lvlOverride></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>`;
    expect(labels(body, numbering(OUTLINE + nums))).toEqual(["1.\t", "1.1\t", "1.2\t", "1.4\t", "1.5\t", "1.6\t"]);
  });

  it("takes a level redefined by an override (a second list printed as 2.1, 2.2)", () => {
    const abs = `<w:abstractNum w:abstractNumId="5">${lvl(0, "decimal", "1.%1")}</w:abstractNum>`;
    const nums = `<w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>${lvl(0, "decimal", "2.%1")}</w:lvlOverride></w:num>`;
    expect(labels([li("a", 1, 0), li("b", 1, 0), li("c", 2, 0), li("d", 2, 0)].join(""), numbering(abs + nums))).toEqual(["1.1\t", "1.2\t", "2.1\t", "2.2\t"]);
  });

  it("keeps counting a level whose lvlRestart is 0, and shows roman levels in arabic under isLgl", () => {
    const abs = `<w:abstractNum w:abstractNumId="0">${lvl(0, "upperRoman", "%1.")}${lvl(1, "decimal", "%2.", '<w:lvlRestart w:val="0"/>')}${lvl(2, "decimal", "%1.%3", "<w:isLgl/>")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [li("I", 1, 0), li("a", 1, 1), li("II", 1, 0), li("b", 1, 1), li("c", 1, 2)].join("");
    expect(labels(body, numbering(abs))).toEqual(["I.\t", "1.\t", "II.\t", "2.\t", "2.1\t"]);
  });

  it("numbers paragraphs through their style and its basedOn chain; numId 0 and deleted paragraph marks count nothing", () => {
    const styles = `<?xml version="1.0"?><w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="A"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    const styled = (t: string, s: string) => `<w:p><w:pPr><w:pStyle w:val="${s}"/></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const off = `<w:p><w:pPr><w:pStyle w:val="B"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>ohne</w:t></w:r></w:p>`;
    const gone = li("", 1, 1, `<w:rPr><w:del w:id="1" w:author="x" w:date="2025-01-01T00:00:00Z"/></w:rPr>`);
    const body = [styled("A", "A"), styled("x", "B"), off, gone, styled("y", "B")].join("");
    expect(labels(body, numbering(`${OUTLINE}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`), styles)).toEqual(["1.\t", "1.1\t", undefined, undefined, "1.2\t"]);
  });

  it("ignores the numbering of a paragraph's earlier properties (w:pPrChange)", () => {
    const changed = `<w:p><w:pPr><w:pPrChange w:id="3" w:author="x" w:date="2025-01-01T00:00:00Z"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>nicht mehr nummeriert</w:t></w:r></w:p>`;
    expect(labels(changed, numbering(`${OUTLINE}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`))).toEqual([undefined]);
  });

  it("writes counters in Word's formats and follows the level's suffix", () => {
    expect(["decimal", "decimalZero", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "none", "bullet"].map((f) => formatCounter(27, f))).toEqual(["27", "27", "XXVII", "xxvii", "AA", "aa", "", "•"]);
    expect(formatCounter(3, "decimalZero")).toBe("03");
    // Word repeats the letter (aa, bb …), as ECMA-376's ST_NumberFormat says; not a, …, z, aa, ab.
    expect([26, 27, 28, 52, 53].map((n) => formatCounter(n, "lowerLetter"))).toEqual(["z", "aa", "bb", "zz", "aaa"]);
    expect(formatCounter(28, "upperLetter")).toBe("BB");
    const abs = `<w:abstractNum w:abstractNumId="0">${lvl(0, "decimal", "%1)", '<w:suff w:val="space"/>')}${lvl(1, "bullet", "\uf0b7")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(labels([li("a", 1, 0), li("b", 1, 1), li("c", 9, 0)].join(""), numbering(abs))).toEqual(["1) ", "•\t", undefined]);
  });

  it("reads a list a document starts at 4000 or beyond what Word counts, instead of failing on it (a crash with a stack trace before)", () => {
    expect(formatCounter(4000, "upperRoman")).toBe("MMMM");
    expect(formatCounter(4012, "lowerRoman")).toBe("mmmmxii");
    expect(formatCounter(1e20, "lowerLetter")).toBe("100000000000000000000");
    expect(formatCounter(40000, "upperRoman")).toBe("40000");
    const abs = `<w:abstractNum w:abstractNumId="0">${lvl(0, "upperRoman", "%1.").replace("<w:start w:val=\"1\"/>", "<w:start w:val=\"3999\"/>")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(labels([li("a", 1, 0), li("b", 1, 0)].join(""), numbering(abs))).toEqual(["MMMCMXCIX.\t", "MMMM.\t"]);
  });

  it("puts the numbers into the paragraphs a .docx reads, streaming and from the tree alike", () => {
    const docx = docxFromBody([li("Es wird beschlossen, dass", 1, 0), li("etwas", 1, 1)].join(""), { "word/numbering.xml": strToU8(numbering(`${OUTLINE}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`)) });
    const streamed = DocxDocument.open(docx).read(WIESBADEN).vorlage;
    expect(streamed.sections.map((sec) => [sec.writtenNumber, sec.clauses.map((c) => [c.writtenNumber, c.text])])).toEqual([["1.", [["1.1", "etwas"]]]]);
    const doc = DocxDocument.open(docx, { edit: true });
    expect(doc.paragraphs().map((p) => [p.listLabel, paragraphText(p)])).toEqual([
      ["1.\t", "Es wird beschlossen, dass"],
      ["1.1\t", "etwas"],
    ]);
  });
});
