import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { deepEqual } from "../../../src/core/model/deep-equal";
import { clause, section, vorlage } from "../../../src/core/model/builders";
import { sequentialIds } from "../../../src/core/model/ids";
import { withoutWrittenNumbers } from "../../../src/core/model/written-numbers";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import * as metadataReader from "../../../src/core/metadata/read-metadata-xml";
import { readMetadataXml } from "../../../src/core/metadata/read-metadata-xml";
import * as reconcile from "../../../src/core/metadata/reconcile";
import * as partReader from "../../../src/document/ooxml/read-metadata-part";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { paragraphText } from "../../../src/document/ooxml/read-body";
import { renderBody, renderClause } from "../../../src/document/ooxml/render-vorlage";
import { UnwritableTextError } from "../../../src/document/ooxml/writable-text";
import { completeVorlage } from "../../fixtures/builders";
import { docxFromBody, FOREIGN_CONTROL, plainDocx, richDocx } from "../../fixtures/docx";
import { reference0057 } from "../../fixtures/reference-0057";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const NOW = "2025-05-06T09:00:00Z";
const roundTrip = (v: ReturnType<typeof completeVorlage>, profile = WIESBADEN) =>
  DocxDocument.open(DocxDocument.create(v, profile, NOW).save()).read(profile, sequentialIds("x"));
const lines = (name: string) => readFileSync(join(__dirname, "../../fixtures/texts", name), "utf8").split("\n");
const numbersOf = (v: ReturnType<typeof completeVorlage>) => v.sections.map((s) => [s.writtenNumber, s.clauses.map((c) => c.writtenNumber)]);

describe("a document made from a Vorlage", () => {
  it("reads back as the same Vorlage, every field and number", () => {
    const read = roundTrip(reference0057());
    expect(read.structured).toBe(true);
    expect(read.findings).toEqual([]);
    expect(deepEqual(read.vorlage, reference0057())).toBe(true);
  });

  it("reads back in another city's style (Karlsruhe: I., 1., Klimaprüfung block)", () => {
    const v = completeVorlage({
      header: { ...completeVorlage().header, vorlagenNr: "2025/0012" },
      zustaendigkeit: { federfuehrend: "3", beteiligt: [] },
      bloecke: { klimapruefung: { auswirkung: "ja-negativ", begruendung: "Mehr Verkehr während der Bauzeit" } },
      sections: completeVorlage().sections.map((s, i) => ({ ...s, writtenNumber: ["I.", "II."][i] as string, clauses: s.clauses.map((c, j) => ({ ...c, writtenNumber: `${j + 1}.` })) })),
    });
    const read = roundTrip(v, KARLSRUHE);
    expect(deepEqual(read.vorlage, v)).toBe(true);
  });

  it("reads a printed share of a Deckungsquelle back as it was written, so the check sees no disagreement with the metadata (Karlsruhe prints 54,27 %)", () => {
    const ref = reference0057();
    const f = ref.finanzierung as NonNullable<typeof ref.finanzierung>;
    const v = { ...ref, finanzierung: { ...f, auswirkungen: true, quellen: [{ id: "q1", stelle: { dezernat: "III", produkt: "1.11.01", kostenstelle: "20100" }, anteil: 0.5427 }] } };
    const read = DocxDocument.open(DocxDocument.create(v, KARLSRUHE, NOW).save()).read(KARLSRUHE);
    expect(read.vorlage.finanzierung?.quellen.map((q) => q.anteil)).toEqual([0.5427]);
    expect(read.findings.filter((x) => x.code === "metadata-disagrees")).toEqual([]);
  });

  it("keeps clause text exactly: markup, quotes, tabs, line breaks, emoji, right-to-left, several paragraphs", () => {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is filtered out
    const text = fc.string({ unit: "grapheme", maxLength: 60 }).filter((t) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\r\uFFFE\uFFFF]/u.test(t));
    const special = fc.constantFrom("</w:t><w:r><w:t>", "]]>", "<script>x</script>", "„Zitat“ & 'Apostroph'", "مرحبا — שלום", "👩‍👩‍👧", "Spalte\tSpalte", "Zeile\vUmbruch", "Absatz eins\nAbsatz zwei", "");
    fc.assert(
      fc.property(fc.array(fc.oneof(text, special), { minLength: 1, maxLength: 6 }), (texts) => {
        const v = vorlage({ sections: [section("s1", "beschluss", texts.map((t, i) => clause(`c${i}`, t)))] });
        const read = roundTrip(v);
        expect(read.vorlage.sections[0]?.clauses.map((c) => c.text)).toEqual(texts);
      }),
      { numRuns: 60 },
    );
  });

  it("refuses text a Word document cannot hold, naming where, before writing anything", () => {
    const v = vorlage({ sections: [section("s1", "beschluss", [clause("c1", "Steuerzeichen \u0001")])] });
    expect(() => DocxDocument.create(v, WIESBADEN, NOW)).toThrow(UnwritableTextError);
    expect(() => DocxDocument.create(v, WIESBADEN, NOW)).toThrow(/clause c1/);
  });

  it("carries the metadata part and the custom document properties", () => {
    const doc = DocxDocument.open(DocxDocument.create(reference0057(), WIESBADEN, NOW).save());
    const read = doc.read(WIESBADEN);
    expect(read.metadata?.vorlage?.header.vorlagenNr).toBe("24-V-07-0001");
    const properties = doc.properties();
    expect(properties.get("Vorlagen-Nr.")).toBe("24-V-07-0001");
    expect(properties.get("Betrag")).toBe(1000);
    expect(properties.get("Finanzielle Auswirkungen")).toBe(true);
    expect(properties.get("Status der Prüfung")).toBe("vollständig");
  });
});

