import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { BlockNotFoundError } from "../../../src/document/block-not-found";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { PreviewPort } from "../../../src/preview/preview-port";
import { paragraphXml } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";

/**
 * „In einen Baustein übernehmen“ in the preview, on the .docx engine, as Word's adapter does it (word/adopt-clause.ts):
 * a clause typed by hand outside our controls („2.4 die Mehrkosten …“ after clause 2.3, tryout 4) is read as the
 * clause it prints as, but move and delete reach only our controls. Taken over, its paragraph is wrapped in our
 * clause control as it stands, and move and delete work.
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
const typedOf = async (port: DocxPort) => {
  const read = await port.read();
  const f = read.findings.find((x) => x.code === "structure-clause-uncontrolled");
  return { read, id: f?.location.type === "clause" ? f.location.id : undefined };
};
const open = (bytes: Uint8Array) => new PreviewPort(DocxDocument.open(bytes, { edit: true }), WIESBADEN, sequentialIds("w"));

describe.each([
  ["in the Beschluss section's control, after clause 2.3", inSection],
  ["at body level, after the Beschluss section", atBody],
])("a clause typed %s", (_, place) => {
  it("is taken over into our clause control, its text unchanged, and then deleted like any clause", async () => {
    const port = open(place(paragraphXml(TYPED)));
    const { read, id } = await typedOf(port);
    expect(id).toBeDefined();
    const texts = beschluss(read.vorlage)?.clauses.map((c) => c.text);
    // Before: it is in no control of ours, and delete does not reach it.
    await expect(port.deleteBlock(id as string)).rejects.toThrow();
    await port.adoptClause(id as string);
    const after = await port.read();
    expect(after.findings.map((f) => f.code)).not.toContain("structure-clause-uncontrolled");
    expect(beschluss(after.vorlage)?.clauses.map((c) => c.text)).toEqual(texts);
    expect(beschluss(after.vorlage)?.clauses.map((c) => c.id)).toContain(id);
    await port.deleteBlock(id as string);
    const gone = await port.read();
    expect(beschluss(gone.vorlage)?.clauses.map((c) => c.text)).toEqual(texts?.slice(0, -1));
    expect(strFromU8(unzipSync(port.bytes())["word/document.xml"] as Uint8Array)).not.toContain("Mehrkosten");
  });

  it("is moved above clause 2.3 once taken over", async () => {
    const port = open(place(paragraphXml(TYPED)));
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

describe("what is not taken over", () => {
  it("refuses a clause the last read did not show as typed (one of ours), and changes nothing", async () => {
    const port = open(inSection(paragraphXml(TYPED)));
    const { read } = await typedOf(port);
    const ours = beschluss(read.vorlage)?.clauses[0]?.id as string;
    const before = port.bytes();
    await expect(port.adoptClause(ours)).rejects.toBeInstanceOf(BlockNotFoundError);
    expect(strFromU8(unzipSync(port.bytes())["word/document.xml"] as Uint8Array)).toBe(strFromU8(unzipSync(before)["word/document.xml"] as Uint8Array));
  });

  it("refuses a typed clause continued over a second paragraph (no paragraph shows it by itself), as Word does", async () => {
    const port = open(inSection(paragraphXml(TYPED) + paragraphXml("Die Deckung erfolgt aus dem Budget des Amtes.")));
    const { read, id } = await typedOf(port);
    const clause = beschluss(read.vorlage)?.clauses.find((c) => c.id === id);
    // Read as one clause of two paragraphs, as check reads it.
    expect(clause?.text).toBe(`${TYPED.slice(4)}\nDie Deckung erfolgt aus dem Budget des Amtes.`);
    await expect(port.adoptClause(id as string)).rejects.toBeInstanceOf(BlockNotFoundError);
  });
});
