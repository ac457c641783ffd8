import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { Finding } from "../../../src/core/validation/finding";
import { checkedFindings } from "../../../src/document/docx/checked-findings";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { shownFindings } from "../../../src/document/shown-findings";
import { WordPort } from "../../../src/document/word/word-port";
import { CORPUS_DIR } from "../../fixtures/corpus/evaluate";
import { WordSimulator } from "../../word-simulator/word-simulator";

/**
 * „What the tool says about a document must be true … in a Word we cannot run“: every document of the corpus (office
 * documents of many cities, page headers, tracked changes and comments among them), read by the Word adapter on the
 * simulator and by the .docx engine, gives the same findings: the rules on the read Vorlage and what reading found
 * (code, severity, what it is about, parameters; ids are generated and left out). Compared is exactly what each
 * shows: the pane `shownFindings` of the Word adapter's read (use-document.ts), check `checkedFindings`
 * (docx/checked-findings.ts): both without the numbering faults at a document's own outline.
 */
const said = (f: Finding): string => JSON.stringify([f.code, f.severity, f.location.type === "field" ? f.location.field : f.location.type, f.params]);

function documents(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return documents(path);
    return name.endsWith(".docx") ? [path] : [];
  });
}
const FILES = documents(CORPUS_DIR).sort();

describe("the corpus in the Word pane and in check", () => {
  it("has its documents", () => {
    expect(FILES.length).toBeGreaterThan(100);
  });

  it.each(FILES.map((f) => [relative(CORPUS_DIR, f), f]))("%s: the same findings", async (_, file) => {
    const bytes = readFileSync(file);
    const doc = DocxDocument.open(bytes);
    const check = checkedFindings(doc, doc.read(WIESBADEN, sequentialIds("r")), WIESBADEN);
    const sim = new WordSimulator(bytes);
    const pane = shownFindings(await new WordPort(sim.host(), WIESBADEN, sequentialIds("w")).read(), WIESBADEN);
    expect(pane.map(said).sort()).toEqual(check.map(said).sort());
  });
});
