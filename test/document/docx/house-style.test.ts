import { strFromU8, unzipSync } from "fflate";
import { clause, finanzierung, section, vorlage } from "../../../src/core/model/builders";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { parseProfile } from "../../../src/core/profile/parse-profile";
import type { Profile } from "../../../src/core/profile/profile";
import { randomIds } from "../../../src/core/model/ids";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { DocxPort } from "../../../src/document/docx/docx-port";
import { paragraphText } from "../../../src/document/ooxml/read-body";
import { printingEverything } from "../../fixtures/old-hidden-form";
import { reference0057 } from "../../fixtures/reference-0057";

const NOW = "2024-03-21T10:00:00Z";
const partsOf = (v: Vorlage, profile: Profile = WIESBADEN) => {
  const files = unzipSync(DocxDocument.create(v, profile, NOW).save());
  return (name: string) => strFromU8(files[name] as Uint8Array);
};
/** The text of a paragraph as printed: runs that are not hidden, placeholders as their prompt. */
const paragraphsWithStyle = (xml: string, style: string): string[] =>
  [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
    .map((m) => m[0])
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));

describe("the house style written into a new document", () => {
  it("declares named paragraph and character styles a city can restyle in Word, and uses them", () => {
    const part = partsOf(reference0057());
    const styles = part("word/styles.xml");
    for (const name of ["BV Betreff", "BV Abschnitt", "BV Ziffer", "BV Unterpunkt", "BV Kopf", "BV Bezug", "BV Verteiler", "BV Zeichnung", "BV Nummer", "BV Platzhalter"]) {
      expect(styles).toContain(`<w:name w:val="${name}"/>`);
    }
    const doc = part("word/document.xml");
    expect(paragraphsWithStyle(doc, "BVBetreff")).toEqual(["Beitritt NExT e. V. der Landeshauptstadt Wiesbaden"]);
    expect(styles).toMatch(/w:styleId="BVBetreff">.*?<w:b\/>/);
    expect(paragraphsWithStyle(doc, "BVAbschnitt")).toEqual(["1. Es wird zur Kenntnis genommen, dass", "2. Es wird beschlossen, dass"]);
    expect(paragraphsWithStyle(doc, "BVZiffer")).toHaveLength(9);
  });

  it("writes the header lines of Wiesbaden's Beschluss, with the Sitzungsdatum in words", () => {
    const doc = partsOf(reference0057())("word/document.xml");
    expect(paragraphsWithStyle(doc, "BVKopf")).toEqual([
      "Tagesordnung II Punkt 10 der öffentlichen Sitzung am 21. März 2024",
      "Vorlagen-Nr. 24-V-07-0001",
      "Beschluss Nr. 0057",
    ]);
    expect(paragraphsWithStyle(doc, "BVBezug")).toEqual(["(antragsgemäß Magistrat 27.02.2024 BP 0106)"]);
  });

  it("puts a page number in the city's form into the footer: a PAGE field between dashes", () => {
    const part = partsOf(reference0057());
    expect(part("word/footer1.xml")).toMatch(/<w:t xml:space="preserve">- <\/w:t><\/w:r><w:fldSimple w:instr=" PAGE ">.*<\/w:fldSimple><w:r><w:t xml:space="preserve"> -<\/w:t>/);
    expect(part("word/document.xml")).toMatch(/<w:sectPr><w:footerReference w:type="default" r:id="rIdBvFooter"\/>/);
    expect(part("word/_rels/document.xml.rels")).toContain('Id="rIdBvFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"');
    expect(part("[Content_Types].xml")).toContain('PartName="/word/footer1.xml"');
    expect(partsOf(reference0057(), KARLSRUHE)("word/footer1.xml")).toContain(">– </w:t>");
  });

  it("keeps what Wiesbaden does not print (Vorlagenart, Zuständigkeit, Finanzierung) out of the body and out of its styles: no hidden text, and it still reads back", () => {
    const part = partsOf(reference0057());
    expect(part("word/styles.xml")).not.toContain("<w:vanish/>");
    expect(paragraphsWithStyle(part("word/document.xml"), "BVZustaendigkeit")).toEqual([]);
    expect(paragraphsWithStyle(part("word/document.xml"), "BVFinanzierung")).toEqual([]);
    expect(partsOf(reference0057(), KARLSRUHE)("word/styles.xml")).not.toContain("<w:vanish/>");
    const read = DocxDocument.open(DocxDocument.create(reference0057(), WIESBADEN, NOW).save()).read(WIESBADEN).vorlage;
    expect(read.finanzierung).toEqual(reference0057().finanzierung);
    expect(read.zustaendigkeit).toEqual({ federfuehrend: "VII", beteiligt: ["II"] });
    expect(read.header.vorlagenart).toBe("Beschlussvorlage");
  });

  it("names Dezernate with their prefix, never a bare „beteiligt: II“ (Wiesbaden's line, where it is printed)", () => {
    const doc = partsOf({ ...reference0057(), zustaendigkeit: { federfuehrend: "VII", beteiligt: ["II", "III"] } }, printingEverything(WIESBADEN))("word/document.xml");
    expect(paragraphsWithStyle(doc, "BVZustaendigkeit")).toEqual(["Federführung: Dezernat VII; beteiligt: Dezernat II und Dezernat III"]);
  });
});

