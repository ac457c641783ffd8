import { strToU8 } from "fflate";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { styleLooks } from "../../../src/document/ooxml/style-looks";
import { palette } from "../../../src/document/ooxml/theme-palette";
import { docxFromBody, paragraphXml } from "../../fixtures/docx";

/**
 * A styles part that binds WordprocessingML to another prefix (`xmlns:x="…/wordprocessingml/2006/main"`, legal XML,
 * and Word reads it): the look through the styles for white and 1-point type read the part with patterns that assumed
 * „w:“, and a clause in a white paragraph style, or a table style that hides its text, was read and not named. The
 * look now reads by namespace URI, with the scanner.
 */
const CLAUSE = "2. Die Verwaltung zahlt 5.000.000 € an den Verein.";
const HEAD = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder."].map(paragraphXml).join("");
const TAIL = ["Dem Magistrat", "mit der Bitte um Kenntnisnahme", "Wiesbaden, 02.06.2025", "Müller"].map(paragraphXml).join("");
/** The styles in „w:“ as written here, bound to `prefix` in the part; „w:“ there, if not WordprocessingML's, is another vocabulary's. */
const stylesPart = (inner: string, prefix: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${prefix}:styles xmlns:${prefix}="${W_NS}"${prefix === "w" ? "" : ' xmlns:w="urn:not-wordprocessingml"'}>${inner.replace(/(<\/?)w:/gu, `$1${prefix}:`).replace(/ w:/gu, ` ${prefix}:`)}</${prefix}:styles>`;
const WHITE = '<w:style w:type="paragraph" w:styleId="Weiss"><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>';
const TABLE_HIDES = '<w:style w:type="table" w:styleId="T"><w:rPr><w:vanish/></w:rPr></w:style>';
const named = (styles: string, middle: string): string[] =>
  DocxDocument.open(docxFromBody(HEAD + middle + TAIL, { "word/styles.xml": strToU8(styles) }))
    .read(WIESBADEN)
    .findings.filter((f) => f.code === "text-unsichtbar")
    .map((f) => String(f.params["beispiel"]));
const styled = `<w:p><w:pPr><w:pStyle w:val="Weiss"/></w:pPr><w:r><w:t>${CLAUSE}</w:t></w:r></w:p>`;
const inTable = `<w:tbl><w:tblPr><w:tblStyle w:val="T"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>${paragraphXml(CLAUSE)}</w:tc></w:tr></w:tbl>`;

describe("styles bound to another prefix", () => {
  it.each(["x", "wp9"])("a clause in a white paragraph style of a part in „%s:“ is named, as in „w:“", (prefix) => {
    expect(named(stylesPart(WHITE, "w"), styled)).toEqual([CLAUSE]);
    expect(named(stylesPart(WHITE, prefix), styled)).toEqual([CLAUSE]);
  });

  it("a table style that hides its text, in „x:“, is named", () => {
    expect(named(stylesPart(TABLE_HIDES, "x"), inTable)).toEqual([CLAUSE]);
  });

  it("attributes in another vocabulary that happens to be bound to „w:“ are not read as WordprocessingML", () => {
    const decoy = `<x:styles xmlns:x="${W_NS}" xmlns:w="urn:not-wordprocessingml"><x:style x:type="paragraph" x:styleId="Weiss"><x:rPr><x:color w:val="FFFFFF" x:val="000000"/></x:rPr></x:style></x:styles>`;
    expect(styleLooks(decoy, palette(undefined, undefined)).look(undefined, "Weiss", undefined).white).toBe(false);
    expect(styleLooks(decoy.replace('x:val="000000"', 'x:val="FFFFFF"'), palette(undefined, undefined)).look(undefined, "Weiss", undefined).white).toBe(true);
  });
});
