import { existsSync, readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/**
 * „Password to modify“ (w:writeProtection with a password hash): Word opens the file read-only
 * unless the password is given. `recognize` only knew w:documentProtection, so it restructured
 * and wrote such a file as if nobody had restricted it. It is now protected like an enforced
 * documentProtection: left unchanged (exit 2, said in German or English) unless
 * --ignore-protection; with it, and for a mere recommendation to open read-only (no password),
 * the settings part stays byte for byte.
 */
type Files = Record<string, Uint8Array>;
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const LINES = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder.", "2. Die Verwaltung wird beauftragt, die Räder zu warten.", "Wiesbaden, 02.06.2025", "Müller"];
const PASSWORD = `<w:writeProtection w:algorithmName="SHA-512" w:hashValue="q1d0KJ2Z8Q==" w:saltValue="Zm9vYmFy" w:spinCount="100000"/>`;
const LEGACY_PASSWORD = `<w:writeProtection w:cryptProviderType="rsaAES" w:cryptAlgorithmClass="hash" w:cryptAlgorithmType="typeAny" w:cryptAlgorithmSid="14" w:cryptSpinCount="100000" w:hash="q1d0KJ2Z8Q==" w:salt="Zm9vYmFy"/>`;
const RECOMMENDED = `<w:writeProtection w:recommended="1"/>`;

function withSettings(protection: string): Uint8Array {
  const f = unzipSync(docxFromBody(LINES.map(paragraphXml).join(""))) as Files;
  f["word/settings.xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="${W}">${protection}<w:defaultTabStop w:val="708"/></w:settings>`);
  f["word/_rels/document.xml.rels"] = strToU8(strFromU8(f["word/_rels/document.xml.rels"] as Uint8Array).replace("</Relationships>", '<Relationship Id="rIdSet" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>'));
  f["[Content_Types].xml"] = strToU8(strFromU8(f["[Content_Types].xml"] as Uint8Array).replace("</Types>", '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>'));
  return zipSync(f);
}

describe("a password to modify (w:writeProtection)", () => {
  it.each([
    ["with a password hash", PASSWORD],
    ["with a password hash in the older attributes", LEGACY_PASSWORD],
  ])("%s: recognize leaves the file unchanged and says why", async (_name, protection) => {
    const { dir, file } = tempFolder("bv-write-protection-");
    const input = withSettings(protection);
    const path = file("v.docx", input);
    const de = await run("recognize", path, "-o", `${dir}/out.docx`);
    expect(de.code).toBe(2);
    expect(de.err).toContain("Kennwort zum Ändern");
    expect(existsSync(`${dir}/out.docx`)).toBe(false);
    expect(new Uint8Array(readFileSync(path))).toEqual(input);
    expect((await run("recognize", "--lang", "en", path, "-o", `${dir}/out.docx`)).err).toContain("password to modify");
  });

  it("with --ignore-protection it is structured and the settings stay byte for byte", async () => {
    const { dir, file } = tempFolder("bv-write-protection-");
    const input = withSettings(PASSWORD);
    expect((await run("recognize", "--ignore-protection", file("v.docx", input), "-o", `${dir}/out.docx`)).code).toBe(0);
    const out = unzipSync(new Uint8Array(readFileSync(`${dir}/out.docx`))) as Files;
    expect(out["word/settings.xml"]).toEqual(unzipSync(input)["word/settings.xml"]);
  });

  it("a mere recommendation to open read-only is no protection: structured, settings byte for byte", async () => {
    const { dir, file } = tempFolder("bv-write-protection-");
    const input = withSettings(RECOMMENDED);
    expect((await run("recognize", file("v.docx", input), "-o", `${dir}/out.docx`)).code).toBe(0);
    const out = unzipSync(new Uint8Array(readFileSync(`${dir}/out.docx`))) as Files;
    expect(out["word/settings.xml"]).toEqual(unzipSync(input)["word/settings.xml"]);
  });
});
