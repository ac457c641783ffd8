import { strToU8, zipSync } from "fflate";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxError } from "../../../src/document/ooxml/docx-error";
import { DEFAULT_LIMITS, openZip } from "../../../src/document/docx/zip-package";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { docxFromBody, paragraphXml, plainDocx } from "../../fixtures/docx";

function reason(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof DocxError) return e.reason;
    throw e;
  }
  return "accepted";
}

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
/** A package whose main part is exactly this text. */
const withMain = (xml: string) => zipSync({ "_rels/.rels": strToU8(ROOT_RELS), "word/document.xml": strToU8(xml) });

describe("opening a package", () => {
  it("refuses what is not a zip, and a truncated one", () => {
    expect(reason(() => DocxDocument.open(strToU8("Sehr geehrte Damen und Herren")))).toBe("not-a-zip");
    const whole = plainDocx(["1. Es wird beschlossen, dass"]);
    expect(reason(() => DocxDocument.open(whole.subarray(0, whole.length - 30)))).toBe("damaged-zip");
  });

  it("refuses a package without a main document part", () => {
    expect(reason(() => DocxDocument.open(zipSync({ "[Content_Types].xml": strToU8("<Types/>") })))).toBe("no-main-part");
  });

  it("refuses entry names that climb out of the package", () => {
    for (const name of ["../../etc/passwd", "/abs/path.xml", "word\\document.xml"]) {
      expect(reason(() => openZip(zipSync({ [name]: strToU8("x") })))).toBe("unsafe-entry");
    }
  });

  it("refuses a zip bomb from what the directory declares, before inflating", () => {
    const bomb = zipSync({ "word/document.xml": new Uint8Array(5 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(20_000);
    expect(reason(() => openZip(bomb))).toBe("zip-bomb");
    const big = zipSync({ "a.bin": new Uint8Array(3000), "b.bin": new Uint8Array(3000) }, { level: 0 });
    expect(reason(() => openZip(big, () => true, { ...DEFAULT_LIMITS, maxTotalBytes: 5000 }))).toBe("zip-bomb");
  });

  it("refuses a file over the size limit without looking inside", () => {
    expect(reason(() => openZip(new Uint8Array(2048), () => true, { ...DEFAULT_LIMITS, maxFileBytes: 1024 }))).toBe("too-large");
  });

  it("refuses a lying directory instead of reading a truncated part (issue 11, item 9)", () => {
    const zip = zipSync({ "word/document.xml": new Uint8Array(2_000_000) });
    const bytes = Buffer.from(zip);
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(1000, central + 24); // declared size: 1000 bytes
    expect(reason(() => openZip(new Uint8Array(bytes), () => true, { ...DEFAULT_LIMITS, maxRatio: Infinity }))).toBe("damaged-zip");
  });

  it("refuses a DOCTYPE in the document and malformed XML, each with its reason", () => {
    const doctype = withMain('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="x">&x;</w:document>');
    expect(reason(() => DocxDocument.open(doctype))).toBe("doctype");
    expect(reason(() => DocxDocument.open(withMain("<w:document><w:body>")).read(WIESBADEN))).toBe("malformed-xml");
  });

  it("names the part and the problem in one line, when reading and when editing", () => {
    const broken = withMain("<a><b></a>");
    for (const run of [() => DocxDocument.open(broken).read(WIESBADEN), () => DocxDocument.open(broken, { edit: true }).renumber(WIESBADEN)]) {
      expect(run).toThrow(DocxError);
      expect(run).toThrow(/^word\/document\.xml is not well-formed XML \(.+\)$/);
    }
  });

  it("opens a well-formed package", () => {
    expect(DocxDocument.open(docxFromBody(paragraphXml("Hallo"))).paragraphs().length).toBe(1);
  });
});
