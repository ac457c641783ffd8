import { join } from "node:path";
import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/**
 * Package parts written in XML that is valid but not what Word writes: a relationships part
 * followed by a comment (a generator's stamp), or one whose elements carry a namespace prefix,
 * and a content-types part in prefixed form. `recognize` adds our metadata part, its properties
 * part and the custom properties; it did so by replacing the text „</Relationships>“ at the
 * very end of the part and „</Types>“, so that in these parts nothing was added: the metadata
 * part had no relationship from the document (Word drops such a part on its next save) and the
 * custom properties none from the package (Word does not show them), while the command said
 * „geschrieben“. Each part is read here with an XML parser, as Word reads it.
 */
type Files = Record<string, Uint8Array>;
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const LINES = [
  "Vorlagen-Nr. 25-V-03-0042",
  "Betreff: Anschaffung von Lastenrädern",
  "Federführend: Dezernat III",
  "Beschlussvorschlag:",
  "1. Die Stadt beschafft zehn Lastenräder.",
  "2. Die Verwaltung wird beauftragt, die Räder zu warten.",
  "Finanzielle Auswirkungen:",
  "Die Kosten betragen einmalig 12.000 € und werden aus dem Budget des Dezernats III gedeckt.",
  "Wiesbaden, 02.06.2025",
  "Müller",
];
const text = (f: Files, name: string): string => strFromU8(f[name] as Uint8Array);
const prefixed = (xml: string, root: string, prefix: string): string =>
  xml.replace(`<${root} xmlns="`, `<${prefix}:${root} xmlns:${prefix}="`).replace(new RegExp(`<(/?)(${root}|Relationship|Default|Override)\\b`, "g"), `<$1${prefix}:$2`);

const CASES: readonly (readonly [string, (f: Files) => void, readonly string[]])[] = [
  [
    "relationships parts followed by a comment",
    (f) => {
      f["_rels/.rels"] = strToU8(`${text(f, "_rels/.rels")}<!-- erzeugt vom Dokumentenmanagement -->`);
      f["word/_rels/document.xml.rels"] = strToU8(`${text(f, "word/_rels/document.xml.rels")}\n<!-- erzeugt -->\n`);
    },
    ["media/image1.png", "comments.xml"],
  ],
  [
    "relationships and content types with a namespace prefix",
    (f) => {
      f["_rels/.rels"] = strToU8(prefixed(text(f, "_rels/.rels"), "Relationships", "pr"));
      f["word/_rels/document.xml.rels"] = strToU8(prefixed(text(f, "word/_rels/document.xml.rels"), "Relationships", "pr"));
      f["[Content_Types].xml"] = strToU8(prefixed(text(f, "[Content_Types].xml"), "Types", "ct"));
    },
    ["media/image1.png", "comments.xml"],
  ],
  [
    "an empty relationships part of the document, and Overrides in single quotes",
    (f) => {
      f["word/_rels/document.xml.rels"] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL_NS}" />`);
      f["[Content_Types].xml"] = strToU8(text(f, "[Content_Types].xml").replace(/PartName="([^"]*)"/g, "PartName='$1'"));
    },
    [],
  ],
];

function relationshipTargets(f: Files, rels: string): { type: string; target: string }[] {
  const doc = new DOMParser().parseFromString(text(f, rels), "application/xml");
  const list = doc.getElementsByTagNameNS(REL_NS, "Relationship");
  return Array.from({ length: list.length }, (_, i) => list.item(i)).map((el) => ({ type: el?.getAttribute("Type") ?? "", target: el?.getAttribute("Target") ?? "" }));
}
function overrides(f: Files): Map<string, string> {
  const doc = new DOMParser().parseFromString(text(f, "[Content_Types].xml"), "application/xml");
  const list = doc.getElementsByTagNameNS(CT_NS, "Override");
  return new Map(Array.from({ length: list.length }, (_, i) => list.item(i)).map((el) => [el?.getAttribute("PartName") ?? "", el?.getAttribute("ContentType") ?? ""]));
}

describe("recognize on package parts in valid XML that Word does not write", () => {
  it.each(CASES)("%s: the metadata part and the custom properties are related and typed", async (_name, change, kept) => {
    const f = unzipSync(docxFromBody(LINES.map(paragraphXml).join(""))) as Files;
    change(f);
    const { dir, file } = tempFolder("bv-package-xml-");
    const out = join(dir, "neu.docx");
    const r = await run("recognize", file("v.docx", zipSync(f)), "-o", out);
    expect(r.code).toBe(0);
    const o = unzipSync(new Uint8Array(readFileSync(out))) as Files;
    const item = Object.keys(o).find((n) => /^customXml\/item\d+\.xml$/.test(n));
    expect(item).toBeDefined();
    // From the document to our part, from the package to the custom properties.
    expect(relationshipTargets(o, "word/_rels/document.xml.rels")).toContainEqual({ type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml", target: `../${item}` });
    expect(relationshipTargets(o, "_rels/.rels")).toContainEqual({ type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties", target: "docProps/custom.xml" });
    // The relationships that were there are still there.
    expect(relationshipTargets(o, "word/_rels/document.xml.rels").map((x) => x.target)).toEqual(expect.arrayContaining([...kept]));
    expect(relationshipTargets(o, "_rels/.rels").map((x) => x.target)).toContain("word/document.xml");
    const types = overrides(o);
    expect(types.get("/docProps/custom.xml")).toBe("application/vnd.openxmlformats-officedocument.custom-properties+xml");
    expect(types.get(`/${item?.replace("item", "itemProps")}`)).toBe("application/vnd.openxmlformats-officedocument.customXmlProperties+xml");
    expect(types.get("/word/document.xml")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    // And the result reads back as the Vorlage recognised, its metadata found.
    const checked = JSON.parse((await run("check", "--json", out)).out) as { files: { structured: boolean; vorlage: { betreff: string } }[] };
    expect(checked.files[0]?.structured).toBe(true);
    expect(checked.files[0]?.vorlage.betreff).toBe("Anschaffung von Lastenrädern");
  });
});
