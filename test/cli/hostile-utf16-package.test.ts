import { join } from "node:path";
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/**
 * A package whose content types and relationships parts are UTF-16 (with a byte order mark and
 * `encoding="UTF-16"`, as OPC allows and as `check` reads them). `recognize` added its
 * relationships and content types to the decoded text and stored it as UTF-8 still declaring
 * UTF-16: reading its own result it refused the file with the contradictory sentence
 * „[Content_Types].xml ist als „UTF-16“ kodiert; gelesen werden nur UTF-8 und UTF-16“ and wrote
 * nothing. A part rewritten is now written as UTF-8 and declared so.
 */
type Files = Record<string, Uint8Array>;
const LINES = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder.", "2. Die Verwaltung wird beauftragt, die Räder zu warten.", "Finanzielle Auswirkungen:", "Die Kosten betragen einmalig 12.000 € und werden aus dem Budget des Dezernats III gedeckt.", "Wiesbaden, 02.06.2025", "Müller"];

function utf16(xml: string): Uint8Array {
  const text = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"');
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

describe("recognize on a package whose content types and relationships are UTF-16", () => {
  it("writes them as UTF-8, declared so, with our parts related; the result checks as the input does", async () => {
    const f = unzipSync(docxFromBody(LINES.map(paragraphXml).join(""))) as Files;
    const changed = ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"];
    for (const name of changed) f[name] = utf16(strFromU8(f[name] as Uint8Array));
    const { dir, file } = tempFolder("bv-utf16-package-");
    const input = file("v.docx", zipSync(f));
    expect((await run("check", input)).code).toBe(1);
    const out = join(dir, "neu.docx");
    const r = await run("recognize", input, "-o", out);
    expect(r.err).not.toContain("UTF-16");
    expect(r.code).toBe(0);
    const o = unzipSync(new Uint8Array(readFileSync(out))) as Files;
    for (const name of changed) {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(o[name]);
      expect(text).toMatch(/^<\?xml[^>]*encoding="UTF-8"/u);
    }
    expect(new TextDecoder().decode(o["word/_rels/document.xml.rels"])).toContain("../customXml/item1.xml");
    const checked = JSON.parse((await run("check", "--json", out)).out) as { files: { structured: boolean; vorlage: { betreff: string } }[] };
    expect(checked.files[0]?.structured).toBe(true);
    expect(checked.files[0]?.vorlage.betreff).toBe("Anschaffung von Lastenrädern");
  });
});
