import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { completeVorlage } from "../../fixtures/builders";

const NOW = "2025-05-06T09:00:00Z";
const titleOf = (doc: DocxDocument): string | undefined => /<dc:title>([^<]*)<\/dc:title>/.exec(doc.part("docProps/core.xml") ?? "")?.[1];
const withBetreff = (betreff: string) => {
  const v = completeVorlage();
  return { ...v, header: { ...v.header, betreff } };
};

describe("the document title follows the Betreff", () => {
  it("is the Betreff in a document we create, and follows when the Betreff is edited", () => {
    const created = DocxDocument.open(DocxDocument.create(withBetreff("Lastenräder für den Bürgerservice"), WIESBADEN, NOW).save(), { edit: true });
    expect(titleOf(created)).toBe("Lastenräder für den Bürgerservice");
    created.titleFromBetreff("Lastenräder & Anhänger", "Lastenräder für den Bürgerservice");
    const again = DocxDocument.open(created.save());
    expect(titleOf(again)).toBe("Lastenräder &amp; Anhänger");
    expect(again.read(WIESBADEN).findings.filter((f) => f.code === "accessibility-title-missing")).toEqual([]);
  });

  it("leaves a title the user set as it is", () => {
    const files = unzipSync(DocxDocument.create(withBetreff("Alter Betreff"), WIESBADEN, NOW).save());
    files["docProps/core.xml"] = strToU8(strFromU8(files["docProps/core.xml"] as Uint8Array).replace("<dc:title>Alter Betreff</dc:title>", "<dc:title>Mein eigener Titel</dc:title>"));
    const doc = DocxDocument.open(zipSync(files), { edit: true });
    doc.titleFromBetreff("Neuer Betreff", "Alter Betreff");
    expect(titleOf(DocxDocument.open(doc.save()))).toBe("Mein eigener Titel");
  });

  it("is not written when only the metadata is (recognize, the download): a user's properties stay as they were", () => {
    const files = unzipSync(DocxDocument.create(withBetreff("Betreff"), WIESBADEN, NOW).save());
    const core = strFromU8(files["docProps/core.xml"] as Uint8Array).replace(/<dc:title>[^<]*<\/dc:title>/, "");
    files["docProps/core.xml"] = strToU8(core);
    const doc = DocxDocument.open(zipSync(files), { edit: true });
    doc.writeMetadata(withBetreff("Anderer Betreff"), WIESBADEN);
    expect(strFromU8(unzipSync(doc.save())["docProps/core.xml"] as Uint8Array)).toBe(core);
  });

  it("writes no title while there is no Betreff, and the check says so", () => {
    const doc = DocxDocument.open(DocxDocument.create(withBetreff(""), WIESBADEN, NOW).save());
    expect(titleOf(doc)).toBeUndefined();
    expect(doc.read(WIESBADEN).findings.map((f) => f.code)).toContain("accessibility-title-missing");
  });
});

describe("in the preview, the title follows the Betreff as it is typed", () => {
  it("a new document gets the Betreff as title when it is entered in the Angaben, and the next one when it changes", async () => {
    const port = DocxPort.fromBytes(DocxDocument.create(withBetreff(""), WIESBADEN, NOW).save(), WIESBADEN);
    const codes = async () => (await port.read()).findings.map((f) => f.code);
    expect(await codes()).toContain("accessibility-title-missing");
    await port.saveDetails({ "header.betreff": "Erster Betreff" }, withBetreff("Erster Betreff"), false);
    expect(await codes()).not.toContain("accessibility-title-missing");
    await port.saveDetails({ "header.betreff": "Zweiter Betreff" }, withBetreff("Zweiter Betreff"), false);
    expect(titleOf(DocxDocument.open(port.bytes()))).toBe("Zweiter Betreff");
  });
});
