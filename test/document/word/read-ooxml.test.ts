import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { toFlatOpc } from "../../../src/document/ooxml/flat-opc";
import { readBodyOoxml } from "../../../src/document/word/read-ooxml";

describe("reading the body Word hands over (getOoxml)", () => {
  it("shows the list numbers of its numbering part, as Word does", () => {
    const li = (text: string, ilvl: number) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const lvl = (i: number, text: string) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const numbering = `<w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0">${lvl(0, "%1.")}${lvl(1, "%1.%2")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const flat = toFlatOpc(li("Es wird beschlossen, dass", 0) + li("etwas geschieht;", 1) + li("noch etwas.", 1)).replace(
      "</pkg:package>",
      `<pkg:part pkg:name="/word/numbering.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"><pkg:xmlData>${numbering}</pkg:xmlData></pkg:part></pkg:package>`,
    );
    const { vorlage } = readBodyOoxml(flat, WIESBADEN, sequentialIds("w"));
    expect(vorlage.sections.map((s) => [s.writtenNumber, s.clauses.map((c) => c.writtenNumber)])).toEqual([["1.", ["1.1", "1.2"]]]);
  });
});
