import { sequentialIds } from "../../../src/core/model/ids";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { Finding } from "../../../src/core/validation/finding";
import { validate } from "../../../src/core/validation/validate";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { WordPort } from "../../../src/document/word/word-port";
import { docxFromBody } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";
import { simTitle, setSimTitle } from "../../word-simulator/document-title";
import { WordSimulator } from "../../word-simulator/word-simulator";

/**
 * Issue 24, item 3, in Word: the pane's „Prüfen“ shows the accessibility findings `check` shows
 * (same codes, same words: they come with the port's read, which the pane lists with the
 * validation's), read from the body's OOXML and the title in the document properties.
 */
const accessibility = (fs: readonly Finding[]) => fs.filter((f) => f.code.startsWith("accessibility-")).map((f) => f.code);

/** The seed drafted as the pane drafts it on an empty document: sections at the cursor, the Angaben, then Verteiler, Zeichnungen and Bezüge. */
async function draftInPane(port: WordPort, v: Vorlage): Promise<void> {
  let after: string | undefined;
  for (const s of v.sections) {
    await port.insertSection(s, after ? { after } : "selection");
    after = s.id;
  }
  await port.saveDetails({ "header.betreff": v.header.betreff, "header.vorlagenNr": v.header.vorlagenNr }, v, true);
  for (const e of v.verteiler) await port.insertEntry("verteiler", v, e.id);
  for (const z of v.zeichnungen) await port.insertEntry("zeichnung", v, z.id);
  for (const b of v.bezuege) await port.insertEntry("bezug", v, b.id);
}

describe("accessibility findings in Word (simulator)", () => {
  it("a seed-like Vorlage drafted to completion in the pane has none; its title is the Betreff", async () => {
    const sim = new WordSimulator(docxFromBody("<w:p/>"));
    const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
    const ref = reference0057();
    await draftInPane(port, ref);
    const read = await port.read();
    expect(validate(read.vorlage, WIESBADEN).filter((f) => f.severity === "error")).toEqual([]);
    expect(accessibility(read.findings)).toEqual([]);
    expect(simTitle(sim)).toBe(ref.header.betreff);
  });

  it("says the title is missing, and the same as `check` says of the saved document", async () => {
    const sim = new WordSimulator(DocxDocument.create(reference0057(), WIESBADEN, "2025-05-06T09:00:00Z").save());
    setSimTitle(sim, "");
    const read = await new WordPort(sim.host(), WIESBADEN, sequentialIds("w")).read();
    expect(accessibility(read.findings)).toEqual(["accessibility-title-missing"]);
    const checked = DocxDocument.open(sim.bytes()).read(WIESBADEN, sequentialIds("w")).findings;
    expect(read.findings.filter((f) => f.code.startsWith("accessibility-"))).toEqual(checked.filter((f) => f.code.startsWith("accessibility-")));
  });

  it("finds a table without a header row", async () => {
    const row = (a: string, b: string) => `<w:tr><w:tc><w:p><w:r><w:t>${a}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>${b}</w:t></w:r></w:p></w:tc></w:tr>`;
    const table = `<w:tbl><w:tblPr><w:tblStyle w:val="Tabellenraster"/><w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>${row("Jahr", "Betrag")}${row("2025", "100 €")}</w:tbl>`;
    const v = reference0057();
    const bytes = DocxDocument.create(v, WIESBADEN, "2025-05-06T09:00:00Z").save();
    const sim = new WordSimulator(bytes);
    sim.body.insertBefore(new WordSimulator(docxFromBody(table)).body.firstChild!.cloneNode(true), sim.body.firstChild);
    const read = await new WordPort(sim.host(), WIESBADEN, sequentialIds("w")).read();
    const found = read.findings.filter((f) => f.code.startsWith("accessibility-"));
    expect(found.map((f) => [f.code, f.params["nummer"], f.params["auszug"]])).toEqual([["accessibility-table-header", 1, "Jahr"]]);
  });

  it("costs no round trip of its own: a read of a document whose house style prints everything is one sync", async () => {
    const sim = new WordSimulator(DocxDocument.create(reference0057(), KARLSRUHE, "2025-05-06T09:00:00Z").save());
    const before = sim.cost.syncs;
    const read = await new WordPort(sim.host(), KARLSRUHE, sequentialIds("w")).read();
    expect(sim.cost.syncs - before).toBe(1);
    // Karlsruhe prints the reference's empty Produkt, Kostenstelle and CO2 Begründung as prompts: said as check says it.
    expect(accessibility(read.findings)).toEqual(["accessibility-field-prompt"]);
  });

  it("the simulator's title catches an adapter that reads it without load and sync (PropertyNotLoaded)", async () => {
    const sim = new WordSimulator(DocxDocument.create(reference0057(), WIESBADEN, "2025-05-06T09:00:00Z").save());
    expect(simTitle(sim)).toBe(reference0057().header.betreff);
    await expect(sim.run(async (context) => context.document.properties.title)).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    await sim.run(async (context) => {
      context.document.properties.title = "Eigener Titel";
      await context.sync();
    });
    expect(DocxDocument.open(sim.bytes()).read(WIESBADEN, sequentialIds("w")).findings.some((f) => f.code === "accessibility-title-missing")).toBe(false);
    expect(simTitle(new WordSimulator(sim.bytes()))).toBe("Eigener Titel");
  });
});
