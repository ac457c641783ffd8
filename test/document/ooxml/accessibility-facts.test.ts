import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toVorlageJson } from "../../../src/core/metadata/vorlage-json";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { withoutWrittenNumbers } from "../../../src/core/model/written-numbers";
import { KARLSRUHE, WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import type { Profile } from "../../../src/core/profile/profile";
import { isComplete } from "../../../src/core/validation/finding";
import { validate } from "../../../src/core/validation/validate";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { run } from "../../cli/cli-helpers";
import { completeVorlage } from "../../fixtures/builders";
import { reference0057 } from "../../fixtures/reference-0057";

const NOW = "2025-05-06T09:00:00Z";

/** A Vorlage complete on Karlsruhe's profile: its Vorlagen-Nr. form, its Dezernate and the Klimaprüfung it requires. */
function completeKarlsruhe(written: Vorlage): Vorlage {
  // Karlsruhe numbers I., 1. …: the numbers a Wiesbaden document showed are not carried over.
  const v = withoutWrittenNumbers(written);
  return {
    ...v,
    header: { ...v.header, vorlagenNr: `${(v.header.sitzungsdatum ?? "2025").slice(0, 4)}/0012` },
    zustaendigkeit: { federfuehrend: "6", beteiligt: ["2"] },
    ...(v.finanzierung ? { finanzierung: { ...v.finanzierung, quellen: v.finanzierung.quellen.map((q) => ({ ...q, stelle: { ...q.stelle, dezernat: "6", produkt: q.stelle.produkt || "1.11.01", kostenstelle: q.stelle.kostenstelle || "2010", sachkonto: q.stelle.sachkonto || "42710000" } })) } } : {}),
    bloecke: { klimapruefung: { auswirkung: "nein", begruendung: "Keine Auswirkung auf den CO2-Ausstoß." } },
  };
}

const accessibility = (bytes: Uint8Array, profile: Profile = WIESBADEN, edit = false): string[] => {
  const doc = DocxDocument.open(bytes, { edit });
  // With `edit`, the tree is built first, so that the facts are read from it rather than streamed.
  if (edit) doc.paragraphs();
  return doc
    .read(profile)
    .findings.filter((f) => f.code.startsWith("accessibility-"))
    .map((f) => f.code);
};

/** The clean document: a complete Vorlage as we write it, every printed field filled (an empty one prints its prompt). */
const filled = () => {
  const v = completeVorlage();
  return { ...v, header: { ...v.header, tagesordnung: "I", tagesordnungspunkt: "7", beschlussNr: "0112" } };
};
const clean = (): Uint8Array => DocxDocument.create(filled(), WIESBADEN, NOW).save();

/** The clean document with some parts changed. */
function changed(change: (parts: Record<string, string>) => void): Uint8Array {
  const files = unzipSync(clean());
  const text: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) text[name] = strFromU8(bytes);
  change(text);
  for (const [name, xml] of Object.entries(text)) files[name] = strToU8(xml);
  return zipSync(files);
}

const NS =
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative"';

/** Body XML put before the section properties (namespaces declared on the root). */
const withBody = (xml: string) =>
  changed((p) => {
    p["word/document.xml"] = (p["word/document.xml"] as string).replace("<w:document ", `<w:document ${NS} `).replace("<w:sectPr>", `${xml}<w:sectPr>`);
  });

const table = (rows: number, options: { header?: boolean; style?: string; borders?: boolean } = {}) =>
  `<w:tbl><w:tblPr>${options.style ? `<w:tblStyle w:val="${options.style}"/>` : ""}${options.borders ? '<w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders>' : ""}</w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>` +
  Array.from({ length: rows }, (_, i) => `<w:tr>${i === 0 && options.header ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}<w:tc><w:p><w:r><w:t>Zeile ${i + 1}</w:t></w:r></w:p></w:tc></w:tr>`).join("") +
  `</w:tbl><w:p/>`;

/** A table of these rows in the Table Grid style (a data table as far as its style goes); a cell is its text. */
const grid = (rows: readonly (readonly string[])[]) =>
  `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="5000"/></w:tblGrid>` +
  rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${c}</w:t></w:r></w:p></w:tc>`).join("")}</w:tr>`).join("") +
  `</w:tbl><w:p/>`;

const picture = (docPr: string, anchor = false) =>
  `<w:p><w:r><w:drawing><wp:${anchor ? "anchor" : "inline"}><wp:extent cx="1" cy="1"/>${docPr}<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:${anchor ? "anchor" : "inline"}></w:drawing></w:r></w:p>`;

