import { strFromU8, unzipSync } from "fflate";
import { recognizeDocx } from "../../../src/cli/recognize-docx";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { plainDocx } from "../../fixtures/docx";

/**
 * An unnumbered clause has no number control to begin its first paragraph, so `recognize` wraps that paragraph's whole
 * content in an inline control (LibreOffice reads a block right only so). A typed reference in it („nach Ziffer 1“) stood
 * inside that control and `recognize --references` left it as text; it is wrapped inside the control, as in any paragraph.
 */
const input = plainDocx([
  "Vorlagen-Nr. 24-V-07-0001",
  "Betreff: Beitritt zum Verein NExT e. V.",
  "Beschlussvorschlag:",
  "1. Die Stadt tritt dem Verein bei.",
  "2. Der Beitrag wird gezahlt.",
  "Zur Kenntnisnahme:",
  "Die Stadtverordnetenversammlung nimmt zur Kenntnis, dass der Beitritt nach Ziffer 1 zum 01.01.2027 wirkt.",
]);

describe("a typed reference in the first paragraph of an unnumbered clause", () => {
  const out = recognizeDocx(input, WIESBADEN, { references: true, ids: sequentialIds("x") });
  const xml = strFromU8(unzipSync(out.bytes)["word/document.xml"] as Uint8Array);

  it("is linked to its clause", () => {
    expect(out.linked).toBe(1);
    expect(xml).toMatch(/nach Ziffer <\/w:t><\/w:r><w:sdt><w:sdtPr><w:alias w:val="Verweis"\/>/u);
  });

  it("keeps the text as it was and is read as a reference of that clause", () => {
    const read = DocxDocument.open(out.bytes).read(WIESBADEN, sequentialIds("y")).vorlage;
    const [first] = read.sections[0]?.clauses ?? [];
    const clause = read.sections[1]?.clauses[0];
    expect(clause?.text).toBe("Die Stadtverordnetenversammlung nimmt zur Kenntnis, dass der Beitritt nach Ziffer 1 zum 01.01.2027 wirkt.");
    expect(first).toBeDefined();
    expect(xml).toContain(`bv:verweis:${first?.id ?? ""}`);
  });
});
