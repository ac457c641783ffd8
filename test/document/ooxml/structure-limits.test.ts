import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxError } from "../../../src/document/ooxml/docx-error";
import { checkStructure, DEFAULT_STRUCTURE_LIMITS } from "../../../src/document/ooxml/structure-limits";
import { docxFromBody } from "../../fixtures/docx";

/**
 * The element limit is where reading and editing stay within memory a reviewer's machine and a
 * browser worker have (measured by `npm run bench:limits`). Exactly at the limit is read; one
 * element more is refused before any parser or tree sees the part, by reader and editor alike.
 */
/** Paragraphs of differing text, so that the package compresses like a document, not like a zip bomb. */
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<w:p><w:r><w:t>${((i * 2654435761) % 1_000_003).toString(36)}</w:t></w:r></w:p>`).join("");
/** w:document, w:body and w:sectPr around the paragraphs (docxFromBody's frame). */
const FRAME = 3;

describe("the element limit of a part", () => {
  const max = DEFAULT_STRUCTURE_LIMITS.maxElements;

  it("is 300,000 elements: some 300 dense pages, and under 1 GB for the editor's tree", () => {
    expect(max).toBe(300_000);
  });

  it("counts every element once: the limit itself passes, one more is refused with its reason", () => {
    const xml = (n: number) => `<a>${"<b/>".repeat(n - 1)}</a>`;
    expect(() => checkStructure(xml(max), "word/document.xml")).not.toThrow();
    expect(() => checkStructure(xml(max + 1), "word/document.xml")).toThrow(expect.objectContaining({ reason: "too-many-elements", params: { part: "word/document.xml", limit: max } }));
  });

  it("a document one paragraph over the limit is refused by reader and editor alike, before a tree is built", () => {
    // (A document just under it is read by `npm run bench:limits`, which measures its memory.)
    const over = docxFromBody(paragraphs(Math.floor((max - FRAME) / 3) + 1));
    for (const edit of [false, true]) {
      let error: unknown;
      try {
        DocxDocument.open(over, { edit });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DocxError);
      expect((error as DocxError).reason).toBe("too-many-elements");
    }
  });
});
