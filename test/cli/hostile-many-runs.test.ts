import { strFromU8, unzipSync } from "fflate";
import { Node as XmlNode } from "@xmldom/xmldom";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { readFileSync } from "node:fs";
import { run, tempFolder } from "./cli-helpers";

/**
 * A document whose text stands in one-character runs (as a converter or a copy from a PDF leaves
 * it): 32,000 such runs in the Betreff made `recognize` take 36 s while `check` was fast.
 * Wrapping the Betreff moved its runs one by one into the field's control, and the DOM re-indexes
 * a paragraph's whole child list at every removal: quadratic in the runs. The work is counted, not
 * timed: every change of a child list costs what the DOM re-indexes (the parent's children), an
 * append at the end one step. Eight times the runs must cost about eight times the work, not 64.
 * (Measured with 32,000 runs in the Betreff: recognize 32 s before, see the commit.)
 */
const split = (text: string): string => [...text].map((ch) => `<w:r><w:t xml:space="preserve">${ch}</w:t></w:r>`).join("");
const SENTENCE = "Neubau einer Kindertagesstätte im Stadtteil Biebrich und Beauftragung der Planung ";
const text = (n: number): string => SENTENCE.repeat(Math.ceil(n / SENTENCE.length)).slice(0, n).trimEnd() + "x";

function betreffInRuns(n: number): Uint8Array {
  return docxFromBody(
    [paragraphXml("Vorlagen-Nr. 25-V-03-0012"), `<w:p>${split(text(n))}</w:p>`, paragraphXml("1. Es wird beschlossen, dass"), paragraphXml("1.1 Der Magistrat wird beauftragt."), paragraphXml("1.2 Die Mittel werden bereitgestellt.")].join(""),
  );
}
function clauseInRuns(n: number): Uint8Array {
  return docxFromBody(
    [paragraphXml("Vorlagen-Nr. 25-V-03-0012"), paragraphXml("Neubau einer Kita"), paragraphXml("1. Es wird beschlossen, dass"), `<w:p>${split(`1.1 Gemäß Ziffer 1.2 ${text(n)}`)}</w:p>`, paragraphXml("1.2 Die Mittel werden bereitgestellt.")].join(""),
  );
}

type Proto = { insertBefore: (this: XmlNode, n: XmlNode, ref: XmlNode | null) => XmlNode; removeChild: (this: XmlNode, n: XmlNode) => XmlNode };

/** Runs recognize counting the DOM's child-list work: a removal or an insertion before a child re-indexes the parent's children. */
async function recognizeCounted(bytes: Uint8Array, ...args: string[]): Promise<{ steps: number; code: number; document: string }> {
  const { file, dir } = tempFolder("bv-many-runs-");
  const input = file("v.docx", bytes);
  const out = `${dir}/out.docx`;
  const proto = XmlNode.prototype as unknown as Proto;
  const { insertBefore, removeChild } = proto;
  let steps = 0;
  proto.insertBefore = function (n, ref) {
    steps += ref ? this.childNodes.length : 1;
    return insertBefore.call(this, n, ref);
  };
  proto.removeChild = function (n) {
    steps += this.childNodes.length;
    return removeChild.call(this, n);
  };
  let code: number;
  try {
    code = (await run("recognize", ...args, input, "-o", out)).code;
  } finally {
    proto.insertBefore = insertBefore;
    proto.removeChild = removeChild;
  }
  const document = code === 0 ? strFromU8(unzipSync(readFileSync(out))["word/document.xml"] as Uint8Array) : "";
  return { steps, code, document };
}

const textOf = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join("");

describe("one-character runs: recognize's work grows with the runs, not with their square", () => {
  it("the Betreff in one-character runs: wrapped as the Betreff, its text kept, work about linear", async () => {
    const small = await recognizeCounted(betreffInRuns(500));
    const large = await recognizeCounted(betreffInRuns(4_000));
    expect(small.code).toBe(0);
    expect(large.code).toBe(0);
    expect(large.document.includes('<w:tag w:val="bv:feld:header.betreff"/>')).toBe(true);
    expect(textOf(large.document).includes(text(4_000))).toBe(true);
    expect(large.steps / small.steps).toBeLessThan(16);
  }, 120_000);

  it("a clause in one-character runs with --renumber --references: work about linear", async () => {
    const small = await recognizeCounted(clauseInRuns(500), "--renumber", "--references");
    const large = await recognizeCounted(clauseInRuns(4_000), "--renumber", "--references");
    expect(small.code).toBe(0);
    expect(large.code).toBe(0);
    expect(large.document.includes("bv:verweis:")).toBe(true);
    expect(textOf(large.document).includes(text(4_000))).toBe(true);
    expect(large.steps / small.steps).toBeLessThan(16);
  }, 120_000);
});
