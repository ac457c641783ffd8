import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { isComplete, type Finding } from "../../../src/core/validation/finding";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { WordPort } from "../../../src/document/word/word-port";
import { anchorTag } from "../../../src/document/finding-comments";
import { findingPlace } from "../../../src/i18n/finding-place";
import { COMMENTS, docxFromBody, paragraphXml } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";
import { WordSimulator } from "../../word-simulator/word-simulator";

const NOW = "2024-03-21T10:00:00Z";
const LINES = ["Vorlagen-Nr. 25-V-03-0012", "Beitritt zum Verein NExT e. V.", "1. Es wird zur Kenntnis genommen, dass", "1.1 die Stadt dem Verein beitreten kann.", "2. Es wird beschlossen, dass", "2.1 die Stadt dem Verein beitritt."];
const REV = `w:author="Kämmerei" w:date="2024-03-01T10:00:00Z"`;

/** Clause 2.2 of the tryout's 0057: 1.000 € changed to 1.200 € under Track Changes, not accepted, with a comment on it. */
const CHANGED_CLAUSE = `<w:p><w:r><w:t xml:space="preserve">2.2 Der Mitgliedsbeitrag von </w:t></w:r><w:del w:id="1" ${REV}><w:r><w:delText>1.000</w:delText></w:r></w:del><w:ins w:id="2" ${REV}><w:r><w:t>1.200</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> € jährlich wird bereitgestellt.</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`;

const plain = (...extra: string[]): Uint8Array =>
  docxFromBody([...LINES.map(paragraphXml), ...extra, paragraphXml("2.3 die Verwaltung berichtet.")].join(""), { "word/comments.xml": strToU8(COMMENTS) });

const open = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.code === "ueberarbeitung-offen" || f.code === "kommentar-offen" || f.code === "pruefhinweise-im-dokument");

async function wordRead(bytes: Uint8Array): Promise<{ findings: readonly Finding[]; syncs: number }> {
  const sim = new WordSimulator(bytes);
  const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
  const before = sim.syncs;
  const read = await port.read();
  return { findings: read.findings, syncs: sim.syncs - before };
}

/** What `check` reads from the same package: code, count and place in words. */
function checkSays(bytes: Uint8Array): [string, unknown, unknown][] {
  const read = DocxDocument.open(bytes).read(WIESBADEN);
  return open(read.findings).map((f) => [f.code, f.params["anzahl"], f.params["teil"]]);
}

