import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { METADATA_NAMESPACE } from "../../src/core/metadata/metadata-xml";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument, UnchangeableDocumentError } from "../../src/document/docx/docx-document";
import { findMetadataPart } from "../../src/document/docx/package-parts";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/**
 * Documents `recognize` must not change: a signed one (any change breaks the signature), one
 * whose protection is enforced (unless --ignore-protection asks), and one whose metadata a
 * newer major version wrote. They stay byte for byte, a German sentence says why, exit 2;
 * check, export and diff still read them. A newer minor version is read for what we know,
 * and what we do not know is kept when our metadata is written back.
 */
const LINES = ["Beschlussvorlage", "Betreff: Beitritt zum Verein", "Beschlussvorschlag:", "1. Die Stadt tritt dem Verein bei.", "2. Die Verwaltung wird beauftragt."];
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const body = LINES.map(paragraphXml).join("");
const settings = (protection: string): Uint8Array => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="${W}">${protection}<w:defaultTabStop w:val="708"/></w:settings>`);
const SIGNED_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin" Target="_xmlsignatures/origin.sigs"/></Relationships>`;
const metadata = (version: string, extra = ""): Uint8Array =>
  strToU8(`<vorlage xmlns="${METADATA_NAMESPACE}" version="${version}" profil="wiesbaden"><kopf><betreff>Beitritt zum Verein</betreff>${extra}</kopf><zustaendigkeit/><abschnitte/><bezuege/><beratungsfolge/><verteiler/><zeichnungen/><bloecke/></vorlage>`);

const refused: Record<string, [Uint8Array, RegExp]> = {
  "digitally signed (signature part)": [docxFromBody(body, { "_xmlsignatures/sig1.xml": strToU8("<Signature/>") }), /signiert/],
  "digitally signed (origin relationship)": [docxFromBody(body, { "_rels/.rels": strToU8(SIGNED_RELS), "_xmlsignatures/origin.sigs": new Uint8Array() }), /signiert/],
  "read-only protection enforced": [docxFromBody(body, { "word/settings.xml": settings(`<w:documentProtection w:edit="readOnly" w:enforcement="1"/>`) }), /geschützt/],
  "comments-only protection enforced (true)": [docxFromBody(body, { "word/settings.xml": settings(`<w:documentProtection w:edit="comments" w:enforcement="true"/>`) }), /geschützt/],
  "metadata of version 2.0": [docxFromBody(body, { "customXml/item1.xml": metadata("2.0", "<neu>x</neu>") }), /neueren Programmversion/],
};

describe("recognize leaves documents it must not change as they are", () => {
  it.each(Object.entries(refused))("%s: in place, unchanged, a German sentence, exit 2", async (_name, [bytes, why]) => {
    const { file } = tempFolder("bv-refuse-");
    const path = file("vorlage.docx", bytes);
    const result = await run("recognize", path, "--in-place");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(why);
    expect(result.err).not.toMatch(/\bat \w+ \(|Error:/);
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes);
  });

  it.each(Object.entries(refused))("%s: with -o, no output written, exit 2", async (_name, [bytes]) => {
    const { dir, file } = tempFolder("bv-refuse-");
    const path = file("vorlage.docx", bytes);
    const result = await run("recognize", path, "-o", join(dir, "neu.docx"));
    expect(result.code).toBe(2);
    expect(existsSync(join(dir, "neu.docx"))).toBe(false);
  });

  it.each(Object.entries(refused))("%s: check, export and diff still read it", async (_name, [bytes]) => {
    const { file } = tempFolder("bv-refuse-");
    const path = file("vorlage.docx", bytes);
    expect((await run("check", path)).code).not.toBe(2);
    expect((await run("export", path)).code).toBe(0);
    expect((await run("diff", path, path)).code).toBe(0);
  });

  it("unenforced protection, or protection that allows every edit, is no reason to refuse", async () => {
    for (const protection of [`<w:documentProtection w:edit="readOnly" w:enforcement="0"/>`, `<w:documentProtection w:edit="none" w:enforcement="1"/>`, `<w:documentProtection w:edit="readOnly"/>`]) {
      const { file } = tempFolder("bv-refuse-");
      const path = file("vorlage.docx", docxFromBody(body, { "word/settings.xml": settings(protection) }));
      expect((await run("recognize", path, "--in-place")).code).toBe(0);
    }
  });

  it("--ignore-protection restructures a protected document on request", async () => {
    const { file } = tempFolder("bv-refuse-");
    const bytes = refused["read-only protection enforced"]![0];
    const path = file("vorlage.docx", bytes);
    const result = await run("recognize", path, "--in-place", "--ignore-protection");
    expect(result.code).toBe(0);
    expect(DocxDocument.open(new Uint8Array(readFileSync(path))).read(WIESBADEN).structured).toBe(true);
  });

  it("--ignore-protection never restructures a signed document, and says the signature would be lost", async () => {
    const { file } = tempFolder("bv-refuse-");
    const bytes = refused["digitally signed (signature part)"]![0];
    const path = file("vorlage.docx", bytes);
    const result = await run("recognize", path, "--in-place", "--ignore-protection");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Signatur/);
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes);
  });

  it("answers in English with --lang en", async () => {
    const { file } = tempFolder("bv-refuse-");
    const path = file("vorlage.docx", refused["digitally signed (signature part)"]![0]);
    expect((await run("recognize", path, "--in-place", "--lang", "en")).err).toMatch(/signed/);
  });
});

