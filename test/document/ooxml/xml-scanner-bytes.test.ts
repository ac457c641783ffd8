import fc from "fast-check";
import { unzipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxError } from "../../../src/document/ooxml/docx-error";
import { decodePart, utf8View } from "../../../src/document/ooxml/parse-xml";
import { ReadDecoded, scanXml, type Utf8View, type XmlAttributes } from "../../../src/document/ooxml/xml-scanner";
import { docxFromBody, plainDocx } from "../../fixtures/docx";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Everything the scanner reports, with every attribute by name and by URI, and what each prefix resolves to. */
function events(xml: string | Utf8View): string[] {
  const out: string[] = [];
  scanXml(xml, "word/document.xml", {
    open(uri: string, local: string, a: XmlAttributes) {
      const attributes = Array.from({ length: a.count }, (_, k) => `${a.nameAt(k)}=${a.valueAt(k)}`);
      out.push(`<${uri}|${local} ${attributes.join(" ")} val=${a.get(W, "val") ?? "-"} v=${a.get("", "v") ?? "-"} named=${a.named("w:val") ?? "-"} w=${a.resolve("w") ?? "-"}`);
    },
    close(uri, local) {
      out.push(`</${uri}|${local}`);
    },
    text(t) {
      out.push(`T${t}`);
    },
  });
  return out;
}

/** What reading the decoded text gives: its events, or the reason and message of its refusal. */
function decodedReading(bytes: Uint8Array): string[] | string {
  try {
    return events(decodePart(bytes, "word/document.xml"));
  } catch (e) {
    if (!(e instanceof DocxError)) throw e;
    return `${e.reason}: ${e.message}`;
  }
}

/** What reading the bytes undecoded gives, falling back to the decoded text where the scanner says so (as DocxDocument does). */
function bytesReading(bytes: Uint8Array): { readonly reading: string[] | string; readonly fellBack: boolean } {
  const view = utf8View(bytes);
  if (view === undefined) return { reading: decodedReading(bytes), fellBack: true };
  try {
    return { reading: events(view), fellBack: false };
  } catch (e) {
    if (!(e instanceof ReadDecoded)) throw e;
    return { reading: decodedReading(bytes), fellBack: true };
  }
}