describe("the metadata part of a document the add-in wrote", () => {
  afterEach(() => jest.restoreAllMocks());

  it("is recognised as up to date without being parsed, and reads as the parser would read it (a house style that prints everything)", () => {
    // As the pane holds it: numbers derived from order, none recorded as shown.
    const drafted = withoutWrittenNumbers(reference0057());
    expect(drafted.sections[0]?.writtenNumber).toBeUndefined();
    const bytes = DocxDocument.create(drafted, KARLSRUHE, NOW).save();
    const stored = strFromU8(Object.entries(unzipSync(bytes)).find(([n]) => /^customXml\/item\d+\.xml$/.test(n))?.[1] as Uint8Array);
    const parse = jest.spyOn(partReader, "readMetadataPart");
    const dom = jest.spyOn(metadataReader, "readMetadataXml");
    const read = DocxDocument.open(bytes).read(KARLSRUHE);
    // The body shows 1., 1.1 …; the part the add-in wrote holds derived numbers only.
    expect(read.vorlage.sections[0]?.writtenNumber).toBe("I.");
    expect(parse).not.toHaveBeenCalled();
    expect(dom).not.toHaveBeenCalled();
    parse.mockRestore();
    dom.mockRestore();
    expect(deepEqual(read.metadata, metadataReader.readMetadataXml(stored))).toBe(true);
  });

  it("is parsed once, and not compared, where the house style leaves values unprinted (they live only there)", () => {
    const drafted = withoutWrittenNumbers(reference0057());
    const bytes = DocxDocument.create(drafted, WIESBADEN, NOW).save();
    const stored = strFromU8(Object.entries(unzipSync(bytes)).find(([n]) => /^customXml\/item\d+\.xml$/.test(n))?.[1] as Uint8Array);
    const parse = jest.spyOn(partReader, "readMetadataPart");
    const dom = jest.spyOn(metadataReader, "readMetadataXml");
    const compare = jest.spyOn(reconcile, "compareWithBody");
    const read = DocxDocument.open(bytes).read(WIESBADEN);
    expect(read.vorlage.sections[0]?.writtenNumber).toBe("1.");
    expect(read.vorlage.header.vorlagenart).toBe("Beschlussvorlage");
    // Read by streaming, never with the DOM (check and diff load no DOM for it).
    expect(parse).toHaveBeenCalledTimes(1);
    expect(dom).not.toHaveBeenCalled();
    dom.mockRestore();
    expect(compare).not.toHaveBeenCalled();
    expect(read.findings.filter((f) => f.code === "metadata-disagrees")).toEqual([]);
    parse.mockRestore();
    expect(deepEqual(read.metadata, metadataReader.readMetadataXml(stored))).toBe(true);
  });

  it("is parsed and compared once the body says something else", () => {
    const doc = DocxDocument.open(DocxDocument.create(reference0057(), WIESBADEN, NOW).save(), { edit: true });
    doc.setFields({ "header.betreff": "Austritt NExT" });
    const parse = jest.spyOn(partReader, "readMetadataPart");
    const read = doc.read(WIESBADEN);
    // Read whole once: before, only what the house style does not print was read from it (no clause), which a fresh part needs alone.
    expect(parse.mock.calls.filter((c) => c[2]?.withoutClauses !== true)).toHaveLength(1);
    expect(parse.mock.calls.filter((c) => c[2]?.withoutClauses === true)).toHaveLength(1);
    expect(read.findings.map((f) => [f.code, f.params["field"]])).toEqual([["metadata-disagrees", "header.betreff"]]);
  });
});

