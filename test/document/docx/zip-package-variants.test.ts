import { strToU8, zipSync } from "fflate";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { randomIds } from "../../../src/core/model/ids";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DEFAULT_LIMITS, openZip, writeZip } from "../../../src/document/docx/zip-package";
import { completeVorlage } from "../../fixtures/builders";
import { plainDocx } from "../../fixtures/docx";
import { compoundFile, rezip } from "../../hardening/zip-variants";
import { docxErrorOf } from "../../fixtures/docx-error";

/** Issue 20, item 4 (case 12): packages other programs write are read, and what is not a .docx says what it is. */
const VORLAGE = DocxDocument.create(completeVorlage(), WIESBADEN, "2025-05-06T09:00:00Z").save();
const PLAIN = plainDocx(["Vorlagen-Nr. 25-V-03-0012", "Betreff: Lastenräder", "1. Es wird beschlossen, dass", "1.1\tdie Stadt prüft."]);
const betreff = (bytes: Uint8Array) => DocxDocument.open(bytes).read(WIESBADEN).vorlage.header.betreff;


describe("zip64", () => {
  it("a package with zip64 records is read as the same document, not called a zip bomb", () => {
    const z64 = rezip(VORLAGE, { zip64: true });
    expect(betreff(z64)).toBe(betreff(VORLAGE));
    expect([...openZip(z64).keys()].sort()).toEqual([...openZip(VORLAGE).keys()].sort());
  });

  it("keeps every limit: sizes declared in zip64 fields are checked as the plain ones are", () => {
    const big = rezip(zipSync({ "a.bin": new Uint8Array(3000), "b.bin": new Uint8Array(3000) }, { level: 0 }), { zip64: true });
    expect(docxErrorOf(() => openZip(big, () => true, { ...DEFAULT_LIMITS, maxTotalBytes: 5000 })).reason).toBe("zip-bomb");
    const bomb = rezip(zipSync({ "word/document.xml": new Uint8Array(5 * 1024 * 1024) }), { zip64: true });
    expect(docxErrorOf(() => openZip(bomb)).reason).toBe("zip-bomb");
  });
});

describe("a package re-zipped by macOS Finder (data descriptors, directory entries, __MACOSX/)", () => {
  const finder = rezip(PLAIN, { descriptors: true, finder: true });

  it("reads as the document, with the same parts: directory entries and __MACOSX/ are no parts", () => {
    expect([...openZip(finder).keys()].sort()).toEqual([...openZip(PLAIN).keys()].sort());
    expect(betreff(finder)).toBe("Lastenräder");
  });

  it("is structured as recognize does it (opened for editing), and the result holds no __MACOSX/ entry", () => {
    const doc = DocxDocument.open(finder, { edit: true });
    expect(doc.structure(WIESBADEN, randomIds).wrapped).toBe(true);
    const saved = doc.save();
    expect([...openZip(saved).keys()].some((n) => n.startsWith("__MACOSX"))).toBe(false);
    expect(DocxDocument.open(saved).read(WIESBADEN).structured).toBe(true);
  });

  it("data descriptors alone change nothing either", () => {
    expect(betreff(rezip(VORLAGE, { descriptors: true }))).toBe(betreff(VORLAGE));
  });
});

describe("part names that differ only in case", () => {
  it("word/document.xml beside word/Document.xml is refused, naming the part", () => {
    const parts = { ...Object.fromEntries(openZip(PLAIN)), "word/Document.xml": strToU8("<x/>") };
    const e = docxErrorOf(() => openZip(zipSync(parts)));
    expect(e.reason).toBe("damaged-zip");
    expect(e.params).toEqual({ part: "word/Document.xml", detail: "case" });
  });

  it("our writer never produces them", () => {
    expect(() => writeZip(new Map([["word/media/a.png", new Uint8Array(1)], ["word/media/A.png", new Uint8Array(1)]]))).toThrow(/differ only in case/);
  });
});

describe("an OLE compound file says what it is", () => {
  it("an encrypted Word file", () => {
    const e = docxErrorOf(() => DocxDocument.open(compoundFile(["EncryptionInfo", "EncryptedPackage"])));
    expect([e.reason, e.params.detail]).toEqual(["not-a-zip", "encrypted"]);
  });

  it("a Word 97 .doc", () => {
    const e = docxErrorOf(() => DocxDocument.open(compoundFile(["WordDocument", "1Table", "\u0005SummaryInformation"])));
    expect([e.reason, e.params.detail]).toEqual(["not-a-zip", "word97"]);
  });

  it("another compound file (an Excel 97 sheet) is just no Word file", () => {
    const e = docxErrorOf(() => DocxDocument.open(compoundFile(["Workbook"])));
    expect([e.reason, e.params.detail]).toEqual(["not-a-zip", undefined]);
  });
});
