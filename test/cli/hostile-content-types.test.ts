import { join } from "node:path";
import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { addedViolations } from "../fixtures/package-rules";
import { run, tempFolder } from "./cli-helpers";

/**
 * [Content_Types].xml as other producers write it: every part with an Override of its own and no
 * Default for „xml“, or a Default for „xml“ that is not plain XML. `recognize` added our metadata
 * part customXml/itemN.xml relying on a Default for „xml“ being application/xml: without one the
 * part had no content type at all, which OPC forbids and Word „repairs“ by dropping it; with the
 * main document's type as the Default it was declared a second Word document.
 */
type Files = Record<string, Uint8Array>;
const LINES = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder.", "2. Die Verwaltung wird beauftragt, die Räder zu warten.", "Finanzielle Auswirkungen:", "Die Kosten betragen einmalig 12.000 € und werden aus dem Budget des Dezernats III gedeckt.", "Wiesbaden, 02.06.2025", "Müller"];
const XML_DEFAULT = '<Default Extension="xml" ContentType="application/xml"/>';
const MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

const CASES = [
  ["no Default for xml, an Override for every part", (ct: string) => ct.replace(XML_DEFAULT, "")],
  ["the main document's type as the Default for xml", (ct: string) => ct.replace(XML_DEFAULT, `<Default Extension="xml" ContentType="${MAIN}"/>`)],
  [
    "no Default at all, relationships parts overridden too",
    (ct: string) =>
      ct
        .replace(XML_DEFAULT, "")
        .replace(/<Default Extension="rels"[^>]*\/>/u, "")
        .replace("</Types>", ["/_rels/.rels", "/word/_rels/document.xml.rels"].map((p) => `<Override PartName="${p}" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`).join("") + "</Types>"),
  ],
] as const;

describe("recognize on content types without a plain Default for xml", () => {
  it.each(CASES)("%s: our metadata part is typed as XML, and the package breaks no rule it did not break", async (_name, change) => {
    const f = unzipSync(docxFromBody(LINES.map(paragraphXml).join(""), { "word/media/image1.png": new Uint8Array([137, 80, 78, 71]), "word/comments.xml": strToU8('<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>') })) as Files;
    const ct = strFromU8(f["[Content_Types].xml"] as Uint8Array);
    expect(ct).toContain(XML_DEFAULT);
    f["[Content_Types].xml"] = strToU8(change(ct));
    const input = zipSync(f);
    const { dir, file } = tempFolder("bv-content-types-");
    const out = join(dir, "neu.docx");
    expect((await run("recognize", file("v.docx", input), "-o", out)).code).toBe(0);
    const written = new Uint8Array(readFileSync(out));
    expect(addedViolations(input, written)).toEqual([]);
    const types = strFromU8(unzipSync(written)["[Content_Types].xml"] as Uint8Array);
    expect(types).toContain('<Override PartName="/customXml/item1.xml" ContentType="application/xml"/>');
  });
});
