import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, XMLSerializer, type Document as XmlDocument, type Element as XmlElement } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { W_NS } from "../../src/document/ooxml/ooxml";
import { convert, findSoffice, pdfToText } from "../interop/libreoffice";
import { deleteParagraph, referringDocx } from "../document/docx/libreoffice-shaped";
import { run, tempFolder } from "./cli-helpers";

/**
 * The tester's round trip with the real LibreOffice: a Vorlage of ours whose clause 2.3 refers
 * to 2.2 (REF field to the bookmark on 2.2's number) saved by Writer as .docx, its first Beschluss
 * clause deleted, `recognize --renumber`, then printed by Writer. Needs LibreOffice; skipped
 * with a note without it (CI has it). Two LibreOffice starts, in one test.
 */
const soffice = findSoffice();
if (!soffice && process.env["CI"]) throw new Error("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui");
const suite = soffice ? describe : describe.skip;
if (!soffice) console.warn("LibreOffice not installed: recognize-after-LibreOffice interop test skipped");

/** A paragraph deleted from a package's main part, as a user in Writer would. */
function withoutParagraph(bytes: Uint8Array, words: string): Uint8Array {
  const files = unzipSync(bytes);
  const doc = new DOMParser().parseFromString(strFromU8(files["word/document.xml"] as Uint8Array), "text/xml") as unknown as XmlDocument;
  deleteParagraph(words)(doc.getElementsByTagNameNS(W_NS, "body").item(0) as XmlElement);
  files["word/document.xml"] = strToU8(new XMLSerializer().serializeToString(doc as never));
  return zipSync(files);
}

suite("a reference through LibreOffice and recognize --renumber", () => {
  it("prints the renumbered target's number where the reference stands, never Writer's „Error: Reference source not found“", async () => {
    const { dir, file } = tempFolder("verweis-lo-echt");
    const saved = convert(soffice as string, "vorlage.docx", referringDocx(), "docx:MS Word 2007 XML");
    const input = file("vorlage.docx", withoutParagraph(saved, "Bedarfsanalyse"));
    const out = join(dir, "neu.docx");
    const rec = await run("recognize", input, "-o", out, "--renumber");
    expect(rec.code).toBe(0);
    expect(rec.err).toContain("Nummern und 1 Verweis berichtigt");
    const check = await run("check", out);
    expect(check.out).not.toContain("Verweisquelle");
    const printed = pdfToText(convert(soffice as string, "neu.docx", readFileSync(out), "pdf")).replace(/\s+/g, " ");
    expect(printed).toContain("2.2 die Umsetzung erfolgt gemäß Ziffer 2.1");
    expect(printed).not.toMatch(/Reference source not found|Verweisquelle/);
    // Two runs of soffice (save, then print): seconds each on a quiet machine, far more on a loaded one.
  }, 180_000);
});
