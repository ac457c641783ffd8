import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { clause, section, vorlage } from "../../../src/core/model/builders";
import { sequentialIds } from "../../../src/core/model/ids";
import { BUILTIN_PROFILES, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { partXmlOf, toFlatOpc } from "../../../src/document/ooxml/flat-opc";
import { stylesXml } from "../../../src/document/ooxml/house-style-parts";
import { renderBody } from "../../../src/document/ooxml/render-vorlage";
import { renderPart } from "../../../src/document/parts";
import { completeVorlage } from "../../fixtures/builders";
import { markupCompatibilityPass, schemaDir, schemaErrors } from "../../fixtures/ecma-schemas";
import { corpusFiles, recognized } from "../../fixtures/recognized-corpus";
import { reference0057 } from "../../fixtures/reference-0057";

const NOW = "2025-05-06T09:00:00Z";
type Parts = Map<string, { readonly part: string; readonly xml: string }>;
function addPackage(into: Parts, label: string, bytes: Uint8Array): void {
  for (const [part, data] of Object.entries(unzipSync(bytes))) if (part.endsWith(".xml") || part.endsWith(".rels")) into.set(`${label} ${part}`, { part, xml: strFromU8(data) });
}

describe("the compatibility pass before validation", () => {
  it("drops what Word ignores and keeps the rest", () => {
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:body><w:p w14:paraId="1A2B3C4D"><w:r><w:t>Text</w:t></w:r></w:p><w14:checkbox/><mc:AlternateContent><mc:Choice Requires="w14"><w:p><w:r><w:t>neu</w:t></w:r></w:p></mc:Choice><mc:Fallback><w:p><w:r><w:t>alt</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent></w:body></w:document>`;
    const out = markupCompatibilityPass(xml);
    expect(out).not.toContain("paraId");
    expect(out).not.toContain("checkbox");
    expect(out).not.toContain("Ignorable");
    expect(out).toContain("<w:t>Text</w:t>");
    expect(out).toContain("<w:t>alt</w:t>");
    expect(out).not.toContain("<w:t>neu</w:t>");
  });
});

const dir = schemaDir();
// Ecma's schemas are not in the repository (see test/fixtures/ecma-schemas.ts): where they are
// not beside it, this block is skipped and says so in jest's summary.
(dir === undefined ? describe.skip : describe)("every part we write is valid against the ECMA-376 transitional schemas", () => {
  const schemas = dir as string;

  it("reports a part that breaks the schema, with its name and line (so that an empty list means valid)", () => {
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const parts: Parts = new Map([
      ["gut", { part: "word/document.xml", xml: `<w:document xmlns:w="${W}"><w:body><w:p/><w:sectPr/></w:body></w:document>` }],
      ["schlecht", { part: "word/document.xml", xml: `<w:document xmlns:w="${W}"><w:body><w:sectPr/><w:p><w:pPr><w:jc w:val="mittig"/></w:pPr></w:p></w:body></w:document>` }],
    ]);
    const errors = schemaErrors(schemas, parts);
    expect(errors.map((e) => e.name)).toContain("schlecht");
    expect(errors.map((e) => e.name)).not.toContain("gut");
  });

  it("new, for each profile: empty, complete and the seed", () => {
    const parts: Parts = new Map();
    for (const [name, profile] of Object.entries(BUILTIN_PROFILES)) {
      for (const [label, v] of [["leer", vorlage()], ["vollständig", completeVorlage()], ["0057", reference0057()]] as const) {
        addPackage(parts, `${name}/${label}`, DocxDocument.create(v, profile, NOW).save());
      }
    }
    expect(parts.size).toBeGreaterThan(20);
    expect(schemaErrors(schemas, parts)).toEqual([]);
  });

  it("each pane operation through the .docx adapter", async () => {
    const port = DocxPort.fromBytes(DocxDocument.create(vorlage(), WIESBADEN, NOW).save(), WIESBADEN, sequentialIds());
    const ref = completeVorlage();
    await port.insertSection(section("k", "kenntnisnahme"), "selection");
    await port.insertClause(clause("k1", "die Lage so ist;"), "k");
    await port.insertSection(section("b", "beschluss"), { after: "k" });
    await port.insertClause(clause("b1", "gehandelt wird;"), "b");
    await port.insertUnterpunkt({ id: "u1", text: "zuerst dies," }, "b1");
    await port.insertClause(clause("b2", "die Mittel bereitgestellt werden;"), "b", "b1");
    await port.insertReference("b2", "b1");
    await port.moveBlock("b1", "k1");
    for (const part of ["kopf", "zustaendigkeit", "finanzierung"] as const) await port.writePart(part, ref);
    for (const e of ref.verteiler) await port.insertEntry("verteiler", ref, e.id);
    await port.writeMetadata((await port.read()).vorlage);
    await port.commentFindings([{ tag: "bv:ziffer:b1", text: "Bitte prüfen." }]);
    const parts: Parts = new Map();
    addPackage(parts, "bearbeitet", port.bytes());
    expect(schemaErrors(schemas, parts)).toEqual([]);
  });

  it("recognize leaves no part invalid that was valid before, over the whole corpus", () => {
    const before: Parts = new Map();
    const after: Parts = new Map();
    for (const f of corpusFiles()) {
      const input = new Uint8Array(readFileSync(f));
      const result = recognized(input, { renumber: true, ids: sequentialIds() });
      if (result === undefined) continue;
      addPackage(before, f, input);
      addPackage(after, f, result.bytes);
    }
    const invalidBefore = new Set(schemaErrors(schemas, before).map((e) => e.name));
    expect(schemaErrors(schemas, after).filter((e) => !invalidBefore.has(e.name))).toEqual([]);
  });

  it("the packages the Word adapter gives insertOoxml: body, header parts and the styles", () => {
    const parts: Parts = new Map();
    const v = reference0057();
    const packages = [
      toFlatOpc(renderBody(v, WIESBADEN), "", stylesXml(WIESBADEN)),
      toFlatOpc(renderPart("kopf", v, WIESBADEN) + renderPart("zustaendigkeit", v, WIESBADEN), "", stylesXml(WIESBADEN)),
      toFlatOpc(renderPart("finanzierung", v, WIESBADEN), "", stylesXml(WIESBADEN)),
    ];
    packages.forEach((p, i) => {
      for (const name of ["/word/document.xml", "/word/styles.xml", "/word/_rels/document.xml.rels"]) {
        const xml = partXmlOf(p, name);
        if (xml !== undefined) parts.set(`flat ${i} ${name}`, { part: name.slice(1), xml });
      }
    });
    expect(parts.size).toBe(9);
    expect(schemaErrors(schemas, parts)).toEqual([]);
  });
});
