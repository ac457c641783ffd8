import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { reference0057 } from "../fixtures/reference-0057";
import { run, tempFolder } from "./cli-helpers";

/** A complete Vorlage of ours with an HTML part imported by w:altChunk: Word shows its text in the document when it opens it. */
function withAltChunk(html: string): Uint8Array {
  const files = unzipSync(DocxDocument.create(reference0057(), WIESBADEN, "2024-03-21T10:00:00Z").save());
  const doc = strFromU8(files["word/document.xml"] as Uint8Array);
  files["word/document.xml"] = strToU8(doc.replace("<w:sectPr", '<w:altChunk r:id="rIdAlt"/><w:sectPr'));
  const rels = strFromU8(files["word/_rels/document.xml.rels"] as Uint8Array);
  files["word/_rels/document.xml.rels"] = strToU8(rels.replace("</Relationships>", '<Relationship Id="rIdAlt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk.html"/></Relationships>'));
  files["word/chunk.html"] = strToU8(html);
  return zipSync(files);
}

describe("check on a document whose text we cannot read", () => {
  // Found by the hostile-documents round: w:altChunk (an imported HTML, RTF or .docx part;
  // document-management systems write them) is not read, so a complete Vorlage with a further
  // „3. Es wird beschlossen, dass … 3.000.000 €“ in such a part was called „vollständig“. The
  // part that was not read is named (eingebettet-nicht-gelesen), and the Vorlage is not complete.
  it("does not call a Vorlage complete when part of its text is an imported chunk (w:altChunk) it did not read", async () => {
    const { file } = tempFolder("bv-hostile-commands-");
    const doc = file("vorlage.docx", withAltChunk("<html><body><p>3. Es wird beschlossen, dass</p><p>3.1 die Stadt 3.000.000,00 € zahlt.</p></body></html>"));
    const check = await run("check", doc, "--json");
    const report = JSON.parse(check.out) as { files: { complete: boolean; findings: { code: string; message: string }[] }[] };
    expect(report.files[0]?.complete).toBe(false);
    expect(check.code).toBe(1);
    expect(report.files[0]?.findings.filter((f) => f.code === "eingebettet-nicht-gelesen").map((f) => f.message)).toEqual([expect.stringContaining("einen eingebetteten Teil")]);
    // Read for editing (the tree), the same.
    expect(DocxDocument.open(readFileSync(doc), { edit: true }).read(WIESBADEN).findings.map((f) => f.code)).toContain("eingebettet-nicht-gelesen");
  });
});