describe("the XML scanner reading a part's UTF-8 bytes undecoded", () => {
  it("hands out texts, attribute values and namespace URIs decoded, as from the decoded text", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:ü="urn:x" xmlns:x="urn:grüße"><w:body><w:p w:val="Maßnahme &amp; Größe"><w:r><w:t xml:space="preserve">‹Punkt› öffentlichen Sitzung 😀 &lt;b&gt;</w:t></w:r><x:a v="é\t\r\nü"><![CDATA[Grüße <&>]]></x:a></w:p></w:body></w:document>`;
    const bytes = utf8(xml);
    const view = utf8View(bytes);
    expect(view).toBeDefined();
    // The prefix „ü“ is a name beyond ASCII: declared, never used, it is only an attribute name, and the bytes refuse it.
    expect(() => events(view as Utf8View)).toThrow(ReadDecoded);
    const plain = utf8(xml.replace(` xmlns:ü="urn:x"`, ""));
    expect(events(utf8View(plain) as Utf8View)).toEqual(events(decodePart(plain, "word/document.xml")));
    expect(events(utf8View(plain) as Utf8View)).toContain("T‹Punkt› öffentlichen Sitzung 😀 <b>");
  });

  it("leaves to the decoded text what only it decides: names beyond ASCII and every refusal, whose place is counted in its characters", () => {
    for (const xml of [`<a><wärme/></a>`, `<a ä="1"/>`, `<a><?pï x?></a>`, `<a><?p÷ x?></a>`, `<a>Grüße & mehr</a>`, `<a>Grüße</b>`]) {
      const bytes = utf8(xml);
      expect(() => events(utf8View(bytes) as Utf8View)).toThrow(ReadDecoded);
      expect(bytesReading(bytes)).toEqual({ reading: decodedReading(bytes), fellBack: true });
    }
    // The end tag stands at character 9 (column 9), byte 11.
    expect(decodedReading(utf8(`<a>Grüße</b>`))).toMatch(/line 1, column 9:/);
  });

  it("is not made of bytes that decodePart reads otherwise or refuses: a byte-order mark, UTF-16, no UTF-8, a forbidden character, another encoding declared", () => {
    const cases: Uint8Array[] = [
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("<a>x</a>")]),
      new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00, 0x2f, 0x00, 0x3e, 0x00]),
      new Uint8Array([...utf8("<a>"), 0xfc, ...utf8("</a>")]),
      utf8("<a>\u0001</a>"),
      utf8("<a>\uffff</a>"),
      utf8(`<?xml version="1.0" encoding="ISO-8859-1"?><a/>`),
      utf8(`<?xml version="1.0" encoding="UTF_8"?><a/>`),
      utf8(`<?xml version="1.0" encoding="utf-8é"?><a/>`),
    ];
    for (const bytes of cases) expect(utf8View(bytes)).toBeUndefined();
    expect(utf8View(utf8(`<?xml version="1.0" encoding="utf-8"?><a>ü</a>`))).toBeDefined();
  });

  it("reads any part as the decoded text does: the same events, or the same refusal with the same words", () => {
    const base = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:m="urn:m"><w:body><w:p w:val="Größe"><w:r><w:t xml:space="preserve">Grüße &amp; mehr ‹Punkt›</w:t></w:r><!-- ä --><m:x m:y='ö'><![CDATA[a<b ß]]></m:x><?pi dätä?></w:p></w:body></w:document>`;
    const pieces = ["<", ">", "&", ";", '"', "'", "/", "=", ":", "!", "?", "]]>", "<!--", "-->", "&#228;", "&#0;", "ä", "ß", "€", "😀", "\u0085", "\u00a0", "<ä>", "</ä>", " ä='1'", "<w:ä/>", "<?ä x?>", "<?a÷ x?>", "\r\n", " ", "</w:p>", "<w:p>"];
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 3 }), piece: fc.constantFrom(...pieces) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let xml = base;
        for (const { at, cut, piece } of edits) {
          const i = at % (xml.length + 1);
          xml = xml.slice(0, i) + piece + xml.slice(i + cut);
        }
        const bytes = utf8(xml);
        expect(bytesReading(bytes).reading).toEqual(decodedReading(bytes));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a .docx read from its bytes undecoded", () => {
  const LINES = ["Magistrat", "Vorlagen-Nr. 25-V-03-0012", "Betreff: Beschaffung von Lastenrädern für den Bürgerservice", "Beschlussvorschlag", "1. Die Maßnahme wird umgesetzt.", "2. Die Größe der Räder ‹prüfen›."];
  const reading = (bytes: Uint8Array) => {
    try {
      const read = DocxDocument.open(bytes).read(WIESBADEN, sequentialIds());
      return { vorlage: read.vorlage, findings: read.findings.map((f) => f.code) };
    } catch (e) {
      if (!(e instanceof DocxError)) throw e;
      return e.message;
    }
  };
  const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

  it("reads a body with a foreign element named beyond ASCII as it reads one named in ASCII (from the decoded text)", () => {
    const body = (foreign: string) => LINES.map(paragraph).join("").replace("</w:t></w:r></w:p>", `</w:t></w:r>${foreign}</w:p>`);
    const ascii = reading(docxFromBody(body(`<x:waerme xmlns:x="urn:x">Text</x:waerme>`)));
    expect(typeof ascii).toBe("object");
    expect(reading(docxFromBody(body(`<x:wärme xmlns:x="urn:x">Text</x:wärme>`)))).toEqual(ascii);
    expect(reading(plainDocx(LINES))).toEqual(ascii);
  });

  it("refuses a body that is not well-formed with the words of the decoded text (its line and column in characters)", () => {
    const message = reading(docxFromBody(LINES.map(paragraph).join("").replace("Räder", "Räder & Co")));
    expect(message).toMatch(/word\/document\.xml is not well-formed XML \(line 1, column \d+: “&” that starts no reference/);
    const xml = new TextDecoder().decode(unzipSync(docxFromBody(LINES.map(paragraph).join("").replace("Räder", "Räder & Co")))["word/document.xml"]);
    expect(message).toContain(`column ${xml.indexOf("& Co") + 1}:`);
  });
});

describe("where the platform cannot read bytes undecoded (the pages: bytes-browser.ts)", () => {
  it("makes no byte view, and a .docx reads the same from its decoded text", () => {
    const bytes = plainDocx(["Magistrat", "Betreff: Beschaffung von Lastenrädern für den Bürgerservice", "Beschlussvorschlag", "1. Die Maßnahme wird umgesetzt."]);
    const here = DocxDocument.open(bytes).read(WIESBADEN, sequentialIds());
    jest.isolateModules(() => {
      jest.doMock("../../../src/document/ooxml/bytes-node", () => jest.requireActual("../../../src/document/ooxml/bytes-browser"));
      const pages = jest.requireActual<typeof import("../../../src/document/ooxml/parse-xml")>("../../../src/document/ooxml/parse-xml");
      expect(pages.utf8View(utf8("<a>ü</a>"))).toBeUndefined();
      const { DocxDocument: PagesDocument } = jest.requireActual<typeof import("../../../src/document/docx/docx-document")>("../../../src/document/docx/docx-document");
      const { WIESBADEN: profile } = jest.requireActual<typeof import("../../../src/core/profile/builtin-profiles")>("../../../src/core/profile/builtin-profiles");
      const { sequentialIds: ids } = jest.requireActual<typeof import("../../../src/core/model/ids")>("../../../src/core/model/ids");
      const there = PagesDocument.open(bytes).read(profile, ids());
      expect(JSON.stringify(there.vorlage)).toBe(JSON.stringify(here.vorlage));
      expect(there.findings.map((f) => f.code)).toEqual(here.findings.map((f) => f.code));
    });
    expect(utf8View(utf8("<a>ü</a>"))).toBeDefined();
  });
});
