import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { Finding } from "../../../src/core/validation/finding";
import { validate } from "../../../src/core/validation/validate";
import { checkedFindings } from "../../../src/document/docx/checked-findings";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { lines, titlePageOf } from "../../../src/document/word/page-header";
import { WordPort } from "../../../src/document/word/word-port";
import type { DocumentChange } from "../../../src/document/port";
import { reference0057 } from "../../fixtures/reference-0057";
import { wordDocx, type WordBlock } from "../../fixtures/corpus/grown/word-builder";
import { WordSimulator } from "../../word-simulator/word-simulator";

/**
 * The Kopfzeile in the pane (Word) as in `check` (.docx): a Vorlagen-Nr. and a Federführung that stand only in
 * the page header gave three false „Pflichtangabe fehlt“ in the pane and none in check. The comparison is the one
 * of open-revisions-word.test.ts: the same package, read by check and by the Word adapter on the simulator.
 */
const BLOCKS: readonly WordBlock[] = [
  { p: "Neugestaltung des Spielplatzes am Elsässer Platz", style: "Title" },
  { p: "Beratungsfolge: Stadtverordnetenversammlung, Sitzung am 12.06.2025" },
  { p: "Beschlussvorschlag", style: "Heading1" },
  { p: "1. Es wird beschlossen, dass der Spielplatz am Elsässer Platz neu gestaltet wird." },
  { p: "Begründung", style: "Heading1" },
  { p: "Der Spielplatz ist in die Jahre gekommen." },
];
const HEADER = ["Landeshauptstadt Wiesbaden", "Vorlagen-Nr.: 25-V-03-0012", "Federführendes Dezernat: Dezernat III"];
const inHeaderOnly = (header: readonly string[] = HEADER): Uint8Array => wordDocx({ id: "kopfzeile", header, footer: ["Seite {page} von {pages}"], blocks: BLOCKS });