describe("empty fields", () => {
  const sparse = (): Vorlage =>
    vorlage({
      header: { gremium: "Magistrat", sitzungsart: undefined, sitzungsdatum: "", tagesordnung: "", tagesordnungspunkt: "", vorlagenNr: "", betreff: "", beschlussNr: "", vorlagenart: "" },
      sections: [section("s", "beschluss", [clause("c", "x")])],
      finanzierung: finanzierung({ auswirkungen: true, quellen: [{ id: "q", stelle: { dezernat: "VII", produkt: "", kostenstelle: "" }, anteil: 1 }], bewirtschaftung: "" }),
    });

  it("are content-control placeholders with a grey prompt, never an empty label or a stray comma", () => {
    const doc = partsOf(sparse())("word/document.xml");
    expect(paragraphsWithStyle(doc, "BVKopf")).toEqual([
      "Tagesordnung ‹Tagesordnung› Punkt ‹Punkt› der ‹Sitzungsart› Sitzung am ‹Sitzungsdatum›",
      "Vorlagen-Nr. ‹Vorlagen-Nr.›",
      "Beschluss Nr. ‹Beschluss-Nr.›",
    ]);
    const fin = paragraphsWithStyle(partsOf(sparse(), printingEverything(WIESBADEN))("word/document.xml"), "BVFinanzierung").join("\n");
    expect(fin).toContain("Die Kosten von ‹Betrag› ‹einmalig/jährlich› ab dem Haushaltsjahr ‹Haushaltsjahr› werden wie folgt gedeckt:");
    expect(fin).toContain("Produkt ‹Produkt›, Kostenstelle ‹Kostenstelle›");
    expect(fin).toContain("durch Dezernat ‹Haushaltstechnische Umsetzung›.");
    expect(fin).not.toMatch(/ ,|, ,|Produkt ,|: ,/);
    expect(partsOf(sparse(), printingEverything(WIESBADEN))("word/document.xml")).toMatch(/<w:showingPlcHdr\/><\/w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="BVPlatzhalter"\/><\/w:rPr><w:t xml:space="preserve">‹Produkt›/);
    expect(partsOf(sparse())("word/styles.xml")).toMatch(/w:styleId="BVPlatzhalter">.*?<w:color w:val="808080"\/>/);
  });

  it("are read as prompts, not values: shown by a view, left out of the paragraph's text", () => {
    const paragraphs = DocxDocument.open(DocxDocument.create(sparse(), WIESBADEN, NOW).save()).paragraphs();
    const line = paragraphs.find((p) => p.segments.some((s) => s.text === "Vorlagen-Nr. "));
    expect(line?.segments).toEqual([{ text: "Vorlagen-Nr. " }, { text: "‹Vorlagen-Nr.›", tag: { kind: "feld", name: "header.vorlagenNr" }, placeholder: true }]);
    expect(paragraphText(line as NonNullable<typeof line>)).toBe("Vorlagen-Nr. ");
  });

  it("read back as empty, so the document and the checks agree", () => {
    const read = DocxDocument.open(DocxDocument.create(sparse(), WIESBADEN, NOW).save()).read(WIESBADEN).vorlage;
    expect(read.header).toEqual(sparse().header);
    expect(read.finanzierung).toEqual(sparse().finanzierung);
  });

  it("take a value typed into them, and show the prompt again when emptied", async () => {
    const port = DocxPort.fromBytes(DocxDocument.create(sparse(), WIESBADEN, NOW).save(), WIESBADEN, randomIds);
    await port.setFields({ "header.tagesordnung": "II", "header.tagesordnungspunkt": "10" });
    let doc = strFromU8(unzipSync(port.bytes())["word/document.xml"] as Uint8Array);
    expect(paragraphsWithStyle(doc, "BVKopf")[0]).toBe("Tagesordnung II Punkt 10 der ‹Sitzungsart› Sitzung am ‹Sitzungsdatum›");
    expect(doc).not.toMatch(/BVPlatzhalter"\/><\/w:rPr><w:t xml:space="preserve">II</);
    expect((await port.read()).vorlage.header.tagesordnung).toBe("II");
    await port.setFields({ "header.tagesordnung": "" });
    doc = strFromU8(unzipSync(port.bytes())["word/document.xml"] as Uint8Array);
    expect(paragraphsWithStyle(doc, "BVKopf")[0]).toBe("Tagesordnung ‹Tagesordnung› Punkt 10 der ‹Sitzungsart› Sitzung am ‹Sitzungsdatum›");
    expect((await port.read()).vorlage.header.tagesordnung).toBe("");
  });
});

describe("sub-points in the document", () => {
  const withSubpoints = (): Vorlage =>
    vorlage({
      sections: [
        section("s", "beschluss", [
          { ...clause("c1", "folgende Maßnahmen umgesetzt werden:"), unterpunkte: [{ id: "u1", text: "Sanierung der Turnhalle," }, { id: "u2", text: "Neubau der Mensa." }] },
          clause("c2", "die Verwaltung berichtet."),
        ]),
      ],
    });

  it("are written as lettered paragraphs in the style „BV Unterpunkt“ inside their clause, and read back", () => {
    const bytes = DocxDocument.create(withSubpoints(), WIESBADEN, NOW).save();
    const doc = strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array);
    expect(paragraphsWithStyle(doc, "BVUnterpunkt")).toEqual(["a)Sanierung der Turnhalle,", "b)Neubau der Mensa."]);
    const read = DocxDocument.open(bytes).read(WIESBADEN).vorlage;
    expect(read.sections[0]?.clauses[0]?.unterpunkte).toEqual([
      { id: "u1", text: "Sanierung der Turnhalle,", writtenNumber: "a)" },
      { id: "u2", text: "Neubau der Mensa.", writtenNumber: "b)" },
    ]);
    expect(read.sections[0]?.clauses[0]?.text).toBe("folgende Maßnahmen umgesetzt werden:");
    expect(read.sections[0]?.clauses[1]?.unterpunkte).toBeUndefined();
  });

  it("are relettered by renumber when their letters no longer follow their order", () => {
    const v = withSubpoints();
    const stale: Vorlage = { ...v, sections: [{ ...(v.sections[0] as Vorlage["sections"][number]), clauses: [{ ...(v.sections[0]?.clauses[0] as Vorlage["sections"][number]["clauses"][number]), unterpunkte: [{ id: "u1", text: "A", writtenNumber: "c)" }, { id: "u2", text: "B", writtenNumber: "a)" }] }] }] };
    const { renderBody } = jest.requireActual<typeof import("../../../src/document/ooxml/render-vorlage")>("../../../src/document/ooxml/render-vorlage");
    const { docxFromBody } = jest.requireActual<typeof import("../../fixtures/docx")>("../../fixtures/docx");
    const doc = DocxDocument.open(docxFromBody(renderBody(stale, WIESBADEN, { numbers: "as-written" })));
    expect(doc.read(WIESBADEN).vorlage.sections[0]?.clauses[0]?.unterpunkte?.map((u) => u.writtenNumber)).toEqual(["c)", "a)"]);
    expect(doc.renumber(WIESBADEN)).toBeGreaterThanOrEqual(2);
    expect(doc.read(WIESBADEN).vorlage.sections[0]?.clauses[0]?.unterpunkte?.map((u) => [u.writtenNumber, u.text])).toEqual([["a)", "A"], ["b)", "B"]]);
  });
});

