import { DocxError } from "../../../src/document/ooxml/docx-error";
import { parseRelationships } from "../../../src/document/docx/relationships";

const NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

function reason(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof DocxError) return e.reason;
    throw e;
  }
  return undefined;
}

describe("reading a .rels part", () => {
  it("reads what other writers write: single quotes, any attribute order, entities, comments, a declaration", () => {
    const xml =
      `<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<!-- written by hand -->` +
      `<Relationships xmlns='${NS}'>` +
      `<Relationship Target='word/doc&amp;ument.xml' Type='${OFFICE_DOCUMENT}' Id='rId7'/>` +
      `<!-- <Relationship Id="rIdX" Type="${OFFICE_DOCUMENT}" Target="falsch.xml"/> -->` +
      `<Relationship Id="rId8" TargetMode="External" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/?a=1&amp;b=2"/>` +
      `</Relationships>`;
    expect(parseRelationships(xml, "_rels/.rels")).toEqual([
      { id: "rId7", type: OFFICE_DOCUMENT, target: "word/doc&ument.xml", external: false },
      { id: "rId8", type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", target: "https://example.org/?a=1&b=2", external: true },
    ]);
  });

  it("takes only the root's own Relationship children, with a namespace prefix or without", () => {
    const xml =
      `<pr:Relationships xmlns:pr="${NS}"><pr:Relationship Id="rId1" Type="t" Target="a.xml"/>` +
      `<pr:Extra><pr:Relationship Id="rId2" Type="t" Target="b.xml"/></pr:Extra></pr:Relationships>`;
    expect(parseRelationships(xml, "word/_rels/document.xml.rels").map((r) => r.id)).toEqual(["rId1"]);
  });

  it("refuses a DOCTYPE and malformed XML, naming the part", () => {
    expect(reason(() => parseRelationships(`<!DOCTYPE r [<!ENTITY x "y">]><Relationships xmlns="${NS}"/>`, "_rels/.rels"))).toBe("doctype");
    expect(reason(() => parseRelationships(`<Relationships xmlns="${NS}"><Relationship Id="rId1">`, "_rels/.rels"))).toBe("malformed-xml");
    expect(reason(() => parseRelationships(`<Relationships xmlns="${NS}"><Relationship Id="rId1" Target="&nbsp;"/></Relationships>`, "_rels/.rels"))).toBe("malformed-xml");
    expect(() => parseRelationships(`<Relationships><x></Relationships>`, "word/_rels/document.xml.rels")).toThrow(/word\/_rels\/document\.xml\.rels is not well-formed XML/);
  });
});
