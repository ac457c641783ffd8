import { strFromU8, unzipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Clause, Vorlage } from "../../../src/core/model/vorlage";
import { deriveNumbers } from "../../../src/core/numbering/derive-numbers";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { referenceStates } from "../../../src/core/references/follow-references";
import { validate } from "../../../src/core/validation/validate";
import { recognizeDocx } from "../../../src/cli/recognize-docx";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { asLibreOfficeSaves, deleteParagraph, referringDocx as ours, withoutBookmark } from "./libreoffice-shaped";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { zipSync, strToU8 } from "fflate";
import type { Element as XmlElement } from "@xmldom/xmldom";
import { W_NS } from "../../../src/document/ooxml/ooxml";

/** Our document with the reference control around the field taken away (the field and the bookmark stay). */
function fieldWithoutControl(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files["word/document.xml"] as Uint8Array);
  const stripped = xml.replace(/<w:sdt><w:sdtPr>(?:(?!<\/w:sdtPr>).)*bv:verweis:(?:(?!<\/w:sdtPr>).)*<\/w:sdtPr><w:sdtContent>((?:(?!<\/w:sdtContent>).)*)<\/w:sdtContent><w:sdtEndPr\/>?<\/w:sdt>|<w:sdt><w:sdtPr>(?:(?!<\/w:sdtPr>).)*bv:verweis:(?:(?!<\/w:sdtPr>).)*<\/w:sdtPr><w:sdtContent>((?:(?!<\/w:sdtContent>).)*)<\/w:sdtContent><\/w:sdt>/su, (_m, a?: string, b?: string) => a ?? b ?? "");
  if (stripped === xml) throw new Error("fixture: no reference control");
  files["word/document.xml"] = strToU8(stripped);
  return zipSync(files);
}

const documentXml = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array);