describe("tracked changes and comments left in a document, in the pane", () => {
  // The pane called the tryout's 0057 „vollständig“ while `check` called it „unvollständig“: Word's body read cut the deleted
  // 1.000 before reading and nothing counted the changes or the comment.
  it("reports an unaccepted change and a comment in a clause by clause and number, as check does, in the read's one sync", async () => {
    const bytes = plain(CHANGED_CLAUSE);
    const sim = new WordSimulator(bytes);
    const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
    const before = sim.syncs;
    const read = await port.read();
    expect(sim.syncs - before).toBe(1);
    const found = open(read.findings);
    expect(found.map((f) => [f.code, f.severity, f.params["anzahl"], findingPlace(f.location, read.vorlage, "de", WIESBADEN)])).toEqual([
      ["ueberarbeitung-offen", "error", 2, "Ziffer 2.2"],
      ["kommentar-offen", "error", 1, "Ziffer 2.2"],
    ]);
    expect(isComplete(read.findings)).toBe(false);
    expect(found.map((f) => [f.code, f.params["anzahl"], f.params["teil"]])).toEqual(checkSays(bytes));
  });

  it("says nothing of a document without tracked changes or comments", async () => {
    const { findings } = await wordRead(DocxDocument.create(reference0057(), WIESBADEN, NOW).save());
    expect(open(findings)).toEqual([]);
    expect(open((await wordRead(plain())).findings)).toEqual([]);
  });

  it("names the clause control around a change in a Vorlage with our controls, as check does", async () => {
    const files = unzipSync(DocxDocument.create(reference0057(), WIESBADEN, NOW).save());
    const doc = strFromU8(files["word/document.xml"] as Uint8Array);
    const clause = reference0057().sections[1]!.clauses[0]!;
    const words = clause.text.split(" ");
    const at = doc.indexOf(`${words[words.length - 1]!}</w:t>`);
    expect(at).toBeGreaterThan(0);
    const runEnd = doc.indexOf("</w:r>", at) + "</w:r>".length;
    const tracked = `<w:del w:id="91" ${REV}><w:r><w:delText>alt</w:delText></w:r></w:del><w:ins w:id="92" ${REV}><w:r><w:t>neu</w:t></w:r></w:ins>`;
    files["word/document.xml"] = strToU8(doc.slice(0, runEnd) + tracked + doc.slice(runEnd));
    const bytes = zipSync(files);
    const { findings } = await wordRead(bytes);
    expect(open(findings).map((f) => [f.code, f.location, f.params["anzahl"]])).toEqual([["ueberarbeitung-offen", { type: "clause", id: clause.id }, 2]]);
    expect(open(DocxDocument.open(bytes).read(WIESBADEN).findings).map((f) => [f.code, f.location, f.params["anzahl"]])).toEqual([["ueberarbeitung-offen", { type: "clause", id: clause.id }, 2]]);
  });

  // The .docx engine reads the deletions; Word's read cuts them first (live-body.ts). The count must not depend on that cut.
  it.each([
    ["a paragraph moved away and moved in", `<w:p><w:pPr><w:rPr><w:moveFrom w:id="7" ${REV}/></w:rPr></w:pPr><w:moveFrom w:id="8" ${REV}><w:r><w:t>2.2 die Stadt berichtet.</w:t></w:r></w:moveFrom></w:p><w:p><w:pPr><w:rPr><w:moveTo w:id="9" ${REV}/></w:rPr></w:pPr><w:moveTo w:id="10" ${REV}><w:r><w:t>2.2 die Stadt berichtet.</w:t></w:r></w:moveTo></w:p>`],
    ["formatting and paragraph properties changed", `<w:p><w:pPr><w:jc w:val="both"/><w:pPrChange w:id="11" ${REV}><w:pPr/></w:pPrChange></w:pPr><w:r><w:rPr><w:b/><w:rPrChange w:id="12" ${REV}><w:rPr/></w:rPrChange></w:rPr><w:t>2.2 die Stadt zahlt.</w:t></w:r></w:p>`],
    ["a deleted paragraph mark joining two", `<w:p><w:pPr><w:rPr><w:del w:id="13" ${REV}/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">2.2 die Stadt </w:t></w:r><w:del w:id="14" ${REV}><w:r><w:delText>zahlt</w:delText></w:r></w:del></w:p>${paragraphXml("zahlt 1.200 €.")}`],
    ["the unaccepted change and comment of the tryout", CHANGED_CLAUSE],
  ])("counts %s as check does", async (_, extra) => {
    const bytes = plain(extra);
    const expected = checkSays(bytes);
    expect(expected.length).toBeGreaterThan(0);
    const { findings } = await wordRead(bytes);
    expect(open(findings).map((f) => [f.code, f.params["anzahl"], f.params["teil"]])).toEqual(expected);
  });

  // A paragraph deleted whole has no text left: check read it as an empty line that recognition places nowhere („im Text“),
  // while Word's read, which has no paragraph left for it, named the paragraph its deleted mark joins it to. Both now name
  // that paragraph (here clause 2.3), where a reviewer sees the deletion struck through.
  it("names a paragraph deleted whole, with a comment in it, at the paragraph its deleted mark joins, in check as in the pane", async () => {
    const bytes = plain(`<w:p><w:pPr><w:rPr><w:del w:id="5" ${REV}/></w:rPr></w:pPr><w:del w:id="6" ${REV}><w:r><w:delText>2.2 die Stadt zahlt 1.000 €.</w:delText></w:r></w:del><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`);
    const checked = DocxDocument.open(bytes).read(WIESBADEN);
    expect(open(checked.findings).map((f) => [f.code, f.params["anzahl"], findingPlace(f.location, checked.vorlage, "de", WIESBADEN)])).toEqual([
      ["ueberarbeitung-offen", 2, "Ziffer 2.3"],
      ["kommentar-offen", 1, "Ziffer 2.3"],
    ]);
    const sim = new WordSimulator(bytes);
    const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
    const read = await port.read();
    expect(open(read.findings).map((f) => [f.code, f.params["anzahl"], findingPlace(f.location, read.vorlage, "de", WIESBADEN)])).toEqual([
      ["ueberarbeitung-offen", 2, "Ziffer 2.3"],
      ["kommentar-offen", 1, "Ziffer 2.3"],
    ]);
  });

  it("names a deleted last paragraph at the paragraph before it, in check as in the pane", async () => {
    const bytes = docxFromBody([...LINES.map(paragraphXml), `<w:p><w:pPr><w:rPr><w:del w:id="5" ${REV}/></w:rPr></w:pPr><w:del w:id="6" ${REV}><w:r><w:delText>2.2 die Stadt zahlt.</w:delText></w:r></w:del></w:p>`].join(""));
    const checked = DocxDocument.open(bytes).read(WIESBADEN);
    const inWords = (findings: readonly Finding[], v: typeof checked.vorlage) => open(findings).map((f) => [f.code, f.params["anzahl"], findingPlace(f.location, v, "de", WIESBADEN)]);
    expect(inWords(checked.findings, checked.vorlage)).toEqual([["ueberarbeitung-offen", 2, "Ziffer 2.1"]]);
    const read = await new WordPort(new WordSimulator(bytes).host(), WIESBADEN, sequentialIds("w")).read();
    expect(inWords(read.findings, read.vorlage)).toEqual(inWords(checked.findings, checked.vorlage));
  });

  // The .docx engine counts the pane's own „Prüfhinweise als Kommentare“ as comments that block submission (they are in the file and
  // are published with it), but names them as the add-in's Prüfhinweise, not as comments in the clause; the pane does the same, and
  // stops when they are removed.
  it("counts the pane's own finding comments as the add-in's Prüfhinweise, and no longer once they are removed", async () => {
    const v = reference0057();
    const sim = new WordSimulator(DocxDocument.create(v, WIESBADEN, NOW).save());
    const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
    const section = v.sections[1]!;
    const comments = [{ tag: anchorTag({ type: "section", id: section.id }, v), text: "Betrag prüfen" }];
    expect(await port.commentFindings(comments)).toBe("written");
    const read = await port.read();
    // Both engines put the comment's reference at the end of the control's last paragraph: the section's last clause holds it.
    const docx = DocxDocument.open(DocxDocument.create(v, WIESBADEN, NOW).save(), { edit: true });
    docx.setFindingComments(comments, NOW);
    const checked = DocxDocument.open(docx.save()).read(WIESBADEN);
    expect(open(checked.findings).map((f) => [f.code, f.location, f.params["anzahl"]])).toEqual([["pruefhinweise-im-dokument", { type: "document" }, 1]]);
    expect(open(read.findings).map((f) => [f.code, f.location, f.params["anzahl"]])).toEqual([["pruefhinweise-im-dokument", { type: "document" }, 1]]);
    expect(isComplete(read.findings)).toBe(false);
    await port.removeFindingComments();
    expect(open((await port.read()).findings)).toEqual([]);
  });
});
