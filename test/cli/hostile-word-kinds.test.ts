import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/**
 * A document with macros (.docm) or a template (.dotx, .dotm) is read like a document, and
 * `recognize` keeps its main part's content type and its macros. Its output must end in .docx
 * (guard-outputs.ts), so `recognize antrag.docm -o antrag.docx` wrote a package declared as a
 * document with macros under a .docx name, which Word refuses to open („Das Dateiformat oder
 * die Dateierweiterung ist ungültig“), and said „geschrieben“. Such a file is now refused with
 * -o, in a sentence that points to --in-place, which keeps its name and its kind.
 */
type Files = Record<string, Uint8Array>;
const MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const LINES = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder.", "2. Die Verwaltung wird beauftragt, die Räder zu warten.", "Finanzielle Auswirkungen:", "Die Kosten betragen einmalig 12.000 € und werden aus dem Budget des Dezernats III gedeckt.", "Wiesbaden, 02.06.2025", "Müller"];
const VBA = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]);

function ofKind(type: string, macros: boolean): Uint8Array {
  const f = unzipSync(docxFromBody(LINES.map(paragraphXml).join(""))) as Files;
  let ct = strFromU8(f["[Content_Types].xml"] as Uint8Array).replace(MAIN, type);
  if (macros) {
    ct = ct.replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    f["word/vbaProject.bin"] = VBA;
    f["word/_rels/document.xml.rels"] = strToU8(strFromU8(f["word/_rels/document.xml.rels"] as Uint8Array).replace("</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  }
  f["[Content_Types].xml"] = strToU8(ct);
  return zipSync(f);
}

const KINDS = [
  ["a document with macros", "antrag.docm", "application/vnd.ms-word.document.macroEnabled.main+xml", true, "Makros"],
  ["a template", "muster.dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", false, "Dokumentvorlage"],
  ["a template with macros", "muster.dotm", "application/vnd.ms-word.template.macroEnabledTemplate.main+xml", true, "Dokumentvorlage"],
] as const;

describe("recognize on a document with macros or a template", () => {
  it.each(KINDS)("%s is not written under a .docx name Word would refuse to open: a sentence, nothing written", async (_name, input, type, macros, word) => {
    const { dir, file } = tempFolder("bv-word-kinds-");
    const path = file(input, ofKind(type, macros));
    const out = join(dir, "gegliedert.docx");
    const r = await run("recognize", path, "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(word);
    expect(r.err).toContain("--in-place");
    expect(r.err).not.toMatch(/at \w+ \(|Error:/u);
    expect(existsSync(out)).toBe(false);
    const en = await run("recognize", path, "-o", out, "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.err).toContain("--in-place");
    expect(en.err).not.toContain(word);
  });

  it("with --in-place the document with macros is structured and keeps its kind and its macros byte for byte", async () => {
    const { file } = tempFolder("bv-word-kinds-");
    const path = file("antrag.docm", ofKind(KINDS[0][2], true));
    const r = await run("recognize", path, "--in-place");
    expect(r.code).toBe(0);
    const after = unzipSync(new Uint8Array(readFileSync(path))) as Files;
    expect(after["word/vbaProject.bin"]).toEqual(VBA);
    expect(strFromU8(after["[Content_Types].xml"] as Uint8Array)).toContain(KINDS[0][2]);
    expect(strFromU8(after["word/document.xml"] as Uint8Array)).toContain("bv:ziffer:");
  });

  it("a plain .docx is still written with -o", async () => {
    const { dir, file } = tempFolder("bv-word-kinds-");
    const out = join(dir, "gegliedert.docx");
    expect((await run("recognize", file("v.docx", ofKind(MAIN, false)), "-o", out)).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
