import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { SaxesParser } from "saxes";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Section } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { documentXmlOf, toFlatOpc } from "../../../src/document/ooxml/flat-opc";
import { MC_NS, withIgnorable } from "../../../src/document/ooxml/markup-compatibility";
import { renderBody } from "../../../src/document/ooxml/render-vorlage";
import { cutBlock } from "../../../src/document/word/cut-block";
import { docxFromBody } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";

const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
const W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
const EXTENSION = /^http:\/\/schemas\.microsoft\.com\/office\/(?:word|drawing)\/20\d\d\//;

/**
 * The names in an XML part that use one of Word's extension namespaces without it being
 * ignorable there (ECMA-376 Part 3, §10.2.1: the prefix listed in an `mc:Ignorable` in
 * scope). Empty when the part is as a strict consumer accepts it.
 */
function notIgnorable(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const scopes: Set<string>[] = [new Set()];
  const bad: string[] = [];
  parser.on("opentag", (node) => {
    const ignorable = new Set(scopes[scopes.length - 1]);
    for (const a of Object.values(node.attributes)) {
      if (a.uri === MC_NS && a.local === "Ignorable") for (const p of a.value.split(/\s+/).filter(Boolean)) ignorable.add(parser.resolve(p) ?? `?${p}`);
    }
    scopes.push(ignorable);
    const names = [{ name: node.name, uri: node.uri }, ...Object.values(node.attributes).map((a) => ({ name: a.name, uri: a.uri }))];
    for (const n of names) if (EXTENSION.test(n.uri) && !ignorable.has(n.uri)) bad.push(n.name);
  });
  parser.on("closetag", () => void scopes.pop());
  parser.write(xml).close();
  return [...new Set(bad)];
}

/** document.xml as Word writes it: w14 ids on every paragraph, a w15 appearance on a control, both listed as ignorable. */
function wordLike(bodyXml: string): string {
  let n = 0x100;
  const body = bodyXml
    .replace(/<w:p>/g, () => `<w:p w14:paraId="${(n++).toString(16).toUpperCase().padStart(8, "0")}" w14:textId="77777777">`)
    .replace(/(<w:sdtPr><w:alias w:val="Ziffer"\/>)/, "$1<w15:appearance w15:val=\"tags\"/>");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:mc="${MC_NS}" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w14="${W14}" xmlns:w15="${W15}" mc:Ignorable="w14 w15"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

describe("the checker itself", () => {
  it("finds w14 attributes without mc:Ignorable, and accepts them with it", () => {
    expect(notIgnorable(`<w:document xmlns:w="x" xmlns:w14="${W14}"><w:p w14:paraId="1"/></w:document>`)).toEqual(["w14:paraId"]);
    expect(notIgnorable(`<w:document xmlns:w="x" xmlns:mc="${MC_NS}" xmlns:w14="${W14}" mc:Ignorable="w14"><w:p w14:paraId="1"/></w:document>`)).toEqual([]);
  });
});

describe("every part we write that uses Word's extension namespaces declares them ignorable", () => {
  const v = reference0057();
  const documentXml = wordLike(renderBody(v, WIESBADEN));
  const clause = v.sections[1]?.clauses[0] as { id: string };

  it("a block moved in Word: the flat OPC package given to insertOoxml", () => {
    const cut = cutBlock(documentXml, `bv:ziffer:${clause.id}`, new Map());
    expect(cut.xml).toContain("w14:paraId");
    const flat = toFlatOpc(cut.xml, cut.namespaces);
    const part = documentXmlOf(flat) as string;
    expect(notIgnorable(part)).toEqual([]);
    expect(part).toMatch(/mc:Ignorable="w14 w15"/);
  });

  it("the flat OPC package of content cut from a document that declared w14 but never listed it", () => {
    const cut = cutBlock(documentXml.replace(` mc:Ignorable="w14 w15"`, "").replace(` xmlns:mc="${MC_NS}"`, ""), `bv:ziffer:${clause.id}`, new Map());
    expect(notIgnorable(documentXmlOf(toFlatOpc(cut.xml, cut.namespaces)) as string)).toEqual([]);
  });

  it("a Word document edited through the .docx adapter: every XML part", async () => {
    const bytes = docxFromBody("");
    const files = unzipSync(bytes);
    files["word/document.xml"] = strToU8(documentXml);
    const port = DocxPort.fromBytes(zipSync(files), WIESBADEN, sequentialIds("p"));
    const read = (await port.read()).vorlage;
    const [first, second] = read.sections as readonly [Section, Section];
    await port.moveBlock((second.clauses[0] as { id: string }).id, first.id);
    await port.insertClause({ id: "neu", text: "Etwas gilt." }, second.id);
    await port.writeMetadata((await port.read()).vorlage);
    const out = unzipSync(port.bytes());
    for (const [name, data] of Object.entries(out)) if (/\.(xml|rels)$/.test(name)) expect([name, notIgnorable(strFromU8(data))]).toEqual([name, []]);
    expect(strFromU8(out["word/document.xml"] as Uint8Array)).toContain("w14:paraId");
  });

  it("a document we create: every XML part", () => {
    const out = unzipSync(DocxDocument.create(v, WIESBADEN, "2025-05-06T09:00:00Z").save());
    for (const [name, data] of Object.entries(out)) expect([name, notIgnorable(strFromU8(data))]).toEqual([name, []]);
  });
});

describe("withIgnorable", () => {
  it("adds mc and lists only Word's extension prefixes, keeping a list already there", () => {
    expect(withIgnorable(` xmlns:w="x"`)).toBe(` xmlns:w="x"`);
    expect(withIgnorable(` xmlns:w="x" xmlns:w14="${W14}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`)).toBe(` xmlns:w="x" xmlns:w14="${W14}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="${MC_NS}" mc:Ignorable="w14"`);
    expect(withIgnorable(` xmlns:w14="${W14}" xmlns:w15="${W15}" xmlns:m="${MC_NS}" m:Ignorable="w15"`)).toBe(` xmlns:w14="${W14}" xmlns:w15="${W15}" xmlns:m="${MC_NS}" m:Ignorable="w15 w14"`);
  });
});
