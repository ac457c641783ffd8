import { Document as XmlDocument, Node as XmlNode } from "@xmldom/xmldom";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognizeDocx } from "../../../src/cli/recognize-docx";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { plainDocx } from "../../fixtures/docx";

/**
 * `recognize --references` is near-linear in the references of one paragraph. It wrapped them
 * one by one, and each wrap re-read the whole paragraph and made the DOM re-index its whole
 * child list several times (3,000 references in one paragraph took minutes). This counts the
 * DOM's work, not the time: every child-list re-indexing with the length it walks.
 */
function walkedBy(run: () => void): number {
  let walked = 0;
  const protos = [XmlNode.prototype, XmlDocument.prototype] as unknown as Record<string, (...args: unknown[]) => unknown>[];
  const restore: (() => void)[] = [];
  for (const proto of protos) {
    for (const name of ["insertBefore", "appendChild", "removeChild", "replaceChild"] as const) {
      if (!Object.prototype.hasOwnProperty.call(proto, name)) continue;
      const original = proto[name] as (...args: unknown[]) => unknown;
      proto[name] = function (this: XmlNode, ...args: unknown[]) {
        const node = args[0] as XmlNode;
        const atEnd = name === "appendChild" || (name === "insertBefore" && (args[1] === null || args[1] === undefined));
        if (name === "removeChild" || !atEnd) walked += this.childNodes.length;
        if (name !== "removeChild" && node?.parentNode) walked += node.parentNode.childNodes.length;
        return original.apply(this, args);
      };
      restore.push(() => {
        proto[name] = original;
      });
    }
  }
  try {
    run();
  } finally {
    for (const r of restore) r();
  }
  return walked;
}

const referring = (n: number): Uint8Array =>
  plainDocx([
    "Vorlagen-Nr. 25-V-07-0031",
    "Betreff: Radweg Biebricher Allee",
    "Es wird beschlossen, dass",
    "1. der Radweg verbreitert wird;",
    "2. die Ausschreibung vorbereitet wird;",
    `3. die Kosten ${Array.from({ length: n }, (_, i) => `gemäß Ziffer ${1 + (i % 2)}`).join(", ")} gedeckt werden.`,
  ]);

describe("recognize --references with thousands of references in one paragraph", () => {
  it("links all 3,000 and the document reads them as links to their clauses", () => {
    const out = recognizeDocx(referring(3000), WIESBADEN, { ids: sequentialIds("x"), references: true });
    expect(out.linked).toBe(3000);
    const clause = DocxDocument.open(out.bytes).read(WIESBADEN).vorlage.sections.flatMap((s) => s.clauses)[2];
    expect(clause?.verweise?.length).toBe(3000);
    // The words stay as typed (no --renumber): only links were made.
    expect(clause?.text.startsWith("die Kosten gemäß Ziffer 1, gemäß Ziffer 2, gemäß Ziffer 1")).toBe(true);
    expect(clause?.text.length).toBe(`die Kosten ${Array.from({ length: 3000 }, (_, i) => `gemäß Ziffer ${1 + (i % 2)}`).join(", ")} gedeckt werden.`.length);
  }, 120_000);

  it("the DOM's work grows linearly: four times the references, at most 4.5 times the work", () => {
    const small = walkedBy(() => recognizeDocx(referring(250), WIESBADEN, { ids: sequentialIds("x"), references: true }));
    const large = walkedBy(() => recognizeDocx(referring(1000), WIESBADEN, { ids: sequentialIds("x"), references: true }));
    expect(large).toBeLessThanOrEqual(4.5 * small);
  }, 120_000);
});