const textBox = (text: string, anchor: boolean) =>
  `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:${anchor ? "anchor" : "inline"}><wp:docPr id="9" name="Textfeld 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:${anchor ? "anchor" : "inline"}></w:drawing></mc:Choice>` +
  `<mc:Fallback><w:pict><v:shape style="position:absolute"><v:textbox><w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;

const foreignPrompt = `<w:sdt><w:sdtPr><w:alias w:val="Datum"/><w:id w:val="77"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Klicken oder tippen Sie hier, um Text einzugeben.</w:t></w:r></w:p></w:sdtContent></w:sdt>`;

describe("accessibility findings read from a .docx", () => {
  it("finds nothing in a complete Vorlage as we write it, streamed or from the tree", () => {
    expect(accessibility(clean())).toEqual([]);
    expect(accessibility(clean(), WIESBADEN, true)).toEqual([]);
  });

  it.each([
    ["no document language", (p: Record<string, string>) => (p["word/styles.xml"] = (p["word/styles.xml"] as string).replace('<w:lang w:val="de-DE"/>', "")), "accessibility-language-missing"],
    ["an English document language", (p: Record<string, string>) => (p["word/styles.xml"] = (p["word/styles.xml"] as string).replace('w:val="de-DE"', 'w:val="en-US"')), "accessibility-language-not-german"],
    ["no title", (p: Record<string, string>) => (p["docProps/core.xml"] = (p["docProps/core.xml"] as string).replace(/<dc:title>[^<]*<\/dc:title>/, "")), "accessibility-title-missing"],
    ["section headings without outline level", (p: Record<string, string>) => (p["word/styles.xml"] = (p["word/styles.xml"] as string).replace('<w:outlineLvl w:val="0"/>', "")), "accessibility-heading-style"],
  ] as const)("reports %s", (_, change, code) => {
    const bytes = changed(change);
    const found = accessibility(bytes);
    // One finding per section heading for the heading rule (the Vorlage has two sections), one otherwise.
    expect(found).toEqual(code === "accessibility-heading-style" ? [code, code] : [code]);
    expect(accessibility(bytes, WIESBADEN, true)).toEqual(found);
  });

  it.each([
    ["a data table without header row", table(3, { style: "TableGrid" }), ["accessibility-table-header"]],
    ["a bordered table in Table Normal without header row", table(2, { borders: true }), ["accessibility-table-header"]],
    ["a table with its header row marked", table(3, { style: "TableGrid", header: true }), []],
    ["a layout table (no style, no borders)", table(3), []],
    ["a table of one row", table(1, { style: "TableGrid" }), []],
    // Found by a new-user tryout (lastenrad.docx): the header of a key–value table is its first column; its first row is data.
    ["a key–value table (Vorlagen-Nr. | 25-V-03-0012 …)", grid([["Vorlagen-Nr.", "25-V-03-0012"], ["Betreff", "Beschaffung von Lastenrädern für den Bürgerservice"], ["Gremium", "Magistrat"], ["Sitzungsdatum", "06.05.2025"]]), []],
    ["a key–value table with colons (Betreff: | …)", grid([["Betreff:", "Neue Bänke"], ["Gremium:", "Magistrat"]]), []],
    ["a two-column data table headed by its first row (Gremium | Termin)", grid([["Gremium", "Termin"], ["Magistrat", "06.05.2025"], ["Stadtverordnetenversammlung", "12.06.2025"]]), ["accessibility-table-header"]],
    ["a two-column table whose first column holds amounts", grid([["Jahr", "Betrag"], ["2025", "1.000 €"], ["2026", "1.200 €"]]), ["accessibility-table-header"]],
    ["a three-column data table", grid([["Vorlagen-Nr.", "25-V-03-0012", "x"], ["Betreff", "Bänke", "y"]]), ["accessibility-table-header"]],
    ["a picture without text alternative", picture('<wp:docPr id="5" name="Grafik 5"/>'), ["accessibility-image-alternative"]],
    ["a picture with a blank description", picture('<wp:docPr id="5" name="Grafik 5" descr="  "/>'), ["accessibility-image-alternative"]],
    ["a picture with a description", picture('<wp:docPr id="5" name="Grafik 5" descr="Wappen der Stadt"/>'), []],
    ["a picture with a title", picture('<wp:docPr id="5" name="Grafik 5" title="Lageplan"/>', true), []],
    ["a decorative picture", picture('<wp:docPr id="5" name="Linie"><a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative val="1"/></a:ext></a:extLst></wp:docPr>'), []],
    ["a VML picture without text alternative", '<w:p><w:r><w:pict><v:shape id="Bild1" style="width:10pt;height:10pt"><v:imagedata r:id="rId99"/></v:shape></w:pict></w:r></w:p>', ["accessibility-image-alternative"]],
    ["text in a floating text box (counted once, not again in its VML fallback)", textBox("Wichtiger Hinweis", true), ["accessibility-floating-text-box"]],
    ["a text box in line with the text", textBox("Hinweis", false), []],
    ["an empty floating text box", textBox("", true), []],
    ["a template's prompt left in a control", foreignPrompt, ["accessibility-placeholder"]],
  ] as const)("body with %s", (_, xml, expected) => {
    const bytes = withBody(xml);
    expect(accessibility(bytes)).toEqual(expected);
    expect(accessibility(bytes, WIESBADEN, true)).toEqual(expected);
  });

  it("says once that the prompts of our own empty fields print (tryout 4: „Beschluss Nr. ‹Beschluss-Nr.›“)", () => {
    // No Beschluss-Nr. (optional): the field shows its grey prompt, which Word prints; whether it may be empty is validation's question.
    const v = filled();
    const bytes = DocxDocument.create({ ...v, header: { ...v.header, beschlussNr: "", tagesordnung: "" } }, WIESBADEN, NOW).save();
    expect(strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array)).toContain("<w:showingPlcHdr/>");
    expect(accessibility(bytes)).toEqual(["accessibility-field-prompt"]);
  });

  it("never changes whether a Vorlage is complete", () => {
    const bytes = withBody(table(3, { style: "TableGrid" }) + picture('<wp:docPr id="5" name="Grafik 5"/>') + textBox("Hinweis", true) + foreignPrompt);
    const read = DocxDocument.open(bytes).read(WIESBADEN);
    const findings = [...validate(read.vorlage, WIESBADEN), ...read.findings];
    expect(findings.filter((f) => f.code.startsWith("accessibility-")).length).toBe(4);
    expect(isComplete(findings)).toBe(true);
  });

  it("points a section heading's finding at its section, in a plain document too", () => {
    const bytes = changed((p) => (p["word/styles.xml"] = (p["word/styles.xml"] as string).replace('<w:outlineLvl w:val="0"/>', "")));
    const read = DocxDocument.open(bytes).read(WIESBADEN);
    expect(read.findings.filter((f) => f.code === "accessibility-heading-style").map((f) => f.location)).toEqual(read.vorlage.sections.map((s) => ({ type: "section", id: s.id })));
    // The same document without our controls is recognised; its headings are still found.
    const plain = changed((p) => {
      p["word/styles.xml"] = (p["word/styles.xml"] as string).replace('<w:outlineLvl w:val="0"/>', "");
      p["word/document.xml"] = (p["word/document.xml"] as string).replace(/<w:tag w:val="[^"]*"\/>/g, "");
    });
    const plainRead = DocxDocument.open(plain).read(WIESBADEN);
    expect(plainRead.structured).toBe(false);
    expect(plainRead.findings.filter((f) => f.code === "accessibility-heading-style").map((f) => f.params["auszug"])).toEqual(["1. Es wird zur Kenntnis genommen, dass", "2. Es wird beschlossen, dass"]);
  });
});

describe("a Vorlage drafted to completion has no accessibility finding", () => {
  // Drafted to completion: every printed field filled (an empty one prints its prompt, `accessibility-field-prompt`).
  const full = (v: Vorlage): Vorlage => ({ ...v, header: { ...v.header, tagesordnung: v.header.tagesordnung || "I", tagesordnungspunkt: v.header.tagesordnungspunkt || "7", beschlussNr: v.header.beschlussNr || "0112" } });
  const cases: readonly [string, Profile, Vorlage][] = [
    ["Wiesbaden", WIESBADEN, full(completeVorlage())],
    ["Wiesbaden, the reference 0057", WIESBADEN, reference0057()],
    ["Karlsruhe", KARLSRUHE, completeKarlsruhe(full(completeVorlage()))],
    ["Karlsruhe, the reference 0057", KARLSRUHE, completeKarlsruhe(reference0057())],
  ];

  it.each(cases)("`new --from` on %s's profile", async (_, profile, v) => {
    expect(validate(v, profile).filter((f) => f.severity === "error")).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), "a11y-"));
    const json = join(dir, "vorlage.json");
    const out = join(dir, "vorlage.docx");
    writeFileSync(json, JSON.stringify(toVorlageJson(v, profile)));
    expect((await run("new", "--from", json, "-o", out, "--profile", profile.id)).code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect(accessibility(bytes, profile)).toEqual([]);
    // The title is the Betreff.
    expect(strFromU8(unzipSync(bytes)["docProps/core.xml"] as Uint8Array)).toContain(`<dc:title>${v.header.betreff}</dc:title>`);
    const check = await run("check", out, "--profile", profile.id, "--json");
    expect(check.code).toBe(0);
    expect(check.out).not.toContain("accessibility-");
  });
});

describe("the header row we write into the Finanzierung table", () => {
  it("is read back as part of the Finanzierung when another program dropped our controls and metadata", () => {
    const v = completeKarlsruhe(reference0057());
    const files = unzipSync(DocxDocument.create(v, KARLSRUHE, NOW).save());
    files["word/document.xml"] = strToU8(strFromU8(files["word/document.xml"] as Uint8Array).replace(/<w:tag w:val="[^"]*"\/>/g, ""));
    delete files["customXml/item1.xml"];
    const read = DocxDocument.open(zipSync(files)).read(KARLSRUHE);
    expect(read.structured || read.recovered).toBe(false);
    expect(read.findings.filter((f) => String(f.params["auszug"] ?? "").startsWith("Gegenstand"))).toEqual([]);
    expect(read.vorlage.finanzierung?.betragCent).toBe(100_000);
  });
});
