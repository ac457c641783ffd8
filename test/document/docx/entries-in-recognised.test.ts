import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { Profile } from "../../../src/core/profile/profile";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { paragraphText } from "../../../src/document/ooxml/read-body";
import { plainDocx } from "../../fixtures/docx";

const text = (name: string) => readFileSync(join(__dirname, "../../fixtures/texts", name), "utf8").split("\n");

/** A plain document after `beschluss recognize`: sections, clauses and header fields wrapped, Verteiler, Zeichnung and Bezug left as text. */
function recognised(lines: readonly string[], profile: Profile): DocxPort {
  const doc = DocxDocument.open(plainDocx(lines), { edit: true });
  expect(doc.structure(profile, sequentialIds("s")).wrapped).toBe(true);
  doc.writeMetadata(doc.read(profile, sequentialIds("m")).vorlage, profile);
  return DocxPort.fromBytes(doc.save(), profile, sequentialIds("p"));
}

const withoutIds = <T extends { id: string }>(list: readonly T[]): Omit<T, "id">[] => list.map(({ id: _id, ...rest }) => rest);
const shown = (port: DocxPort): string[] => port.paragraphs().map(paragraphText);

describe("a Verteiler entry added to a recognised document through the .docx adapter", () => {
  it.each([["wiesbaden-style.txt", WIESBADEN]])("%s: is added after the Verteiler the text holds, which reads as before", async (file, profile) => {
    const port = recognised(text(file), profile);
    const before = (await port.read()).vorlage;
    expect(before.verteiler.length).toBeGreaterThan(0);
    const next: Vorlage = { ...before, verteiler: [...before.verteiler, { id: "neu", empfaenger: "Dezernat V", bitte: "kenntnisnahme" }] };
    await port.insertEntry("verteiler", next, "neu");
    const after = (await port.read()).vorlage;
    expect(withoutIds(after.verteiler)).toEqual(withoutIds(next.verteiler));
    expect(after.verteiler.find((e) => e.empfaenger === "Dezernat V")?.id).toBe("neu");
    // In the text: right after the last entry that was there.
    const lines = shown(port);
    const last = before.verteiler[before.verteiler.length - 1] as { empfaenger: string };
    const at = lines.lastIndexOf(last.empfaenger);
    expect(lines.indexOf("Dezernat V")).toBeGreaterThan(at);
    expect(lines.slice(at + 1, lines.indexOf("Dezernat V")).every((l) => /Bitte|^$/.test(l))).toBe(true);
    // Everything else read from the text stays as it was read.
    expect(withoutIds(after.zeichnungen)).toEqual(withoutIds(before.zeichnungen));
    expect(after.sections.map((s) => s.clauses.length)).toEqual(before.sections.map((s) => s.clauses.length));
    // And so after saving and opening again.
    const again = DocxDocument.open(port.bytes()).read(profile).vorlage;
    expect(withoutIds(again.verteiler)).toEqual(withoutIds(next.verteiler));
    expect(strFromU8(unzipSync(port.bytes())["word/document.xml"] as Uint8Array)).toContain('w:val="bv:verteiler:neu"');
  });

  it("a second entry goes after the first one added", async () => {
    const port = recognised(text("wiesbaden-style.txt"), WIESBADEN);
    const v = (await port.read()).vorlage;
    const one: Vorlage = { ...v, verteiler: [...v.verteiler, { id: "neu1", empfaenger: "Dezernat V", bitte: "kenntnisnahme" }] };
    await port.insertEntry("verteiler", one, "neu1");
    const read = (await port.read()).vorlage;
    const two: Vorlage = { ...read, verteiler: [...read.verteiler, { id: "neu2", empfaenger: "Dezernat VI", bitte: "veranlassung" }] };
    await port.insertEntry("verteiler", two, "neu2");
    const after = (await port.read()).vorlage;
    expect(withoutIds(after.verteiler)).toEqual(withoutIds(two.verteiler));
    expect(after.verteiler.slice(-2).map((e) => e.id)).toEqual(["neu1", "neu2"]);
  });
});

describe("Bezug and Zeichnung entries added to a recognised document", () => {
  it("a Bezug goes after the Bezug the text holds, and both read back", async () => {
    const port = recognised(text("wiesbaden-style.txt"), WIESBADEN);
    const v = (await port.read()).vorlage;
    expect(v.bezuege.length).toBeGreaterThan(0);
    const next: Vorlage = { ...v, bezuege: [...v.bezuege, { id: "bz", vermerk: "", gremium: "Magistrat", datum: "2025-05-02", bp: "0312" }] };
    await port.insertEntry("bezug", next, "bz");
    const after = (await port.read()).vorlage;
    expect(withoutIds(after.bezuege)).toEqual(withoutIds(next.bezuege));
  });
});
