import { strToU8 } from "fflate";
import { W_NS } from "../../src/document/ooxml/ooxml";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/** Section headings numbered by Word's list numbering („1.“ and a tab before the text), clauses typed. */
const NUMBERING = `<?xml version="1.0"?><w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
const listed = (text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe("the summary of check for headings numbered by Word", () => {
  // Found by a new-user tryout: „1.\u{9}Es wird zur Kenntnis genommen, dass“ — the tab Word puts after a list number, shown as an escape.
  it("shows a list number and its heading with a space between them, as Word prints them", async () => {
    const body = [
      paragraphXml("Vorlagen-Nr. 25-V-03-0012"),
      paragraphXml("Beschaffung von Lastenrädern"),
      listed("Es wird zur Kenntnis genommen, dass"),
      paragraphXml("1.1 der Bürgerservice Dienstwagen nutzt."),
      listed("Es wird beschlossen, dass"),
      paragraphXml("2.1 vier Lastenräder beschafft werden."),
    ].join("");
    const { file } = tempFolder("summary-list-");
    const doc = file("vorlage.docx", docxFromBody(body, { "word/numbering.xml": strToU8(NUMBERING) }));
    const check = await run("check", doc);
    expect(check.out).toContain("  1. Es wird zur Kenntnis genommen, dass: 1.1");
    expect(check.out).toContain("  2. Es wird beschlossen, dass: 2.1");
    expect(check.out).not.toContain("\\u{9}");
  });
});
