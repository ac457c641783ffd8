import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { validate } from "../../../src/core/validation/validate";
import { checkedFindings } from "../../../src/document/docx/checked-findings";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { shownFindings } from "../../../src/document/shown-findings";
import { WordPort } from "../../../src/document/word/word-port";
import { CORPUS_DIR } from "../../fixtures/corpus/evaluate";
import { WordSimulator } from "../../word-simulator/word-simulator";

/**
 * A Vorlage numbered in its own outline („I. Vortrag“ … „II. Antrag“): `check` reports no numbering fault there,
 * since `recognize --renumber` keeps that outline. The pane in Word said those faults; it now reads the same
 * sections as the document's own (PortRead.ownOutline) and shows what check shows (shown-findings.ts).
 */
const FILE = join(CORPUS_DIR, "24-lo-muenchen-vortrag-antrag.docx");
const numbering = (codes: readonly { code: string }[]): string[] => codes.map((f) => f.code).filter((c) => c.startsWith("numbering-") && c !== "numbering-scheme");

describe("the pane and a document's own outline", () => {
  it("reads the sections of the document's own outline, and shows no numbering fault there, as check", async () => {
    const bytes = readFileSync(FILE);
    const read = await new WordPort(new WordSimulator(bytes).host(), WIESBADEN, sequentialIds("w")).read();
    expect(read.ownOutline?.size ?? 0).toBeGreaterThan(0);
    // The rules alone say numbering faults in those sections; what the pane shows does not.
    expect(numbering(validate(read.vorlage, WIESBADEN)).length).toBeGreaterThan(0);
    const shown = shownFindings(read, WIESBADEN);
    const doc = DocxDocument.open(bytes);
    const check = checkedFindings(doc, doc.read(WIESBADEN, sequentialIds("r")), WIESBADEN);
    expect(numbering(shown)).toEqual(numbering(check));
    expect(shown.length).toBe(check.length);
  });

  it("names sections of the read it comes with, read after read", async () => {
    const port = new WordPort(new WordSimulator(readFileSync(FILE)).host(), WIESBADEN, sequentialIds("w"));
    for (const read of [await port.read(), await port.read()]) {
      const ids = new Set(read.vorlage.sections.map((s) => s.id));
      expect(read.ownOutline?.size ?? 0).toBeGreaterThan(0);
      for (const id of read.ownOutline ?? []) expect(ids.has(id)).toBe(true);
    }
  });
});
