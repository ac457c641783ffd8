import fc from "fast-check";
import { SaxesParser } from "saxes";
import { DocxError } from "../../../src/document/ooxml/docx-error";
import { decodePart } from "../../../src/document/ooxml/parse-xml";
import { scanXml, type XmlAttributes } from "../../../src/document/ooxml/xml-scanner";

/** Everything the scanner reports, as lines: opens with their attributes asked for by URI, closes, text. */
function events(xml: string, ask: readonly (readonly [string, string])[] = []): string[] {
  const out: string[] = [];
  scanXml(xml, "word/document.xml", {
    open(uri: string, local: string, a: XmlAttributes) {
      out.push(`<${uri}|${local}${ask.map(([u, l]) => ` ${l}=${a.get(u, l) ?? "-"}`).join("")}`);
    },
    close(uri, local) {
      out.push(`</${uri}|${local}`);
    },
    text(t) {
      if (out[out.length - 1]?.startsWith("T")) out[out.length - 1] += t;
      else out.push(`T${t}`);
    },
  });
  return out;
}

/** The same from saxes, the parser the scanner replaced (text outside the root left out, as the scanner does). */
function saxesEvents(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  const p = new SaxesParser({ xmlns: true });
  p.on("opentag", (n) => {
    depth++;
    out.push(`<${n.uri}|${n.local}`);
  });
  p.on("closetag", (n) => {
    depth--;
    out.push(`</${n.uri}|${n.local}`);
  });
  const text = (t: string) => {
    if (depth === 0) return;
    if (out[out.length - 1]?.startsWith("T")) out[out.length - 1] += t;
    else out.push(`T${t}`);
  };
  p.on("text", text);
  p.on("cdata", text);
  p.write(xml).close();
  return out;
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const reason = (xml: string): string | undefined => {
  try {
    events(xml);
    return undefined;
  } catch (e) {
    if (!(e instanceof DocxError)) throw e;
    return e.reason;
  }
};

describe("the XML scanner", () => {
  it("names elements and attributes by namespace URI, whatever the prefix", () => {
    const xml = `<x:document xmlns:x="${W}"><x:p x:val="1"/><p xmlns="${W}" xmlns:y="${W}" y:val="2"/></x:document>`;
    expect(events(xml, [[W, "val"]])).toEqual([`<${W}|document val=-`, `<${W}|p val=1`, `</${W}|p`, `<${W}|p val=2`, `</${W}|p`, `</${W}|document`]);
  });

  it("gives an unprefixed attribute no namespace, and undoes a binding at the end of its element", () => {
    const xml = `<a xmlns:p="u1"><b xmlns:p="u2" p:v="in" v="plain"/><p:c p:v="out"/></a>`;
    expect(events(xml, [["u2", "v"], ["", "v"], ["u1", "v"]])).toEqual(["<|a v=- v=- v=-", "<|b v=in v=plain v=-", "</|b", "<u1|c v=- v=- v=out", "</u1|c", "</|a"]);
  });

  it("expands the predefined entities and character references, and keeps CDATA as written", () => {
    expect(events(`<a>&lt;w:sdt&gt; &amp;amp; &#x3C;b&#62; &#x1F600;<![CDATA[<&>]]></a>`)).toEqual(["<|a", "T<w:sdt> &amp; <b> 😀<&>", "</|a"]);
  });

  it("normalises line ends in text and white space in attribute values, as XML 1.0 says", () => {
    expect(events(`<a v="1\t2\r\n3&#10;">x\r\ny\rz</a>`, [["", "v"]])).toEqual(["<|a v=1 2 3\n", "Tx\ny\nz", "</|a"]);
  });

  it("expands a reference or line end in any text node, also after ones that stood in attributes, comments and CDATA before it", () => {
    const xml = `<a v="&amp;\r"><!-- & \r --><![CDATA[&\r]]><b>plain</b><b>x &lt; y\r\nz</b><b>again plain</b><b>&#x26;</b><b>&amp;1</b><b>&amp;2\r</b><c>\r</c><c>\r2</c></a>`;
    expect(events(xml)).toEqual(saxesEvents(xml));
    expect(events(xml)).toEqual(["<|a", "T&\n", "<|b", "Tplain", "</|b", "<|b", "Tx < y\nz", "</|b", "<|b", "Tagain plain", "</|b", "<|b", "T&", "</|b", "<|b", "T&1", "</|b", "<|b", "T&2\n", "</|b", "<|c", "T\n", "</|c", "<|c", "T\n2", "</|c", "</|a"]);
  });

  it("reads UTF-16 parts decoded by decodePart", () => {
    const text = `<?xml version="1.0" encoding="UTF-16"?><a>Grüße</a>`;
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(events(decodePart(le, "word/document.xml"))).toEqual(["<|a", "TGrüße", "</|a"]);
  });

  it("refuses a DOCTYPE with its own reason", () => {
    expect(reason(`<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>`)).toBe("doctype");
  });

  it("refuses depth and element counts over the limits while reading, as checkStructure does", () => {
    const limits = { maxDepth: 3, maxElements: 5 };
    const run = (xml: string) => {
      try {
        scanXml(xml, "word/document.xml", { open() {}, close() {}, text() {} }, limits);
        return "read";
      } catch (e) {
        return (e as DocxError).reason;
      }
    };
    expect(run("<a><b><c/></b></a>")).toBe("read");
    expect(run("<a><b><c></c></b></a>")).toBe("read");
    expect(run("<a><b><c><d></d></c></b></a>")).toBe("too-deep");
    expect(run("<a><b/><b/><b/><b/></a>")).toBe("read");
    expect(run("<a><b/><b/><b/><b/><b/></a>")).toBe("too-many-elements");
  });

  it.each([
    ["a mismatched end tag", "<a><b></a></b>"],
    ["an unclosed element", "<a><b></b>"],
    ["an unbound prefix", "<w:p/>"],
    ["an unbound attribute prefix", "<a w:val='1'/>"],
    ["an attribute given twice", `<a v="1" v="2"/>`],
    ["a bare ampersand", "<a>Müller & Söhne</a>"],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["a reference to a forbidden character", "<a>&#0;</a>"],
    ["“<” in an attribute value", `<a v="<"/>`],
    ["text after the root", "<a/>x"],
    ["a second root", "<a/><b/>"],
    ["“]]>” in text", "<a>]]></a>"],
    ["“--” in a comment", "<a><!-- a -- b --></a>"],
    ["no root at all", "  "],
    ["an attribute without quotes", "<a v=1/>"],
    ["an XML declaration not at the start", `<a/><?xml version="1.0"?>`],
  ])("refuses %s as malformed, naming the part", (_what, xml) => {
    expect(() => events(xml)).toThrow(expect.objectContaining({ reason: "malformed-xml", params: expect.objectContaining({ part: "word/document.xml" }) }));
    expect(() => saxesEvents(xml)).toThrow();
  });

  it("reads names it remembers from earlier parts as saxes does, also beyond the number of names it remembers", () => {
    // 6,000 distinct names (more than the table holds, so names push each other out of their slots), each read twice in a
    // part, in two parts one after the other, and prefixed names whose prefix is bound to another URI in the second part.
    const names = Array.from({ length: 6000 }, (_, i) => `n${i.toString(36)}`);
    const part = (uri: string) => `<r xmlns:p="${uri}">${names.map((n) => `<${n}/><p:${n}>x</p:${n}>`).join("")}${names.map((n) => `<${n}/>`).join("")}</r>`;
    for (const uri of ["u1", "u2"]) expect(events(part(uri))).toEqual(saxesEvents(part(uri)));
    expect(events(`<r xmlns:p="u3"><p:n0/></r>`)).toEqual([`<|r`, `<u3|n0`, `</u3|n0`, `</|r`]);
  });

  it("refuses a malformed name also after reading well-formed names like it", () => {
    expect(events(`<a xmlns:b="u"><b:c/></a>`)).toEqual(["<|a", "<u|c", "</u|c", "</|a"]);
    for (const xml of [`<a xmlns:b="u"><b:c:/></a>`, `<a xmlns:b="u"><b:c:d/></a>`, `<a xmlns:b="u"><b:/></a>`, `<a xmlns:b="u"><b:c></b:cd></a>`]) {
      expect(reason(xml)).toBe("malformed-xml");
      expect(() => saxesEvents(xml)).toThrow();
    }
  });

  it("agrees with saxes on damaged parts: refuses what it refuses, and reads the rest to the same events", () => {
    const base = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:m="urn:m"><w:body><w:p w:rsidR="00A1"><w:r><w:t xml:space="preserve">Grüße &amp; mehr</w:t></w:r><!-- c --><m:x m:y='1'><![CDATA[a<b]]></m:x><?pi data?></w:p></w:body></w:document>`;
    const pieces = ["<", ">", "&", ";", '"', "'", "/", "=", ":", "!", "-", "?", "]]>", "<!--", "-->", "<![CDATA[", "&#65;", "&#0;", "&x;", " xmlns:q=''", " q:a='1'", "</w:p>", "<w:p>", "\r\n", " "];
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 3 }), piece: fc.constantFrom(...pieces) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let xml = base;
        for (const { at, cut, piece } of edits) {
          const i = at % (xml.length + 1);
          xml = xml.slice(0, i) + piece + xml.slice(i + cut);
        }
        let expected: string[] | "refused";
        try {
          expected = saxesEvents(xml);
        } catch {
          expected = "refused";
        }
        let actual: string[] | "refused";
        try {
          actual = events(xml);
        } catch (e) {
          if (!(e instanceof DocxError)) throw e;
          actual = "refused";
        }
        expect(actual).toEqual(expected);
      }),
      { numRuns: 3000, seed: 20261206 },
    );
  });
});
