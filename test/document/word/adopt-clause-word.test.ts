import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { WordPort } from "../../../src/document/word/word-port";
import { paragraphXml } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";
import { WordSimulator } from "../../word-simulator/word-simulator";

/**
 * „In einen Baustein übernehmen“: a clause typed by hand outside our controls („2.4 die Mehrkosten …“ after clause 2.3,
 * tryout 4) is read by check and the pane as the clause it prints as, but the pane's move and delete reach only our
 * controls. Taken over, it is wrapped in our clause control with its text as it stands, and move and delete work.
 */
const NOW = "2026-12-07T12:00:00Z";
const TYPED = "2.4\tdie Mehrkosten von 1.500.000 € jährlich im Haushaltsjahr 2024 bereitgestellt werden.";
const LAST = "erfolgt.</w:t></w:r></w:p>";
const original = (): Uint8Array => DocxDocument.create(reference0057(), WIESBADEN, NOW).save();
function edited(edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(original());
  const xml = strFromU8(parts["word/document.xml"] as Uint8Array);
  const changed = edit(xml);
  expect(changed).not.toBe(xml);
  return zipSync({ ...parts, "word/document.xml": strToU8(changed) });
}
const inSection = (p: string) => edited((x) => x.replace(`${LAST}</w:sdtContent></w:sdt>`, `${LAST}</w:sdtContent></w:sdt>${p}`));
const atBody = (p: string) => edited((x) => x.replace(`${LAST}</w:sdtContent></w:sdt></w:sdtContent></w:sdt>`, `${LAST}</w:sdtContent></w:sdt></w:sdtContent></w:sdt>${p}`));

const beschluss = (v: Vorlage) => v.sections.find((s) => s.kind === "beschluss");
const typedOf = async (port: WordPort) => {
  const read = await port.read();
  const f = read.findings.find((x) => x.code === "structure-clause-uncontrolled");
  return { read, id: f?.location.type === "clause" ? f.location.id : undefined };
};

describe.each([
  ["in the Beschluss section's control, after clause 2.3", inSection],
  ["at body level, after the Beschluss section", atBody],
])("a clause typed %s", (_, place) => {
  it("is taken over into our clause control in one Word.run of two syncs, its text unchanged, and then deleted like any clause", async () => {
    const sim = new WordSimulator(place(paragraphXml(TYPED)));
    const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
    const { read, id } = await typedOf(port);
    expect(id).toBeDefined();
    const texts = beschluss(read.vorlage)?.clauses.map((c) => c.text);
    // The pane could not delete it before: it is in no control of ours.
    await expect(port.deleteBlock(id as string)).rejects.toThrow();
    const runs = sim.runs;
    const syncs = sim.syncs;
    await port.adoptClause(id as string);
    expect(sim.runs - runs).toBe(1);
    expect(sim.syncs - syncs).toBe(2);
    const after = await port.read();
    expect(after.findings.map((f) => f.code)).not.toContain("structure-clause-uncontrolled");
    expect(beschluss(after.vorlage)?.clauses.map((c) => c.text)).toEqual(texts);
    expect(beschluss(after.vorlage)?.clauses.map((c) => c.id)).toContain(id);
    await port.deleteBlock(id as string);
    const gone = await port.read();
    expect(beschluss(gone.vorlage)?.clauses.map((c) => c.text)).toEqual(texts?.slice(0, -1));
    expect(JSON.stringify(strFromU8(unzipSync(sim.bytes())["word/document.xml"] as Uint8Array))).not.toContain("Mehrkosten");
  });

  it("is moved above clause 2.3 once taken over", async () => {
    const sim = new WordSimulator(place(paragraphXml(TYPED)));
    const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
    const { read, id } = await typedOf(port);
    const clauses = beschluss(read.vorlage)?.clauses ?? [];
    await port.adoptClause(id as string);
    await port.read();
    await port.moveBlock(id as string, clauses[clauses.length - 3]?.id as string);
    const moved = beschluss((await port.read()).vorlage)?.clauses ?? [];
    expect(moved.map((c) => c.id).indexOf(id as string)).toBe(clauses.length - 2);
    expect(moved.find((c) => c.id === id)?.text).toBe(clauses[clauses.length - 1]?.text);
  });
});

describe("a clause typed over several paragraphs in the Beschluss section's control", () => {
  const FURTHER = "Die Deckung erfolgt aus dem Budget des Grünflächenamts.";
  const LETTERED = "a) zunächst für das Jahr 2025;";
  const typedOver = (...more: string[]) => inSection([TYPED, ...more].map(paragraphXml).join(""));

  it("is taken over into one clause control around all its paragraphs, in one Word.run of two syncs, text and sub-points unchanged, and then deleted whole", async () => {
    const sim = new WordSimulator(typedOver(FURTHER, LETTERED));
    const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
    const { read, id } = await typedOf(port);
    const typed = beschluss(read.vorlage)?.clauses.find((c) => c.id === id);
    expect(typed?.text).toContain(FURTHER);
    expect(typed?.unterpunkte?.map((u) => u.text)).toEqual(["zunächst für das Jahr 2025;"]);
    const [runs, syncs] = [sim.runs, sim.syncs];
    await port.adoptClause(id as string);
    expect([sim.runs - runs, sim.syncs - syncs]).toEqual([1, 2]);
    const after = await port.read();
    expect(after.findings.map((f) => f.code)).not.toContain("structure-clause-uncontrolled");
    const adopted = beschluss(after.vorlage)?.clauses.find((c) => c.id === id);
    expect([adopted?.text, adopted?.writtenNumber, adopted?.unterpunkte?.map((u) => [u.text, u.writtenNumber])]).toEqual([typed?.text, typed?.writtenNumber, typed?.unterpunkte?.map((u) => [u.text, u.writtenNumber])]);
    await port.deleteBlock(id as string);
    const xml = strFromU8(unzipSync(sim.bytes())["word/document.xml"] as Uint8Array);
    expect([xml.includes("Mehrkosten"), xml.includes("Grünflächenamts"), xml.includes("zunächst")]).toEqual([false, false, false]);
  });

  it("is refused where an empty paragraph stands among its paragraphs (wrapped, it would read as another text), and the document is left as it was", async () => {
    const sim = new WordSimulator(typedOver("", FURTHER));
    const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
    const { id } = await typedOf(port);
    const before = strFromU8(unzipSync(sim.bytes())["word/document.xml"] as Uint8Array);
    await expect(port.adoptClause(id as string)).rejects.toMatchObject({ name: "AdoptRefusedError", refusal: "changed" });
    expect(strFromU8(unzipSync(sim.bytes())["word/document.xml"] as Uint8Array)).toBe(before);
  });

  it("is refused where the clause runs over a table, saying so, and the document is left as it was", async () => {
    const table = `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>Kostenstelle 4711</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
    const sim = new WordSimulator(inSection(paragraphXml(TYPED) + table + paragraphXml(FURTHER)));
    const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
    const { id } = await typedOf(port);
    expect(id).toBeDefined();
    const before = strFromU8(unzipSync(sim.bytes())["word/document.xml"] as Uint8Array);
    await expect(port.adoptClause(id as string)).rejects.toMatchObject({ name: "AdoptRefusedError", refusal: "table" });
    expect(strFromU8(unzipSync(sim.bytes())["word/document.xml"] as Uint8Array)).toBe(before);
  });
});
