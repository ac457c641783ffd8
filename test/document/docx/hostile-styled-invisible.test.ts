import { strToU8 } from "fflate";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { docxFromBody, paragraphXml } from "../../fixtures/docx";

/**
 * Text nobody sees, made so by a style or the theme instead of the run's own formatting: a
 * clause in a paragraph style that is white through its `w:basedOn` chain, a character style of
 * 1 point on a digit of an amount, white document defaults (`w:rPrDefault`), a table style in
 * white, `w:themeColor="background1"` (white in the theme, whatever `w:val` says), type in
 * #FEFEFE. check read the clause and said nothing; only white or tiny direct formatting was
 * named. Now each is `text-unsichtbar`. Hidden the same ways (`w:specVanish` in a style, the
 * document defaults' `w:vanish` under a style that does not show it again) the text is no text of
 * the Vorlage, as with `w:vanish` in a style.
 */
const CLAUSE = "2. Die Verwaltung zahlt 5.000.000 € an den Verein.";
const run = (t: string, rPr = ""): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const HEAD = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder."].map(paragraphXml).join("");
const TAIL = ["Dem Magistrat", "mit der Bitte um Kenntnisnahme", "Wiesbaden, 02.06.2025", "Müller"].map(paragraphXml).join("");
const style = (type: string, id: string, inner: string, attrs = ""): string => `<w:style w:type="${type}" w:styleId="${id}"${attrs}><w:name w:val="${id}"/>${inner}</w:style>`;
const stylesPart = (styles: string, defaults = ""): Uint8Array =>
  strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>${defaults}</w:rPr></w:rPrDefault></w:docDefaults>${styles}</w:styles>`);
const RELS_WITH_THEME = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdTheme" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>`;
const theme = (dk1: string): Uint8Array =>
  strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:srgbClr val="${dk1}"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1></a:clrScheme></a:themeElements></a:theme>`);
const vorlage = (middle: string, extra: Record<string, Uint8Array> = {}): Uint8Array => docxFromBody(HEAD + middle + TAIL, extra);
const read = (bytes: Uint8Array) => DocxDocument.open(bytes).read(WIESBADEN);
const named = (bytes: Uint8Array): string[] => read(bytes).findings.filter((f) => f.code === "text-unsichtbar").map((f) => f.params["beispiel"] as string);
const clauses = (bytes: Uint8Array): string[] => (read(bytes).vorlage.sections ?? []).flatMap((s) => s.clauses.map((c) => c.text));
const styled = (id: string): string => `<w:p><w:pPr><w:pStyle w:val="${id}"/></w:pPr>${run(CLAUSE)}</w:p>`;
const table = (tableStyle: string, cell: string): string =>
  `<w:tbl><w:tblPr><w:tblStyle w:val="${tableStyle}"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>${cell}</w:tc></w:tr></w:tbl>`;
const WHITE = '<w:rPr><w:color w:val="FFFFFF"/></w:rPr>';

describe("text made invisible by a style, the defaults or the theme", () => {
  it("a clause in a paragraph style white through its basedOn chain is named", () => {
    const styles = stylesPart(style("paragraph", "Weiss", WHITE) + style("paragraph", "Ziffer2", '<w:basedOn w:val="Weiss"/>'));
    expect(named(vorlage(styled("Ziffer2"), { "word/styles.xml": styles }))).toEqual([CLAUSE]);
  });

  it("a digit of an amount in a 1-point character style is named", () => {
    const styles = stylesPart(style("character", "Klein", '<w:rPr><w:sz w:val="2"/></w:rPr>'));
    const middle = `${paragraphXml("Finanzielle Auswirkungen:")}<w:p>${run("Die Kosten betragen einmalig ")}${run("1", '<w:rStyle w:val="Klein"/>')}${run("12.000 € und werden aus dem Budget gedeckt.")}</w:p>`;
    expect(named(vorlage(middle, { "word/styles.xml": styles }))).toEqual(["1"]);
  });

  it("white document defaults are named where no style and no run sets a colour, and not where the default paragraph style does", () => {
    expect(named(vorlage(paragraphXml(CLAUSE), { "word/styles.xml": stylesPart("", '<w:color w:val="FFFFFF"/>') })).length).toBeGreaterThan(0);
    const normal = style("paragraph", "Normal", '<w:rPr><w:color w:val="auto"/></w:rPr>', ' w:default="1"');
    expect(named(vorlage(paragraphXml(CLAUSE), { "word/styles.xml": stylesPart(normal, '<w:color w:val="FFFFFF"/>') }))).toEqual([]);
  });

  it("a table style in white is named; with a fill behind the cells, or white only in its header row, it is not", () => {
    const cell = paragraphXml(CLAUSE);
    expect(named(vorlage(table("T", cell), { "word/styles.xml": stylesPart(style("table", "T", WHITE)) }))).toEqual([CLAUSE]);
    const filled = style("table", "T", `${WHITE}<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr>`);
    expect(named(vorlage(table("T", cell), { "word/styles.xml": stylesPart(filled) }))).toEqual([]);
    const header = style("table", "T", `<w:tblStylePr w:type="firstRow">${WHITE}<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="4472C4"/></w:tcPr></w:tblStylePr>`);
    expect(named(vorlage(table("T", cell), { "word/styles.xml": stylesPart(header) }))).toEqual([]);
  });

  it("a table style that hides its text is named: the reading does not leave that text out", () => {
    const styles = stylesPart(style("table", "T", "<w:rPr><w:vanish/></w:rPr>"));
    expect(named(vorlage(table("T", paragraphXml(CLAUSE)), { "word/styles.xml": styles }))).toEqual([CLAUSE]);
  });

  it("theme colours: background1 is white whatever w:val says, text1 is white where the theme makes dark 1 white; accent1 is not", () => {
    expect(named(vorlage(`<w:p>${run(CLAUSE, '<w:color w:val="000000" w:themeColor="background1"/>')}</w:p>`))).toEqual([CLAUSE]);
    expect(named(vorlage(`<w:p>${run(CLAUSE, '<w:color w:val="4472C4" w:themeColor="accent1"/>')}</w:p>`))).toEqual([]);
    const withTheme = (dk1: string) => ({ "word/_rels/document.xml.rels": strToU8(RELS_WITH_THEME), "word/theme/theme1.xml": theme(dk1) });
    expect(named(vorlage(`<w:p>${run(CLAUSE, '<w:color w:val="000000" w:themeColor="text1"/>')}</w:p>`, withTheme("FFFFFF")))).toEqual([CLAUSE]);
    expect(named(vorlage(`<w:p>${run(CLAUSE, '<w:color w:val="000000" w:themeColor="text1"/>')}</w:p>`, withTheme("000000")))).toEqual([]);
  });

  it("nearly white type (#FEFEFE) is named, light grey (#D9D9D9) is not, nor white formatting a tracked change replaced", () => {
    expect(named(vorlage(`<w:p>${run(CLAUSE, '<w:color w:val="FEFEFE"/>')}</w:p>`))).toEqual([CLAUSE]);
    expect(named(vorlage(`<w:p>${run(CLAUSE, '<w:color w:val="D9D9D9"/>')}</w:p>`))).toEqual([]);
    const change = '<w:rPrChange w:id="1" w:author="A" w:date="2025-05-02T10:00:00Z"><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:rPrChange>';
    expect(named(vorlage(`<w:p>${run(CLAUSE, change)}</w:p>`))).toEqual([]);
  });

  it("w:specVanish in a paragraph or character style hides the text: no clause, and the amount Word shows", () => {
    const styles = stylesPart(style("paragraph", "Weg", "<w:rPr><w:specVanish/></w:rPr>") + style("character", "Aus", "<w:rPr><w:specVanish/></w:rPr>"));
    expect(clauses(vorlage(styled("Weg"), { "word/styles.xml": styles }))).not.toContain(CLAUSE.slice(3));
    const middle = `${paragraphXml("Finanzielle Auswirkungen:")}<w:p>${run("Die Kosten betragen einmalig ")}${run("1", '<w:rStyle w:val="Aus"/>')}${run("12.000 € und werden aus dem Budget gedeckt.")}</w:p>`;
    expect(read(vorlage(middle, { "word/styles.xml": styles })).vorlage.finanzierung?.betragCent).toBe(1_200_000);
  });

  it("hidden document defaults hide a paragraph whose style does not show it again, and leave those the default style shows", () => {
    const styles = stylesPart(style("paragraph", "Normal", '<w:rPr><w:vanish w:val="0"/></w:rPr>', ' w:default="1"') + style("paragraph", "Leise", "<w:rPr><w:b/></w:rPr>"), "<w:vanish/>");
    const read = clauses(vorlage(styled("Leise"), { "word/styles.xml": styles }));
    expect(read).toContain("Die Stadt beschafft zehn Lastenräder.");
    expect(read).not.toContain(CLAUSE.slice(3));
  });
});