/** The bookmark names REF fields name (simple and complex fields), and the bookmarks there are. */
function refsAndBookmarks(bytes: Uint8Array): { readonly refs: string[]; readonly bookmarks: string[] } {
  const xml = documentXml(bytes);
  const refs = [...xml.matchAll(/(?:w:instr="|<w:instrText[^>]*>)\s*REF\s+(\S+)/g)].map((m) => m[1] as string);
  const bookmarks = [...xml.matchAll(/<w:bookmarkStart\b[^>]*w:name="([^"]+)"/g)].map((m) => m[1] as string);
  return { refs, bookmarks };
}

const read = (bytes: Uint8Array): Vorlage => DocxDocument.open(bytes).read(WIESBADEN, sequentialIds("r")).vorlage;
const beschluss = (v: Vorlage): readonly Clause[] => v.sections.find((s) => s.kind === "beschluss")?.clauses ?? [];
const numbers = (v: Vorlage): (string | undefined)[] => beschluss(v).map((c) => c.writtenNumber);
const states = (v: Vorlage) => referenceStates(v, deriveNumbers(v, WIESBADEN.numbering)).map((r) => [r.shows, r.expected]);

describe("a reference after a round trip through LibreOffice", () => {
  it("the fixture is shaped as LibreOffice saves it: no tags, the field complex, the bookmark beside empty runs", () => {
    const xml = documentXml(asLibreOfficeSaves(ours()));
    expect(xml).not.toContain("bv:");
    expect(xml).toMatch(/<w:sdtContent><w:r\/><w:bookmarkStart w:id="\d+" w:name="BV_b1"\/>/);
    expect(xml).toMatch(/<w:instrText xml:space="preserve"> REF BV_b1 \\h <\/w:instrText>/);
  });

  it("recognize --renumber keeps the bookmark the REF field names, and the reference is a link again", () => {
    const out = recognizeDocx(asLibreOfficeSaves(ours()), WIESBADEN, { ids: sequentialIds("x"), renumber: true });
    const { refs, bookmarks } = refsAndBookmarks(out.bytes);
    expect(refs.length).toBe(1);
    expect(refs.filter((r) => !bookmarks.includes(r))).toEqual([]);
    const v = read(out.bytes);
    expect(numbers(v)).toEqual(["2.1", "2.2", "2.3"]);
    expect(beschluss(v)[2]?.text).toBe("die Umsetzung erfolgt gemäß Ziffer 2.2");
    expect(states(v)).toEqual([["2.2", "2.2"]]);
    expect(out.outcome.left ?? []).toEqual([]);
  });

  it("recognize without --renumber keeps it as well", () => {
    const out = recognizeDocx(asLibreOfficeSaves(ours()), WIESBADEN, { ids: sequentialIds("x") });
    const { refs, bookmarks } = refsAndBookmarks(out.bytes);
    expect(refs.filter((r) => !bookmarks.includes(r))).toEqual([]);
    expect(states(read(out.bytes))).toEqual([["2.2", "2.2"]]);
  });

  it("a clause deleted in Writer before the target: renumbering gives 2.1, 2.2 and the reference follows to 2.1", () => {
    const edited = asLibreOfficeSaves(ours(), deleteParagraph("Bedarfsanalyse"));
    const out = recognizeDocx(edited, WIESBADEN, { ids: sequentialIds("x"), renumber: true, references: true });
    const v = read(out.bytes);
    expect(numbers(v)).toEqual(["2.1", "2.2"]);
    expect(beschluss(v)[1]?.text).toBe("die Umsetzung erfolgt gemäß Ziffer 2.1");
    expect(states(v)).toEqual([["2.1", "2.1"]]);
    const { refs, bookmarks } = refsAndBookmarks(out.bytes);
    expect(refs.length).toBe(1);
    expect(refs.filter((r) => !bookmarks.includes(r))).toEqual([]);
    expect(out.renumbered).toBeGreaterThan(0);
    expect(validate(v, WIESBADEN).filter((f) => f.code.startsWith("verweis") || f.code.startsWith("numbering"))).toEqual([]);
  });

  it("the same without --references: the field is a link of ours already, so renumbering has no typed reference to refuse for", () => {
    const edited = asLibreOfficeSaves(ours(), deleteParagraph("Bedarfsanalyse"));
    const out = recognizeDocx(edited, WIESBADEN, { ids: sequentialIds("x"), renumber: true });
    const v = read(out.bytes);
    expect(numbers(v)).toEqual(["2.1", "2.2"]);
    expect(states(v)).toEqual([["2.1", "2.1"]]);
    expect(out.linked).toBe(0);
  });

  it("changes nothing but tags, field and bookmark: the clauses' words are as LibreOffice left them", () => {
    const lo = asLibreOfficeSaves(ours());
    const out = recognizeDocx(lo, WIESBADEN, { ids: sequentialIds("x"), renumber: true });
    const words = (bytes: Uint8Array) => DocxDocument.open(bytes).paragraphs().map((p) => p.segments.filter((x) => !x.placeholder).map((x) => x.text).join(""));
    expect(words(out.bytes)).toEqual(words(lo));
  });

  it("renumbering never removes a bookmark that a REF field outside our controls still names", async () => {
    const bare = fieldWithoutControl(ours());
    expect(refsAndBookmarks(bare).refs).toEqual(["BV_b1"]);
    const port = DocxPort.fromBytes(bare, WIESBADEN, sequentialIds("p"));
    await port.deleteBlock("b0");
    const { refs, bookmarks } = refsAndBookmarks(port.bytes());
    expect(refs).toEqual(["BV_b1"]);
    expect(bookmarks).toContain("BV_b1");
  });

  it("check reports a REF field whose bookmark is gone as an error, read streaming and from the tree alike", () => {
    for (const broken of [withoutBookmark(fieldWithoutControl(ours()), "BV_b1"), withoutBookmark(asLibreOfficeSaves(ours()), "BV_b1")]) {
      for (const doc of [DocxDocument.open(broken), DocxDocument.open(broken, { edit: true })]) {
        const found = doc.read(WIESBADEN).findings.filter((f) => f.code === "verweis-textmarke-fehlt");
        expect(found).toEqual([{ code: "verweis-textmarke-fehlt", severity: "error", location: { type: "document" }, params: { textmarke: "BV_b1", anzeige: "2.2", davor: "2.3 die Umsetzung erfolgt gemäß Ziffer" } }]);
      }
    }
    expect(DocxDocument.open(ours()).read(WIESBADEN).findings.filter((f) => f.code === "verweis-textmarke-fehlt")).toEqual([]);
    expect(DocxDocument.open(asLibreOfficeSaves(ours())).read(WIESBADEN).findings.filter((f) => f.code === "verweis-textmarke-fehlt")).toEqual([]);
  });

  it("another bookmark on the target's number, which a field of the user's names, stays through recognize --renumber", () => {
    const withOwn = asLibreOfficeSaves(ours(), (body) => {
      const ours = Array.from({ length: body.getElementsByTagNameNS(W_NS, "bookmarkStart").length }, (_, i) => body.getElementsByTagNameNS(W_NS, "bookmarkStart").item(i) as XmlElement).find((b) => b.getAttributeNS(W_NS, "name") === "BV_b1");
      const doc = body.ownerDocument;
      if (!ours || !doc) throw new Error("fixture");
      const start = doc.createElementNS(W_NS, "w:bookmarkStart");
      start.setAttributeNS(W_NS, "w:id", "77");
      start.setAttributeNS(W_NS, "w:name", "Eigene_Marke");
      const end = doc.createElementNS(W_NS, "w:bookmarkEnd");
      end.setAttributeNS(W_NS, "w:id", "77");
      ours.parentNode?.insertBefore(start, ours);
      ours.parentNode?.appendChild(end);
      const field = doc.createElementNS(W_NS, "w:fldSimple");
      field.setAttributeNS(W_NS, "w:instr", " REF Eigene_Marke ");
      const r = doc.createElementNS(W_NS, "w:r");
      const t = doc.createElementNS(W_NS, "w:t");
      t.appendChild(doc.createTextNode("2.2"));
      r.appendChild(t);
      field.appendChild(r);
      const ps = body.getElementsByTagNameNS(W_NS, "p");
      for (let i = 0; i < ps.length; i++) if ((ps.item(i)?.textContent ?? "").includes("Bedarfsanalyse")) ps.item(i)?.appendChild(field);
    });
    const out = recognizeDocx(withOwn, WIESBADEN, { ids: sequentialIds("x"), renumber: true });
    const { refs, bookmarks } = refsAndBookmarks(out.bytes);
    expect(refs.length).toBe(2);
    expect(refs).toContain("Eigene_Marke");
    expect(refs.filter((r) => !bookmarks.includes(r))).toEqual([]);
    expect(states(read(out.bytes))).toEqual([["2.2", "2.2"]]);
  });

  it("a bookmark around the number's control rather than inside it is on the number as well", () => {
    const around = asLibreOfficeSaves(ours(), (body) => {
      const start = Array.from({ length: body.getElementsByTagNameNS(W_NS, "bookmarkStart").length }, (_, i) => body.getElementsByTagNameNS(W_NS, "bookmarkStart").item(i) as XmlElement).find((b) => b.getAttributeNS(W_NS, "name") === "BV_b1");
      const end = body.getElementsByTagNameNS(W_NS, "bookmarkEnd").item(0);
      const sdt = start?.parentNode?.parentNode as XmlElement | undefined;
      if (!start || !end || !sdt?.parentNode) throw new Error("fixture");
      sdt.parentNode.insertBefore(start, sdt);
      sdt.parentNode.insertBefore(end, sdt.nextSibling);
    });
    expect(documentXml(around)).toMatch(/<w:bookmarkStart w:id="\d+" w:name="BV_b1"\/><w:sdt>/);
    const out = recognizeDocx(around, WIESBADEN, { ids: sequentialIds("x"), renumber: true });
    expect(states(read(out.bytes))).toEqual([["2.2", "2.2"]]);
    const { refs, bookmarks } = refsAndBookmarks(out.bytes);
    expect(refs.filter((r) => !bookmarks.includes(r))).toEqual([]);
  });
});
