import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/**
 * Our metadata part whose relationship from the document is gone (a tool that copied the parts
 * but not the relationship): a part no relationship reaches is no part of the document for Word,
 * which drops it on its next save. `recognize` found the part by its name and root, wrote the
 * metadata into it and left it unrelated, so that what it wrote was lost at the first save in Word.
 */
type Files = Record<string, Uint8Array>;
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const LINES = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder.", "2. Die Verwaltung wird beauftragt, die Räder zu warten.", "Finanzielle Auswirkungen:", "Die Kosten betragen einmalig 12.000 € und werden aus dem Budget des Dezernats III gedeckt.", "Wiesbaden, 02.06.2025", "Müller"];
const CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";

const targets = (xml: string, type: string): string[] => {
  const list = new DOMParser().parseFromString(xml, "application/xml").getElementsByTagNameNS(REL_NS, "Relationship");
  return Array.from({ length: list.length }, (_, i) => list.item(i)).filter((r) => r?.getAttribute("Type") === type).map((r) => r?.getAttribute("Target") ?? "");
};

describe("our metadata part without its relationship from the document", () => {
  it("is related again when recognize writes it", async () => {
    const { dir, file } = tempFolder("bv-orphan-metadata-");
    const first = `${dir}/erst.docx`;
    expect((await run("recognize", file("v.docx", docxFromBody(LINES.map(paragraphXml).join(""))), "-o", first)).code).toBe(0);
    const f = unzipSync(new Uint8Array(readFileSync(first))) as Files;
    const rels = strFromU8(f["word/_rels/document.xml.rels"] as Uint8Array);
    expect(targets(rels, CUSTOM_XML)).toEqual(["../customXml/item1.xml"]);
    f["word/_rels/document.xml.rels"] = strToU8(rels.replace(/<Relationship [^>]*relationships\/customXml"[^>]*\/>/u, ""));
    expect(targets(strFromU8(f["word/_rels/document.xml.rels"] as Uint8Array), CUSTOM_XML)).toEqual([]);
    const orphan = file("verwaist.docx", zipSync(f));
    expect((await run("recognize", orphan, "--in-place")).code).toBe(0);
    const after = unzipSync(new Uint8Array(readFileSync(orphan))) as Files;
    expect(targets(strFromU8(after["word/_rels/document.xml.rels"] as Uint8Array), CUSTOM_XML)).toEqual(["../customXml/item1.xml"]);
    expect(Object.keys(after).filter((n) => /^customXml\/item\d+\.xml$/u.test(n))).toEqual(["customXml/item1.xml"]);
  });
});
