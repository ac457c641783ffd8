import { strToU8, unzipSync, zipSync } from "fflate";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { writeMetadataPart } from "../../../src/document/docx/package-parts";
import { DocxError } from "../../../src/document/ooxml/docx-error";
import { documentPart, docxFromBody, paragraphXml } from "../../fixtures/docx";

/**
 * Part names in a package are compared without regard to case (OPC, ECMA-376 Part 2 §9.1.1.1):
 * `word/document.xml` beside `word/Document.xml` is one part twice, and which of the two a
 * reader takes is anyone's guess. Such a package is refused, for reading and editing alike,
 * and what we add never takes a name that differs from an existing one only in case.
 */
describe("part names that differ only in case", () => {
  const decoy = docxFromBody(paragraphXml("1. Der echte Beschluss."), { "word/Document.xml": strToU8(documentPart(paragraphXml("1. Ein untergeschobener Beschluss."))) });

  it("are refused when reading and when editing, naming the part", () => {
    for (const edit of [false, true]) {
      let error: unknown;
      try {
        DocxDocument.open(decoy, { edit }).read(WIESBADEN);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DocxError);
      expect((error as DocxError).reason).toBe("damaged-zip");
      expect((error as DocxError).params).toMatchObject({ detail: "case" });
      expect((error as DocxError).params.part?.toLowerCase()).toBe("word/document.xml");
    }
  });

  it("a part of ours is never added under a name that differs only in case from one present", () => {
    const files = unzipSync(docxFromBody(paragraphXml("x"), { "customXml/ITEM1.xml": strToU8("<fremd/>") }));
    const parts = new Map(Object.entries(files));
    writeMetadataPart(parts, `<vorlage xmlns="urn:x-beschlussvorlage:metadaten" version="1.1"/>`);
    const lower = [...parts.keys()].map((n) => n.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    expect(() => DocxDocument.open(zipSync(Object.fromEntries(parts)))).not.toThrow();
  });
});
