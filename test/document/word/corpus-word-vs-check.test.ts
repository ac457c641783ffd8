import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
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

/**
 * The stories beside the body (footnotes, page footers, text boxes) with tracked changes and a comment put into
 * corpus documents as a colleague's review would leave them: pane and check count them alike (story-revisions-word.ts,
 * docx/story-revisions.ts). Every sixth document that has no notes part and no even-page footer of its own.
 */
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const BY = 'w:author="Kämmerei" w:date="2025-05-02T10:00:00Z"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
type Files = Record<string, Uint8Array>;
function addPart(f: Files, name: string, xml: string, kind: string, id: string): void {
  f[`word/${name}`] = strToU8(xml);
  const rels = f["word/_rels/document.xml.rels"];
  f["word/_rels/document.xml.rels"] = strToU8((rels ? strFromU8(rels) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`).replace("</Relationships>", `<Relationship Id="${id}" Type="${REL}${kind}" Target="${name}"/></Relationships>`));
  f["[Content_Types].xml"] = strToU8(strFromU8(f["[Content_Types].xml"] as Uint8Array).replace("</Types>", `<Override PartName="/word/${name}" ContentType="${CT}${kind}+xml"/></Types>`));
}
function reviewed(bytes: Uint8Array): Uint8Array | undefined {
  const f = unzipSync(bytes) as Files;
  const doc = strFromU8(f["word/document.xml"] as Uint8Array);
  const sectPr = /<w:sectPr\b[^>]*>/.exec(doc);
  if (f["word/footnotes.xml"] || f["word/endnotes.xml"] || sectPr === null || sectPr[0].endsWith("/>") || /w:footerReference w:type="even"/.test(doc)) return undefined;
  addPart(f, "footnotes.xml", `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W}"><w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">Kosten </w:t></w:r><w:del w:id="9001" ${BY}><w:r><w:delText>nicht </w:delText></w:r></w:del><w:r><w:t>gedeckt.</w:t></w:r><w:r><w:commentReference w:id="9009"/></w:r></w:p></w:footnote></w:footnotes>`, "footnotes", "rIdRvFn");
  addPart(f, "footer97.xml", `<?xml version="1.0" encoding="UTF-8"?><w:ftr xmlns:w="${W}"><w:p><w:ins w:id="9002" ${BY}><w:r><w:t>Entwurf</w:t></w:r></w:ins></w:p></w:ftr>`, "footer", "rIdRvFt");
  const box = `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:ins w:id="9003" ${BY}><w:r><w:t>3.000.000 €</w:t></w:r></w:ins></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
  const withRefs = doc.replace(sectPr[0], `${sectPr[0]}<w:footerReference xmlns:r="${REL.slice(0, -1)}" w:type="even" r:id="rIdRvFt"/>`);
  // The footnote's reference and the text box at the end of the body's first paragraph.
  f["word/document.xml"] = strToU8(withRefs.replace(/(<w:p[\s>](?:(?!<\/w:p>)[\s\S])*?)(<\/w:p>)/, `$1<w:r><w:footnoteReference w:id="1"/></w:r>${box}$2`));
  return zipSync(f);
}

describe("the corpus with a colleague's review in its footnotes, footers and text boxes, in the Word pane and in check", () => {
  const SAMPLE = FILES.filter((_, i) => i % 6 === 0).flatMap((f) => {
    const bytes = reviewed(readFileSync(f));
    return bytes ? [[relative(CORPUS_DIR, f), bytes] as const] : [];
  });
  it("has documents to review", () => {
    expect(SAMPLE.length).toBeGreaterThan(15);
  });

  it.each(SAMPLE)("%s: the same findings", async (_, bytes) => {
    const doc = DocxDocument.open(bytes);
    const check = checkedFindings(doc, doc.read(WIESBADEN, sequentialIds("r")), WIESBADEN);
    expect(check.filter((f) => ["fussnoten", "kopfzeilen", "textfelder"].includes(String(f.params["teil"]))).length).toBe(4);
    const pane = shownFindings(await new WordPort(new WordSimulator(bytes).host(), WIESBADEN, sequentialIds("w")).read(), WIESBADEN);
    expect(pane.map(said).sort()).toEqual(check.map(said).sort());
  });
});
