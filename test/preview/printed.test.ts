import type { Vorlage } from "../../src/core/model/vorlage";
import { KARLSRUHE, WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { DocxPort } from "../../src/document/docx/docx-port";
import type { BodyParagraph } from "../../src/document/ooxml/read-body";
import { previewHiddenStyles } from "../../src/preview/engine";
import { hiddenStyleIds, printedParagraphs } from "../../src/preview/printed";
import { EXPECTED_0057 } from "../fixtures/expected-0057";
import { reference0057 } from "../fixtures/reference-0057";
import { compareLines, originalLines } from "../interop/printout";

/**
 * The preview's page shows what the printout shows. The expected lines are the printout
 * fixture of Beschluss 0057 (test/fixtures/expected-0057.ts, which LibreOffice's printout
 * is checked against in test/interop/printout.test.ts), so the page and the paper agree.
 */
const NOW = "2024-03-21T10:00:00Z";
const paragraphsOf = (v: Vorlage, profile = WIESBADEN): BodyParagraph[] => DocxPort.fromBytes(DocxDocument.create(v, profile, NOW).save(), profile).paragraphs();
/** A paragraph's line as the page draws it: prompts included (they show, grey), tabs as space. */
const line = (p: BodyParagraph): string => p.segments.map((s) => s.text).join("");

describe("the preview's page shows what prints", () => {
  it("shows Beschluss 0057 with exactly the printout's lines on Wiesbaden's profile (after the letterhead)", () => {
    // A soft line break (the Magistrat's number under its name) starts a new line on the page (white-space: pre-wrap).
    const shown = printedParagraphs(paragraphsOf(reference0057()), previewHiddenStyles(WIESBADEN)).flatMap((p) => line(p).split("\v"));
    expect(compareLines(originalLines(EXPECTED_0057), shown)).toEqual({ ok: true, letterhead: ["Stadtverordnetenversammlung"] });
  });

  it("would show Vorlagenart, Zuständigkeit and the Finanzierung sentences if it drew every paragraph (they are hidden text)", () => {
    const all = paragraphsOf(reference0057()).map(line);
    expect(all).toEqual(expect.arrayContaining(["Vorlagenart: Beschlussvorlage", "Federführung: Dezernat VII; beteiligt: Dezernat II"]));
    expect(all.some((l) => /^jaDie Kosten von 1\.000\s€/u.test(l))).toBe(true);
    expect(compareLines(originalLines(EXPECTED_0057), all).ok).toBe(false);
  });

  it("leaves out a Bitte that the next Verteiler entry shares (it stays in the file as hidden text)", () => {
    const v = reference0057();
    const shared: Vorlage = { ...v, verteiler: v.verteiler.map((e) => (e.id === "v2" ? { ...e, bitte: "veranlassung" as const } : e)) };
    const shown = printedParagraphs(paragraphsOf(shared), previewHiddenStyles(WIESBADEN)).map(line);
    const from = shown.indexOf("Dezernat II und Dezernat III");
    expect(shown.slice(from, from + 3)).toEqual(["Dezernat II und Dezernat III", "Dezernat VII", "mit der Bitte um weitere Veranlassung"]);
  });

  it("on Karlsruhe's profile, which hides no block, shows the Zuständigkeit and the Finanzierung as they print", () => {
    const v: Vorlage = { ...reference0057(), zustaendigkeit: { federfuehrend: "6", beteiligt: ["2"] }, bezuege: [] };
    const hidden = previewHiddenStyles(KARLSRUHE);
    expect([...hidden]).toEqual([]);
    const shown = printedParagraphs(paragraphsOf(v, KARLSRUHE), hidden).map(line);
    expect(shown).toEqual(expect.arrayContaining(["Vorlage Nr.: 24-V-07-0001"]));
    expect(shown.some((l) => l.startsWith("Verantwortlich: Dez. 6"))).toBe(true);
  });

  it("finds hidden styles also through w:basedOn, and a style that switches vanish off again is not hidden", () => {
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const xml =
      `<w:styles xmlns:w="${W}">` +
      `<w:style w:type="paragraph" w:styleId="A"><w:rPr><w:vanish/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="C"><w:basedOn w:val="A"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="D"/>` +
      `</w:styles>`;
    expect([...hiddenStyleIds(xml)].sort()).toEqual(["A", "B"]);
  });
});
