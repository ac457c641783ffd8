import { join } from "node:path";
import { DOMParser, XMLSerializer, type Document as XmlDocument, type Element as XmlElement } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { W_NS } from "../../src/document/ooxml/ooxml";
import { deleteParagraph, referringDocx } from "../document/docx/libreoffice-shaped";
import { run, tempFolder } from "./cli-helpers";

/** A paragraph deleted from a package's main part, as a user would. */
function withoutParagraph(bytes: Uint8Array, words: string): Uint8Array {
  const files = unzipSync(bytes);
  const doc = new DOMParser().parseFromString(strFromU8(files["word/document.xml"] as Uint8Array), "text/xml") as unknown as XmlDocument;
  deleteParagraph(words)(doc.getElementsByTagNameNS(W_NS, "body").item(0) as XmlElement);
  files["word/document.xml"] = strToU8(new XMLSerializer().serializeToString(doc as never));
  return zipSync(files);
}

describe("what recognize --renumber says it corrected", () => {
  // Found by a new-user tryout: „5 Nummern berichtigt“ counted 3 numbers and 2 references alike.
  it("counts the numbers and the references it corrected apart", async () => {
    const { dir, file } = tempFolder("renumber-counts-");
    const input = file("vorlage.docx", withoutParagraph(referringDocx(), "Bedarfsanalyse"));
    const rec = await run("recognize", input, "-o", join(dir, "neu.docx"), "--renumber");
    expect(rec.code).toBe(0);
    expect(rec.err).toMatch(/^(?:1 Nummer|\d+ Nummern) und (?:1 Verweis|\d+ Verweise) berichtigt$/mu);
    const en = await run("recognize", input, "-o", join(dir, "neu-en.docx"), "--renumber", "--lang", "en");
    expect(en.err).toMatch(/^(?:1 number|\d+ numbers) and (?:1 reference|\d+ references) corrected$/mu);
  });
});
