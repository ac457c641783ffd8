import { strToU8 } from "fflate";
import { decodePart, parsePart, serializePartText } from "../../../src/document/ooxml/parse-xml";
import { DocxError } from "../../../src/document/ooxml/docx-error";

describe("decoding a part", () => {
  afterEach(() => jest.restoreAllMocks());

  it("decodes the same bytes once, however often a reader asks (the metadata part is asked for three times)", () => {
    const decode = jest.spyOn(TextDecoder.prototype, "decode");
    const bytes = strToU8(`<?xml version="1.0" encoding="UTF-8"?><a>Größe</a>`);
    const first = decodePart(bytes, "customXml/item1.xml");
    expect(decodePart(bytes, "customXml/item1.xml")).toBe(first);
    expect(first).toBe(`<?xml version="1.0" encoding="UTF-8"?><a>Größe</a>`);
    expect(decode).toHaveBeenCalledTimes(1);
    // Other bytes with the same text are decoded on their own.
    expect(decodePart(strToU8(first), "customXml/item1.xml")).toBe(first);
    expect(decode).toHaveBeenCalledTimes(2);
  });

  it("reads a part after one that was cut inside a character as it reads it alone (the decoder is shared, its state is not)", () => {
    const text = `<a>Größe „ü“</a>`;
    for (const encoding of ["utf-8", "utf-16le"] as const) {
      const whole = encoding === "utf-8" ? strToU8(text) : new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, "utf16le"))]);
      // Cut inside the last multi-byte character before the end tag: not valid text.
      const cut = encoding === "utf-8" ? whole.subarray(0, whole.length - 6) : whole.subarray(0, whole.length - 1);
      expect(() => decodePart(cut.slice(), "word/document.xml")).toThrow(DocxError);
      expect(decodePart(whole.slice(), "word/document.xml")).toBe(text);
    }
  });

  it("refuses a part declared in another encoding, naming the encoding as its bytes write it (Latin-1, byte for byte)", () => {
    const declared = (name: number[]) => new Uint8Array([...strToU8(`<?xml version="1.0" encoding="`), ...name, ...strToU8(`"?><a>Gr`), 0xf6, ...strToU8(`ße</a>`)]);
    const refusal = (bytes: Uint8Array) => {
      try {
        decodePart(bytes, "word/document.xml");
      } catch (e) {
        return e instanceof DocxError ? [e.reason, e.params] : e;
      }
      return "read";
    };
    expect(refusal(declared([...strToU8("ISO-8859-1")]))).toEqual(["encoding", { part: "word/document.xml", detail: "ISO-8859-1" }]);
    // Bytes 0x80–0x9F and 0xFF stand for U+0080–U+009F and U+00FF (not windows-1252's € and ‚).
    expect(refusal(declared([0x78, 0x80, 0x82, 0x9f, 0xff]))).toEqual(["encoding", { part: "word/document.xml", detail: "x\u0080\u0082\u009f\u00ff" }]);
  });

  it("refuses bad bytes every time they are asked for, not only the first", () => {
    const bad = new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]);
    for (let i = 0; i < 2; i++) expect(() => decodePart(bad, "word/document.xml")).toThrow(DocxError);
  });
});

describe("a part parsed for editing and written back", () => {
  it("keeps line separators and NEL as XML 1.0 reads them (xmldom's XML 1.1 default turned them into line feeds)", () => {
    const xml = `<a>eins\u2028zwei\u2029drei\u0085vier<b c="x\u2028y"/></a>`;
    const doc = parsePart(xml, "word/document.xml");
    expect(doc.documentElement?.firstChild?.nodeValue).toBe("eins\u2028zwei\u2029drei\u0085vier");
    expect(serializePartText(doc)).toContain(`eins\u2028zwei\u2029drei\u0085vier`);
    expect(serializePartText(doc)).toContain(`c="x\u2028y"`);
  });

  it("reads CR LF and CR as a line feed, and writes a carriage return from a character reference back as one", () => {
    const doc = parsePart(`<a>x\r\ny\rz&#13;w</a>`, "word/document.xml");
    expect(doc.documentElement?.firstChild?.nodeValue).toBe("x\ny\nz\rw");
    const again = parsePart(serializePartText(doc), "word/document.xml");
    expect(again.documentElement?.firstChild?.nodeValue).toBe("x\ny\nz\rw");
  });
});