const NS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;
/** The package with a first-page header (header2.xml) besides the default one; `titlePg`: whether the section shows it. */
function withFirstPageHeader(bytes: Uint8Array, firstPage: readonly string[], titlePg: string | undefined): Uint8Array {
  const files = unzipSync(bytes);
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
  files["word/header2.xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${NS}>${firstPage.map(p).join("")}</w:hdr>`);
  const rels = strFromU8(files["word/_rels/document.xml.rels"] as Uint8Array);
  files["word/_rels/document.xml.rels"] = strToU8(rels.replace("</Relationships>", `<Relationship Id="rIdH2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>`));
  const ct = strFromU8(files["[Content_Types].xml"] as Uint8Array);
  files["[Content_Types].xml"] = strToU8(ct.replace("</Types>", `<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`));
  const doc = strFromU8(files["word/document.xml"] as Uint8Array);
  files["word/document.xml"] = strToU8(doc.replace(`<w:headerReference w:type="default" r:id="rIdH"/>`, `<w:headerReference w:type="default" r:id="rIdH"/><w:headerReference w:type="first" r:id="rIdH2"/>`).replace("</w:sectPr>", `${titlePg ?? ""}</w:sectPr>`));
  return zipSync(files);
}

/** A finding as both engines can say it: code, severity, what it is about (no generated ids) and its parameters. */
const said = (f: Finding): string => JSON.stringify([f.code, f.severity, f.location.type === "field" ? f.location.field : f.location.type, f.params]);

function checkSays(bytes: Uint8Array): string[] {
  const doc = DocxDocument.open(bytes);
  return checkedFindings(doc, doc.read(WIESBADEN, sequentialIds("r")), WIESBADEN).map(said).sort();
}

/** What the pane shows (use-document.ts: the rules on the read Vorlage and what reading found), and the read's syncs. */
async function paneSays(bytes: Uint8Array, setup: (sim: WordSimulator) => void = () => undefined) {
  const sim = new WordSimulator(bytes);
  setup(sim);
  const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
  const before = sim.syncs;
  const read = await port.read();
  return { said: [...validate(read.vorlage, WIESBADEN), ...read.findings].map(said).sort(), syncs: sim.syncs - before, vorlage: read.vorlage, sim };
}

const missing = (findings: readonly string[], field: string): boolean => findings.some((f) => f.startsWith(`["field-missing"`) && f.includes(field));

describe("the page header (Kopfzeile) in the Word pane, as check reads it", () => {
  it("reads the Vorlagen-Nr. and the Federführung of the Kopfzeile in the body read's one sync, and says what check says", async () => {
    const bytes = inHeaderOnly();
    const check = checkSays(bytes);
    const pane = await paneSays(bytes);
    expect(pane.syncs).toBe(1);
    expect(pane.vorlage.header.vorlagenNr).toBe("25-V-03-0012");
    expect(pane.vorlage.zustaendigkeit.federfuehrend).toBe("III");
    expect(pane.said.filter((f) => f.startsWith(`["recognize-page-header"`))).toHaveLength(2);
    expect(pane.said).toEqual(check);
  });

  it("no longer says „Pflichtangabe fehlt“ for what stands in the Kopfzeile (it did before: the header was not read)", async () => {
    const pane = await paneSays(inHeaderOnly());
    const required = pane.said.filter((f) => f.startsWith(`["field-missing"`));
    expect(checkSays(inHeaderOnly()).filter((f) => f.startsWith(`["field-missing"`))).toEqual(required);
    expect(missing(pane.said, "header.vorlagenNr")).toBe(false);
    expect(missing(pane.said, "zustaendigkeit.federfuehrend")).toBe(false);
    // Without the header, both say it is missing: the finding comes from the Kopfzeile, not from elsewhere.
    const bare = wordDocx({ id: "ohne", blocks: BLOCKS });
    expect(missing((await paneSays(bare)).said, "header.vorlagenNr")).toBe(true);
    expect((await paneSays(bare)).said).toEqual(checkSays(bare));
  });

  it("reads the first-page header where the section shows one (w:titlePg), and not where it does not, as check", async () => {
    const shown = withFirstPageHeader(inHeaderOnly(["Landeshauptstadt Wiesbaden"]), ["Vorlage Nr. 25-V-03-0044", "Federführung: Amt 67"], "<w:titlePg/>");
    const pane = await paneSays(shown);
    expect(pane.vorlage.header.vorlagenNr).toBe("25-V-03-0044");
    expect(pane.said).toEqual(checkSays(shown));
    const hidden = withFirstPageHeader(inHeaderOnly(["Landeshauptstadt Wiesbaden"]), ["Vorlage Nr. 25-V-03-0044"], `<w:titlePg w:val="0"/>`);
    const paneHidden = await paneSays(hidden);
    expect(paneHidden.vorlage.header.vorlagenNr).toBe("");
    expect(paneHidden.said).toEqual(checkSays(hidden));
  });

  it("reads the Kopfzeile as it reads with tracked changes accepted: a number deleted under Track Changes is not taken", async () => {
    const bytes = inHeaderOnly(["Vorlagen-Nr.: [-25-V-03-0099-][+25-V-03-0012+]", "Federführendes Dezernat: Dezernat III"]);
    const pane = await paneSays(bytes);
    expect(pane.vorlage.header.vorlagenNr).toBe("25-V-03-0012");
    // The header's tracked changes are open in the Kopf- und Fußzeilen, in the pane as in check (story-revisions-word.ts).
    const inStories = (f: string): boolean => f.startsWith(`["ueberarbeitung-offen"`) && f.includes(`"teil":"kopfzeilen"`);
    expect(pane.said.filter(inStories)).toHaveLength(1);
    expect(pane.said).toEqual(checkSays(bytes));
  });

  it("on Office 2019 (WordApi 1.3, no getReviewedText) reads the header's text, in the same one sync; says it could not check the header for open changes", async () => {
    const pane = await paneSays(inHeaderOnly(), (sim) => sim.setMaxWordApi("1.3"));
    expect(pane.syncs).toBe(1);
    expect(pane.vorlage.header.vorlagenNr).toBe("25-V-03-0012");
    const unread = `["bereich-nicht-geprueft","error","document",{"teil":"kopfzeilen"}]`;
    expect(pane.said).toEqual([...checkSays(inHeaderOnly()), unread].sort());
  });

  it("a Vorlage with our controls takes nothing from the Kopfzeile, in Word as in check", async () => {
    const files = unzipSync(DocxDocument.create(reference0057(), WIESBADEN, "2024-03-21T10:00:00Z").save());
    const header = unzipSync(inHeaderOnly());
    files["word/header9.xml"] = strToU8(strFromU8(header["word/header1.xml"] as Uint8Array));
    files["word/_rels/document.xml.rels"] = strToU8(strFromU8(files["word/_rels/document.xml.rels"] as Uint8Array).replace("</Relationships>", `<Relationship Id="rIdK9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header9.xml"/></Relationships>`));
    const doc = strFromU8(files["word/document.xml"] as Uint8Array);
    files["word/document.xml"] = strToU8(doc.replace(/<w:sectPr([^>]*)>/, `<w:sectPr$1><w:headerReference w:type="default" r:id="rIdK9"/>`));
    const bytes = zipSync(files);
    const pane = await paneSays(bytes);
    expect(pane.vorlage.header.vorlagenNr).toBe(reference0057().header.vorlagenNr);
    expect(pane.said).toEqual(checkSays(bytes));
    expect(pane.said.some((f) => f.startsWith(`["recognize-page-header"`))).toBe(false);
  });
});

describe("the Kopfzeile through a live refresh", () => {
  it.each(["1.6", "1.5"] as const)("on WordApi %s: a keystroke in a field of a document structured in place keeps the Vorlagen-Nr. of the Kopfzeile", async (api) => {
    const doc = DocxDocument.open(inHeaderOnly(), { edit: true });
    expect(doc.structure(WIESBADEN, sequentialIds("s")).wrapped).toBe(true);
    const bytes = doc.save();
    const sim = new WordSimulator(bytes);
    sim.setMaxWordApi(api);
    const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("w"));
    expect((await port.read()).vorlage.header.vorlagenNr).toBe("25-V-03-0012");
    const changes: DocumentChange[] = [];
    const watch = await port.watch((c) => changes.push(c));
    sim.type("bv:feld:header.betreff", " (geändert)");
    const before = sim.syncs;
    const read = await port.readChanged(changes);
    // Patched from the field alone (no body read), with the Kopfzeile as the last full read had it.
    expect(sim.syncs - before).toBe(1);
    await watch.stop();
    expect(read.vorlage.header.betreff).toBe("Neugestaltung des Spielplatzes am Elsässer Platz (geändert)");
    expect(read.vorlage.header.vorlagenNr).toBe("25-V-03-0012");
    expect(read.vorlage.zustaendigkeit.federfuehrend).toBe("III");
  });
});

describe("page-header.ts's pieces", () => {
  it("splits Word's header text into paragraphs: \\r ends one, \\v is a soft line break", () => {
    expect(lines("")).toEqual([]);
    expect(lines("Landeshauptstadt Wiesbaden\rVorlagen-Nr.:\v25-V-03-0012\r\nSeite 1")).toEqual(["Landeshauptstadt Wiesbaden", "Vorlagen-Nr.:\n25-V-03-0012", "Seite 1"]);
  });

  it("reads w:titlePg of the first section, and says so where the OOXML has no section properties", () => {
    expect(titlePageOf(`<w:body><w:p/><w:sectPr><w:titlePg/></w:sectPr></w:body>`)).toBe(true);
    expect(titlePageOf(`<w:body><w:p/><w:sectPr><w:titlePg w:val="false"/></w:sectPr></w:body>`)).toBe(false);
    expect(titlePageOf(`<w:body><w:p><w:pPr><w:sectPr/></w:pPr></w:p><w:sectPr><w:titlePg/></w:sectPr></w:body>`)).toBe(false);
    expect(titlePageOf(`<w:body><w:p/></w:body>`)).toBeUndefined();
  });
});
