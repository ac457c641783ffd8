import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/**
 * A document holding our metadata part twice: the real one (customXml/item1.xml) and behind it a
 * stale copy with another Betreff and Betrag (customXml/item2.xml, as a document-management
 * system or a merge of two versions leaves it). Only the first is read and written; the second
 * was not named at all, so a reviewer who opened the package, or another program that took the
 * second, saw other values than the check. Now the file is said to hold two, and which one counts;
 * a write leaves the second byte for byte as it was.
 */
type Files = Record<string, Uint8Array>;
const LINES = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder.", "2. Die Verwaltung wird beauftragt, die Räder zu warten.", "Wiesbaden, 02.06.2025", "Müller"];
const CT = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

async function withStaleCopy(): Promise<{ readonly path: string; readonly stale: Uint8Array }> {
  const { dir, file } = tempFolder("bv-second-metadata-");
  const first = `${dir}/erst.docx`;
  expect((await run("recognize", file("v.docx", docxFromBody(LINES.map(paragraphXml).join(""))), "-o", first)).code).toBe(0);
  const f = unzipSync(new Uint8Array(readFileSync(first))) as Files;
  const real = strFromU8(f["customXml/item1.xml"] as Uint8Array);
  expect(real).toContain("Anschaffung von Lastenrädern");
  const stale = strToU8(real.replace("Anschaffung von Lastenrädern", "Anschaffung von Dienstwagen"));
  f["customXml/item2.xml"] = stale;
  f["customXml/itemProps2.xml"] = strToU8(strFromU8(f["customXml/itemProps1.xml"] as Uint8Array).replace(/000000000001\}/u, "000000000002}"));
  f["customXml/_rels/item2.xml.rels"] = strToU8(strFromU8(f["customXml/_rels/item1.xml.rels"] as Uint8Array).replace("itemProps1.xml", "itemProps2.xml"));
  f["[Content_Types].xml"] = strToU8(strFromU8(f["[Content_Types].xml"] as Uint8Array).replace("</Types>", `<Override PartName="/customXml/itemProps2.xml" ContentType="${CT}"/></Types>`));
  const rels = strFromU8(f["word/_rels/document.xml.rels"] as Uint8Array);
  f["word/_rels/document.xml.rels"] = strToU8(rels.replace("</Relationships>", '<Relationship Id="rIdAlt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item2.xml"/></Relationships>'));
  return { path: file("zwei.docx", zipSync(f)), stale };
}

async function findings(path: string, lang: string): Promise<{ code: string; severity: string; message: string }[]> {
  const r = await run("check", "--json", "--lang", lang, path);
  return (JSON.parse(r.out) as { files: { findings: { code: string; severity: string; message: string }[] }[] }).files[0]?.findings ?? [];
}

describe("our metadata part twice in one file", () => {
  it("check names both parts and the one that counts, in German and English", async () => {
    const { path } = await withStaleCopy();
    const de = (await findings(path, "de")).filter((f) => f.code === "metadata-duplicate");
    expect(de).toHaveLength(1);
    expect(de[0]?.severity).toBe("warning");
    expect(de[0]?.message).toContain("customXml/item1.xml");
    expect(de[0]?.message).toContain("customXml/item2.xml");
    expect(de[0]?.message).toMatch(/maßgeblich ist customXml\/item1\.xml/u);
    const en = (await findings(path, "en")).filter((f) => f.code === "metadata-duplicate");
    expect(en[0]?.message).toMatch(/customXml\/item1\.xml counts/u);
  }, 60_000);

  it("a file with one metadata part gets no such finding", async () => {
    const { dir, file } = tempFolder("bv-one-metadata-");
    const out = `${dir}/eins.docx`;
    expect((await run("recognize", file("v.docx", docxFromBody(LINES.map(paragraphXml).join(""))), "-o", out)).code).toBe(0);
    expect((await findings(out, "de")).map((f) => f.code)).not.toContain("metadata-duplicate");
  });

  it("recognize --in-place writes the first and leaves the stale copy byte for byte", async () => {
    const { path, stale } = await withStaleCopy();
    const r = await run("recognize", path, "--in-place");
    expect(r.code).toBe(0);
    const after = unzipSync(new Uint8Array(readFileSync(path))) as Files;
    expect(after["customXml/item2.xml"]).toEqual(stale);
  }, 60_000);
});
