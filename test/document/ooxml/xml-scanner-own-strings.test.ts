import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { utf8View } from "../../../src/document/ooxml/parse-xml";
import { scanXml, type Utf8View } from "../../../src/document/ooxml/xml-scanner";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const PARTS = 20;
/**
 * A part of some 700,000 characters (comments no reader keeps) around one text and one
 * attribute value a reader keeps, made afresh for each read. Under 1 MB, so that Node makes its
 * one-byte copy of the bytes (utf8View) on the heap measured here.
 */
const part = (i: number): string =>
  ["<w:document xmlns:w=\"", W, "\"><!--", "Füllung ".repeat(40_000), `--><w:tag w:val="bv:feld:header.betreff${i}"/><w:t>Beschaffung von Lastenrädern ${i}</w:t><!--`, "Füllung ".repeat(40_000), "--></w:document>"].join("");

/** What a reader keeps of each of the parts (a text and a value), and by how much the heap has grown once the parts are gone. */
function keptHeap(read: (i: number) => string | Utf8View): { kept: string[]; grownBytes: number } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let i = 0; i < PARTS; i++) {
    scanXml(read(i), "word/document.xml", {
      open(_uri, local, attributes) {
        if (local === "tag") kept.push(attributes.get(W, "val") ?? "");
      },
      close() {},
      text(t) {
        kept.push(t);
      },
    });
  }
  gc();
  return { kept, grownBytes: process.memoryUsage().heapUsed - before };
}

describe("what the scanner hands out does not keep the part alive", () => {
  // Twenty parts of 700,000 characters each: kept alive by what was kept of them, some 14 MB.
  it("texts and attribute values kept from decoded parts leave the parts to the collector", () => {
    const { kept, grownBytes } = keptHeap(part);
    expect(kept.slice(0, 2)).toEqual(["bv:feld:header.betreff0", "Beschaffung von Lastenrädern 0"]);
    expect(kept).toHaveLength(2 * PARTS);
    expect(grownBytes).toBeLessThan(4_000_000);
  });

  it("likewise from parts' bytes read undecoded (utf8View)", () => {
    const bytes = Array.from({ length: PARTS }, (_, i) => new TextEncoder().encode(part(i)));
    const { kept, grownBytes } = keptHeap((i) => utf8View(bytes[i] as Uint8Array) as Utf8View);
    expect(kept.slice(0, 2)).toEqual(["bv:feld:header.betreff0", "Beschaffung von Lastenrädern 0"]);
    expect(grownBytes).toBeLessThan(4_000_000);
  });
});