describe("Verteiler and Zeichnung blocks", () => {
  it("group the Verteiler by Zeichnung; the Bitte is printed once under entries that share it and kept hidden on the others", () => {
    const v: Vorlage = {
      ...reference0057(),
      verteiler: [
        { id: "a", empfaenger: "Dezernat II", bitte: "kenntnisnahme", zeichnung: "z1" },
        { id: "b", empfaenger: "Dezernat III", bitte: "kenntnisnahme", zeichnung: "z1" },
        { id: "c", empfaenger: "Dezernat VII", bitte: "veranlassung", zeichnung: "z1" },
      ],
      zeichnungen: [{ id: "z1", ort: "Wiesbaden", datum: "2024-03-21", zusatz: "im Auftrag", name: "Bock" }],
    };
    const bytes = DocxDocument.create(v, WIESBADEN, NOW).save();
    const doc = strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array);
    const visible = (p: string) => !p.includes("<w:vanish/>");
    const printed = [...doc.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
      .map((m) => m[0])
      .filter((p) => /BVVerteiler|BVZeichnung/.test(p) && visible(p))
      .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
    expect(printed).toEqual(["Dezernat II", "Dezernat III", "mit der Bitte um Kenntnisnahme", "Dezernat VII", "mit der Bitte um weitere Veranlassung", "Wiesbaden, 21.03.2024", "im Auftrag", "Bock"]);
    expect(DocxDocument.open(bytes).read(WIESBADEN).vorlage.verteiler).toEqual(v.verteiler);
  });

  it("start a Zeichnung of an office that sends on („Der Magistrat“) on a new page, dated above its Verteiler", () => {
    const doc = partsOf(reference0057())("word/document.xml");
    expect(doc).toMatch(/<w:pStyle w:val="BVAbsender"\/><w:pageBreakBefore\/><\/w:pPr>.*?Der Magistrat/);
    const order = ["Dr. Heimlich", "Der Magistrat", "Wiesbaden", "Dezernat II und Dezernat III", "Bock"].map((t, i, all) => doc.indexOf(t, i === 0 ? 0 : doc.indexOf(all[i - 1] as string)));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(order.every((i) => i > 0)).toBe(true);
  });

  it("leave room to sign between „im Auftrag“ and the name", () => {
    const doc = partsOf(reference0057())("word/document.xml");
    expect(doc).toMatch(/<w:pStyle w:val="BVZeichnung"\/><w:spacing w:before="720"\/><\/w:pPr>(?:(?!<\/w:p>).)*Dr\. Heimlich/s);
  });
});