describe("metadata of another version", () => {
  it("a 2.x part is never replaced by ours", () => {
    const doc = DocxDocument.open(refused["metadata of version 2.0"]![0], { edit: true });
    expect(() => doc.writeMetadata(doc.read(WIESBADEN).vorlage, WIESBADEN)).toThrow(UnchangeableDocumentError);
    expect(doc.part("customXml/item1.xml")).toContain('version="2.0"');
  });

  it("a 1.2 part is read for what we know, and its unknown elements and attributes survive --in-place", async () => {
    const extra = `<kopf2 art="neu"><wert>bleibt</wert></kopf2>`;
    const part = strFromU8(metadata("1.2", extra)).replace("<kopf>", `<kopf farbe="blau">`).replace("<bloecke/>", `<bloecke/><zukunft stufe="2"><x>künftig</x></zukunft>`);
    const { file } = tempFolder("bv-minor-");
    const path = file("vorlage.docx", docxFromBody(body, { "customXml/item1.xml": strToU8(part) }));
    expect(DocxDocument.open(new Uint8Array(readFileSync(path))).read(WIESBADEN).metadata?.vorlage?.header.betreff).toBe("Beitritt zum Verein");
    const result = await run("recognize", path, "--in-place");
    expect(result.code).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    const name = findMetadataPart(new Map(Object.entries(files))) as string;
    const written = strFromU8(files[name] as Uint8Array);
    expect(written).toContain(`<zukunft stufe="2"><x>künftig</x></zukunft>`);
    expect(written).toContain(extra);
    expect(written).toMatch(/<kopf[^>]* farbe="blau"/);
    expect(written).toContain("<betreff>Beitritt zum Verein</betreff>");
  });
});

describe("recognize --in-place with several files", () => {
  it("rewrites every named file", async () => {
    const { file } = tempFolder("bv-many-");
    const a = file("a.docx", docxFromBody(body));
    const b = file("b.docx", docxFromBody(body));
    const result = await run("recognize", "--in-place", a, b);
    expect(result.code).toBe(0);
    for (const path of [a, b]) expect(DocxDocument.open(new Uint8Array(readFileSync(path))).read(WIESBADEN).structured).toBe(true);
  });

  it("goes on past a file it refuses, names it, and ends with 2", async () => {
    const { file } = tempFolder("bv-many-");
    const signed = refused["digitally signed (signature part)"]![0];
    const a = file("a.docx", signed);
    const b = file("b.docx", docxFromBody(body));
    const result = await run("recognize", "--in-place", a, b);
    expect(result.code).toBe(2);
    expect(result.err).toContain("a.docx");
    expect(new Uint8Array(readFileSync(a))).toEqual(signed);
    expect(DocxDocument.open(new Uint8Array(readFileSync(b))).read(WIESBADEN).structured).toBe(true);
  });

  it("refuses several files with -o (one output cannot hold them)", async () => {
    const { dir, file } = tempFolder("bv-many-");
    const plain = docxFromBody(body);
    const a = file("a.docx", plain);
    const b = file("b.docx", plain);
    const result = await run("recognize", a, b, "-o", join(dir, "neu.docx"));
    expect(result.code).toBe(2);
    expect(existsSync(join(dir, "neu.docx"))).toBe(false);
    expect(new Uint8Array(readFileSync(a))).toEqual(plain);
  });
});

describe("recognize --in-place beside another program's custom XML part", () => {
  it("keeps a part that only mentions our namespace byte for byte and adds ours beside it", async () => {
    const sharepoint = strToU8(`<?xml version="1.0" encoding="utf-8"?><p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties"><documentManagement><Quelle xmlns="${METADATA_NAMESPACE}">Vorlage</Quelle></documentManagement></p:properties>`);
    const { file } = tempFolder("bv-foreign-");
    const path = file("vorlage.docx", docxFromBody(body, { "customXml/item1.xml": sharepoint }));
    expect((await run("recognize", path, "--in-place")).code).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    expect(files["customXml/item1.xml"]).toEqual(sharepoint);
    expect(findMetadataPart(new Map(Object.entries(files)))).toBe("customXml/item2.xml");
  });
});
