import { strFromU8, unzipSync } from "fflate";
import { sequentialIds } from "../../src/core/model/ids";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { recognizeDocx } from "../../src/cli/recognize-docx";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { paragraphText } from "../../src/document/ooxml/read-body";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { run, tempFolder } from "./cli-helpers";

/**
 * The same Vorlage with its umlauts stored decomposed (u + combining diaeresis, as macOS and some
 * converters write them: „Federfu\u0308hrend“ looks exactly like „Federführend“), and with the
 * old spelling „Beschlußvorschlag“. Decomposed, the Federführung line was read as a Zeichnung and
 * left unassigned; „Beschlußvorschlag:“ was no decision heading („Gliederung unsicher“). Now both
 * read as they look; the user's characters stay as they are in the document.
 */
const LINES = [
  "Vorlagen-Nr. 25-V-03-0042",
  "Betreff: Gebühren für die Nutzung öffentlicher Flächen",
  "Federführend: Dezernat III",
  "Beschlussvorschlag:",
  "1. Die Gebührenordnung wird geändert.",
  "2. Die Verwaltung wird beauftragt, die Änderung öffentlich bekanntzumachen.",
  "Begründung:",
  "Die Gebühren sind seit zehn Jahren unverändert.",
  "Finanzielle Auswirkungen:",
  "Die Mehreinnahmen betragen jährlich 12.000 € im Budget des Dezernats III.",
  "Dem Magistrat",
  "mit der Bitte um Kenntnisnahme",
  "Wiesbaden, 02.06.2025",
  "Müller",
];
const docx = (lines: readonly string[]) => docxFromBody(lines.map(paragraphXml).join(""));

interface Summary {
  readonly complete: boolean;
  readonly codes: readonly string[];
  readonly vorlage: unknown;
}
async function checked(bytes: Uint8Array): Promise<Summary> {
  const { file } = tempFolder("bv-unicode-");
  const json = JSON.parse((await run("check", "--json", file("v.docx", bytes))).out) as { files: { complete: boolean; findings: { code: string }[]; vorlage: unknown }[] };
  const f = json.files[0] as { complete: boolean; findings: { code: string }[]; vorlage: unknown };
  return { complete: f.complete, codes: f.findings.map((x) => x.code).sort(), vorlage: f.vorlage };
}
const composed = (v: unknown): unknown => JSON.parse(JSON.stringify(v).normalize("NFC"));

describe("headings and labels in another Unicode form or the old spelling", () => {
  it("check reads a Vorlage with decomposed umlauts as it reads the composed one", async () => {
    const nfc = await checked(docx(LINES));
    const nfd = await checked(docx(LINES.map((l) => l.normalize("NFD"))));
    expect(nfd.codes).toEqual(nfc.codes);
    expect((nfd.vorlage as { federfuehrung: string }).federfuehrung).toBe("III");
    expect(composed(nfd.vorlage)).toEqual(nfc.vorlage);
  });

  it("check reads „Beschlußvorschlag:“ as the decision heading", async () => {
    const ss = await checked(docx(LINES));
    const sz = await checked(docx(LINES.map((l) => (l === "Beschlussvorschlag:" ? "Beschlußvorschlag:" : l))));
    expect(sz.codes).toEqual(ss.codes);
    expect(sz.codes).not.toContain("recognize-heading-missing");
    expect(sz.vorlage).toEqual(ss.vorlage);
  });

  it("recognize structures the decomposed document and keeps its characters as they were", () => {
    const nfd = LINES.map((l) => l.normalize("NFD"));
    const out = recognizeDocx(docx(nfd), WIESBADEN, { ids: sequentialIds("x") });
    expect(out.outcome.wrapped).toBe(true);
    // Every paragraph reads exactly as before, decomposed.
    expect(DocxDocument.open(out.bytes).paragraphs().map(paragraphText)).toEqual(nfd);
    expect(strFromU8(unzipSync(out.bytes)["word/document.xml"] as Uint8Array)).toContain("Die Gebu\u0308hren sind seit zehn Jahren unvera\u0308ndert.");
    const read = DocxDocument.open(out.bytes).read(WIESBADEN);
    expect(read.structured).toBe(true);
    expect(read.findings.map((f) => f.code)).not.toContain("metadata-disagrees");
    expect(read.vorlage.zustaendigkeit.federfuehrend).toBe("III");
    // The clause numbers stand in our number controls, as in the composed document: --renumber can correct them.
    expect(read.findings.map((f) => f.code)).not.toContain("structure-number-typed");
    const renumbered = recognizeDocx(out.bytes, WIESBADEN, { ids: sequentialIds("y"), renumber: true });
    expect(renumbered.renumbered).toBe(2);
    expect(DocxDocument.open(renumbered.bytes).paragraphs().map(paragraphText).filter((t) => /^1\.\d /u.test(t))).toEqual(["1.1 Die Gebu\u0308hrenordnung wird gea\u0308ndert.", "1.2 Die Verwaltung wird beauftragt, die A\u0308nderung o\u0308ffentlich bekanntzumachen."]);
  });
});