describe("where the Finanzierung goes", () => {
  const bodyOrder = (port: DocxPort): string => strFromU8(unzipSync(port.bytes())["word/document.xml"] as Uint8Array);

  it("after the sections and the Bezug, before the Verteiler, also when written before any section exists (a house style that prints it)", async () => {
    const ref = reference0057();
    const printing = printingEverything(WIESBADEN);
    const port = DocxPort.fromBytes(DocxDocument.create(vorlage({ header: ref.header }), printing, NOW).save(), printing, randomIds);
    await port.insertEntry("verteiler", { ...ref, verteiler: [{ id: "v1", empfaenger: "Dem Magistrat", bitte: "veranlassung" }] }, "v1");
    await port.writePart("finanzierung", ref);
    await port.writePart("zustaendigkeit", ref);
    await port.insertSection(section("k", "kenntnisnahme"), "selection");
    await port.insertClause(clause("k1", "etwas gilt;"), "k");
    await port.insertSection(section("b", "beschluss"), { after: "k" });
    const doc = bodyOrder(port);
    const at = (tag: string) => doc.indexOf(`w:val="${tag}`);
    expect(at("bv:kopf")).toBeLessThan(at("bv:zustaendigkeit"));
    expect(at("bv:zustaendigkeit")).toBeLessThan(at("bv:abschnitt:k"));
    expect(at("bv:abschnitt:k")).toBeLessThan(at("bv:abschnitt:b"));
    expect(at("bv:abschnitt:b")).toBeLessThan(at("bv:finanzierung"));
    expect(at("bv:finanzierung")).toBeLessThan(at("bv:verteiler:v1"));
    expect((await port.read()).vorlage.sections.map((s) => [s.id, s.writtenNumber])).toEqual([["k", "1."], ["b", "2."]]);
  });
});

