import { DOMParser, XMLSerializer, type Document as XmlDocument, type Element as XmlElement } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { recognizeDocx } from "../../../src/cli/recognize-docx";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { docxFromBody, paragraphXml } from "../../fixtures/docx";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { textOfParagraph } from "../../../src/document/ooxml/read-body";
import { wrapRange, wrappableRanges } from "../../../src/document/docx/wrap-range";

/**
 * Word writes an emoji as an mc:AlternateContent in its run (a w16se:symEx, the character as w:t in the Fallback). The reader
 * reads the character; the wrapper counted the run as empty, so no offset of the paragraph fit, every number in it stayed
 * typed text, and `recognize` gave as the reason a hyperlink, field, tracked change, smartTag or control that was not there.
 * The emoji's run is counted as the reader counts it and kept whole; the number beside it is wrapped.
 */
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex"';
const EMOJI = `<w:r><mc:AlternateContent ${MC}><mc:Choice Requires="w16se"><w16se:symEx w16se:font="Segoe UI Emoji" w16se:char="1F4CC"/></mc:Choice><mc:Fallback><w:t>📌</w:t></mc:Fallback></mc:AlternateContent></w:r>`;
const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const paragraph = (inner: string): { doc: XmlDocument; p: XmlElement } => {
  const doc = new DOMParser().parseFromString(`<w:document xmlns:w="${W_NS}"><w:body><w:p>${inner}</w:p></w:body></w:document>`, "text/xml") as unknown as XmlDocument;
  return { doc, p: doc.getElementsByTagNameNS(W_NS, "p").item(0) as XmlElement };
};
const sdt = (doc: XmlDocument) => doc.createElementNS(W_NS, "w:sdt");

describe("a number in a paragraph that holds an emoji", () => {
  it.each([
    ["after the emoji („📌 1.3 …“)", `${EMOJI}${run(" 1.3 die Stadt prüft.")}`, "📌 1.3 die Stadt prüft.", 3],
    ["before the emoji („1.3 📌 …“)", `${run("1.3 ")}${EMOJI}${run(" die Stadt prüft.")}`, "1.3 📌 die Stadt prüft.", 0],
  ])("%s is wrapped, the emoji's run kept as it was", (_name, inner, shown, at) => {
    const { doc, p } = paragraph(inner);
    expect(textOfParagraph(p)).toBe(shown);
    expect(wrappableRanges(p, [{ start: at, end: at + 3 }])).toEqual([true]);
    expect(wrapRange(doc, p, at, at + 3, sdt(doc))).toBe(true);
    const wrapped = p.getElementsByTagNameNS(W_NS, "sdt").item(0) as XmlElement;
    expect(wrapped.textContent).toBe("1.3");
    expect(textOfParagraph(p)).toBe(shown);
    expect(new XMLSerializer().serializeToString(p)).toContain('<w16se:symEx w16se:font="Segoe UI Emoji" w16se:char="1F4CC"/>');
  });

  it("the emoji itself is never cut or moved into a control", () => {
    const { doc, p } = paragraph(`${run("1.3 ")}${EMOJI}${run(" die Stadt prüft.")}`);
    expect(wrappableRanges(p, [{ start: 4, end: 6 }])).toEqual([false]);
    expect(wrapRange(doc, p, 3, 7, sdt(doc))).toBe(false);
  });
});

describe("recognize on a Vorlage whose clause 1.3 has an emoji", () => {
  it.each([
    ["before its number", `${EMOJI}${run(" 1.3 die Mitgliedschaft jährlich geprüft wird.")}`],
    ["after its number", `${run("1.3 ")}${EMOJI}${run(" die Mitgliedschaft jährlich geprüft wird.")}`],
  ])("%s: wraps „1.3“ in its number control and leaves no number as typed text", (_name, clause) => {
    const body = ["Vorlagen-Nr. 24-V-07-0001", "Betreff: Beitritt zum Verein NExT e. V.", "1. Es wird beschlossen, dass", "1.1 die Stadt dem Verein beitritt;", "1.2 der Beitrag gezahlt wird;"].map(paragraphXml).join("") + `<w:p>${clause}</w:p>`;
    const out = recognizeDocx(docxFromBody(body), WIESBADEN, { ids: sequentialIds("x") });
    expect(out.outcome.left).toBeUndefined();
    const xml = strFromU8(unzipSync(out.bytes)["word/document.xml"] as Uint8Array);
    expect(xml).toMatch(/<w:alias w:val="Nummer"\/>(?:(?!<\/w:sdt>).)*<w:t xml:space="preserve">1\.3<\/w:t>/su);
    expect(xml).toContain('w16se:char="1F4CC"');
  });
});
