import { XMLSerializer } from "@xmldom/xmldom";
import { docxFromBody, paragraphXml } from "../fixtures/docx";
import { PLACEHOLDER, SimOfficeError, WordSimulator, type SimContext } from "./word-simulator";

/**
 * The rules of direct-formatting.ts (direct formatting, breaks, placeholder text), each with a deliberately
 * wrong call sequence that the rule catches. Sources are cited there.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the installed members are typed by Word's API, not by the simulator's classes */
const bodyXml = (sim: WordSimulator): string => new XMLSerializer().serializeToString(sim.body);
const codeOf = async (run: () => Promise<unknown>): Promise<string> => {
  try {
    await run();
  } catch (e) {
    if (e instanceof SimOfficeError) return e.code;
    throw e;
  }
  return "no error";
};

describe("direct formatting, breaks and placeholder text in the simulator (issue 21, item 4)", () => {
  it("writes spaceAfter in twentieths of a point, the font on the paragraph's runs, and Normal as no named style", async () => {
    const sim = new WordSimulator(docxFromBody('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Der Magistrat</w:t></w:r></w:p>'));
    await sim.run(async (context: SimContext) => {
      const p: any = context.document.body.paragraphs.getLast();
      p.styleBuiltIn = "Normal";
      p.spaceAfter = 24;
      p.font.bold = true;
      p.font.size = 13;
      p.font.color = "#808080";
      await context.sync();
    });
    const xml = bodyXml(sim);
    expect(xml).not.toContain("pStyle");
    expect(xml).toContain('<w:spacing w:after="480"/>');
    expect(xml).toContain('<w:rPr><w:b/><w:color w:val="808080"/><w:sz w:val="26"/></w:rPr><w:t>Der Magistrat</w:t>');
  });

  it("refuses Font.hidden on the web (WordApiDesktop 1.2): an adapter that hides text there fails", async () => {
    const sim = new WordSimulator(docxFromBody(paragraphXml("mit der Bitte um Kenntnisnahme")));
    sim.platform = "web";
    const hide = () =>
      sim.run(async (context: SimContext) => {
        const p: any = context.document.body.paragraphs.getLast();
        p.font.hidden = true;
        await context.sync();
      });
    expect(await codeOf(hide)).toBe("ApiNotFound");
    sim.platform = "desktop";
    expect(await codeOf(hide)).toBe("no error");
    expect(bodyXml(sim)).toContain("<w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:vanish/></w:rPr>");
  });

  it("puts a page break before the text it is given, not into the paragraph's properties", async () => {
    const sim = new WordSimulator(docxFromBody("<w:p/>"));
    await sim.run(async (context: SimContext) => {
      const p: any = context.document.body.paragraphs.getLast();
      const range: any = p.insertText("Der Magistrat", "End");
      range.insertBreak("Page", "Before");
      await context.sync();
    });
    expect(bodyXml(sim)).toMatch(/<w:p><w:r><w:br w:type="page"\/><\/w:r><w:r>.*Der Magistrat/);
  });

  it("shows Word's own prompt in an empty control until placeholderText is set: an adapter that forgets it prints the wrong prompt", async () => {
    const make = async (prompt: string | undefined): Promise<string> => {
      const sim = new WordSimulator(docxFromBody("<w:p/>"));
      await sim.run(async (context: SimContext) => {
        const field: any = context.document.body.paragraphs.getLast().getRange("End").insertContentControl();
        if (prompt !== undefined) field.placeholderText = prompt;
        await context.sync();
      });
      return bodyXml(sim);
    };
    const forgot = await make(undefined);
    expect(forgot).toContain("<w:showingPlcHdr/>");
    expect(forgot).toContain(PLACEHOLDER);
    const set = await make("‹BP-Nummer›");
    expect(set).toContain("<w:showingPlcHdr/>");
    expect(set).toContain("‹BP-Nummer›");
    expect(set).not.toContain(PLACEHOLDER);
  });

  it("changes nothing that prints when placeholderText is set on a control with text", async () => {
    const sim = new WordSimulator(docxFromBody('<w:p><w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent><w:r><w:t>0107</w:t></w:r></w:sdtContent></w:sdt></w:p>'));
    const before = bodyXml(sim);
    await sim.run(async (context: SimContext) => {
      const field: any = context.document.contentControls.getByTag("x").getFirst();
      field.placeholderText = "‹BP-Nummer›";
      await context.sync();
    });
    expect(bodyXml(sim)).toBe(before);
  });
});
