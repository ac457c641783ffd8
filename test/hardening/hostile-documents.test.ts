import { strToU8, unzipSync, zipSync } from "fflate";
import { clause, section, vorlage } from "../../src/core/model/builders";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { validate } from "../../src/core/validation/validate";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { DocxError } from "../../src/document/ooxml/docx-error";
import { paragraphText } from "../../src/document/ooxml/read-body";
import { vorlageWithClauses } from "../fixtures/builders";
import { docxFromBody, paragraphXml, plainDocx } from "../fixtures/docx";
import { reference0057 } from "../fixtures/reference-0057";
import { prng } from "../fuzz/fuzz-harness";

jest.setTimeout(120_000);
const BOMB = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
const XXE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';

function withPart(bytes: Uint8Array, name: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files[name] = strToU8(edit(new TextDecoder().decode(files[name])));
  return zipSync(files);
}

describe("hostile documents", () => {
  const ours = () => DocxDocument.create(reference0057(), WIESBADEN, "2024-03-21T10:00:00Z").save();

  it("refuse entity expansion and external entities in the main part, before parsing", () => {
    for (const doctype of [BOMB, XXE]) {
      const bytes = withPart(ours(), "word/document.xml", (xml) => xml.replace("<w:document", `${doctype}<w:document`));
      expect(() => DocxDocument.open(bytes).read(WIESBADEN)).toThrow(DocxError);
      expect(() => DocxDocument.open(bytes).read(WIESBADEN)).toThrow(/DOCTYPE/);
    }
  });

  it("read the body when only the metadata part carries a DOCTYPE, and say the part was refused; no file is read", () => {
    const bytes = withPart(ours(), "customXml/item1.xml", (xml) => `${XXE}${xml.replace("<kopf", "<kopf>&xxe;</kopf><kopf")}`);
    const read = DocxDocument.open(bytes).read(WIESBADEN);
    expect(read.vorlage.header.vorlagenNr).toBe("24-V-07-0001");
    expect(read.findings.map((f) => [f.code, f.params["reason"]])).toEqual([["metadata-malformed", "DOCTYPE"]]);
    expect(JSON.stringify(read)).not.toContain("root:");
  });

  it("refuse a DOCTYPE in the properties and comments parts when those are read", () => {
    const props = withPart(ours(), "docProps/custom.xml", (xml) => xml.replace("<Properties", `${BOMB}<Properties`));
    expect(() => DocxDocument.open(props).properties()).toThrow(DocxError);
    expect(DocxDocument.open(props).read(WIESBADEN).vorlage.header.beschlussNr).toBe("0057");
  });

  it("read a 10 MB paragraph completely", () => {
    // Varied words, as real text is (one word repeated compresses 500:1 and is refused as a zip bomb).
    const random = prng(3);
    const words = ["Haushaltsmittel", "Beschluss", "Dezernat", "Verwaltung", "Stadtverordnetenversammlung", "Kämmerei", "Ziffer", "gemäß", "Vorlage", "Maßnahme"];
    let text = "";
    while (text.length < 10_000_000) text += `${words[Math.floor(random() * words.length)]}${random() < 0.1 ? ". " : " "}${Math.floor(random() * 1000)} `;
    const read = DocxDocument.open(plainDocx(["1. Es wird beschlossen, dass", `1.1 ${text}`])).read(WIESBADEN);
    expect(read.vorlage.sections[0]?.clauses[0]?.text).toBe(text.trimEnd());
  });

  it("read and check a Vorlage of 10,000 clauses", () => {
    const bytes = DocxDocument.create(vorlageWithClauses(10_000), WIESBADEN, "2025-05-06T09:00:00Z").save();
    const read = DocxDocument.open(bytes).read(WIESBADEN);
    expect(read.vorlage.sections.reduce((n, s) => n + s.clauses.length, 0)).toBe(10_000);
    expect(validate(read.vorlage, WIESBADEN).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("keep right-to-left, combining characters and emoji exactly", () => {
    const texts = ["مرحبا بالعالم", "e\u0301 a\u0308 (kombinierend)", "👩‍👩‍👧 🇩🇪", "\u202Eumgekehrt\u202C"];
    const v = vorlage({ sections: [section("s", "beschluss", texts.map((t, i) => clause(`c${i}`, t)))] });
    const read = DocxDocument.open(DocxDocument.create(v, WIESBADEN, "x").save()).read(WIESBADEN);
    expect(read.vorlage.sections[0]?.clauses.map((c) => c.text)).toEqual(texts);
  });

  it("refuse a part of one repeated word compressed 500:1 as a zip bomb", () => {
    expect(() => DocxDocument.open(plainDocx(["Haushaltsmittel ".repeat(655_360)]))).toThrow(/compressed \d+:1/);
  });

  it("refuse control characters in a part as malformed, never as a crash", () => {
    const bytes = docxFromBody(paragraphXml("x").replace("x", "a\u0001b"));
    expect(() => DocxDocument.open(bytes).read(WIESBADEN)).toThrow(DocxError);
  });

  it("keep what a document says, not what its character references pretend", () => {
    const read = DocxDocument.open(docxFromBody('<w:p><w:r><w:t>&lt;w:sdt&gt; &amp;amp; &#x3C;script&#x3E;</w:t></w:r></w:p>')).paragraphs();
    expect(read.map(paragraphText)).toEqual(["<w:sdt> &amp; <script>"]);
  });
});
