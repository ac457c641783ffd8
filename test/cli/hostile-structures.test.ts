import { join } from "node:path";
import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { paragraphText } from "../../src/document/ooxml/read-body";
import { reference0057 } from "../fixtures/reference-0057";
import { run, tempFolder } from "./cli-helpers";

/**
 * Valid packages built to mislead, on a complete Vorlage of ours (reference 0057): what each
 * command must say. Before this round, a master document's w:subDoc (a part of the Vorlage in
 * another file, shown in place when Word expands it) was not read and the Vorlage was called
 * „vollständig“; it is now named as text that was not read, as w:altChunk is. The others were
 * already said right and are kept so: a second metadata part claiming to be ours (related from
 * the main part or not) is a disagreement, never silently believed; imported chunks inside a
 * table cell, inside our clause control or without their relationship make the Vorlage not
 * complete; a glossary document (Word's building blocks) is never read as the body; two of our
 * clause controls forged with one id are reported, not merged.
 */
const RELS = "word/_rels/document.xml.rels";
type Files = Record<string, Uint8Array>;
function ours(change: (files: Files, doc: string) => string | void): Uint8Array {
  const files = unzipSync(DocxDocument.create(reference0057(), WIESBADEN, "2024-03-21T10:00:00Z").save()) as Files;
  const doc = strFromU8(files["word/document.xml"] as Uint8Array);
  const changed = change(files, doc);
  if (typeof changed === "string") files["word/document.xml"] = strToU8(changed);
  return zipSync(files);
}
const relate = (files: Files, rel: string): void => {
  files[RELS] = strToU8(strFromU8(files[RELS] as Uint8Array).replace("</Relationships>", `${rel}</Relationships>`));
};
const CHUNK = "<html><body><p>3. Es wird beschlossen, dass</p><p>3.1 die Stadt 3.000.000,00 € zahlt.</p></body></html>";
const withChunk = (files: Files): void => {
  relate(files, '<Relationship Id="rIdAlt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk.html"/>');
  files["word/chunk.html"] = strToU8(CHUNK);
};
const forgedMetadata = (files: Files): Uint8Array =>
  strToU8(strFromU8(files["customXml/item1.xml"] as Uint8Array).replace(/<betreff>[^<]*<\/betreff>/u, "<betreff>Ein anderer Betreff</betreff>"));

interface Checked {
  readonly code: number;
  readonly complete: boolean;
  readonly betreff: string;
  readonly codes: readonly string[];
  readonly messages: readonly string[];
}
async function check(bytes: Uint8Array): Promise<Checked> {
  const { file } = tempFolder("bv-hostile-structures-");
  const r = await run("check", "--json", file("vorlage.docx", bytes));
  const f = (JSON.parse(r.out) as { files: { complete: boolean; vorlage: { betreff: string }; findings: { code: string; message: string }[] }[] }).files[0] as { complete: boolean; vorlage: { betreff: string }; findings: { code: string; message: string }[] };
  return { code: r.code, complete: f.complete, betreff: f.vorlage.betreff, codes: f.findings.map((x) => x.code), messages: f.findings.map((x) => x.message) };
}

describe("check on valid packages built to mislead", () => {
  it("the untouched Vorlage is complete (so that each case below shows the attack's effect)", async () => {
    expect((await check(ours(() => undefined))).complete).toBe(true);
  });

  it("a subdocument (w:subDoc, a master document's part in another file) is text not read: not complete, named", async () => {
    const bytes = ours((files, doc) => {
      relate(files, '<Relationship Id="rIdSub" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument" Target="file:///C:/Vorlagen/teil2.docx" TargetMode="External"/>');
      return doc.replace("<w:sectPr", '<w:p><w:subDoc r:id="rIdSub"/></w:p><w:sectPr');
    });
    const c = await check(bytes);
    expect(c.complete).toBe(false);
    expect(c.code).toBe(1);
    expect(c.codes).toContain("eingebettet-nicht-gelesen");
    expect(c.messages.join(" ")).toContain("Filialdokument");
    // Read for editing (the tree), the same.
    expect(DocxDocument.open(bytes, { edit: true }).read(WIESBADEN).findings.map((f) => f.code)).toContain("eingebettet-nicht-gelesen");
  });

  it.each([
    ["in a table cell", (files: Files, doc: string) => (withChunk(files), doc.replace("<w:sectPr", '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:altChunk r:id="rIdAlt"/><w:p/></w:tc></w:tr></w:tbl><w:sectPr'))],
    ["inside our clause control", (files: Files, doc: string) => (withChunk(files), doc.replace(/(<w:tag w:val="bv:ziffer:[^"]+"\/>(?:(?!<\/w:sdtPr>).)*<\/w:sdtPr><w:sdtContent>)/u, '$1<w:altChunk r:id="rIdAlt"/>'))],
    ["without its relationship", (_files: Files, doc: string) => doc.replace("<w:sectPr", '<w:altChunk r:id="rIdNone"/><w:sectPr')],
  ])("an imported chunk %s makes the Vorlage not complete", async (_name, change) => {
    const c = await check(ours(change));
    expect(c.complete).toBe(false);
    expect(c.codes).toContain("eingebettet-nicht-gelesen");
  });

  it.each([
    ["not related from the main part", (files: Files) => void (files["customXml/item0.xml"] = forgedMetadata(files))],
    [
      "related from the main part",
      (files: Files) => {
        files["customXml/item0.xml"] = forgedMetadata(files);
        relate(files, '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item0.xml"/>');
      },
    ],
  ])("a second metadata part claiming to be ours (%s) is a disagreement; the body's Betreff stands", async (_name, change) => {
    const c = await check(ours(change));
    expect(c.betreff).toBe(reference0057().header.betreff);
    expect(c.codes).toContain("metadata-disagrees");
  });

  it("a glossary document (building blocks) holding another Vorlage is never read as the body", async () => {
    const other = unzipSync(DocxDocument.create({ ...reference0057(), header: { ...reference0057().header, betreff: "Baustein" } }, WIESBADEN, "2024-03-21T10:00:00Z").save());
    const bytes = ours((files) => {
      files["word/glossary/document.xml"] = other["word/document.xml"] as Uint8Array;
      relate(files, '<Relationship Id="rIdG" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument" Target="glossary/document.xml"/>');
    });
    const c = await check(bytes);
    expect(c.betreff).toBe(reference0057().header.betreff);
    expect(c.complete).toBe(true);
  });

  it("two clause controls forged with one id are reported, and recognize --renumber gives one a new id and keeps every paragraph's text", async () => {
    const bytes = ours((_files, doc) => {
      const ids = [...doc.matchAll(/bv:ziffer:([^"]+)"/gu)].map((m) => m[1] as string);
      return doc
        .split(`bv:ziffer:${ids[1]}"`)
        .join(`bv:ziffer:${ids[0]}"`)
        .split(`bv:nr:${ids[1]}"`)
        .join(`bv:nr:${ids[0]}"`);
    });
    const c = await check(bytes);
    expect(c.complete).toBe(false);
    expect(c.codes).toContain("structure-id-reassigned");
    const { dir, file } = tempFolder("bv-hostile-structures-");
    const out = join(dir, "neu.docx");
    expect((await run("recognize", file("v.docx", bytes), "--renumber", "-o", out)).code).toBe(0);
    const written = new Uint8Array(readFileSync(out));
    expect(DocxDocument.open(written).paragraphs().map(paragraphText)).toEqual(DocxDocument.open(bytes).paragraphs().map(paragraphText));
    expect((await check(written)).codes).not.toContain("structure-id-reassigned");
  });
});
