import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognizeDocx } from "../../../src/cli/recognize-docx";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { beginsWithInlineControl, PENDING_ID, wrapParagraphContent } from "../../../src/document/docx/first-paragraph-control";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { plainDocx } from "../../fixtures/docx";
import { listNumberedDocx } from "./list-numbered-marked";

/**
 * LibreOffice 7.4 reads the first paragraph of a block content control wrongly until an inline
 * control begins in it (text before a comment dropped, a field's code printed, tracked changes
 * lost on save). recognize wrote exactly that shape for list-numbered clauses: a Ziffer control
 * around a paragraph that begins with the user's runs. Every block control it writes must now
 * begin its first paragraph with an inline control, the user's content unchanged inside it.
 */
const parse = (xml: string): XmlDocument => new DOMParser().parseFromString(xml, "text/xml") as unknown as XmlDocument;
const mainXml = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array);
const all = (root: XmlDocument | XmlElement, name: string): XmlElement[] => {
  const list = root.getElementsByTagNameNS(W_NS, name);
  return Array.from({ length: list.length }, (_, i) => list.item(i) as XmlElement);
};
const tagOf = (sdt: XmlElement): string => {
  const pr = all(sdt, "sdtPr")[0] as XmlElement;
  const tag = Array.from({ length: pr.childNodes.length }, (_, i) => pr.childNodes.item(i) as XmlElement).find((n) => n.localName === "tag");
  return tag?.getAttributeNS(W_NS, "val") ?? "";
};
const blockControls = (doc: XmlDocument): XmlElement[] => all(doc, "sdt").filter((s) => /^bv:(ziffer|abschnitt):/.test(tagOf(s)));
const paragraphText = (p: XmlElement): string => all(p, "t").map((t) => t.textContent).join("");

describe("recognize writes block controls LibreOffice reads right", () => {
  const written = parse(mainXml(recognizeDocx(listNumberedDocx(), WIESBADEN, { ids: sequentialIds("x") }).bytes));

  it("begins the first paragraph of every clause and section control with an inline control", () => {
    const blocks = blockControls(written);
    expect(blocks.length).toBe(7);
    for (const b of blocks) {
      const first = all(b, "p")[0] as XmlElement;
      const kids = Array.from({ length: first.childNodes.length }, (_, i) => first.childNodes.item(i) as XmlElement).filter((n) => n.nodeType === 1 && n.localName !== "pPr");
      expect(kids.map((k) => k.localName)).toEqual(["sdt"]);
    }
  });

  it("keeps clause 2.2's text, its tracked change and its comment anchor, and 2.3's field, inside that control", () => {
    const clause = all(written, "p").find((p) => paragraphText(p).startsWith("die Einführungskosten")) as XmlElement;
    expect(paragraphText(clause)).toBe("die Einführungskosten von 84.300 € und die jährlichen Lizenzkosten von 21.000 € aus dem Produkt 1.11.06 gedeckt werden;");
    const inner = all(clause, "sdtContent")[0] as XmlElement;
    expect(["del", "ins", "commentRangeStart", "commentRangeEnd", "commentReference"].map((n) => all(inner, n).length)).toEqual([1, 1, 1, 1, 1]);
    expect(all(inner, "delText")[0]?.textContent).toBe("79.800");
    const referring = all(written, "p").find((p) => paragraphText(p).startsWith("die Mitglieder")) as XmlElement;
    expect(all(all(referring, "sdtContent")[0] as XmlElement, "fldSimple")[0]?.getAttributeNS(W_NS, "instr")).toBe(" REF _Ref1 \\r \\h ");
  });

  it("gives each added control an id no other control of the body has", () => {
    const ids = all(written, "sdtPr").map((pr) => (all(pr, "id")[0] as XmlElement).getAttributeNS(W_NS, "val"));
    expect(ids).not.toContain(PENDING_ID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("reads back the same clauses as before: the added control names nothing", () => {
    const v = DocxDocument.open(recognizeDocx(listNumberedDocx(), WIESBADEN, { ids: sequentialIds("x") }).bytes).read(WIESBADEN).vorlage;
    const texts = v.sections.flatMap((s) => s.clauses.map((c) => c.text));
    expect(texts).toContain("die Einführungskosten von 84.300 € und die jährlichen Lizenzkosten von 21.000 € aus dem Produkt 1.11.06 gedeckt werden;");
    expect(texts.length).toBe(5);
  });

  it("adds none where a clause paragraph already begins with its number control (typed numbers)", () => {
    const lines = readFileSync(join(__dirname, "../../fixtures/texts/wiesbaden-style.txt"), "utf8").split("\n");
    const typed = parse(mainXml(recognizeDocx(plainDocx(lines), WIESBADEN, { ids: sequentialIds("x") }).bytes));
    expect(all(typed, "sdt").filter((s) => tagOf(s) === "").length).toBe(0);
  });
});

describe("wrapParagraphContent", () => {
  const paragraph = (inner: string): { doc: XmlDocument; p: XmlElement } => {
    const doc = parse(`<w:p xmlns:w="${W_NS}">${inner}</w:p>`);
    return { doc, p: doc.documentElement as unknown as XmlElement };
  };
  const pPr = '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr>';

  it("moves everything after the paragraph properties into one control, in order", () => {
    const { doc, p } = paragraph(`${pPr}<w:r><w:t>a</w:t></w:r><w:commentRangeStart w:id="1"/><w:r><w:t>b</w:t></w:r><w:r><w:commentReference w:id="1"/></w:r>`);
    expect(wrapParagraphContent(doc, p, "9")).toBe(true);
    const kids = Array.from({ length: p.childNodes.length }, (_, i) => (p.childNodes.item(i) as XmlElement).localName);
    expect(kids).toEqual(["pPr", "sdt"]);
    const content = all(p, "sdtContent")[0] as XmlElement;
    expect(Array.from({ length: content.childNodes.length }, (_, i) => (content.childNodes.item(i) as XmlElement).localName)).toEqual(["r", "commentRangeStart", "r", "r"]);
    expect(paragraphText(p)).toBe("ab");
  });

  it.each([
    ["a number control first", `${pPr}<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>2.1</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t> Text</w:t></w:r>`],
    ["a bookmark, then a control", '<w:bookmarkStart w:id="3" w:name="x"/><w:sdt><w:sdtPr/><w:sdtContent/></w:sdt>'],
    ["plain text, then a control („- 2.1“)", '<w:r><w:t xml:space="preserve">- </w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent/></w:sdt>'],
    ["no run at all", pPr],
  ])("leaves a paragraph alone that begins so: %s", (_name, inner) => {
    const { doc, p } = paragraph(inner);
    expect(beginsWithInlineControl(p)).toBe(true);
    expect(wrapParagraphContent(doc, p, "9")).toBe(false);
  });

  it.each([
    ["plain text alone (a comment may be added later)", '<w:r><w:t>Text</w:t></w:r>'],
    ["a tracked insertion before the control", '<w:ins w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r><w:t>neu</w:t></w:r></w:ins><w:sdt><w:sdtPr/><w:sdtContent/></w:sdt>'],
    ["a field before the control", '<w:fldSimple w:instr=" REF x "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:sdt><w:sdtPr/><w:sdtContent/></w:sdt>'],
    ["tracked formatting before the control", '<w:r><w:rPr><w:b/><w:rPrChange w:id="2" w:author="A" w:date="2025-01-01T00:00:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>fett</w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent/></w:sdt>'],
  ])("wraps a paragraph that holds %s", (_name, inner) => {
    const { p } = paragraph(inner);
    expect(beginsWithInlineControl(p)).toBe(false);
  });
});
