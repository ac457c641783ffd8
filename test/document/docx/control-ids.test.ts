import { strFromU8, unzipSync } from "fflate";
import { clause, section } from "../../../src/core/model/builders";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { reference0057 } from "../../fixtures/reference-0057";

/** The ids of every content control in document.xml, in order. */
const controlIds = (bytes: Uint8Array): number[] => {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array);
  return [...xml.matchAll(/<w:sdtPr>(?:(?!<\/w:sdtPr>).)*?<w:id w:val="(-?\d+)"\/>/gs)].map((m) => Number(m[1]));
};
const duplicates = (ids: readonly number[]): number[] => ids.filter((id, i) => ids.indexOf(id) !== i);

/**
 * A .docx written by another process of ours (the CLI, the preview, another pane): its
 * renderers numbered the controls from 1, as this process's renderers also start.
 */
function writtenElsewhere(v: Vorlage): Uint8Array {
  let bytes: Uint8Array | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const other = require("../../../src/document/docx/docx-document") as typeof import("../../../src/document/docx/docx-document");
    bytes = other.DocxDocument.create(v, WIESBADEN, "2025-05-06T09:00:00Z").save();
  });
  return bytes as Uint8Array;
}

describe("content-control ids in a document another process wrote", () => {
  it("stay unique after every kind of insert through the .docx adapter", async () => {
    const v = reference0057();
    const bytes = writtenElsewhere(v);
    const before = controlIds(bytes);
    expect(duplicates(before)).toEqual([]);
    expect(Math.min(...before)).toBeLessThanOrEqual(2);
    const port = DocxPort.fromBytes(bytes, WIESBADEN, sequentialIds("p"));
    const read = (await port.read()).vorlage;
    const [first] = read.sections;
    await port.insertSection(section("neu", "beschluss", [clause("neu1", "Etwas gilt.")]), { after: (first as { id: string }).id });
    await port.insertClause(clause("neu2", "Noch etwas gilt."), "neu");
    await port.insertUnterpunkt({ id: "neu3", text: "erstens" }, "neu2");
    await port.insertEntry("verteiler", { ...read, verteiler: [...read.verteiler, { id: "neu4", empfaenger: "Dezernat V", bitte: "kenntnisnahme" }] }, "neu4");
    await port.setFields({ "header.betreff": "" });
    const after = controlIds(port.bytes());
    expect(after.length).toBeGreaterThan(before.length);
    expect(duplicates(after)).toEqual([]);
  });

  it("of new controls start above the largest id the document holds", async () => {
    const bytes = writtenElsewhere(reference0057());
    const largest = Math.max(...controlIds(bytes));
    const doc = DocxDocument.open(bytes, { edit: true });
    const port = new DocxPort(doc, WIESBADEN, sequentialIds("p"));
    const s = (await port.read()).vorlage.sections[0] as { id: string };
    await port.insertClause(clause("neu", "Etwas gilt."), s.id);
    const added = controlIds(port.bytes()).filter((id) => !controlIds(bytes).includes(id));
    expect(added.length).toBeGreaterThan(0);
    expect(Math.min(...added)).toBe(largest + 1);
  });
});
