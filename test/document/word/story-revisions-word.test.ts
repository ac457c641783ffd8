import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { isComplete, type Finding } from "../../../src/core/validation/finding";
import { checkedFindings } from "../../../src/document/docx/checked-findings";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { shownFindings } from "../../../src/document/shown-findings";
import { WordPort } from "../../../src/document/word/word-port";
import { reference0057 } from "../../fixtures/reference-0057";
import { WordSimulator } from "../../word-simulator/word-simulator";

/**
 * Tracked changes and comments outside the body's own text — in a clause's footnote, the page header or footer, a text
 * box — which `check` counts as open (test/cli/hostile-story-revisions.test.ts): the pane in Word says the same of the
 * same document (story-revisions-word.ts), counted in the body read's one sync. Where this Word cannot hand a story
 * over, the pane says that it could not look there and does not call the Vorlage complete.
 */
type Files = Record<string, Uint8Array>;
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const BY = 'w:author="Kämmerei" w:date="2025-05-02T10:00:00Z"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

function ours(change: (f: Files, doc: string) => string): Uint8Array {
  const f = unzipSync(DocxDocument.create(reference0057(), WIESBADEN, "2024-03-21T10:00:00Z").save()) as Files;
  f["word/document.xml"] = strToU8(change(f, strFromU8(f["word/document.xml"] as Uint8Array)));
  return zipSync(f);
}
function addPart(f: Files, name: string, xml: string, kind: string, id: string): void {
  f[`word/${name}`] = strToU8(xml);
  f["word/_rels/document.xml.rels"] = strToU8(strFromU8(f["word/_rels/document.xml.rels"] as Uint8Array).replace("</Relationships>", `<Relationship Id="${id}" Type="${REL}${kind}" Target="${name}"/></Relationships>`));
  f["[Content_Types].xml"] = strToU8(strFromU8(f["[Content_Types].xml"] as Uint8Array).replace("</Types>", `<Override PartName="/word/${name}" ContentType="${CT}${kind}+xml"/></Types>`));
}
const inFirstClause = (doc: string, run: string): string => doc.replace(/(<w:alias w:val="Ziffer"\/>(?:(?!<\/w:p>).)*?)(<\/w:p>)/su, `$1${run}$2`);
const withSectPr = (doc: string, refs: string): string => doc.replace("<w:sectPr>", `<w:sectPr>${refs}`);

