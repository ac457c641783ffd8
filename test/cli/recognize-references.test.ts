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
import { plainDocx } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

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
