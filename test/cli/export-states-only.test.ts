import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import oparlSchema from "../../schemas/oparl-paper.schema.json";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/** A motion of a district council, typed without numbers and without a Vorlagen-Nr.; its session is named, its own date is not. */
const ANTRAG = docxFromBody(
  [
    "Antrag zur Sitzung des Bezirksbeirats Nord am 14. Mai 2025",
    "Betreff: Sanierung der Friedhofskapelle",
    "Der Bezirksbeirat möge beschließen:",
    "Die Verwaltung wird gebeten, das Dach der Kapelle vor dem Winter abzudichten.",
    "Die Kosten sind im nächsten Haushalt zu veranschlagen.",
    "Begründung:",
    "Bei Regen tropft es auf die Bänke.",
  ]
    .map(paragraphXml)
    .join(""),
);

describe("exports state what the document states", () => {
  const { file } = tempFolder("export-states-");
  const plain = file("antrag.docx", ANTRAG);
  const ajv = new Ajv2020({ strict: true });
  addFormats(ajv);

  it("numbers no clause the document leaves unnumbered, in JSON and in OParl, as check --json does", async () => {
    const json = JSON.parse((await run("export", plain, "--format", "json")).out);
    const clauses = json.vorlage.sections.flatMap((s: { clauses: { number?: string }[] }) => s.clauses);
    expect(clauses.length).toBe(2);
    expect(clauses.map((c: { number?: string }) => c.number)).toEqual([undefined, undefined]);
    const paper = JSON.parse((await run("export", plain, "--format", "oparl")).out);
    expect(paper.mainFile.text).not.toMatch(/^\d/mu);
  });

  it("numbers no clause after recognize wrapped the unnumbered paragraphs in place", async () => {
    const out = file("antrag-erkannt.docx", new Uint8Array());
    expect((await run("recognize", plain, "-o", out, "--force")).code).toBe(0);
    const json = JSON.parse((await run("export", out, "--format", "json")).out);
    const clauses = json.vorlage.sections.flatMap((s: { clauses: { number?: string }[] }) => s.clauses);
    expect(clauses.map((c: { number?: string }) => c.number)).toEqual([undefined, undefined]);
    const paper = JSON.parse((await run("export", out, "--format", "oparl")).out);
    expect(paper.mainFile.text).not.toMatch(/^\d/mu);
  });

  it("gives OParl no invented type, no session date as the Paper's date and no empty reference", async () => {
    const paper = JSON.parse((await run("export", plain, "--format", "oparl")).out);
    expect(paper.paperType).toBeUndefined();
    expect(paper.date).toBeUndefined();
    expect("reference" in paper).toBe(false);
    expect(ajv.validate(oparlSchema, paper)).toBe(true);
  });
});
