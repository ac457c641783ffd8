import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import oparlSchema from "../../schemas/oparl-paper.schema.json";
import { readFileSync } from "node:fs";
import { strToU8, unzipSync, strFromU8 } from "fflate";
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

/**
 * A Beschluss as a Wiesbaden town clerk would type it, whose header names no Gremium: the
 * profile infers the Stadtverordnetenversammlung from „Tagesordnung II“ and the covering note
 * to the Magistrat. Recognition says so (`recognize-gremium-inferred`); the document does not.
 */
const OHNE_GREMIUM = [
  "Tagesordnung II Punkt 4 der öffentlichen Sitzung am 6. Juni 2024",
  "Vorlagen-Nr. 24-V-03-0042",
  "Neue Bänke für den Kurpark",
  "Beschluss Nr. 0112",
  "1. Es wird beschlossen, dass",
  "1.1 im Kurpark zwanzig neue Bänke aufgestellt werden;",
  "1.2 die Kosten in Höhe von 1.000 € aus dem Budget des Grünflächenamts getragen werden.",
  "Dem Magistrat",
  "mit der Bitte um weitere Veranlassung",
  "Wiesbaden, 07.06.2024",
];

const CUSTOM_PROPS = (props: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props}</Properties>`;
const userProperty = (pid: number, name: string, value: string) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`;
const propertiesOf = (path: string): string => strFromU8(unzipSync(readFileSync(path))["docProps/custom.xml"] as Uint8Array);
const valueOf = (xml: string, name: string): string | undefined => new RegExp(`name="${name}"><vt:\\w+>([^<]*)<`, "u").exec(xml)?.[1];

describe("what recognition only inferred is not written as stated", () => {
  const { file } = tempFolder("export-inferred-");
  const plain = file("kurpark.docx", docxFromBody(OHNE_GREMIUM.map(paragraphXml).join("")));

  it("recognize reports the Gremium as inferred (the premise of this test)", async () => {
    const r = await run("check", "--json", plain);
    expect(JSON.parse(r.out).files[0].findings.map((f: { code: string }) => f.code)).toContain("recognize-gremium-inferred");
  });

  it("recognize writes no Gremium into the custom properties", async () => {
    const out = file("kurpark-erkannt.docx", new Uint8Array());
    expect((await run("recognize", plain, "-o", out, "--force")).code).toBe(0);
    const props = propertiesOf(out);
    expect(valueOf(props, "Vorlagen-Nr.")).toBe("24-V-03-0042");
    expect(valueOf(props, "Gremium")).toBeUndefined();
  });

  it("JSON carries the inferred Gremium check shows, marked „erschlossen“, and new --from prints none as its letterhead (tryout7 F8)", async () => {
    for (const input of [plain, file("kurpark-erkannt2.docx", new Uint8Array())]) {
      if (input !== plain) expect((await run("recognize", plain, "-o", input, "--force")).code).toBe(0);
      const json = JSON.parse((await run("export", input, "--format", "json")).out);
      expect(json.vorlage.header.gremium).toBe("Stadtverordnetenversammlung");
      expect(json.herkunft).toMatchObject({ "header.gremium": "erschlossen" });
      const paper = JSON.parse((await run("export", input, "--format", "oparl")).out);
      // The session the document states is the Paper's Consultation; the Wiesbaden profile gives no Organization URL for it.
      expect(paper.consultation).toEqual([{ type: "https://schema.oparl.org/1.1/Consultation", role: "Entscheidung", authoritative: true }]);
      const jsonFile = file("kurpark.json", JSON.stringify(json));
      const made = file("kurpark-neu.docx", new Uint8Array());
      expect((await run("new", "--from", jsonFile, "-o", made, "--force")).code).toBe(0);
      const body = strFromU8(unzipSync(readFileSync(made))["word/document.xml"] as Uint8Array);
      expect(body).not.toContain("Stadtverordnetenversammlung");
    }
  });
});

describe("a property of our name that the user set stays the user's", () => {
  const { file } = tempFolder("export-user-props-");
  const withOwn = (props: string) => docxFromBody(OHNE_GREMIUM.map(paragraphXml).join(""), { "docProps/custom.xml": strToU8(CUSTOM_PROPS(props)) });

  it("recognize keeps the user's „Betrag“, keeps their other property, and says so", async () => {
    const input = file("eigene.docx", withOwn(userProperty(2, "Aktenzeichen", "42.1-07") + userProperty(3, "Betrag", "siehe Anlage")));
    const out = file("eigene-erkannt.docx", new Uint8Array());
    const r = await run("recognize", input, "-o", out, "--force");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/„Betrag“.*beibehalten/u);
    const props = propertiesOf(out);
    expect(valueOf(props, "Betrag")).toBe("siehe Anlage");
    expect(valueOf(props, "Aktenzeichen")).toBe("42.1-07");
    expect(valueOf(props, "Vorlagen-Nr.")).toBe("24-V-03-0042");
    // A second run still knows which „Betrag“ is not ours.
    const again = file("eigene-zweimal.docx", new Uint8Array());
    const r2 = await run("recognize", out, "-o", again, "--force");
    expect(r2.code).toBe(0);
    expect(valueOf(propertiesOf(again), "Betrag")).toBe("siehe Anlage");
  });

  it("a document without a property of that name gets our Betrag as a number", async () => {
    const input = file("ohne.docx", withOwn(userProperty(2, "Aktenzeichen", "42.1-07")));
    const out = file("ohne-erkannt.docx", new Uint8Array());
    const r = await run("recognize", input, "-o", out, "--force");
    expect(r.err).not.toMatch(/beibehalten/u);
    expect(propertiesOf(out)).toMatch(/name="Betrag"><vt:r8>1000</u);
  });
});
