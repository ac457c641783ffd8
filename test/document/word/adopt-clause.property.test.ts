import fc from "fast-check";
import { DOMParser, XMLSerializer, type Element as XmlElement } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { formatTag } from "../../../src/document/tags";
import { WordPort } from "../../../src/document/word/word-port";
import { reference0057 } from "../../fixtures/reference-0057";
import { WordSimulator } from "../../word-simulator/word-simulator";

/**
 * No damage: taking a typed clause over changes nothing but the wrapping of its paragraphs. For typed clauses of any
 * words, formatted runs among them, in the section (over further paragraphs, lettered sub-points among them) or after
 * it, and a paragraph elsewhere with the very same text:
 * the document after the take-over, with our new clause control unwrapped, is the document before, to the byte.
 */
const LAST = "erfolgt.</w:t></w:r></w:p>";
const BASE = unzipSync(DocxDocument.create(reference0057(), WIESBADEN, "2026-12-07T12:00:00Z").save());
const BASE_XML = strFromU8(BASE["word/document.xml"] as Uint8Array);
const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");

const run = fc.record({ text: fc.constantFrom("die Mehrkosten", " von 1.500.000 €", " werden", " jährlich", " im Haushalt 2024", " bereitgestellt.", " & <mehr>"), bold: fc.boolean(), italic: fc.boolean() });
const typed = fc.record({
  runs: fc.array(run, { minLength: 1, maxLength: 4 }),
  atBody: fc.boolean(),
  decoy: fc.boolean(),
  /** Further paragraphs of the clause (in the section's control only: at body level a typed clause is one paragraph), a lettered sub-point among them or not. */
  further: fc.array(fc.record({ runs: fc.array(run, { minLength: 1, maxLength: 3 }), lettered: fc.boolean() }), { maxLength: 3 }),
});
type Run = { readonly text: string; readonly bold: boolean; readonly italic: boolean };

function documentOf(t: { readonly runs: readonly Run[]; readonly atBody: boolean; readonly decoy: boolean; readonly further: readonly { readonly runs: readonly Run[]; readonly lettered: boolean }[] }): Uint8Array {
  const runsOf = (list: readonly Run[]) => list.map((r) => `<w:r>${r.bold || r.italic ? `<w:rPr>${r.bold ? "<w:b/>" : ""}${r.italic ? "<w:i/>" : ""}</w:rPr>` : ""}<w:t xml:space="preserve">${esc(r.text)}</w:t></w:r>`).join("");
  const runs = runsOf(t.runs);
  const p = `<w:p><w:r><w:t xml:space="preserve">2.4</w:t></w:r><w:r><w:tab/></w:r>${runs}</w:p>`;
  const further = t.atBody ? "" : t.further.map((f, i) => `<w:p>${f.lettered ? `<w:r><w:t xml:space="preserve">${"abc"[i]}) </w:t></w:r>` : ""}${runsOf(f.runs)}</w:p>`).join("");
  let xml = t.atBody
    ? BASE_XML.replace(`${LAST}</w:sdtContent></w:sdt></w:sdtContent></w:sdt>`, `${LAST}</w:sdtContent></w:sdt></w:sdtContent></w:sdt>${p}`)
    : BASE_XML.replace(`${LAST}</w:sdtContent></w:sdt>`, `${LAST}</w:sdtContent></w:sdt>${p}${further}`);
  // The same text once more, further down (a quote in the Begründung): the take-over must wrap the typed clause.
  if (t.decoy) xml = xml.replace(/(<w:sectPr\b)(?![\s\S]*<w:sectPr\b)/, `${p}$1`);
  return zipSync({ ...BASE, "word/document.xml": strToU8(xml) });
}

/** The main part as the simulator saves it, with the control tagged `tag` replaced by its content. */
function unwrapped(bytes: Uint8Array, tag?: string): string {
  const doc = new DOMParser().parseFromString(strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array), "text/xml");
  if (tag) {
    const sdts = Array.from(doc.getElementsByTagNameNS(W_NS, "sdt")).filter((s) => Array.from((s as XmlElement).getElementsByTagNameNS(W_NS, "tag")).some((t) => (t as XmlElement).getAttributeNS(W_NS, "val") === tag && t.parentNode?.parentNode === s));
    expect(sdts).toHaveLength(1);
    const sdt = sdts[0] as XmlElement;
    const content = Array.from(sdt.childNodes).find((n) => (n as XmlElement).localName === "sdtContent") as XmlElement;
    while (content.firstChild) sdt.parentNode?.insertBefore(content.firstChild, sdt);
    sdt.parentNode?.removeChild(sdt);
  }
  return new XMLSerializer().serializeToString(doc);
}

describe("taking a typed clause over (property)", () => {
  it("changes nothing but the wrapping of the asked clause's paragraphs", async () => {
    await fc.assert(
      fc.asyncProperty(typed, async (t) => {
        const sim = new WordSimulator(documentOf(t));
        const before = unwrapped(sim.bytes());
        const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
        const read = await port.read();
        const f = read.findings.find((x) => x.code === "structure-clause-uncontrolled");
        const id = f?.location.type === "clause" ? f.location.id : undefined;
        expect(id).toBeDefined();
        const clause = read.vorlage.sections.flatMap((s) => s.clauses).find((c) => c.id === id);
        await port.adoptClause(id as string);
        expect(unwrapped(sim.bytes(), formatTag({ kind: "ziffer", id: id as string }))).toBe(before);
        // And the wrapped paragraphs are the typed clause, not its quote further down, read as before.
        const after = await port.read();
        expect(after.findings.map((x) => x.code)).not.toContain("structure-clause-uncontrolled");
        const adopted = after.vorlage.sections.flatMap((s) => s.clauses).find((c) => c.id === id);
        expect([adopted?.text, adopted?.unterpunkte?.map((u) => u.text)]).toEqual([clause?.text, clause?.unterpunkte?.map((u) => u.text)]);
      }),
      { numRuns: 20 },
    );
  });
});
