import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { sequentialIds } from "../../src/core/model/ids";
import type { Finding } from "../../src/core/validation/finding";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { W_NS } from "../../src/document/ooxml/ooxml";
import { shownFindings } from "../../src/document/shown-findings";
import { WordPort } from "../../src/document/word/word-port";
import { formatFinding } from "../../src/i18n/format-finding";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { oldHiddenFormDocx } from "../fixtures/old-hidden-form";
import { reference0057 } from "../fixtures/reference-0057";
import { WordSimulator } from "../word-simulator/word-simulator";

/**
 * Text hidden with `w:vanish` (on the run, on the paragraph mark with its runs, by a character
 * style, a paragraph style or the document defaults) is no text of the Vorlage and is left out of
 * the reading. It got no word at all, although it stays in the file and is published with it
 * (white text got `text-unsichtbar`). Now it is `text-ausgeblendet`: how many places, a quote, and
 * the visible words before the first one. Our own hidden text (old documents' hidden blocks) is not.
 */
const CLAUSE = "2. Die Verwaltung zahlt 5.000.000 € an den Verein.";
const run = (t: string, rPr = ""): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const HEAD = ["Vorlagen-Nr. 25-V-03-0042", "Betreff: Anschaffung von Lastenrädern", "Federführend: Dezernat III", "Beschlussvorschlag:", "1. Die Stadt beschafft zehn Lastenräder."].map(paragraphXml).join("");
const TAIL = ["Dem Magistrat", "mit der Bitte um Kenntnisnahme", "Wiesbaden, 02.06.2025", "Müller"].map(paragraphXml).join("");
const stylesPart = (inner: string): Uint8Array => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">${inner}</w:styles>`);
const vorlage = (middle: string, extra: Record<string, Uint8Array> = {}): Uint8Array => docxFromBody(HEAD + middle + TAIL, extra);
const read = (bytes: Uint8Array) => DocxDocument.open(bytes).read(WIESBADEN);
const hidden = (bytes: Uint8Array): Finding[] => read(bytes).findings.filter((f) => f.code === "text-ausgeblendet");
const clauses = (bytes: Uint8Array): string[] => read(bytes).vorlage.sections.flatMap((s) => s.clauses.map((c) => c.text));