describe("renumbering a document", () => {
  const stale = () => {
    const v = vorlage({
      sections: [section("s1", "kenntnisnahme", [clause("a", "eins", "1.1"), clause("b", "zwei", "1.3")], "1."), section("s2", "beschluss", [clause("c", "drei", "2.7")], "4.")],
    });
    return DocxDocument.open(docxFromBody(renderBody(v, WIESBADEN, { numbers: "as-written" })), { edit: true });
  };

  it("sets the derived numbers and changes no clause text", () => {
    const doc = stale();
    expect(numbersOf(doc.read(WIESBADEN).vorlage)).toEqual([["1.", ["1.1", "1.3"]], ["4.", ["2.7"]]]);
    expect(doc.renumber(WIESBADEN)).toBe(3);
    const after = DocxDocument.open(doc.save()).read(WIESBADEN).vorlage;
    expect(numbersOf(after)).toEqual([["1.", ["1.1", "1.2"]], ["2.", ["2.1"]]]);
    expect(after.sections.flatMap((s) => s.clauses.map((c) => c.text))).toEqual(["eins", "zwei", "drei"]);
  });

  it("changes nothing the second time", () => {
    const doc = stale();
    doc.renumber(WIESBADEN);
    const once = doc.save();
    const again = DocxDocument.open(once, { edit: true });
    expect(again.renumber(WIESBADEN)).toBe(0);
    expect(strFromU8(unzipSync(again.save())["word/document.xml"] as Uint8Array)).toBe(strFromU8(unzipSync(once)["word/document.xml"] as Uint8Array));
  });

  it("puts back a number control a user deleted", () => {
    const v = vorlage({ sections: [section("s1", "beschluss", [clause("a", "eins"), clause("b", "zwei")])] });
    const xml = renderBody(v, WIESBADEN).replace(/<w:sdt><w:sdtPr><w:alias w:val="Nummer"\/><w:tag w:val="bv:nr:b"\/>.*?<\/w:sdt>/, "");
    const doc = DocxDocument.open(docxFromBody(xml), { edit: true });
    expect(doc.read(WIESBADEN).vorlage.sections[0]?.clauses[1]?.writtenNumber).toBeUndefined();
    doc.renumber(WIESBADEN);
    const after = DocxDocument.open(doc.save()).read(WIESBADEN).vorlage.sections[0]?.clauses[1];
    expect(after).toEqual({ id: "b", text: "zwei", writtenNumber: "1.2" });
  });

  it("gives a pasted copy of a clause a new id, and keeps it after saving", () => {
    // The same clause twice, as Word's copy and paste leaves it: equal tags.
    const v = vorlage({ sections: [section("s1", "beschluss", [clause("a", "eins"), clause("a", "eins")])] });
    const doc = DocxDocument.open(docxFromBody(renderBody(v, WIESBADEN)), { edit: true });
    const read = doc.read(WIESBADEN, sequentialIds("neu"));
    expect(read.vorlage.sections[0]?.clauses.map((c) => c.id)).toEqual(["a", "neu1"]);
    // The bare test document has no styles or properties: its accessibility warnings are not what this test is about.
    expect(read.findings.map((f) => f.code).filter((c) => !c.startsWith("accessibility-"))).toEqual(["structure-id-reassigned"]);
    doc.renumber(WIESBADEN, sequentialIds("neu"));
    const again = DocxDocument.open(doc.save()).read(WIESBADEN, sequentialIds("z"));
    expect(again.vorlage.sections[0]?.clauses.map((c) => [c.id, c.writtenNumber])).toEqual([["a", "1.1"], ["neu1", "1.2"]]);
    expect(again.findings.filter((f) => !f.code.startsWith("accessibility-"))).toEqual([]);
  });

  it("leaves other add-ins' content controls alone", () => {
    const v = vorlage({ sections: [section("s1", "beschluss", [clause("a", "eins", "9.9")])] });
    const doc = DocxDocument.open(docxFromBody(FOREIGN_CONTROL + renderBody(v, WIESBADEN, { numbers: "as-written" })), { edit: true });
    doc.renumber(WIESBADEN);
    expect(strFromU8(unzipSync(doc.save())["word/document.xml"] as Uint8Array)).toContain(FOREIGN_CONTROL);
  });
});

