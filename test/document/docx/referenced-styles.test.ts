import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { section } from "../../../src/core/model/builders";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { plainDocx } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";

/** A styles part as Word writes it: English style ids, Normal the default, a heading and a style of the city's own. */
const THEIR_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="BVZiffer"><w:name w:val="BV Ziffer"/><w:basedOn w:val="Normal"/><w:rPr><w:i/></w:rPr></w:style>` +
  `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>` +
  `</w:styles>`;

const lines = readFileSync(join(__dirname, "../../fixtures/texts/wiesbaden-style.txt"), "utf8").split("\n");

/** The plain Wiesbaden text as a Word document with its own styles part. */
function withTheirStyles(): Uint8Array {
  const files = unzipSync(plainDocx(lines));
  const rels = strFromU8(files["word/_rels/document.xml.rels"] as Uint8Array).replace("</Relationships>", `<Relationship Id="rIdSt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`);
  const ct = strFromU8(files["[Content_Types].xml"] as Uint8Array).replace("</Types>", `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`);
  return zipSync({ ...files, "word/_rels/document.xml.rels": strToU8(rels), "[Content_Types].xml": strToU8(ct), "word/styles.xml": strToU8(THEIR_STYLES) });
}

/** What `beschluss recognize` makes of it: our structure in place, nothing retyped. */
function recognised(bytes: Uint8Array): DocxPort {
  const doc = DocxDocument.open(bytes, { edit: true });
  doc.structure(WIESBADEN, sequentialIds("s"));
  return DocxPort.fromBytes(doc.save(), WIESBADEN, sequentialIds("p"));
}

/** Every action of the pane that writes blocks in the house style. */
async function editEverything(port: DocxPort): Promise<void> {
  const v = (await port.read()).vorlage;
  const first = v.sections[0] as { id: string };
  await port.insertClause({ id: "neu1", text: "Etwas gilt." }, first.id);
  await port.insertUnterpunkt({ id: "neu2", text: "erstens" }, "neu1");
  await port.insertSection(section("neu3", "beschluss", [{ id: "neu4", text: "Noch etwas gilt." }]), { after: first.id });
  await port.writePart("finanzierung", { ...v, finanzierung: reference0057().finanzierung });
  await port.insertEntry("bezug", { ...v, bezuege: [...v.bezuege, { id: "neu5", vermerk: "", gremium: "Magistrat", datum: "2025-05-02", bp: "0312" }] }, "neu5");
  await port.insertEntry("verteiler", { ...v, verteiler: [...v.verteiler, { id: "neu6", empfaenger: "Dezernat V", bitte: "kenntnisnahme" }] }, "neu6");
  await port.setFields({ "header.betreff": "" });
}

const styleIdsUsed = (documentXml: string): Set<string> => new Set([...documentXml.matchAll(/<w:[pr]Style w:val="([^"]*)"\/>/g)].map((m) => m[1] as string));
const styleIdsDefined = (stylesXml: string): Set<string> => new Set([...stylesXml.matchAll(/<w:style\b[^>]*w:styleId="([^"]*)"/g)].map((m) => m[1] as string));
const definitions = (stylesXml: string): string[] => [...stylesXml.matchAll(/<w:style\b.*?<\/w:style>/gs)].map((m) => m[0]);

describe("a recognised document edited through the .docx adapter", () => {
  it("defines every style its document part uses, adding only the missing ones and keeping its own byte for byte", async () => {
    const port = recognised(withTheirStyles());
    await editEverything(port);
    const out = unzipSync(port.bytes());
    const doc = strFromU8(out["word/document.xml"] as Uint8Array);
    const styles = strFromU8(out["word/styles.xml"] as Uint8Array);
    const used = styleIdsUsed(doc);
    expect(used.size).toBeGreaterThan(3);
    expect([...used].filter((id) => !styleIdsDefined(styles).has(id))).toEqual([]);
    // The document's own definitions are untouched (its „BV Ziffer“ in italics stays its own), in their place.
    expect(styles.startsWith(THEIR_STYLES.slice(0, THEIR_STYLES.indexOf("</w:styles>")))).toBe(true);
    expect(definitions(styles).slice(0, 4)).toEqual(definitions(THEIR_STYLES));
    expect(styles.match(/w:styleId="BVZiffer"/g)).toHaveLength(1);
    // New paragraph styles build on the document's own Normal.
    expect(styles).toMatch(/w:styleId="BVAbschnitt"><w:name w:val="BV Abschnitt"\/><w:basedOn w:val="Normal"\/>/);
  });

  it("keeps what the house style does not print out of the body, with no hidden text: Wiesbaden's Finanzierung lives in the metadata part", async () => {
    const port = recognised(withTheirStyles());
    const printed = (await port.read()).vorlage.finanzierung;
    await editEverything(port);
    const out = unzipSync(port.bytes());
    expect(strFromU8(out["word/styles.xml"] as Uint8Array)).not.toContain("vanish");
    expect(strFromU8(out["word/document.xml"] as Uint8Array)).not.toContain('w:val="bv:finanzierung"');
    const read = DocxDocument.open(port.bytes()).read(WIESBADEN);
    expect(read.metadata?.vorlage?.finanzierung).toEqual(reference0057().finanzierung);
    // The text still prints its own Finanzierung: that is what is read and checked, and the part is said to differ from it (tryout 7, F2).
    expect(printed?.betragCent).toBe(1_240_000);
    // A Deckungsquelle read from the text has an id of its own at each read: compared without it.
    const withoutIds = (f: typeof printed) => (f === undefined ? f : { ...f, quellen: f.quellen.map(({ id: _, ...q }) => q) });
    expect(withoutIds(read.vorlage.finanzierung)).toEqual(withoutIds(printed));
    expect(withoutIds((await port.read()).vorlage.finanzierung)).toEqual(withoutIds(printed));
    expect(read.findings.filter((f) => f.code === "metadata-disagrees").map((f) => f.params["field"])).toContain("finanzierung");
  });

  it("gets a styles part, with its relationship and content type, when it had none", async () => {
    const port = recognised(plainDocx(lines));
    await editEverything(port);
    const out = unzipSync(port.bytes());
    const styles = strFromU8(out["word/styles.xml"] as Uint8Array);
    const used = styleIdsUsed(strFromU8(out["word/document.xml"] as Uint8Array));
    expect([...used].filter((id) => !styleIdsDefined(styles).has(id))).toEqual([]);
    expect(strFromU8(out["word/_rels/document.xml.rels"] as Uint8Array)).toMatch(/relationships\/styles" Target="styles.xml"/);
    expect(strFromU8(out["[Content_Types].xml"] as Uint8Array)).toContain('PartName="/word/styles.xml"');
    expect(DocxDocument.open(port.bytes()).read(WIESBADEN).structured).toBe(true);
  });

  it("that is only read and saved keeps its styles part byte for byte", async () => {
    const bytes = recognised(withTheirStyles()).bytes();
    const port = DocxPort.fromBytes(bytes, WIESBADEN, sequentialIds("q"));
    await port.read();
    expect(unzipSync(port.bytes())["word/styles.xml"]).toEqual(strToU8(THEIR_STYLES));
  });
});
