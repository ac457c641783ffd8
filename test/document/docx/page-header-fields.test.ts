import { unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { pageHeaderTexts } from "../../../src/document/docx/page-header-texts";
import { run, tempFolder } from "../../cli/cli-helpers";
import { wordDocx, type WordBlock } from "../../fixtures/corpus/grown/word-builder";

/**
 * A Vorlage whose „Vorlagen-Nr.“ and „Federführendes Dezernat“ stand only in the page header (word/header1.xml,
 * referenced from the body's w:sectPr): a new user's tryout got three false „Pflichtangabe fehlt“ for it.
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
const inHeaderOnly = (): Uint8Array => wordDocx({ id: "kopfzeile", header: HEADER, footer: ["Seite {page} von {pages}"], blocks: BLOCKS });

describe("a Vorlagen-Nr. that stands only in the page header", () => {
  it("check reports no missing Vorlagen-Nr., Betreff or Federführung, and says the number was read from the Kopfzeile", async () => {
    const { file } = tempFolder("kopfzeile");
    const r = await run("check", file("vorlage.docx", inHeaderOnly()));
    expect(r.out).not.toContain("Pflichtangabe fehlt: Vorlagen-Nr.");
    expect(r.out).not.toContain("Pflichtangabe fehlt: Betreff");
    expect(r.out).not.toContain("Pflichtangabe fehlt: Federführend");
    expect(r.out).toContain("Vorlagen-Nr. aus der Kopfzeile gelesen: „Vorlagen-Nr.: 25-V-03-0012“.");
  });

  it("the JSON shows the number, the Betreff and the Dezernat", async () => {
    const { file } = tempFolder("kopfzeile-json");
    const r = await run("export", file("vorlage.docx", inHeaderOnly()), "--format", "json");
    const { vorlage: v } = JSON.parse(r.out) as { vorlage: { header: { vorlagenNr: string; betreff: string }; zustaendigkeit: { federfuehrend: string } } };
    expect(v.header.vorlagenNr).toBe("25-V-03-0012");
    expect(v.header.betreff).toBe("Neugestaltung des Spielplatzes am Elsässer Platz");
    expect(v.zustaendigkeit.federfuehrend).toBe("III");
  });

  it("the body's number wins over the page header's", () => {
    const bytes = wordDocx({ id: "beide", header: HEADER, blocks: [{ p: "Vorlagen-Nr.: 25-V-03-0099" }, ...BLOCKS] });
    const read = DocxDocument.open(bytes).read(WIESBADEN, sequentialIds("r"));
    expect(read.vorlage.header.vorlagenNr).toBe("25-V-03-0099");
    expect(read.findings.some((f) => f.code === "recognize-page-header" && f.params["field"] === "header.vorlagenNr")).toBe(false);
  });

  it("a page header with only a page number or the city's name gives nothing", () => {
    for (const header of [["Seite {page} von {pages}"], ["- 2 -"], ["Landeshauptstadt Wiesbaden"]]) {
      const read = DocxDocument.open(wordDocx({ id: "leer", header, blocks: BLOCKS })).read(WIESBADEN, sequentialIds("r"));
      expect(read.vorlage.header.vorlagenNr).toBe("");
      expect(read.findings.some((f) => f.code === "recognize-page-header")).toBe(false);
    }
  });

  it("reads the default header of the first section only, not the footer", () => {
    const bytes = wordDocx({ id: "fuss", footer: ["Vorlagen-Nr.: 25-V-03-0012"], blocks: BLOCKS });
    const parts = new Map(Object.entries(unzipSync(bytes)));
    expect(pageHeaderTexts(parts, "word/document.xml", new TextDecoder().decode(parts.get("word/document.xml")))).toEqual([]);
    expect(pageHeaderTexts(new Map(Object.entries(unzipSync(inHeaderOnly()))), "word/document.xml", new TextDecoder().decode(unzipSync(inHeaderOnly())["word/document.xml"]))).toEqual(HEADER);
  });

  it("recognize leaves the header part byte for byte as it was", async () => {
    const { dir, file } = tempFolder("kopfzeile-recognize");
    const input = file("vorlage.docx", inHeaderOnly());
    const out = join(dir, "gegliedert.docx");
    const r = await run("recognize", input, "-o", out);
    expect(r.code).toBe(0);
    const before = unzipSync(readFileSync(input));
    const after = unzipSync(readFileSync(out));
    expect(Buffer.from(after["word/header1.xml"] as Uint8Array).equals(Buffer.from(before["word/header1.xml"] as Uint8Array))).toBe(true);
    // The structured document still reads the number from the Kopfzeile.
    const read = DocxDocument.open(readFileSync(out)).read(WIESBADEN, sequentialIds("r"));
    expect(read.vorlage.header.vorlagenNr).toBe("25-V-03-0012");
  });
});
