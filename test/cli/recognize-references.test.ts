import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { sequentialIds } from "../../src/core/model/ids";
import type { Vorlage } from "../../src/core/model/vorlage";
import { deriveNumbers } from "../../src/core/numbering/derive-numbers";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { referenceStates } from "../../src/core/references/follow-references";
import { recognizeDocx } from "../../src/cli/recognize-docx";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { DocxPort } from "../../src/document/docx/docx-port";
import { docxFromBody, paragraphXml, plainDocx } from "../fixtures/docx";
import { strToU8 } from "fflate";
import { W_NS } from "../../src/document/ooxml/ooxml";
import { run, tempFolder } from "./cli-helpers";
import { existsSync } from "node:fs";
import { RenumberBreaksReferencesError } from "../../src/cli/recognize-docx";

/** The Wiesbaden-style text with a clause that refers to 2.1 and cites the HGO, and a stale 2.4 after it. */
const lines = readFileSync(join(__dirname, "../fixtures/texts/wiesbaden-style.txt"), "utf8")
  .split("\n")
  .map((l) => (l.startsWith("- 2.2 ") ? "- 2.2 die unter Ziffer 2.1 genannten Räder gemäß § 50 Abs. 1 Nr. 2 HGO hälftig aus dem Budget der Dezernate III und I finanziert werden;" : l));
const input = plainDocx(lines);
const read = (bytes: Uint8Array): Vorlage => DocxDocument.open(bytes).read(WIESBADEN, sequentialIds("r")).vorlage;
const states = (v: Vorlage) => referenceStates(v, deriveNumbers(v, WIESBADEN.numbering)).map((r) => [r.shows, r.expected]);
const text = (bytes: Uint8Array) => read(bytes).sections.flatMap((s) => s.clauses).map((c) => c.text);

describe("recognize --references", () => {
  it("links nothing without the flag", () => {
    const out = recognizeDocx(input, WIESBADEN, { ids: sequentialIds("x") });
    expect(out.linked).toBe(0);
    expect(states(read(out.bytes))).toEqual([]);
  });

  it("links „unter Ziffer 2.1“ to clause 2.1 and leaves the HGO citation alone, changing no text", () => {
    const plain = recognizeDocx(input, WIESBADEN, { ids: sequentialIds("x") });
    const out = recognizeDocx(input, WIESBADEN, { ids: sequentialIds("x"), references: true });
    expect(out.linked).toBe(1);
    expect(states(read(out.bytes))).toEqual([["2.1", "2.1"]]);
    expect(text(out.bytes)).toEqual(text(plain.bytes));
    expect(strFromU8(unzipSync(out.bytes)["word/document.xml"] as Uint8Array)).toContain('w:instr=" REF BV_');
  });

  it("keeps the link through later edits: the reference follows when a section comes before", async () => {
    const out = recognizeDocx(input, WIESBADEN, { ids: sequentialIds("x"), references: true, renumber: true });
    const port = DocxPort.fromBytes(out.bytes, WIESBADEN, sequentialIds("p"));
    const v = (await port.read()).vorlage;
    await port.insertSection({ id: "neu", kind: "beschluss", clauses: [{ id: "neu1", text: "zuerst dies." }] }, { after: (v.sections[0] as { id: string }).id });
    const after = (await port.read()).vorlage;
    expect(after.sections.flatMap((s) => s.clauses).find((c) => c.verweise)?.text).toContain("die unter Ziffer 3.1 genannten Räder gemäß § 50 Abs. 1 Nr. 2 HGO");
  });

  it("is an option of the command, reported in German", async () => {
    const { dir, file } = tempFolder("verweise");
    const inFile = file("ein.docx", input);
    const r = await run("recognize", inFile, "-o", join(dir, "aus.docx"), "--references");
    expect(r.code).toBe(0);
    expect(r.err).toContain("1 Verweis mit seiner Ziffer verknüpft");
  });
});

/** Clauses typed „1.“, „2.“, „3.“ whose words refer to each other; Wiesbaden's renumbering makes them 1.1, 1.2, 1.3. */
const referring = plainDocx([
  "Vorlagen-Nr. 25-V-07-0031",
  "Betreff: Radweg Biebricher Allee",
  "Es wird beschlossen, dass",
  "1. der Radweg in der Biebricher Allee auf 2,50 m verbreitert wird;",
  "2. die unter Ziffer 1 genannte Maßnahme bis Ende 2026 abgeschlossen wird;",
  "3. die Kosten gemäß Ziffer 2 aus dem Budget des Dezernats VII gedeckt werden.",
]);

