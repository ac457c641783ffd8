import { strFromU8, unzipSync } from "fflate";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { sequentialIds } from "../../src/core/model/ids";
import { recognizeDocx } from "../../src/cli/recognize-docx";
import { RenumberDropsUserMarkupError } from "../../src/document/marked-numbers";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { generateDocument } from "./document-generator";
import { runInvariants, visibleText } from "./invariants";

/**
 * The promises of `beschluss recognize`, over 2,000 generated documents per run (four
 * slices of 500, seeds fixed): idempotent part by part; the text Word shows unchanged;
 * with --renumber only wrong numbers change, each to its right value; the check finds
 * nothing new; parts we do not own byte for byte. `npm run fuzz:invariants` runs more.
 */
describe("recognize keeps its promises on generated documents", () => {
  it.each([1, 2, 3, 4])("slice %i: 500 documents, no invariant broken", (slice) => {
    const figures = runInvariants(500, 20_261_126 + slice);
    expect(figures.violations.slice(0, 5)).toEqual([]);
    expect(figures.documents).toBe(500);
    // The slice really exercises what it claims: wrapped documents, refused ones, already structured ones, corrections.
    expect(figures.wrapped).toBeGreaterThan(100);
    expect(figures.refused["already-structured"]).toBeGreaterThan(50);
    // Numbers in hyperlinks, tracked changes, fields, smartTags: left as text, everything else structured.
    expect(figures.numbersLeft).toBeGreaterThan(50);
    expect(figures.refused["number-in-construct"] ?? 0).toBe(0);
    expect(figures.numbersCorrected).toBeGreaterThan(50);
    // Wrong numbers in tracked changes or under comments: refused by name, not skipped.
    expect(figures.renumberRefused).toBeGreaterThan(0);
    for (const f of ["table", "hyperlink", "w:ins", "w:del", "fldSimple", "complex field", "smartTag", "comment", "bookmark", "footnote", "nested foreign controls", "structured by new", "structured by recognize"]) {
      expect({ f, n: (figures.features[f] ?? 0) > 10 }).toEqual({ f, n: true });
    }
  }, 120_000);

  it("the generator is reproducible and varied", () => {
    expect(Buffer.from(generateDocument(9, 3).bytes).equals(Buffer.from(generateDocument(9, 3).bytes))).toBe(true);
    const kinds = new Set(Array.from({ length: 60 }, (_, i) => generateDocument(9, i).kind));
    expect([...kinds].sort()).toEqual(["new", "plain", "recognized"]);
  });
});

const shown = (bytes: Uint8Array) => visibleText(strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array));