const FOOTNOTES = `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W}"><w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">Kosten werden </w:t></w:r><w:del w:id="91" ${BY}><w:r><w:delText>nicht </w:delText></w:r></w:del><w:ins w:id="92" ${BY}><w:r><w:t xml:space="preserve">zusätzlich 3.000.000 € </w:t></w:r></w:ins><w:commentRangeStart w:id="7"/><w:r><w:t>gedeckt.</w:t></w:r><w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p></w:footnote></w:footnotes>`;
const COMMENTS = `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="${W}"><w:comment w:id="7" ${BY}><w:p><w:r><w:t>Das stimmt so nicht!</w:t></w:r></w:p></w:comment></w:comments>`;
const HEADER = `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}"><w:p><w:r><w:t xml:space="preserve">Vorlage Nr. </w:t></w:r><w:del w:id="93" ${BY}><w:r><w:delText>23-V-01-0057</w:delText></w:r></w:del><w:ins w:id="94" ${BY}><w:r><w:t>23-V-01-0058</w:t></w:r></w:ins></w:p></w:hdr>`;
const FOOTER = `<?xml version="1.0" encoding="UTF-8"?><w:ftr xmlns:w="${W}"><w:p><w:r><w:t xml:space="preserve">Seite </w:t></w:r><w:ins w:id="96" ${BY}><w:r><w:t>1</w:t></w:r></w:ins></w:p></w:ftr>`;
const PLAIN_HEADER = `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}"><w:p><w:r><w:t>Landeshauptstadt Wiesbaden</w:t></w:r></w:p></w:hdr>`;
const TEXT_BOX = `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:t xml:space="preserve">Zuschuss </w:t></w:r><w:ins w:id="95" ${BY}><w:r><w:t>3.000.000 €</w:t></w:r></w:ins></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;

const inFootnote = (): Uint8Array =>
  ours((f, d) => {
    addPart(f, "footnotes.xml", FOOTNOTES, "footnotes", "rIdFn");
    addPart(f, "comments.xml", COMMENTS, "comments", "rIdCm");
    return inFirstClause(d, '<w:r><w:footnoteReference w:id="1"/></w:r>');
  });
const inHeaderAndFooter = (header = HEADER): Uint8Array =>
  ours((f, d) => {
    addPart(f, "header9.xml", header, "header", "rIdHd");
    addPart(f, "footer9.xml", FOOTER, "footer", "rIdFt");
    return withSectPr(d, '<w:headerReference w:type="default" r:id="rIdHd"/><w:footerReference w:type="first" r:id="rIdFt"/>');
  });
const inTextBox = (): Uint8Array => ours((_f, d) => inFirstClause(d, TEXT_BOX));

const said = (f: Finding): string => JSON.stringify([f.code, f.severity, f.location.type === "field" ? f.location.field : f.location.type, f.params]);
function checkSays(bytes: Uint8Array): string[] {
  const doc = DocxDocument.open(bytes);
  return checkedFindings(doc, doc.read(WIESBADEN, sequentialIds("r")), WIESBADEN).map(said).sort();
}
async function paneSays(sim: WordSimulator): Promise<Finding[]> {
  return shownFindings(await new WordPort(sim.host(), WIESBADEN, sequentialIds("w")).read(), WIESBADEN);
}
const stories = (findings: readonly string[]): string[] => findings.filter((f) => /fussnoten|kopfzeilen|textfelder/.test(f));

describe("the pane in Word and check on tracked changes and comments outside the body's text (WordApi 1.6)", () => {
  it.each([
    ["a clause's footnote", inFootnote, 2],
    ["the page header and footer", () => inHeaderAndFooter(), 1],
    ["a text box in a clause", inTextBox, 1],
  ] as const)("in %s: the same findings as check, named by where they stand", async (_, make, kinds) => {
    const bytes = make();
    const pane = (await paneSays(new WordSimulator(bytes))).map(said).sort();
    expect(stories(pane)).toHaveLength(kinds);
    expect(pane).toEqual(checkSays(bytes));
  });

  it("counts the header's and the footer's changes together, as check (3 in the Kopf- oder Fußzeilen)", async () => {
    const pane = await paneSays(new WordSimulator(inHeaderAndFooter()));
    expect(pane.find((f) => f.code === "ueberarbeitung-offen" && f.params["teil"] === "kopfzeilen")?.params["anzahl"]).toBe(3);
    expect(isComplete(pane)).toBe(false);
  });

  it("counts the footer alone where the header has no change, and calls the untouched Vorlage complete, as check", async () => {
    const bytes = inHeaderAndFooter(PLAIN_HEADER);
    const pane = await paneSays(new WordSimulator(bytes));
    expect(pane.map(said).sort()).toEqual(checkSays(bytes));
    const untouched = ours((_f, d) => d);
    expect(isComplete(await paneSays(new WordSimulator(untouched)))).toBe(true);
  });

  it("reads the stories in the body read's one sync: no more round trips than without them", async () => {
    const plain = new WordSimulator(ours((_f, d) => d));
    await new WordPort(plain.host(), WIESBADEN, sequentialIds("w")).read();
    const marked = new WordSimulator(inHeaderAndFooter());
    await new WordPort(marked.host(), WIESBADEN, sequentialIds("w")).read();
    expect(marked.syncs).toBe(plain.syncs);
  });
});

describe("where this Word cannot hand a story over", () => {
  it("WordApi 1.4–1.5: comments are counted, a change in a header is said as not checked; never complete", async () => {
    const sim = new WordSimulator(inHeaderAndFooter());
    sim.setMaxWordApi("1.5");
    const pane = await paneSays(sim);
    expect(pane.filter((f) => f.code === "bereich-nicht-geprueft").map((f) => f.params["teil"])).toEqual(["kopfzeilen"]);
    expect(isComplete(pane)).toBe(false);
  });

  it("WordApi 1.4–1.5: a header without changes is no finding", async () => {
    const sim = new WordSimulator(ours((f, d) => {
      addPart(f, "header9.xml", PLAIN_HEADER, "header", "rIdHd");
      return withSectPr(d, '<w:headerReference w:type="default" r:id="rIdHd"/>');
    }));
    sim.setMaxWordApi("1.5");
    expect((await paneSays(sim)).filter((f) => f.code === "bereich-nicht-geprueft")).toEqual([]);
  });

  it("WordApi 1.3: a document with page headers is said as not checked there", async () => {
    const sim = new WordSimulator(inHeaderAndFooter(PLAIN_HEADER));
    sim.setMaxWordApi("1.3");
    const pane = await paneSays(sim);
    expect(pane.filter((f) => f.code === "bereich-nicht-geprueft").map((f) => f.params["teil"])).toEqual(["kopfzeilen"]);
    expect(isComplete(pane)).toBe(false);
  });

  it("a Word whose body OOXML lacks the notes it references: the footnotes are said as not checked", async () => {
    const sim = new WordSimulator(inFootnote());
    sim.notesInOoxml = false;
    const pane = await paneSays(sim);
    expect(pane.filter((f) => f.code === "bereich-nicht-geprueft").map((f) => f.params["teil"])).toEqual(["fussnoten"]);
    expect(isComplete(pane)).toBe(false);
  });

  it("WordApi 1.3: a later section with headers of its own is said as not checked", async () => {
    const sim = new WordSimulator(inLaterSections(1));
    sim.setMaxWordApi("1.3");
    const pane = await paneSays(sim);
    expect(pane.filter((f) => f.code === "bereich-nicht-geprueft").map((f) => f.params["teil"])).toEqual(["kopfzeilen"]);
  });
});

/**
 * Sections after the first: a Vorlage whose Anlage begins a section with a header of its own (landscape pages, another
 * Kopfzeile). The section's marks are counted as check counts them, for all such sections in one more sync.
 */
const SECTION_BREAK = (refs: string) => `<w:p><w:pPr><w:sectPr>${refs}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr></w:p>`;
/** `later` sections after the first, each with a header of its own holding a tracked change; the last section (the body's sectPr) names the footer with one. */
function inLaterSections(later: number, linked = false): Uint8Array {
  return ours((f, d) => {
    let doc = d;
    // The first section: the body's first paragraph ends it, with no header of its own.
    const breaks: string[] = [SECTION_BREAK("")];
    for (let i = 1; i < later; i++) {
      if (!linked) addPart(f, `header${20 + i}.xml`, HEADER.replace(/w:id="9(\d)"/g, `w:id="${i}9$1"`), "header", `rIdH${i}`);
      breaks.push(SECTION_BREAK(linked ? "" : `<w:headerReference w:type="default" r:id="rIdH${i}"/>`));
    }
    doc = doc.replace("<w:body>", `<w:body>${breaks[0]}`).replace(/(<w:sectPr>)(?![\s\S]*<w:sectPr>)/, `${breaks.slice(1).join("")}$1`);
    addPart(f, "header9.xml", HEADER, "header", "rIdHd");
    addPart(f, "footer9.xml", FOOTER, "footer", "rIdFt");
    return doc.replace(/<w:sectPr>(?![\s\S]*<w:sectPr>)/, '<w:sectPr><w:headerReference w:type="default" r:id="rIdHd"/><w:footerReference w:type="first" r:id="rIdFt"/>');
  });
}

describe("headers and footers of sections after the first", () => {
  it.each([1, 2, 4])("%i later section(s) with headers of their own: counted as check counts them, never said as not checked", async (later) => {
    const bytes = inLaterSections(later);
    const pane = await paneSays(new WordSimulator(bytes));
    expect(pane.filter((f) => f.code === "bereich-nicht-geprueft")).toEqual([]);
    // Two changes in each section's header, one in the footer.
    expect(pane.find((f) => f.code === "ueberarbeitung-offen" && f.params["teil"] === "kopfzeilen")?.params["anzahl"]).toBe(2 * later + 1);
    expect(pane.map(said).sort()).toEqual(checkSays(bytes));
  });

  it("reads them in one more sync for all sections, never one per section, and none where no later section names its own", async () => {
    const syncs = async (bytes: Uint8Array): Promise<number> => {
      const sim = new WordSimulator(bytes);
      await new WordPort(sim.host(), WIESBADEN, sequentialIds("w")).read();
      return sim.syncs;
    };
    const one = await syncs(inLaterSections(2));
    expect(await syncs(inLaterSections(4))).toBe(one);
    expect(await syncs(inLaterSections(1))).toBe(one);
    expect(await syncs(inHeaderAndFooter())).toBe(one - 1);
  });

  it("does not count a header twice that a later section shows from the section before it (Link to Previous)", async () => {
    const bytes = inLaterSections(3, true);
    const pane = await paneSays(new WordSimulator(bytes));
    expect(pane.find((f) => f.code === "ueberarbeitung-offen" && f.params["teil"] === "kopfzeilen")?.params["anzahl"]).toBe(3);
    expect(pane.map(said).sort()).toEqual(checkSays(bytes));
  });

  it("WordApi 1.4–1.5: a later section's changed header is said as not checked; its comments the API counts", async () => {
    const sim = new WordSimulator(inLaterSections(2));
    sim.setMaxWordApi("1.5");
    const pane = await paneSays(sim);
    expect(pane.filter((f) => f.code === "bereich-nicht-geprueft").map((f) => f.params["teil"])).toEqual(["kopfzeilen"]);
  });
});