describe("broken structure", () => {
  it("a clause outside any section is kept, joins the section before it, and is reported", () => {
    const v = vorlage({ sections: [section("s1", "beschluss", [clause("a", "eins")])] });
    const stray = renderClause(clause("b", "zwei"), "1.2");
    const read = DocxDocument.open(docxFromBody(renderBody(v, WIESBADEN) + stray)).read(WIESBADEN);
    expect(read.vorlage.sections[0]?.clauses.map((c) => c.text)).toEqual(["eins", "zwei"]);
    expect(read.findings.filter((f) => !f.code.startsWith("accessibility-")).map((f) => [f.code, f.location])).toEqual([["structure-orphan-clause", { type: "clause", id: "b" }]]);
  });

  it("a document with only a stray clause gets a section for it", () => {
    const read = DocxDocument.open(docxFromBody(renderClause(clause("b", "zwei"), "1.1"))).read(WIESBADEN);
    expect(read.vorlage.sections.map((s) => [s.kind, s.clauses.map((c) => c.id)])).toEqual([["beschluss", ["b"]]]);
  });

  it("stale or foreign metadata becomes findings; the body wins", () => {
    const bytes = DocxDocument.create(reference0057(), WIESBADEN, NOW).save();
    const files = unzipSync(bytes);
    const name = Object.keys(files).find((n) => /^customXml\/item\d+\.xml$/.test(n))!;
    const changed = strFromU8(files[name] as Uint8Array).replace("Beitritt NExT", "Austritt NExT").replace('version="1.3"', 'version="3.0"');
    files[name] = new TextEncoder().encode(changed);
    const { zipSync } = jest.requireActual("fflate") as typeof import("fflate");
    const read = DocxDocument.open(zipSync(files)).read(WIESBADEN);
    expect(read.vorlage.header.betreff).toBe("Beitritt NExT e. V. der Landeshauptstadt Wiesbaden");
    expect(read.findings.map((f) => [f.code, f.params["field"] ?? f.params["version"]])).toEqual([
      ["metadata-version-newer", "3.0"],
      ["metadata-disagrees", "header.betreff"],
    ]);
  });
});

describe("editing an existing document", () => {
  it("inserts a section and a clause, numbered at once after renumbering", () => {
    const doc = DocxDocument.open(DocxDocument.create(vorlage({ sections: [section("s1", "kenntnisnahme", [clause("a", "eins")])] }), WIESBADEN, NOW).save(), { edit: true });
    doc.insertSection(section("s2", "beschluss", [clause("b", "zwei")]), WIESBADEN, "s1");
    doc.insertClause(clause("c", "drei"), "s2", WIESBADEN, "b");
    doc.insertClause(clause("d", "null"), "s1", WIESBADEN);
    doc.renumber(WIESBADEN);
    const v = DocxDocument.open(doc.save()).read(WIESBADEN).vorlage;
    expect(v.sections.map((s) => [s.writtenNumber, s.clauses.map((c) => `${c.writtenNumber} ${c.text}`)])).toEqual([
      ["1.", ["1.1 eins", "1.2 null"]],
      ["2.", ["2.1 zwei", "2.2 drei"]],
    ]);
  });

  it("deletes and moves blocks", () => {
    const doc = DocxDocument.open(DocxDocument.create(completeVorlage(), WIESBADEN, NOW).save(), { edit: true });
    doc.deleteBlock("k", WIESBADEN);
    doc.moveBlock("b2", undefined, WIESBADEN);
    doc.renumber(WIESBADEN);
    const v = DocxDocument.open(doc.save()).read(WIESBADEN).vorlage;
    expect(v.sections.map((s) => [s.id, s.writtenNumber, s.clauses.map((c) => `${c.id} ${c.writtenNumber}`)])).toEqual([["b", "1.", ["b2 1.1", "b1 1.2"]]]);
  });

  it("leaves every part it does not change byte for byte: table, image, comments, tracked changes", () => {
    const original = richDocx(lines("wiesbaden-style.txt"));
    const before = unzipSync(original);
    const doc = DocxDocument.open(original, { edit: true });
    const v = doc.structure(WIESBADEN, sequentialIds("r")).vorlage;
    doc.renumber(WIESBADEN);
    doc.writeMetadata(v, WIESBADEN);
    const after = unzipSync(doc.save());
    // Only the body and the package's indexes may change (content types, relationships for the new parts).
    const changed = Object.keys(before).filter((n) => !Buffer.from(after[n] as Uint8Array).equals(Buffer.from(before[n] as Uint8Array)));
    expect(changed.sort()).toEqual(["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml"]);
    expect(Object.keys(before).length).toBe(6);
    const xml = strFromU8(after["word/document.xml"] as Uint8Array);
    for (const piece of ["<w:tbl>", "w:author=\"Kämmerei\"", "<w:delText>nicht </w:delText>", 'r:embed="rIdImg"', "<w:commentReference w:id=\"0\"/>", 'w:val="dms:aktenzeichen"']) {
      expect(xml).toContain(piece);
    }
  });
});

