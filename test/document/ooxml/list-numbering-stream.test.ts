import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { DocxError } from "../../../src/document/ooxml/docx-error";
import { readNumbering } from "../../../src/document/ooxml/list-numbering";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { readNumbering as readNumberingDom } from "./list-numbering-dom";

/**
 * numbering.xml and styles.xml are read streaming (issue 23): the reading must be the one the
 * DOM reader gave, on the corpus's parts (Word, LibreOffice, other cities' templates) and on
 * generated and damaged ones; where either refuses a part, so does the other.
 */
type Outcome = ReturnType<typeof readNumbering> | { refused: string };
const outcome = (read: typeof readNumbering, numbering: string | undefined, styles: string | undefined): Outcome => {
  try {
    return read(numbering, styles);
  } catch (e) {
    if (!(e instanceof DocxError)) throw e;
    return { refused: e.reason };
  }
};

/** Whether a conforming XML parser with namespaces reads the part. */
function conforming(xml: string): boolean {
  try {
    new SaxesParser({ xmlns: true }).write(xml).close();
    return !/<!DOCTYPE/i.test(xml);
  } catch {
    return false;
  }
}

function corpusFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? corpusFiles(p) : p.endsWith(".docx") ? [p] : [];
  });
}

const lvl = (ilvl: string, fmt: string, text: string, extra: string) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="2"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W_NS}" xmlns:x="urn:x"><w:abstractNum w:abstractNumId="0"><w:nsid w:val="1"/>${lvl("0", "decimal", "%1.", '<w:suff w:val="space"/>')}${lvl("1", "lowerLetter", "%1.%2)", '<w:lvlRestart w:val="0"/><w:isLgl w:val="false"/>')}<x:lvl w:ilvl="2"/></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Liste"/></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="4"/>${lvl("1", "upperRoman", "&amp;%2", "<w:isLgl/>")}</w:lvlOverride></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}"><w:style w:type="numbering" w:styleId="Liste"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:styleId="B"><w:basedOn w:val="Liste"/><w:numPr><w:ilvl w:val="1"/></w:numPr></w:style></w:styles>`;

describe("numbering.xml and styles.xml read streaming", () => {
  it("read every part of the corpus as the DOM reader reads it", () => {
    const files = corpusFiles(join(__dirname, "../../fixtures/corpus"));
    let compared = 0;
    for (const f of files) {
      const parts = unzipSync(new Uint8Array(readFileSync(f)), { filter: (e) => e.name === "word/numbering.xml" || e.name === "word/styles.xml" });
      const numbering = parts["word/numbering.xml"] ? strFromU8(parts["word/numbering.xml"]) : undefined;
      const styles = parts["word/styles.xml"] ? strFromU8(parts["word/styles.xml"]) : undefined;
      if (numbering === undefined) continue;
      expect([f, outcome(readNumbering, numbering, styles)]).toEqual([f, outcome(readNumberingDom, numbering, styles)]);
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });

  it("read generated parts as the DOM reader does: overrides, style links, restarts, other namespaces, entities", () => {
    const read = outcome(readNumbering, NUMBERING, STYLES);
    expect(read).toEqual(outcome(readNumberingDom, NUMBERING, STYLES));
    expect((read as ReturnType<typeof readNumbering>).instances.get("2")?.abstractId).toBe("0");
  });

  it("agree with the DOM reader on parts damaged at random: what it refuses, they refuse; they refuse more only what XML forbids; else the same reading", () => {
    const damage = (xml: string) =>
      fc.tuple(fc.nat(xml.length - 1), fc.nat(12), fc.constantFrom("", "<", ">", "/", '"', "x", "<w:lvl>", "</w:num>", ' w:val="1"', "&amp;", "<!--", "<w:numPr/>", ' xmlns:w="urn:other"')).map(([at, cut, insert]) => xml.slice(0, at) + insert + xml.slice(at + cut));
    fc.assert(
      fc.property(damage(NUMBERING), damage(STYLES), (numbering, styles) => {
        const stream = outcome(readNumbering, numbering, styles);
        const dom = outcome(readNumberingDom, numbering, styles);
        // The DOM reader is laxer in places, reading with a warning what XML forbids (a bare ampersand, an attribute
        // without a value, attributes not separated by white space): the streaming reader may refuse a part the DOM
        // reader read only where a conforming parser (saxes) refuses it too.
        if ("refused" in stream && !("refused" in dom)) expect(conforming(numbering) && conforming(styles)).toBe(false);
        else expect(stream).toEqual(dom);
      }),
      { numRuns: 1500 },
    );
  });
});
