import { clause, section, vorlage } from "../../../src/core/model/builders";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { BlockNotFoundError } from "../../../src/document/block-not-found";
import { documentPart } from "../../fixtures/docx";
import { renderBody } from "../../../src/document/ooxml/render-vorlage";
import { cutBlock } from "../../../src/document/word/cut-block";
import { parsePart } from "../../../src/document/ooxml/parse-xml";
import { documentXmlOf, toFlatOpc } from "../../../src/document/ooxml/flat-opc";
import { readBodyXml, paragraphText } from "../../../src/document/ooxml/read-body";

const body = renderBody(vorlage({ sections: [section("s", "beschluss", [clause("a", "eins & <zwei>"), clause("b", "drei")])] }), WIESBADEN);
const xml = documentPart(body);

describe("cutBlock", () => {
  it("cuts one clause out of the body, byte for byte but for its new number", () => {
    const cut = cutBlock(xml, "bv:ziffer:a", new Map([["a", "1.2"]]));
    expect(cut.xml.startsWith("<w:sdt>")).toBe(true);
    expect(cut.xml.endsWith("</w:sdt>")).toBe(true);
    expect(cut.xml).toContain("eins &amp; &lt;zwei&gt;");
    expect(cut.xml).not.toContain("drei");
    const paragraphs = readBodyXml(documentXmlOf(toFlatOpc(cut.xml, cut.namespaces)) as string, "cut");
    expect(paragraphs.map(paragraphText)).toEqual(["1.2\teins & <zwei>"]);
  });

  it("carries the namespace declarations the cut needs to stand alone", () => {
    const cut = cutBlock(xml, "bv:abschnitt:s:beschluss", new Map());
    expect(cut.namespaces).toContain('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"');
    expect(() => parsePart(documentXmlOf(toFlatOpc(cut.xml, cut.namespaces)) as string, "cut")).not.toThrow();
  });

  it("refuses a tag the body does not hold", () => {
    expect(() => cutBlock(xml, "bv:ziffer:fehlt", new Map())).toThrow(BlockNotFoundError);
  });
});
