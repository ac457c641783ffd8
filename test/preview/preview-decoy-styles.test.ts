import { strToU8 } from "fflate";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { W_NS } from "../../src/document/ooxml/ooxml";
import { openPreviewDocument } from "../../src/preview/engine";
import { docxFromBody, paragraphXml } from "../fixtures/docx";

/**
 * The preview took the styles that hide their text from `word/styles.xml` by name, while check follows the main
 * part's `styles` relationship (a decoy styles.xml beside the styles Word uses was last round's fix there). A package
 * whose relationship names word/house.xml, where the style „Weg“ hides its text, with a decoy word/styles.xml in which
 * „Anders“ does: the preview left the wrong paragraphs off the page. It now takes the styles check reads.
 */
const styles = (hiding: string): Uint8Array =>
  strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="${hiding}"><w:name w:val="${hiding}"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`);
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="house.xml"/></Relationships>`;

describe("the preview's hidden styles", () => {
  it("are those of the styles part the relationship names, not a decoy word/styles.xml", async () => {
    const bytes = docxFromBody(["Vorlagen-Nr. 25-V-03-0042", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder."].map(paragraphXml).join(""), {
      "word/_rels/document.xml.rels": strToU8(RELS),
      "word/house.xml": styles("Weg"),
      "word/styles.xml": styles("Anders"),
    });
    const opened = await openPreviewDocument(bytes, WIESBADEN, true);
    if (!opened.ok) throw new Error(opened.problem);
    expect([...opened.hidden]).toEqual(["Weg"]);
  });
});