describe("finding comments in a .docx", () => {
  it("can be added again after all were removed (an empty comments part)", () => {
    const doc = DocxDocument.open(DocxDocument.create(reference0057(), WIESBADEN, NOW).save(), { edit: true });
    doc.setFindingComments([{ tag: undefined, text: "eins" }], NOW);
    doc.removeFindingComments();
    doc.setFindingComments([{ tag: "bv:ziffer:c22", text: "zwei" }], NOW);
    const saved = DocxDocument.open(doc.save());
    expect(saved.comments()).toEqual({ ours: ["zwei"], others: [] });
    const xml = saved.part("word/document.xml") ?? "";
    expect(xml.match(/<w:commentRangeStart /g)?.length).toBe(1);
    expect(xml.match(/<w:commentReference /g)?.length).toBe(1);
    expect(saved.part("[Content_Types].xml")).toContain('PartName="/word/comments.xml"');
  });
});

describe("structuring a plain document in place", () => {
  it("wraps what it recognises in content controls, with the same text and the numbers as written", () => {
    const original = plainDocx(lines("wiesbaden-style.txt"));
    const textBefore = DocxDocument.open(original).paragraphs().map(paragraphText);
    const doc = DocxDocument.open(original, { edit: true });
    doc.structure(WIESBADEN, sequentialIds("r"));
    const saved = DocxDocument.open(doc.save());
    expect(saved.paragraphs().map(paragraphText)).toEqual(textBefore);
    const read = saved.read(WIESBADEN);
    expect(read.structured).toBe(true);
    expect(numbersOf(read.vorlage)).toEqual([["1.", ["1.1", "1.2"]], ["2.", ["2.1", "2.2", "2.4"]]]);
    expect(read.vorlage.header.vorlagenNr).toBe("25-V-03-0012");
    expect(read.vorlage.sections[1]?.clauses[1]?.text).toBe("die Kosten hälftig aus dem Budget der Dezernate III und I finanziert werden;");
  });

  it("corrects numbers only when asked", () => {
    const doc = DocxDocument.open(plainDocx(lines("wiesbaden-style.txt")), { edit: true });
    doc.structure(WIESBADEN, sequentialIds("r"));
    doc.renumber(WIESBADEN);
    const read = DocxDocument.open(doc.save()).read(WIESBADEN);
    expect(numbersOf(read.vorlage)).toEqual([["1.", ["1.1", "1.2"]], ["2.", ["2.1", "2.2", "2.3"]]]);
    expect(read.vorlage.sections[1]?.clauses[2]?.text).toBe("die haushaltstechnische Umsetzung durch Dezernat III/20 erfolgt.");
  });

  it("reads a plain document by recognition, saying it is not structured", () => {
    const read = DocxDocument.open(plainDocx(lines("wiesbaden-style.txt"))).read(WIESBADEN);
    expect([read.structured, read.recovered]).toEqual([false, false]);
    expect(read.vorlage.header.beschlussNr).toBe("0112");
  });

  it("reads the text as a reader sees it: inserted text counts, deleted text does not", () => {
    const read = DocxDocument.open(richDocx(["x"])).paragraphs().map(paragraphText);
    expect(read).toContain("Die Verwaltung wird ausdrücklich beauftragt.");
  });
});

describe("a document whose controls another program dropped", () => {
  it("is recovered from its text and the surviving metadata part, and says so", () => {
    const bytes = DocxDocument.create(reference0057(), WIESBADEN, NOW).save();
    const files = unzipSync(bytes);
    // What LibreOffice 7.4 does: drop every content-control tag.
    files["word/document.xml"] = new TextEncoder().encode(strFromU8(files["word/document.xml"] as Uint8Array).replace(/<w:tag w:val="[^"]*"\/>/g, ""));
    const { zipSync } = jest.requireActual("fflate") as typeof import("fflate");
    const read = DocxDocument.open(zipSync(files)).read(WIESBADEN);
    expect([read.structured, read.recovered]).toEqual([false, true]);
    expect(read.findings).toEqual([]);
    expect(deepEqual(read.vorlage, reference0057())).toBe(true);
    expect(readMetadataXml(DocxDocument.open(zipSync(files)).part("customXml/item1.xml")!).vorlage?.header.vorlagenNr).toBe("24-V-07-0001");
  });
});
