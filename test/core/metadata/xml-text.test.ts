import fc from "fast-check";
import { InvalidValueError } from "../../../src/core/errors";
import { attributes, escapeAttribute, isXmlText } from "../../../src/core/metadata/xml-text";

/** XML 1.0's Char production as a pattern (lone surrogates are no characters): what isXmlText was before it became a loop. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe("isXmlText", () => {
  it("says what XML 1.0 can hold, exactly as the Char production does, for every code unit and at the edges", () => {
    const edges = [0x0, 0x8, 0x9, 0xa, 0xb, 0xd, 0x1f, 0x20, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xfffe, 0xffff];
    const unit = fc.oneof(fc.constantFrom(...edges), fc.integer({ min: 0, max: 0xffff }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), fc.constantFrom("", "Grüße", "😀"), (units, around) => {
        const text = around + String.fromCharCode(...units) + around;
        expect(isXmlText(text)).toBe(!NOT_XML_CHAR.test(text));
      }),
      { numRuns: 20000 },
    );
  });

  it("accepts text with tabs, line ends, umlauts and characters beyond the BMP, and refuses control characters and lone surrogates", () => {
    expect(isXmlText("a\tb\r\nÄß € 😀")).toBe(true);
    expect(isXmlText("")).toBe(true);
    for (const bad of ["\u0000", "a\u000bb", "\ud800", "x\udc00", "\ud83d", "\ufffe", "\uffff", "\udc00\ud800"]) expect(isXmlText(bad)).toBe(false);
  });
});

describe("attributes", () => {
  it("writes every value as escapeAttribute escapes it, plain or not, and refuses exactly what XML cannot hold", () => {
    const edges = [0x0, 0x9, 0xa, 0xd, 0x1f, 0x20, 0x22, 0x26, 0x27, 0x3c, 0x3e, 0x85, 0x2028, 0x2029, 0xd7ff, 0xd800, 0xdc00, 0xe000, 0xfffd, 0xfffe, 0xffff];
    const unit = fc.oneof(fc.constantFrom(...edges), fc.integer({ min: 0, max: 0xffff }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), fc.constantFrom("", "a1", "Grüße", "😀"), (units, around) => {
        const value = around + String.fromCharCode(...units) + around;
        if (isXmlText(value)) expect(attributes({ id: "x", wert: value, leer: undefined })).toBe(` id="x" wert="${escapeAttribute(value)}"`);
        else expect(() => attributes({ wert: value })).toThrow(InvalidValueError);
      }),
      { numRuns: 20000 },
    );
  });
});