describe("Karlsruhe keeps its own layout by configuration", () => {
  it("writes its header lines, Roman sections, the Finanzierung as a table and „– 1 –“ page numbers", () => {
    const v: Vorlage = { ...reference0057(), zustaendigkeit: { federfuehrend: "6", beteiligt: [] } };
    const part = partsOf(v, KARLSRUHE);
    const doc = part("word/document.xml");
    expect(paragraphsWithStyle(doc, "BVTitel")).toEqual(["Beschlussvorlage"]);
    expect(paragraphsWithStyle(doc, "BVKopf")).toEqual([
      "Vorlage Nr.: 24-V-07-0001",
      "Verantwortlich: Dez. 6",
      "Gremium: Stadtverordnetenversammlung, Termin: 21.03.2024, TOP 10, Ö",
    ]);
    expect(paragraphsWithStyle(doc, "BVAbschnitt")).toEqual(["I. Zur Kenntnisnahme", "II. Beschlussantrag"]);
    expect(doc).toMatch(/<w:tbl>.*Finanzielle Auswirkungen.*>Ja<.*1\.000,00\s€.*<\/w:tbl>/su);
    // A printout never splits a row (a Deckung) across two pages.
    const rows = [...doc.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((m) => m[1] as string);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    // The first row is the marked header row (accessibility), the others the Finanzierung's lines.
    for (const r of rows) expect(r.startsWith("<w:trPr><w:cantSplit/>")).toBe(true);
    expect(rows[0]?.startsWith("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")).toBe(true);
    expect(DocxDocument.open(DocxDocument.create(v, KARLSRUHE, NOW).save()).read(KARLSRUHE).vorlage.finanzierung).toEqual(v.finanzierung);
    expect(DocxDocument.open(DocxDocument.create(v, KARLSRUHE, NOW).save()).read(KARLSRUHE).vorlage.header).toEqual(v.header);
  });

  it("refuses a layout line naming a field that does not exist, with its place in the profile", () => {
    const json = JSON.parse(JSON.stringify(WIESBADEN)) as { houseStyle: { layout: { kopf: { text: string }[] } } };
    json.houseStyle.layout.kopf[1] = { text: "Punkt {header.punkt}" };
    expect(() => parseProfile(json)).toThrow(/houseStyle\/layout\/kopf\/1\/text.*header\.punkt/);
  });
});

describe("the styles in Word", () => {
  it("travel with every block the Word adapter inserts (insertOoxml adds styles a document lacks)", () => {
    const { toFlatOpc, documentXmlOf } = jest.requireActual<typeof import("../../../src/document/ooxml/flat-opc")>("../../../src/document/ooxml/flat-opc");
    const { stylesXml } = jest.requireActual<typeof import("../../../src/document/ooxml/house-style-parts")>("../../../src/document/ooxml/house-style-parts");
    const pkg = toFlatOpc("<w:p/>", "", stylesXml(WIESBADEN));
    expect(pkg).toMatch(/<pkg:part pkg:name="\/word\/styles\.xml" pkg:contentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.styles\+xml"><pkg:xmlData><w:styles /);
    expect(pkg).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"');
    expect(pkg).not.toMatch(/<pkg:xmlData><\?xml/);
    expect(documentXmlOf(pkg)).toContain("<w:body><w:p/></w:body>");
  });
});