describe("hidden text is said, though it is not read", () => {
  it.each([
    ["the run's w:vanish", () => vorlage(`<w:p>${run(CLAUSE, "<w:vanish/>")}</w:p>`)],
    ["the paragraph mark's and the run's w:vanish", () => vorlage(`<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>${run(CLAUSE, "<w:vanish/>")}</w:p>`)],
    ["w:specVanish on the run", () => vorlage(`<w:p>${run(CLAUSE, "<w:specVanish/>")}</w:p>`)],
    ["a character style", () => vorlage(`<w:p>${run(CLAUSE, '<w:rStyle w:val="Weg"/>')}</w:p>`, { "word/styles.xml": stylesPart('<w:style w:type="character" w:styleId="Weg"><w:rPr><w:vanish/></w:rPr></w:style>') })],
    ["a paragraph style through w:basedOn", () => vorlage(`<w:p><w:pPr><w:pStyle w:val="Kind"/></w:pPr>${run(CLAUSE)}</w:p>`, { "word/styles.xml": stylesPart('<w:style w:type="paragraph" w:styleId="Weg"><w:rPr><w:vanish/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Kind"><w:basedOn w:val="Weg"/></w:style>') })],
  ])("by %s: one warning quoting the text and naming the words before it; no clause", (_, bytes) => {
    const found = hidden(bytes());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", params: { anzahl: "1", beispiel: CLAUSE, nach: "…Die Stadt beschafft zehn Lastenräder." } });
    expect(clauses(bytes())).not.toContain(CLAUSE.slice(3));
    const de = formatFinding(found[0] as Finding, "de", WIESBADEN);
    expect(de).toContain(`„${CLAUSE}“ nach „…Die Stadt beschafft zehn Lastenräder.“`);
    expect(de).toContain("ausgeblendeter Text");
    expect(de).toContain("veröffentlicht");
    expect(formatFinding(found[0] as Finding, "en", WIESBADEN)).toContain("hidden text");
  });

  it("by the document defaults: every paragraph of the body is hidden, and that is said", () => {
    const bytes = vorlage(paragraphXml(CLAUSE), { "word/styles.xml": stylesPart("<w:docDefaults><w:rPrDefault><w:rPr><w:vanish/></w:rPr></w:rPrDefault></w:docDefaults>") });
    expect(hidden(bytes)[0]?.params).toMatchObject({ anzahl: "10", beispiel: "Vorlagen-Nr. 25-V-03-0042", nach: "" });
    expect(formatFinding(hidden(bytes)[0] as Finding, "de", WIESBADEN)).toContain("am Anfang des Dokuments");
  });

  it("a hidden word inside a clause is counted and quoted; the clause is read without it", () => {
    const bytes = vorlage(`<w:p>${run("2. Die Verwaltung zahlt ")}${run("nicht ", "<w:vanish/>")}${run("5.000.000 € an den Verein.")}</w:p>${paragraphXml("3. Die Stadt prüft.")}<w:p>${run("4. Die Stadt ")}${run("nie ", '<w:vanish w:val="1"/>')}${run("zahlt.")}</w:p>`);
    expect(hidden(bytes)[0]?.params).toEqual({ anzahl: "2", beispiel: "nicht", nach: "…Lastenräder. 2. Die Verwaltung zahlt" });
    expect(clauses(bytes)).toContain("Die Verwaltung zahlt 5.000.000 € an den Verein.");
  });

  it("says nothing of text whose w:vanish is off, of an empty hidden paragraph mark (Word's style separator), or of a document without hidden text", () => {
    expect(hidden(vorlage(`<w:p>${run(CLAUSE, '<w:vanish w:val="0"/>')}</w:p>`))).toEqual([]);
    expect(hidden(vorlage(`<w:p>${run(CLAUSE, '<w:vanish w:val="on"/>')}</w:p>`))).toHaveLength(1);
    expect(hidden(vorlage(`<w:p><w:pPr><w:rPr><w:vanish/><w:specVanish/></w:rPr></w:pPr>${run("2. Überschrift")}</w:p>${paragraphXml("Die Verwaltung zahlt.")}`))).toEqual([]);
    expect(hidden(vorlage(paragraphXml(CLAUSE)))).toEqual([]);
  });

  it("says nothing of our own hidden text: our Vorlage, and one written the old way with hidden blocks", () => {
    expect(hidden(DocxDocument.create(reference0057(), WIESBADEN, "2025-05-06T09:00:00Z").save())).toEqual([]);
    const old = oldHiddenFormDocx(reference0057(), WIESBADEN, "2025-05-06T09:00:00Z");
    expect(hidden(old)).toEqual([]);
    // A hidden paragraph of others put into it is said.
    const files = unzipSync(old);
    files["word/document.xml"] = strToU8(strFromU8(files["word/document.xml"] as Uint8Array).replace("<w:body>", `<w:body><w:p>${run("Vermerk: nicht öffentlich", "<w:vanish/>")}</w:p>`));
    expect(hidden(zipSync(files)).map((f) => f.params["beispiel"])).toEqual(["Vermerk: nicht öffentlich"]);
  });

  it("the pane says it as check does", async () => {
    const bytes = vorlage(`<w:p>${run("2. Die Verwaltung zahlt ")}${run("nicht ", "<w:vanish/>")}${run("5.000.000 € an den Verein.")}</w:p>`);
    const pane = shownFindings(await new WordPort(new WordSimulator(bytes).host(), WIESBADEN, sequentialIds("w")).read(), WIESBADEN);
    expect(hidden(bytes)).toHaveLength(1);
    expect(pane.filter((f) => f.code === "text-ausgeblendet")).toEqual(hidden(bytes));
  });
});