describe("recognize --renumber with references typed in the text", () => {
  it("refuses without --references when renumbering would change the numbers the references name", () => {
    let thrown: unknown;
    try {
      recognizeDocx(referring, WIESBADEN, { ids: sequentialIds("x"), renumber: true });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RenumberBreaksReferencesError);
    expect((thrown as RenumberBreaksReferencesError).references.map((r) => [r.text, r.before, r.after])).toEqual([
      ["Ziffer 1", "1.", "1.1"],
      ["Ziffer 2", "2.", "1.2"],
    ]);
  });

  it("says so in German, names the references and writes nothing (exit 2)", async () => {
    const { dir, file } = tempFolder("verweise-nr");
    const inFile = file("ein.docx", referring);
    const out = join(dir, "aus.docx");
    const r = await run("recognize", inFile, "-o", out, "--renumber");
    expect(r.code).toBe(2);
    expect(r.err).toContain("„Ziffer 1“ in Ziffer 2");
    expect(r.err).toContain("--references");
    expect(r.err).toContain("nichts wurde geschrieben");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses with --references too where a reference could not be linked, and then does not suggest --references", async () => {
    const inLink = docxFromBody(
      [
        paragraphXml("Vorlagen-Nr. 25-V-07-0031"),
        paragraphXml("Betreff: Radweg Biebricher Allee"),
        paragraphXml("Es wird beschlossen, dass"),
        paragraphXml("1. der Radweg verbreitert wird;"),
        `<w:p><w:r><w:t xml:space="preserve">2. die unter </w:t></w:r><w:hyperlink w:anchor="ziel"><w:r><w:t>Ziffer 1</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> genannte Maßnahme bis 2026 abgeschlossen wird.</w:t></w:r></w:p>`,
      ].join(""),
    );
    expect(() => recognizeDocx(inLink, WIESBADEN, { ids: sequentialIds("x"), renumber: true, references: true })).toThrow(RenumberBreaksReferencesError);
    const { dir, file } = tempFolder("verweise-link");
    const r = await run("recognize", file("ein.docx", inLink), "-o", join(dir, "aus.docx"), "--renumber", "--references");
    expect(r.code).toBe(2);
    expect(r.err).toContain("„Ziffer 1“ in Ziffer 2");
    expect(r.err).toContain("Er ließ sich nicht verknüpfen");
    expect(r.err).not.toContain("Mit --references");
  });

  it("renumbers with --references, and every reference then names its clause's new number", () => {
    const out = recognizeDocx(referring, WIESBADEN, { ids: sequentialIds("x"), renumber: true, references: true });
    expect(out.linked).toBe(2);
    expect(text(out.bytes)).toEqual([
      "der Radweg in der Biebricher Allee auf 2,50 m verbreitert wird;",
      "die unter Ziffer 1.1 genannte Maßnahme bis Ende 2026 abgeschlossen wird;",
      "die Kosten gemäß Ziffer 1.2 aus dem Budget des Dezernats VII gedeckt werden.",
    ]);
  });

  it("renumbers without --references where no typed reference names a number that changes", () => {
    const plain = plainDocx(["Vorlagen-Nr. 25-V-07-0031", "Betreff: Radweg", "Es wird beschlossen, dass", "1. der Radweg verbreitert wird;", "2. die Maßnahme bis 2026 abgeschlossen wird."]);
    expect(recognizeDocx(plain, WIESBADEN, { ids: sequentialIds("x"), renumber: true }).renumbered).toBeGreaterThan(0);
  });
});

describe("recognize --references where Word numbers the clauses itself (list numbering)", () => {
  const li = (text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const numbering = `<?xml version="1.0"?><w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const listed = docxFromBody(
    [
      paragraphXml("Vorlagen-Nr. 25-V-07-0031"),
      paragraphXml("Betreff: Zuschuss an den Verein"),
      paragraphXml("Der Kreistag beschließt:"),
      li("Dem Verein wird für 2026 ein Zuschuss gewährt."),
      li("Die zweite Rate wird nur unter den Voraussetzungen unter Ziffer 1 ausgezahlt."),
    ].join(""),
    { "word/numbering.xml": strToU8(numbering) },
  );

  it("says why a reference to such a clause stays text, instead of only „0 Verweise“", async () => {
    const out = recognizeDocx(listed, WIESBADEN, { ids: sequentialIds("x"), references: true, renumber: true });
    expect([out.linked, out.onList, out.renumbered]).toEqual([0, 1, 0]);
    const { dir, file } = tempFolder("verweise-liste");
    const r = await run("recognize", file("ein.docx", listed), "-o", join(dir, "aus.docx"), "--references", "--renumber");
    expect(r.code).toBe(0);
    expect(r.err).toContain("1 Verweis bleibt Text: die genannte Ziffer zählt Word selbst");
  });
});
