import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { withWordPrefix } from "../../../src/document/ooxml/word-prefix";
import { docxFromBody, paragraphXml } from "../../fixtures/docx";

/**
 * A main part that binds WordprocessingML to „x:“ instead of „w:“ (legal XML, which Word reads): the body was read (by
 * namespace URI), but the passes that look for `<w:…>` with patterns saw nothing, so a DATE field was neither said
 * (`datum-feld`) nor kept from being the Zeichnung's date, and white type was not named (`text-unsichtbar`). Such a part
 * is now written out with „w:“ for those passes.
 */
const run = (t: string, rPr = ""): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const DATE = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "dd.MM.yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run("02.06.2025")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const HEAD = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder."].map(paragraphXml).join("");
const BODY = `${HEAD}<w:p>${run("2. Die Verwaltung zahlt 5.000.000 € an den Verein.", '<w:color w:val="FFFFFF"/>')}</w:p><w:p>${run("Wiesbaden, ")}${DATE}</w:p>${paragraphXml("Müller")}`;

/** The package with its main part's WordprocessingML bound to `prefix`, and „w“ bound to another namespace. */
function boundTo(prefix: string): Uint8Array {
  const files = unzipSync(docxFromBody(BODY));
  const xml = strFromU8(files["word/document.xml"] as Uint8Array)
    .replace(/(<\/?)w:/gu, `$1${prefix}:`)
    .replace(/ w:/gu, ` ${prefix}:`)
    .replace(`xmlns:w="${W_NS}"`, `xmlns:${prefix}="${W_NS}" xmlns:w="urn:not-wordprocessingml"`);
  files["word/document.xml"] = strToU8(xml);
  return zipSync(files);
}
const said = (bytes: Uint8Array) => {
  const read = DocxDocument.open(bytes).read(WIESBADEN);
  return { codes: read.findings.map((f) => f.code).filter((c) => ["datum-feld", "text-unsichtbar"].includes(c)).sort(), dates: read.vorlage.zeichnungen.map((z) => z.datum) };
};

describe("a main part that binds WordprocessingML to another prefix", () => {
  it("says its DATE field and its white type as the same part in „w:“, and takes no date from the field", () => {
    const plain = said(docxFromBody(BODY));
    expect(plain).toEqual({ codes: ["datum-feld", "text-unsichtbar"], dates: [""] });
    expect(said(boundTo("x"))).toEqual(plain);
  });

  it("is written out with „w:“ for WordprocessingML only; a part in „w:“ is handed back as it is", () => {
    const xml = `<x:document xmlns:x="${W_NS}" xmlns:w="urn:other"><x:body><w:p x:val="1"><x:p w:val="2"><x:t xml:space="preserve">a &amp; b</x:t></x:p></w:p></x:body></x:document>`;
    expect(withWordPrefix(xml, "word/document.xml")).toBe(`<w:document xmlns:w="${W_NS}"><w:body><n1:p xmlns:n1="urn:other" w:val="1"><w:p n1:val="2"><w:t xml:space="preserve">a &amp; b</w:t></w:p></n1:p></w:body></w:document>`);
    const plain = `<w:document xmlns:w="${W_NS}"><w:body/></w:document>`;
    expect(withWordPrefix(plain, "word/document.xml")).toBe(plain);
  });
});
