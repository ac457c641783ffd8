import { strToU8 } from "fflate";
import { pageHeaderTexts } from "../../../src/document/docx/page-header-texts";

/** Which page header texts recognition gets: the first page's, text only, nothing of the footer or of other pages. */
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const hdr = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W}" xmlns:mc="${MC}">${body}</w:hdr>`;
const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${["1", "2", "3"]
  .map((n) => `<Relationship Id="rIdH${n}" Type="${REL}/header" Target="header${n}.xml"/>`)
  .join("")}</Relationships>`;
const documentXml = (sectPrs: readonly string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${REL}"><w:body>${p("Erster Abschnitt")}${sectPrs
    .slice(0, -1)
    .map((s) => `<w:p><w:pPr>${s}</w:pPr></w:p>`)
    .join("")}${p("Text")}${sectPrs[sectPrs.length - 1] ?? ""}</w:body></w:document>`;
const parts = (xml: string) =>
  new Map<string, Uint8Array>([
    ["word/document.xml", strToU8(xml)],
    ["word/_rels/document.xml.rels", strToU8(rels)],
    ["word/header1.xml", strToU8(hdr(p("Vorlagen-Nr.: 25-V-03-0012")))],
    ["word/header2.xml", strToU8(hdr(`${p("Landeshauptstadt Wiesbaden")}<w:p><w:r><w:delText>alt</w:delText></w:r><w:r><w:t>Seite 1</w:t><w:tab/><w:t>25-V-03-0012</w:t></w:r></w:p>`))],
    ["word/header3.xml", strToU8(hdr(`<w:p><mc:AlternateContent><mc:Choice Requires="wps">${p("Im Textfeld")}</mc:Choice><mc:Fallback>${p("Im Textfeld")}</mc:Fallback></mc:AlternateContent></w:p>`))],
  ]);
const read = (sectPrs: readonly string[]) => {
  const xml = documentXml(sectPrs);
  return pageHeaderTexts(parts(xml), "word/document.xml", xml);
};

describe("the page header texts recognition reads", () => {
  it("the first section's default header, without deleted text", () => {
    expect(read([`<w:sectPr><w:headerReference w:type="default" r:id="rIdH2"/><w:headerReference w:type="even" r:id="rIdH1"/></w:sectPr>`])).toEqual(["Landeshauptstadt Wiesbaden", "Seite 1\t25-V-03-0012"]);
  });

  it("with w:titlePg, the first-page header too", () => {
    expect(read([`<w:sectPr><w:headerReference w:type="default" r:id="rIdH2"/><w:headerReference w:type="first" r:id="rIdH1"/><w:titlePg/></w:sectPr>`])).toEqual([
      "Vorlagen-Nr.: 25-V-03-0012",
      "Landeshauptstadt Wiesbaden",
      "Seite 1\t25-V-03-0012",
    ]);
    expect(read([`<w:sectPr><w:headerReference w:type="default" r:id="rIdH2"/><w:headerReference w:type="first" r:id="rIdH1"/><w:titlePg w:val="0"/></w:sectPr>`])).toHaveLength(2);
  });

  it("the first section's, not a later one's", () => {
    expect(read([`<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/></w:sectPr>`, `<w:sectPr><w:headerReference w:type="default" r:id="rIdH2"/></w:sectPr>`])).toEqual(["Vorlagen-Nr.: 25-V-03-0012"]);
  });

  it("a text box's text once, not its fallback copy as well", () => {
    expect(read([`<w:sectPr><w:headerReference w:type="default" r:id="rIdH3"/></w:sectPr>`])).toEqual(["Im Textfeld", ""]);
  });

  it("none without a header reference", () => {
    expect(read([`<w:sectPr/>`])).toEqual([]);
    expect(read([])).toEqual([]);
  });
});
