import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { sequentialIds } from "../../src/core/model/ids";
import type { Clause, Vorlage } from "../../src/core/model/vorlage";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxPort } from "../../src/document/docx/docx-port";
import { renderBody } from "../../src/document/ooxml/render-vorlage";
import type { DocumentPort } from "../../src/document/port";
import { WordPort } from "../../src/document/word/word-port";
import { docxFromBody } from "../fixtures/docx";
import { reference0057 } from "../fixtures/reference-0057";
import { WordSimulator } from "../word-simulator/word-simulator";

/**
 * A line separator (U+2028), a paragraph separator (U+2029) and NEL (U+0085) are text in
 * XML 1.0, which is how Word reads a part; only CR LF and CR are line ends. Editing a
 * document must neither turn a user's separator into a line feed nor read back a
 * sub-point typed with one differently (a CI run found the second with a random text).
 */
const USER = `<w:p><w:r><w:t xml:space="preserve">Anlage 1\u2028Lageplan\u2029Stand\u0085Mai</w:t></w:r></w:p>`;

function seed(): Uint8Array {
  const ref = reference0057();
  const v: Vorlage = { ...ref, sections: ref.sections.map((s) => ({ ...s, clauses: s.clauses.map((c): Clause => (c.id === "c21" ? { ...c, unterpunkte: [{ id: "u1", text: "die Schule" }] } : c)) })) };
  return docxFromBody(renderBody(v, WIESBADEN) + USER);
}

const adapters: [string, () => { port: DocumentPort; xml: () => string }][] = [
  [
    ".docx adapter",
    () => {
      const port = DocxPort.fromBytes(seed(), WIESBADEN, sequentialIds("x"));
      return { port, xml: () => strFromU8(unzipSync(port.bytes())["word/document.xml"] as Uint8Array) };
    },
  ],
  [
    "Word adapter (simulator)",
    () => {
      const sim = new WordSimulator(seed());
      return { port: new WordPort(sim.host(), WIESBADEN, sequentialIds("x")), xml: () => new XMLSerializer().serializeToString(sim.dom) };
    },
  ],
];

/** The text of the user's paragraph, as XML 1.0 reads it. */
function userText(xml: string): string | undefined {
  const ts = new DOMParser({ normalizeLineEndings: (s) => s.replace(/\r\n?/g, "\n") }).parseFromString(xml, "application/xml").getElementsByTagName("w:t");
  for (let i = 0; i < ts.length; i++) if (ts.item(i)?.textContent?.startsWith("Anlage 1")) return ts.item(i)?.textContent ?? undefined;
  return undefined;
}

describe.each(adapters)("line separators through an edit, %s", (_name, make) => {
  it("reads back a sub-point typed with a line separator as typed", async () => {
    const subject = make();
    await subject.port.insertUnterpunkt({ id: "n1", text: "vor\u2028nach" }, "c21", "u1");
    const clause = (await subject.port.read()).vorlage.sections.flatMap((s) => s.clauses).find((c) => c.id === "c21");
    expect(clause?.unterpunkte?.map((u) => u.text)).toEqual(["die Schule", "vor\u2028nach"]);
  });

  it("leaves a user's separators in another paragraph as they were", async () => {
    const subject = make();
    expect(userText(subject.xml())).toBe("Anlage 1\u2028Lageplan\u2029Stand\u0085Mai");
    await subject.port.insertUnterpunkt({ id: "n1", text: "den Hort" }, "c21", "u1");
    await subject.port.deleteBlock("n1");
    expect(userText(subject.xml())).toBe("Anlage 1\u2028Lageplan\u2029Stand\u0085Mai");
  });
});
