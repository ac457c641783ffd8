import { readFileSync } from "node:fs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { clause, section, vorlage } from "../../../src/core/model/builders";
import { sequentialIds } from "../../../src/core/model/ids";
import { BUILTIN_PROFILES, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { completeVorlage } from "../../fixtures/builders";
import { COMMENTS, docxFromBody, plainDocx, richDocx } from "../../fixtures/docx";
import { addedViolations, packageViolations } from "../../fixtures/package-rules";
import { recognizeDocx } from "../../../src/cli/recognize-docx";
import { corpusFiles, recognized } from "../../fixtures/recognized-corpus";
import { reference0057 } from "../../fixtures/reference-0057";

const NOW = "2025-05-06T09:00:00Z";
/** A package rebuilt with one part replaced, to break one rule at a time. */
function withPart(bytes: Uint8Array, name: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const old = files[name] ? new TextDecoder().decode(files[name]) : "";
  return zipSync({ ...files, [name]: strToU8(edit(old)) });
}
const without = (bytes: Uint8Array, name: string): Uint8Array => {
  const files = { ...unzipSync(bytes) };
  delete files[name];
  return zipSync(files);
};

describe("the package rules the schemas do not express", () => {
  const good = DocxDocument.create(completeVorlage(), WIESBADEN, NOW).save();
  const rules = (bytes: Uint8Array) => packageViolations(bytes).map((v) => v.rule);

  it("finds each kind of broken package, so that a clean result means something", () => {
    expect(rules(good)).toEqual([]);
    expect(rules(withPart(good, "word/extra.xml", () => "<x/>").slice())).toEqual([]); // .xml has a Default
    expect(rules(withPart(good, "word/media/logo.emf", () => "x"))).toEqual(["content-type-missing"]);
    expect(rules(without(good, "word/footer1.xml"))).toEqual(expect.arrayContaining(["content-type-dangling", "relationship-target-missing"]));
    expect(rules(withPart(good, "word/_rels/document.xml.rels", (x) => x.replace(/Id="(rId\d+)"/, 'Id="$1" ').replace(/(<Relationship [^>]*Id=")(rId\d+)("[^>]*\/>)(<Relationship [^>]*Id=")rId\d+/, "$1$2$3$4$2")))).toContain("relationship-id-duplicate");
    expect(rules(withPart(good, "word/document.xml", (x) => x.replace("<w:body>", '<w:body><w:p><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:embed="rId99"/></w:drawing></w:r></w:p>')))).toContain("relationship-id-undefined");
    expect(rules(withPart(good, "word/document.xml", (x) => x.replace("<w:body>", '<w:body><w:p><w:pPr><w:pStyle w:val="Unbekannt"/></w:pPr></w:p>')))).toEqual(["style-undefined"]);
    expect(rules(withPart(good, "word/document.xml", (x) => x.replace("<w:body>", '<w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr></w:p>')))).toEqual(["numbering-undefined"]);
    expect(rules(withPart(good, "word/document.xml", (x) => x.replace("<w:body>", '<w:body><w:p><w:bookmarkStart w:id="5" w:name="a"/></w:p>')))).toEqual(["bookmark-unpaired"]);
    expect(rules(withPart(good, "word/document.xml", (x) => x.replace("<w:body>", '<w:body><w:p><w:r><w:commentReference w:id="3"/></w:r></w:p>')))).toEqual(["comment-undefined"]);
    const firstId = /<w:id w:val="(-?\d+)"\/>/.exec(new TextDecoder().decode(unzipSync(good)["word/document.xml"]))?.[1];
    expect(firstId).toBeDefined();
    expect(rules(withPart(good, "word/document.xml", (x) => x.replace("<w:body>", `<w:body><w:sdt><w:sdtPr><w:id w:val="${firstId}"/></w:sdtPr><w:sdtContent><w:p/></w:sdtContent></w:sdt>`)))).toEqual(["control-id-duplicate"]);
  });

  it.each(Object.keys(BUILTIN_PROFILES))("new writes a package that keeps them, empty and complete (profile %s)", (name) => {
    const profile = BUILTIN_PROFILES[name] as (typeof BUILTIN_PROFILES)[string];
    for (const v of [vorlage(), completeVorlage(), reference0057()]) {
      expect(packageViolations(DocxDocument.create(v, profile, NOW).save())).toEqual([]);
    }
  });

  it("recognize adds no violation to any document of the corpus (what others wrote stays theirs)", () => {
    const files = corpusFiles();
    expect(files.length).toBeGreaterThan(40);
    for (const f of files) {
      const input = new Uint8Array(readFileSync(f));
      const result = recognized(input, { renumber: true, ids: sequentialIds() });
      if (result === undefined) continue;
      const { bytes } = result;
      expect({ file: f, added: addedViolations(input, bytes) }).toEqual({ file: f, added: [] });
    }
  });

  it("a clause and a section added by the pane to a recognised document of the corpus keep them (styles it names are defined)", async () => {
    let edited = 0;
    for (const f of corpusFiles()) {
      const input = new Uint8Array(readFileSync(f));
      const result = recognized(input, { ids: sequentialIds() });
      if (result === undefined || !result.outcome.wrapped) continue;
      const { bytes } = result;
      const port = DocxPort.fromBytes(bytes, WIESBADEN, sequentialIds("neu"));
      const target = (await port.read()).vorlage.sections[0];
      if (target === undefined) continue;
      await port.insertClause(clause("neu-z", "ergänzend geprüft wird."), target.id);
      await port.insertSection(section("neu-s", "beschluss", [clause("neu-z2", "umgesetzt wird.")]), { after: target.id });
      edited += 1;
      expect({ file: f, added: addedViolations(input, port.bytes()) }).toEqual({ file: f, added: [] });
    }
    expect(edited).toBeGreaterThan(20);
  });

  it("every pane operation through the .docx adapter keeps them, in a document with a colleague's comment, image and tracked changes", async () => {
    const start = docxFromBody(new TextDecoder().decode(unzipSync(DocxDocument.create(vorlage(), WIESBADEN, NOW).save())["word/document.xml"]).replace(/^[\s\S]*<w:body>|<w:sectPr[\s\S]*$/g, ""), {
      "word/comments.xml": strToU8(COMMENTS),
    });
    for (const input of [DocxDocument.create(vorlage(), WIESBADEN, NOW).save(), start]) {
      const port = DocxPort.fromBytes(input, WIESBADEN, sequentialIds());
      const ref = completeVorlage();
      await port.insertSection(section("k", "kenntnisnahme"), "selection");
      await port.insertClause(clause("k1", "die Lage so ist;"), "k");
      await port.insertSection(section("b", "beschluss"), { after: "k" });
      await port.insertClause(clause("b1", "gehandelt wird;"), "b");
      await port.insertClause(clause("b2", "geprüft wird;"), "b", "b1");
      await port.insertUnterpunkt({ id: "u1", text: "zuerst dies," }, "b1");
      await port.insertUnterpunkt({ id: "u2", text: "dann das." }, "b1", "u1");
      await port.insertReference("b2", "b1");
      await port.moveBlock("b2", "k1");
      await port.moveUnterpunkt("u2");
      await port.deleteBlock("k1");
      for (const part of ["kopf", "zustaendigkeit", "finanzierung"] as const) await port.writePart(part, ref);
      await port.setFields({ "header.betreff": "Neue Lastenräder", "header.vorlagenNr": "25-V-03-0013" });
      for (const e of ref.verteiler) await port.insertEntry("verteiler", ref, e.id);
      await port.renumber();
      await port.writeMetadata((await port.read()).vorlage);
      await port.commentFindings([{ tag: "bv:klausel:b1", text: "Bitte prüfen." }]);
      // The reference is there as Word keeps it: a bookmark on the target's number and a REF field to it.
      const documentXml = new TextDecoder().decode(unzipSync(port.bytes())["word/document.xml"]);
      expect(documentXml).toMatch(/<w:bookmarkStart [^>]*w:name="BV_b1"/);
      expect(documentXml).toContain("REF BV_b1");
      expect(addedViolations(input, port.bytes())).toEqual([]);
    }
  });

  it("plain documents of others recognized with their images, comments and tracked changes keep them", () => {
    for (const input of [plainDocx(["Betreff: Radwege", "Es wird beschlossen, dass", "1. gebaut wird."]), richDocx(["Es wird beschlossen, dass", "1. gebaut wird."])]) {
      expect(addedViolations(input, recognizeDocx(input, WIESBADEN, { ids: sequentialIds() }).bytes)).toEqual([]);
    }
  });
});