describe("recognize on the documents of issue 11", () => {
  const HEAD = ["Vorlagen-Nr. 25-V-03-0012", "Betreff: Lastenräder", "1. Es wird zur Kenntnis genommen, dass"].map(paragraphXml).join("");

  it("an already structured document is not wrapped again, and --renumber leaves its right numbers alone (item 1)", () => {
    const once = recognizeDocx(docxFromBody(HEAD + paragraphXml("1.1\tdie Stadt prüft;") + paragraphXml("1.2\tdie Kosten trägt.")), WIESBADEN, { ids: sequentialIds("a") });
    expect(once.outcome.wrapped).toBe(true);
    const twice = recognizeDocx(once.bytes, WIESBADEN, { renumber: true, ids: sequentialIds("b") });
    expect(twice.outcome.refusal).toBe("already-structured");
    expect(shown(twice.bytes)).toEqual(shown(once.bytes));
    expect(strFromU8(unzipSync(twice.bytes)["word/document.xml"] as Uint8Array)).toBe(strFromU8(unzipSync(once.bytes)["word/document.xml"] as Uint8Array));
  });

  it("a table after a clause is wrapped with it, and no number is rewritten (item 2)", () => {
    const table = `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>Gremium</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
    const body = HEAD + paragraphXml("1.1\tdie Stadt prüft") + table + paragraphXml("1.2\tdie Kosten trägt.") + paragraphXml("2. Es wird beschlossen, dass") + paragraphXml("2.1\tdie Stadt zahlt.");
    const out = recognizeDocx(docxFromBody(body), WIESBADEN, { renumber: true, ids: sequentialIds("a") });
    expect(out.outcome.wrapped).toBe(true);
    expect(out.renumbered).toBe(0);
    expect(shown(out.bytes)).toEqual(shown(docxFromBody(body)));
  });

  it("a wrong number inside w:ins is neither written over nor skipped: --renumber refuses, naming it (item 3, then preview-plain2)", () => {
    const ins = `<w:ins w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r><w:t>1.3</w:t></w:r></w:ins>`;
    const body = HEAD + paragraphXml("1.1\tdie Stadt plant;") + `<w:p>${ins}<w:r><w:tab/><w:t>die Stadt prüft;</w:t></w:r></w:p>` + paragraphXml("1.4\tdie Stadt zahlt.");
    expect(() => recognizeDocx(docxFromBody(body), WIESBADEN, { renumber: true, ids: sequentialIds("a") })).toThrow(RenumberDropsUserMarkupError);
    // Without --renumber it is structured as before: the number left as the user's text, and named.
    const out = recognizeDocx(docxFromBody(body), WIESBADEN, { ids: sequentialIds("a") });
    expect(out.outcome.left?.map((l) => [l.kind, l.text])).toEqual([["clause", "1.3"]]);
  });

  it.each([
    ["hyperlink", (n: string) => `<w:hyperlink w:anchor="x"><w:r><w:t>${n}</w:t></w:r></w:hyperlink>`],
    ["field", (n: string) => `<w:fldSimple w:instr=" SEQ Ziffer "><w:r><w:t>${n}</w:t></w:r></w:fldSimple>`],
    ["smartTag", (n: string) => `<w:smartTag w:uri="u" w:element="e"><w:r><w:t>${n}</w:t></w:r></w:smartTag>`],
  ])("a wrong number inside %s is never shown twice: that number is left as text, the rest is structured, and the reading names it (item 3)", (_name, wrap) => {
    const body = HEAD + paragraphXml("1.1\tdie Stadt plant;") + `<w:p>${wrap("1.3")}<w:r><w:tab/><w:t>die Stadt prüft;</w:t></w:r></w:p>` + paragraphXml("1.4\tdie Stadt zahlt.");
    const out = recognizeDocx(docxFromBody(body), WIESBADEN, { renumber: true, ids: sequentialIds("a") });
    expect(out.outcome.wrapped).toBe(true);
    expect(out.outcome.left?.map((l) => [l.kind, l.text])).toEqual([["clause", "1.3"]]);
    // Only the number we hold is corrected (1.4 → 1.3); the one in the construct stays as the user wrote it.
    expect(out.renumbered).toBe(1);
    expect(shown(out.bytes).slice(-3)).toEqual(["1.1\tdie Stadt plant;", "1.3\tdie Stadt prüft;", "1.3\tdie Stadt zahlt."]);
    const read = DocxDocument.open(out.bytes).read(WIESBADEN);
    expect(read.structured).toBe(true);
    const clauses = read.vorlage.sections[0]?.clauses ?? [];
    expect(clauses.map((c) => [c.writtenNumber, c.text])).toEqual([["1.1", "die Stadt plant;"], ["1.3", "die Stadt prüft;"], ["1.3", "die Stadt zahlt."]]);
    const left = out.outcome.left?.[0]?.id;
    expect(read.findings.filter((f) => f.code === "structure-number-typed").map((f) => [f.location, f.params])).toEqual([[{ type: "clause", id: left }, { nummer: "1.3" }]]);
    // A second run, with --renumber, changes nothing: still no second number in front of the one left.
    const again = recognizeDocx(out.bytes, WIESBADEN, { renumber: true, ids: sequentialIds("b") });
    expect([again.outcome.refusal, again.renumbered]).toEqual(["already-structured", 0]);
    expect(shown(again.bytes)).toEqual(shown(out.bytes));
  });

  it("a section number in a hyperlink is left as text; its clauses are structured and renumbered", () => {
    const head = ["Vorlagen-Nr. 25-V-03-0012", "Betreff: Lastenräder"].map(paragraphXml).join("");
    const body = head + `<w:p><w:hyperlink w:anchor="x"><w:r><w:t>1.</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> Es wird beschlossen, dass</w:t></w:r></w:p>` + paragraphXml("1.1\tdie Stadt plant;") + paragraphXml("1.5\tdie Stadt zahlt.");
    const out = recognizeDocx(docxFromBody(body), WIESBADEN, { renumber: true, ids: sequentialIds("a") });
    expect(out.outcome.left?.map((l) => [l.kind, l.text])).toEqual([["section", "1."]]);
    expect(shown(out.bytes).slice(-3)).toEqual(["1. Es wird beschlossen, dass", "1.1\tdie Stadt plant;", "1.2\tdie Stadt zahlt."]);
    const read = DocxDocument.open(out.bytes).read(WIESBADEN);
    expect(read.vorlage.sections.map((s) => [s.kind, s.writtenNumber, s.clauses.map((c) => c.writtenNumber)])).toEqual([["beschluss", "1.", ["1.1", "1.2"]]]);
    expect(read.findings.filter((f) => f.code === "structure-number-typed").map((f) => f.location.type)).toEqual(["section"]);
  });
});

describe("clause numbers from 1.100 up (issue 11, item 12)", () => {
  it("are read as written, not folded into 1.99", () => {
    const lines = ["Vorlagen-Nr. 25-V-03-0012", "1. Es wird beschlossen, dass", ...Array.from({ length: 101 }, (_, i) => `1.${i + 1}\tPunkt ${i + 1}.`)];
    const out = recognizeDocx(docxFromBody(lines.map(paragraphXml).join("")), WIESBADEN, { renumber: true, ids: sequentialIds("a") });
    expect(out.renumbered).toBe(0);
    const clauses = DocxDocument.open(out.bytes).read(WIESBADEN).vorlage.sections[0]?.clauses ?? [];
    expect(clauses.length).toBe(101);
    expect(clauses.slice(-2).map((c) => [c.writtenNumber, c.text])).toEqual([["1.100", "Punkt 100."], ["1.101", "Punkt 101."]]);
  });
});
