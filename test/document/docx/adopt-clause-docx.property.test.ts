import fc from "fast-check";
import { DOMParser, XMLSerializer, type Element as XmlElement } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { formatTag } from "../../../src/document/tags";
import { reference0057 } from "../../fixtures/reference-0057";

/**
 * No damage: taking a typed clause over on the .docx engine changes nothing but that paragraph's wrapping. For typed
 * clauses of any words, formatted runs, a comment and a tracked change among them, in the section or after it, and a
 * paragraph elsewhere with the very same text: every part after the take-over, with our new clause control
 * unwrapped, is the part before, to the byte.
 */
const LAST = "erfolgt.</w:t></w:r></w:p>";
const BASE = unzipSync(DocxDocument.create(reference0057(), WIESBADEN, "2026-12-07T12:00:00Z").save());
const BASE_XML = strFromU8(BASE["word/document.xml"] as Uint8Array);
const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const DATE = 'w:author="Frau Muster" w:date="2025-05-14T10:00:00Z"';

const run = fc.record({
  text: fc.constantFrom("die Mehrkosten", " von 1.500.000 €", " werden", " jährlich", " im Haushalt 2024", " bereitgestellt.", " & <mehr>"),
  bold: fc.boolean(),
  italic: fc.boolean(),
  mark: fc.constantFrom("none", "none", "inserted", "commented"),
});
const typed = fc.record({ runs: fc.array(run, { minLength: 1, maxLength: 4 }), atBody: fc.boolean(), decoy: fc.boolean() });
type Typed = { readonly runs: readonly { readonly text: string; readonly bold: boolean; readonly italic: boolean; readonly mark: string }[]; readonly atBody: boolean; readonly decoy: boolean };

function documentOf(t: Typed): Uint8Array {
  const runs = t.runs
    .map((r, i) => {
      const x = `<w:r>${r.bold || r.italic ? `<w:rPr>${r.bold ? "<w:b/>" : ""}${r.italic ? "<w:i/>" : ""}</w:rPr>` : ""}<w:t xml:space="preserve">${esc(r.text)}</w:t></w:r>`;
      if (r.mark === "inserted") return `<w:ins w:id="${900 + i}" ${DATE}>${x}</w:ins>`;
      if (r.mark === "commented") return `<w:commentRangeStart w:id="${50 + i}"/>${x}<w:commentRangeEnd w:id="${50 + i}"/><w:r><w:commentReference w:id="${50 + i}"/></w:r>`;
      return x;
    })
    .join("");
  const p = `<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">2.4</w:t></w:r><w:r><w:tab/></w:r>${runs}</w:p>`;
  let xml = t.atBody
    ? BASE_XML.replace(`${LAST}</w:sdtContent></w:sdt></w:sdtContent></w:sdt>`, `${LAST}</w:sdtContent></w:sdt></w:sdtContent></w:sdt>${p}`)
    : BASE_XML.replace(`${LAST}</w:sdtContent></w:sdt>`, `${LAST}</w:sdtContent></w:sdt>${p}`);
  // The same text once more, further down (a quote in the Begründung): the take-over must wrap the typed clause.
  if (t.decoy) xml = xml.replace(/(<w:sectPr\b)(?![\s\S]*<w:sectPr\b)/, `${p}$1`);
  return zipSync({ ...BASE, "word/document.xml": strToU8(xml) });
}

/** Every part as saved, the main part with the control tagged `tag` replaced by its content. */
function unwrapped(bytes: Uint8Array, tag?: string): Record<string, string> {
  const parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
  const doc = new DOMParser().parseFromString(parts["word/document.xml"] as string, "text/xml");
  if (tag) {
    const sdts = Array.from(doc.getElementsByTagNameNS(W_NS, "sdt")).filter((s) => Array.from((s as XmlElement).getElementsByTagNameNS(W_NS, "tag")).some((t) => (t as XmlElement).getAttributeNS(W_NS, "val") === tag && t.parentNode?.parentNode === s));
    expect(sdts).toHaveLength(1);
    const sdt = sdts[0] as XmlElement;
    const content = Array.from(sdt.childNodes).find((n) => (n as XmlElement).localName === "sdtContent") as XmlElement;
    expect(Array.from(content.childNodes).map((n) => (n as XmlElement).localName)).toEqual(["p"]);
    while (content.firstChild) sdt.parentNode?.insertBefore(content.firstChild, sdt);
    sdt.parentNode?.removeChild(sdt);
  }
  return { ...parts, "word/document.xml": new XMLSerializer().serializeToString(doc) };
}

describe("taking a typed clause over on the .docx engine (property)", () => {
  it("changes nothing but the wrapping of the asked paragraph", async () => {
    await fc.assert(
      fc.asyncProperty(typed, async (t) => {
        const port = new DocxPort(DocxDocument.open(documentOf(t), { edit: true }), WIESBADEN, sequentialIds("w"));
        const before = unwrapped(port.bytes());
        const read = await port.read();
        const f = read.findings.find((x) => x.code === "structure-clause-uncontrolled");
        const id = f?.location.type === "clause" ? f.location.id : undefined;
        expect(id).toBeDefined();
        await port.adoptClause(id as string);
        expect(unwrapped(port.bytes(), formatTag({ kind: "ziffer", id: id as string }))).toEqual(before);
        // And the wrapped paragraph is the typed clause, not its quote further down.
        const after = await port.read();
        expect(after.findings.map((x) => x.code)).not.toContain("structure-clause-uncontrolled");
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
