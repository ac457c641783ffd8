import { strToU8, unzipSync, zipSync } from "fflate";
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import { clause, section, vorlage } from "../../src/core/model/builders";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { W_NS } from "../../src/document/ooxml/ooxml";
import { renderBody, renderSection } from "../../src/document/ooxml/render-vorlage";
import { documentXmlOf, toFlatOpc } from "../../src/document/ooxml/flat-opc";
import { docxFromBody, paragraphXml, staleDocument } from "../fixtures/docx";
import { reference0057 } from "../fixtures/reference-0057";
import { estimateMs, locationRelation, PLACEHOLDER, SimOfficeError, WordSimulator, type SimContext, type SimRange } from "./word-simulator";

/**
 * Each of Word's documented behaviours the simulator keeps, with a deliberately wrong
 * adapter (or call sequence) that the rule catches. The rules' sources are cited in
 * word-simulator.ts.
 */
const NOW = "2025-05-06T09:00:00Z";
const full = () => DocxDocument.create(reference0057(), WIESBADEN, NOW).save();
const codeOf = async (run: () => Promise<unknown>): Promise<string> => {
  try {
    await run();
  } catch (e) {
    if (e instanceof SimOfficeError) return e.code;
    throw e;
  }
  return "no error";
};
const sdtTag = (sdt: XmlElement): string => sdt.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttributeNS(W_NS, "val") ?? "";
/** The tags of the controls around the control tagged `tag`, outermost first. */
function aroundOf(sim: WordSimulator, tag: string): string[] {
  const list = sim.dom.getElementsByTagNameNS(W_NS, "sdt");
  for (let i = 0; i < list.length; i++) {
    const sdt = list.item(i) as XmlElement;
    if (sdtTag(sdt) !== tag) continue;
    const out: string[] = [];
    for (let p = sdt.parentNode; p; p = p.parentNode) if ((p as XmlElement).localName === "sdt") out.unshift(sdtTag(p as XmlElement));
    return out;
  }
  throw new Error(`no ${tag}`);
}
const newSectionXml = () => toFlatOpc(renderSection(section("neu", "beschluss", [clause("neu1", "neu")]), WIESBADEN, () => "3."));

describe("rule: the cursor starts at the document's start", () => {
  it("puts a section inserted 'After' the fresh selection inside the Kopf (the naive adapter's bug)", async () => {
    const sim = new WordSimulator(full());
    await sim.run(async (context: SimContext) => {
      context.document.getSelection().insertOoxml(newSectionXml(), "After");
    });
    expect(aroundOf(sim, "bv:abschnitt:neu:beschluss")).toEqual(["bv:kopf"]);
  });

  it("reports the Kopf as the control around the fresh cursor", async () => {
    const sim = new WordSimulator(full());
    const tag = await sim.run(async (context: SimContext) => {
      const cc = context.document.getSelection().parentContentControlOrNullObject;
      cc.load("tag");
      await context.sync();
      return cc.tag;
    });
    expect(tag).toBe("bv:kopf");
  });
});

describe("rule: inserting at a cursor inside a paragraph splits it", () => {
  it("splits the paragraph at the cursor rather than climbing to the paragraph's end", async () => {
    const sim = new WordSimulator(docxFromBody(`<w:p><w:r><w:t>erste Hälfte </w:t></w:r><w:r><w:t>zweite Hälfte</w:t></w:r></w:p>`));
    sim.placeCaret("erste Hälfte", 1);
    await sim.run(async (context: SimContext) => {
      context.document.getSelection().insertOoxml(toFlatOpc(`<w:p><w:r><w:t>EINGEFÜGT</w:t></w:r></w:p>`), "After");
    });
    const texts = Array.from({ length: sim.body.getElementsByTagNameNS(W_NS, "p").length }, (_, i) => sim.body.getElementsByTagNameNS(W_NS, "p").item(i)?.textContent);
    // An adapter that assumes "after the paragraph" expects ["erste Hälfte zweite Hälfte", "EINGEFÜGT"].
    expect(texts).toEqual(["erste Hälfte ", "EINGEFÜGT", "zweite Hälfte"]);
  });
});

describe("rule: getOoxml returns a whole flat-OPC package", () => {
  it("carries styles, numbering, theme, fonts and settings, and rsid/paraId noise on paragraphs", async () => {
    const sim = new WordSimulator(staleDocument(10));
    const ooxml = await sim.run(async (context: SimContext) => {
      const r = context.document.body.getOoxml();
      await context.sync();
      return r.value;
    });
    for (const part of ["/word/styles.xml", "/word/numbering.xml", "/word/theme/theme1.xml", "/word/fontTable.xml", "/word/settings.xml"]) expect(ooxml).toContain(`pkg:name="${part}"`);
    const documentXml = documentXmlOf(ooxml) as string;
    expect(documentXml).toMatch(/<w:p w14:paraId="[0-9A-F]{8}"[^>]*w:rsidR=/);
    // Naive readers: the first xmlData is not the document, and a bare <w:p> never occurs.
    expect(/<pkg:xmlData>([\s\S]*?)<\/pkg:xmlData>/.exec(ooxml)?.[1]).not.toContain("<w:body>");
    expect(documentXml.includes("<w:p>")).toBe(false);
    // The package outweighs the body many times on a short document.
    expect(ooxml.length).toBeGreaterThan(3 * documentXml.length);
    expect(sim.cost.bytesDown).toBeGreaterThanOrEqual(strToU8(ooxml).length);
  });
});

describe("rule: an emptied control shows its placeholder", () => {
  it("gives the placeholder as the control's text, so a reader that trusts text reads Word's prompt", async () => {
    const sim = new WordSimulator(full());
    sim.empty("bv:feld:header.vorlagenNr");
    const text = await sim.run(async (context: SimContext) => {
      const cc = context.document.body.contentControls.getByTag("bv:feld:header.vorlagenNr").getFirst();
      cc.load("text");
      await context.sync();
      return cc.text;
    });
    expect(text).toBe(PLACEHOLDER);
    const ooxml = await sim.run(async (context: SimContext) => {
      const r = context.document.body.getOoxml();
      await context.sync();
      return r.value;
    });
    expect(ooxml).toContain("<w:showingPlcHdr/>");
  });

  it("shows the placeholder again when an adapter writes an empty string", async () => {
    const sim = new WordSimulator(full());
    await sim.run(async (context: SimContext) => {
      context.document.body.contentControls.getByTag("bv:feld:header.betreff").getFirst().insertText("", "Replace");
    });
    expect(new XMLSerializerLike(sim).tagText("bv:feld:header.betreff")).toBe(PLACEHOLDER);
  });
});

/** Reads a control's text straight from the simulator's tree. */
class XMLSerializerLike {
  constructor(private readonly sim: WordSimulator) {}
  tagText(tag: string): string {
    const list = this.sim.dom.getElementsByTagNameNS(W_NS, "sdt");
    for (let i = 0; i < list.length; i++) if (sdtTag(list.item(i) as XmlElement) === tag) return list.item(i)?.getElementsByTagNameNS(W_NS, "sdtContent").item(0)?.textContent ?? "";
    throw new Error(tag);
  }
}

describe("rule: with Track Changes on, writes become revisions and deletions stay until accepted", () => {
  it("marks the untouched clause text as deleted and re-inserted when a renumber goes through insertOoxml (office-js #334)", async () => {
    const sim = new WordSimulator(staleDocument(2));
    sim.changeTrackingMode = "TrackAll";
    // A wrong renumber: rewrite the whole clause from OOXML.
    await sim.run(async (context: SimContext) => {
      context.document.body.contentControls.getByTag("bv:ziffer:c0").getFirst().insertOoxml(toFlatOpc(`<w:p><w:r><w:t>1.1</w:t></w:r><w:r><w:tab/><w:t>Ziffer 0</w:t></w:r></w:p>`), "Replace");
    });
    const xml = new DOMParser().parseFromString(documentXmlOf(sim.flatOpc()) as string, "application/xml");
    const deleted = Array.from({ length: xml.getElementsByTagNameNS(W_NS, "delText").length }, (_, i) => xml.getElementsByTagNameNS(W_NS, "delText").item(i)?.textContent).join("");
    expect(deleted).toContain("Ziffer 0");
    const del = xml.getElementsByTagNameNS(W_NS, "del").item(0);
    expect(del?.getAttributeNS(W_NS, "author")).toBe("Sachbearbeitung");
    expect(del?.getAttributeNS(W_NS, "date")).toBe(sim.now);
  });

  it("keeps a deleted clause in getOoxml until the change is accepted", async () => {
    const sim = new WordSimulator(staleDocument(3));
    sim.changeTrackingMode = "TrackAll";
    await sim.run(async (context: SimContext) => {
      context.document.body.contentControls.getByTag("bv:ziffer:c1").getFirst().delete(false);
    });
    expect(sim.flatOpc()).toContain('w:val="bv:ziffer:c1"');
    sim.acceptAll();
    expect(sim.flatOpc()).not.toContain('w:val="bv:ziffer:c1"');
  });

  it("has no changeTrackingMode before WordApi 1.4: an adapter that does not check fails", async () => {
    const sim = new WordSimulator(staleDocument(1));
    sim.setMaxWordApi("1.3");
    const wrong = () =>
      sim.run(async (context: SimContext) => {
        context.document.load("changeTrackingMode");
        await context.sync();
      });
    expect(await codeOf(wrong)).toBe("ApiNotFound");
  });
});

describe("rule: collections come in an order Word does not document", () => {
  it("gives a renumber that pairs numbers with collection indexes the wrong numbers", async () => {
    const sim = new WordSimulator(staleDocument(4));
    sim.reverseCollections = true;
    await sim.run(async (context: SimContext) => {
      const nrs = context.document.body.contentControls;
      nrs.load("items/tag");
      await context.sync();
      nrs.items.filter((cc) => cc.tag.startsWith("bv:nr:c")).forEach((cc, i) => cc.insertText(`1.${i + 1}`, "Replace"));
    });
    const numbers = DocxDocument.open(sim.bytes()).read(WIESBADEN).vorlage.sections[0]?.clauses.map((c) => c.writtenNumber);
    expect(numbers).not.toEqual(["1.1", "1.2", "1.3", "1.4"]);
  });
});

describe("rule: document.contentControls includes header and footer controls", () => {
  const header = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W_NS}"><w:sdt><w:sdtPr><w:tag w:val="bv:feld:header.betreff"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Kopfzeile</w:t></w:r></w:p></w:sdtContent></w:sdt></w:hdr>`;
  const withHeader = () => {
    const base = DocxDocument.create(reference0057(), WIESBADEN, NOW).save();
    const sim = new WordSimulator(base);
    return new WordSimulator(withPart(sim.bytes(), "word/header1.xml", header));
  };

  it("lets an adapter that looks in document.contentControls write into the header", async () => {
    const sim = withHeader();
    await sim.run(async (context: SimContext) => {
      context.document.contentControls.getByTag("bv:feld:header.betreff").getFirst().insertText("Neu", "Replace");
    });
    expect(sim.stories.find((s) => s.part === "word/header1.xml")?.dom.documentElement?.textContent).toContain("Neu");
  });

  it("keeps body.contentControls to the body", async () => {
    const sim = withHeader();
    await sim.run(async (context: SimContext) => {
      context.document.body.contentControls.getByTag("bv:feld:header.betreff").getFirst().insertText("Neu", "Replace");
    });
    expect(sim.stories.find((s) => s.part === "word/header1.xml")?.dom.documentElement?.textContent).toContain("Kopfzeile");
    expect(new XMLSerializerLike(sim).tagText("bv:feld:header.betreff")).toBe("Neu");
  });
});

describe("rule: a locked control (cannotEdit) refuses writes and keystrokes", () => {
  it("sends a keystroke at the end of a locked number after the control, and refuses an API write", async () => {
    const sim = new WordSimulator(staleDocument(1));
    await sim.run(async (context: SimContext) => {
      context.document.body.contentControls.getByTag("bv:nr:c0").getFirst().cannotEdit = true;
    });
    sim.type("bv:nr:c0", "x");
    expect(new XMLSerializerLike(sim).tagText("bv:nr:c0")).toBe("9.7");
    const wrong = () =>
      sim.run(async (context: SimContext) => {
        context.document.body.contentControls.getByTag("bv:nr:c0").getFirst().insertText("1.1", "Replace");
      });
    expect(await codeOf(wrong)).toBe("NotAllowed");
  });
});

describe("rule: the cost model counts what crosses the boundary", () => {
  it("makes a sync per block cost a round trip per block, and prices the web above the desktop", async () => {
    const sim = new WordSimulator(staleDocument(20));
    await sim.run(async (context: SimContext) => {
      for (let i = 0; i < 20; i++) {
        context.document.body.contentControls.getByTag(`bv:nr:c${i}`).getFirst().insertText(`1.${i + 1}`, "Replace");
        await context.sync();
      }
    });
    expect(sim.cost.syncs).toBe(20);
    expect(sim.cost.bytesUp).toBeGreaterThan(20 * 48);
    expect(estimateMs(sim.cost, "web")).toBeGreaterThan(10 * estimateMs(sim.cost, "desktop"));
  });

  it("counts insertOoxml calls", async () => {
    const sim = new WordSimulator(staleDocument(1));
    await sim.run(async (context: SimContext) => {
      context.document.body.insertOoxml(toFlatOpc(`<w:p/>`), "End");
    });
    expect(sim.cost.insertOoxml).toBe(1);
  });
});

describe("rule: Word fires document events where the host has them", () => {
  it("reports the changed paragraph's id on WordApi 1.6", async () => {
    const sim = new WordSimulator(staleDocument(2));
    const seen: unknown[] = [];
    await sim.run(async (context: SimContext) => {
      context.document.onParagraphChanged.add((e) => void seen.push(e["uniqueLocalIds"]));
      await context.sync();
    });
    sim.type("bv:ziffer:c1", " mehr");
    expect(seen).toHaveLength(1);
    const id = (seen[0] as string[])[0] as string;
    const text = await sim.run(async (context: SimContext) => {
      const p = context.document.getParagraphByUniqueLocalId(id);
      p.load("text");
      await context.sync();
      return p.text;
    });
    expect(text).toBe("9.8\tZiffer 1 mehr");
  });

  it("refuses paragraph events on a WordApi 1.5 host: an adapter that does not check fails", async () => {
    const sim = new WordSimulator(staleDocument(1));
    sim.setMaxWordApi("1.5");
    const wrong = () =>
      sim.run(async (context: SimContext) => {
        context.document.onParagraphChanged.add(() => undefined);
        await context.sync();
      });
    expect(await codeOf(wrong)).toBe("ApiNotFound");
  });

  it("fires DataChanged on the controls around a keystroke on WordApi 1.5", async () => {
    const sim = new WordSimulator(staleDocument(2));
    sim.setMaxWordApi("1.5");
    const ids: unknown[] = [];
    await sim.run(async (context: SimContext) => {
      const cc = context.document.body.contentControls.getByTag("bv:ziffer:c0").getFirst().track();
      cc.onDataChanged.add((e) => void ids.push(...(e["ids"] as number[])));
      await context.sync();
    });
    sim.type("bv:ziffer:c0", "!");
    expect(ids).toHaveLength(1);
  });
});

function withPart(bytes: Uint8Array, name: string, xml: string): Uint8Array {
  const files = unzipSync(bytes);
  files[name] = strToU8(xml);
  return zipSync(files);
}



describe("rule: a range's parent content control is the innermost one; the plain getter throws where there is none", () => {
  const caretIn = (text: string) => {
    const sim = new WordSimulator(full());
    sim.placeCaret(text, 2);
    return sim;
  };
  it("fails a naive 'block at the cursor' that uses parentContentControl: outside every control, sync throws ItemNotFound", async () => {
    const sim = new WordSimulator(docxFromBody(`<w:p><w:r><w:t>Vorbemerkung</w:t></w:r></w:p>` + renderSection(section("a", "beschluss", [clause("a1", "eins")]), WIESBADEN, () => "1.")));
    sim.placeCaret("Vorbemerkung");
    const naive = () =>
      sim.run(async (context: SimContext) => {
        const cc = context.document.getSelection().parentContentControl;
        cc.load("tag");
        await context.sync();
        return cc.tag;
      });
    expect(await codeOf(naive)).toBe("ItemNotFound");
    const careful = await sim.run(async (context: SimContext) => {
      const cc = context.document.getSelection().parentContentControlOrNullObject;
      cc.load("isNullObject");
      await context.sync();
      return cc.isNullObject;
    });
    expect(careful).toBe(true);
  });

  it("answers the clause, not the section, for a caret in a clause's text: an adapter that climbs to the outermost control names the wrong block", async () => {
    const sim = caretIn("Mitarbeitende der Stadtverwaltung");
    const chain = await sim.run(async (context: SimContext) => {
      const first = context.document.getSelection().parentContentControlOrNullObject;
      const second = first.parentContentControlOrNullObject;
      const third = second.parentContentControlOrNullObject;
      for (const cc of [first, second, third]) cc.load("isNullObject,tag");
      await context.sync();
      return [first, second, third].map((cc) => (cc.isNullObject ? null : cc.tag));
    });
    expect(chain[0]).toMatch(/^bv:ziffer:/);
    expect(chain[1]).toMatch(/^bv:abschnitt:/);
    expect(chain[2]).toBeNull();
  });
});

describe("rule: a paragraph takes only a style the document has; styles are added on WordApi 1.5", () => {
  const bare = () => new WordSimulator(docxFromBody(renderSection(section("a", "beschluss", [clause("a1", "eins")]), WIESBADEN, () => "1.")));
  it("refuses a naive adapter that sets paragraph.style to a style the document lacks", async () => {
    const sim = bare();
    const naive = () =>
      sim.run(async (context: SimContext) => {
        context.document.body.insertParagraph("neu", "End").style = "BV Ziffer";
        await context.sync();
      });
    expect(await codeOf(naive)).toBe("InvalidArgument");
  });

  it("has no getStyles or addStyle before WordApi 1.5: an adapter that does not check fails", async () => {
    const sim = bare();
    sim.setMaxWordApi("1.4");
    expect(await codeOf(() => sim.run(async (context: SimContext) => void context.document.getStyles()))).toBe("ApiNotFound");
    expect(await codeOf(() => sim.run(async (context: SimContext) => void context.document.addStyle("BV Ziffer", "Paragraph")))).toBe("ApiNotFound");
  });

  it("lets a style added in the batch be used in it, and writes its id into the paragraph", async () => {
    const sim = bare();
    await sim.run(async (context: SimContext) => {
      const probe = context.document.getStyles().getByNameOrNullObject("BV Ziffer");
      probe.load("isNullObject");
      await context.sync();
      expect(probe.isNullObject).toBe(true);
      context.document.addStyle("BV Ziffer", "Paragraph");
      context.document.body.insertParagraph("neu", "End").style = "BV Ziffer";
      await context.sync();
    });
    expect(sim.dom.getElementsByTagNameNS(W_NS, "pStyle").item(sim.dom.getElementsByTagNameNS(W_NS, "pStyle").length - 1)?.getAttributeNS(W_NS, "val")).toBe("BVZiffer");
  });
});

describe("rule: compareLocationWith answers all 14 LocationRelation values", () => {
  const body = (): Uint8Array => docxFromBody(paragraphXml("Vorbemerkung") + renderBody(vorlage({ sections: [section("a", "beschluss", [clause("a1", "eins")]), section("b", "beschluss", [clause("b1", "zwei")])] }), WIESBADEN) + paragraphXml("Bezug"));
  const compare = async (sim: WordSimulator, pick: (context: SimContext) => readonly [SimRange, SimRange]): Promise<string> =>
    sim.run(async (context: SimContext) => {
      const [a, b] = pick(context);
      const r = a.compareLocationWith(b);
      await context.sync();
      return r.value;
    });
  const whole = (context: SimContext, tag: string) => context.document.body.contentControls.getByTag(tag).getFirst().getRange("Whole");
  const range = (context: SimContext, tag: string, where: "Start" | "End" | "Content") => context.document.body.contentControls.getByTag(tag).getFirst().getRange(where);

  it("answers AdjacentBefore/AdjacentAfter for blocks with nothing between them: an adapter that tests only for 'Before' counts the wrong sections", async () => {
    const sim = new WordSimulator(body());
    expect(await compare(sim, (c) => [whole(c, "bv:abschnitt:a:beschluss"), whole(c, "bv:abschnitt:b:beschluss")])).toBe("AdjacentBefore");
    expect(await compare(sim, (c) => [whole(c, "bv:abschnitt:b:beschluss"), whole(c, "bv:abschnitt:a:beschluss")])).toBe("AdjacentAfter");
    sim.placeCaret("Bezug", 0);
    const sectionsBeforeCursor = await sim.run(async (context: SimContext) => {
      const cursor = context.document.getSelection().paragraphs.getFirst().getRange("Whole");
      const answers = ["bv:abschnitt:a:beschluss", "bv:abschnitt:b:beschluss"].map((t) => whole(context, t).compareLocationWith(cursor));
      await context.sync();
      return answers.filter((a) => a.value === "Before").length; // the naive adapter's count
    });
    expect(sectionsBeforeCursor).toBe(1);
  });

  it("answers Before/After with something between, Equal, Inside*/Contains* and Overlaps*", async () => {
    const sim = new WordSimulator(body());
    expect(await compare(sim, (c) => [whole(c, "bv:ziffer:a1"), whole(c, "bv:ziffer:b1")])).toBe("Before");
    expect(await compare(sim, (c) => [whole(c, "bv:ziffer:b1"), whole(c, "bv:ziffer:a1")])).toBe("After");
    expect(await compare(sim, (c) => [whole(c, "bv:ziffer:a1"), whole(c, "bv:ziffer:a1")])).toBe("Equal");
    expect(await compare(sim, (c) => [whole(c, "bv:ziffer:a1"), range(c, "bv:abschnitt:a:beschluss", "Content")])).toBe("InsideEnd");
    expect(await compare(sim, (c) => [range(c, "bv:abschnitt:a:beschluss", "Content"), whole(c, "bv:ziffer:a1")])).toBe("ContainsEnd");
    expect(await compare(sim, (c) => [whole(c, "bv:nr:a"), whole(c, "bv:abschnitt:a:beschluss")])).toBe("Inside");
    expect(await compare(sim, (c) => [whole(c, "bv:abschnitt:a:beschluss"), whole(c, "bv:nr:a")])).toBe("Contains");
    expect(await compare(sim, (c) => [range(c, "bv:abschnitt:a:beschluss", "Start"), whole(c, "bv:abschnitt:a:beschluss")])).toBe("InsideStart");
    expect(await compare(sim, (c) => [whole(c, "bv:abschnitt:a:beschluss"), range(c, "bv:abschnitt:a:beschluss", "Start")])).toBe("ContainsStart");
    expect(locationRelation({ story: sim.dom, start: 0, end: 5 }, { story: sim.dom, start: 3, end: 9 })).toBe("OverlapsBefore");
    expect(locationRelation({ story: sim.dom, start: 3, end: 9 }, { story: sim.dom, start: 0, end: 5 })).toBe("OverlapsAfter");
  });

  it("answers InsideEnd for a caret right after a control (office-js #495), and Unrelated across stories", async () => {
    const sim = new WordSimulator(body());
    sim.placeCaret("Bezug", 0);
    expect(await compare(sim, (c) => [c.document.getSelection(), whole(c, "bv:abschnitt:b:beschluss")])).toBe("InsideEnd");
    const withHeader = new WordSimulator(withPart(full(), "word/header1.xml", `<w:hdr xmlns:w="${W_NS}"><w:sdt><w:sdtPr><w:tag w:val="bv:feld:kopfzeile"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Kopfzeile</w:t></w:r></w:p></w:sdtContent></w:sdt></w:hdr>`));
    const answer = await withHeader.run(async (context: SimContext) => {
      const header = context.document.contentControls.getByTag("bv:feld:kopfzeile").getFirst().getRange("Whole");
      const r = header.compareLocationWith(context.document.body.paragraphs.getFirst());
      await context.sync();
      return r.value;
    });
    expect(answer).toBe("Unrelated");
  });
});

describe("rule: \"Start\" on a content control inserts inside it, before its first child", () => {
  it("puts a paragraph inserted at a section's Start above its heading: an adapter that means 'first clause' misplaces it", async () => {
    const sim = new WordSimulator(staleDocument(2));
    await sim.run(async (context: SimContext) => {
      context.document.body.contentControls.getByTag("bv:abschnitt:s:beschluss").getFirst().insertParagraph("NEU", "Start");
    });
    const section = sim.controls((c) => sdtTag(c) === "bv:abschnitt:s:beschluss")[0] as XmlElement;
    expect(section.getElementsByTagNameNS(W_NS, "p").item(0)?.textContent).toBe("NEU");
  });
});

describe("rule: a control's text includes its nested controls' text and, under Track Changes, deleted text", () => {
  it("gives a clause's text with its sub-points, and the deleted words; getReviewedText('Current') leaves them out", async () => {
    const v = vorlage({ sections: [section("s", "beschluss", [{ ...clause("c0", "Ziffer eins"), unterpunkte: [{ id: "u0", text: "erstens" }] }])] });
    const sim = new WordSimulator(docxFromBody(renderBody(v, WIESBADEN)));
    sim.changeTrackingMode = "TrackAll";
    // A user deletes the sub-point under tracking: it stays, marked deleted.
    sim.userDelete("bv:unterpunkt:u0");
    const [text, current] = await sim.run(async (context: SimContext) => {
      const cc = context.document.body.contentControls.getByTag("bv:ziffer:c0").getFirst();
      cc.load("text");
      const reviewed = cc.getReviewedText("Current");
      await context.sync();
      return [cc.text, reviewed.value];
    });
    // The naive live refresh takes `text` as the clause's text: the deleted sub-point comes back.
    expect(text).toContain("erstens");
    expect(current).not.toContain("erstens");
    expect(current).toContain("Ziffer eins");
  });
});

describe("rule: Review refuses revisions inside controls locked for editing (office-js #2886)", () => {
  it("leaves a number revision that an adapter wrote into a locked number, so Accept All cannot clean the document", async () => {
    const sim = new WordSimulator(staleDocument(2));
    sim.changeTrackingMode = "TrackAll";
    await sim.run(async (context: SimContext) => {
      const nr = context.document.body.contentControls.getByTag("bv:nr:c0").getFirst();
      nr.insertText("1.1", "Replace");
      nr.cannotEdit = true; // the wrong adapter: locks what it just revised
    });
    expect(sim.acceptAll()).toBeGreaterThan(0);
    expect(sim.hasRevisions()).toBe(true);
    expect(sim.rejectAll()).toBeGreaterThan(0);
  });

  it("accepts and rejects everything where no control is locked", async () => {
    const accept = new WordSimulator(staleDocument(2));
    const reject = new WordSimulator(staleDocument(2));
    for (const sim of [accept, reject]) {
      sim.changeTrackingMode = "TrackAll";
      await sim.run(async (context: SimContext) => void context.document.body.contentControls.getByTag("bv:nr:c0").getFirst().insertText("1.1", "Replace"));
    }
    expect(accept.acceptAll()).toBe(0);
    expect(reject.rejectAll()).toBe(0);
    expect(accept.hasRevisions() || reject.hasRevisions()).toBe(false);
    expect(accept.controls((c) => sdtTag(c) === "bv:nr:c0")[0]?.textContent).toBe("1.1");
    expect(reject.controls((c) => sdtTag(c) === "bv:nr:c0")[0]?.textContent).toBe("9.7");
  });
});

describe("rule: events are raised for the add-in's own writes; content-control events need track(); handlers are removed from the adding context", () => {
  it("raises ParagraphChanged for an API write: an adapter that assumes only users raise events reads again after each own write", async () => {
    const sim = new WordSimulator(staleDocument(2));
    const seen: unknown[] = [];
    await sim.run(async (context: SimContext) => {
      context.document.onParagraphChanged.add((e) => void seen.push(e["uniqueLocalIds"]));
      await context.sync();
    });
    await sim.run(async (context: SimContext) => void context.document.body.contentControls.getByTag("bv:nr:c0").getFirst().insertText("1.1", "Replace"));
    expect(seen).toHaveLength(1);
  });

  it("refuses a content-control handler on a control without track()", async () => {
    const sim = new WordSimulator(staleDocument(1));
    const wrong = () =>
      sim.run(async (context: SimContext) => {
        context.document.body.contentControls.getByTag("bv:ziffer:c0").getFirst().onDataChanged.add(() => undefined);
        await context.sync();
      });
    expect(await codeOf(wrong)).toBe("GeneralException");
  });

  it("refuses to remove a handler from a new context, and removes it from the one that added it", async () => {
    const sim = new WordSimulator(staleDocument(1));
    let added: { readonly context: SimContext; remove(): void } | undefined;
    await sim.run(async (context: SimContext) => {
      added = context.document.onParagraphChanged.add(() => undefined);
      await context.sync();
    });
    const handler = added as { readonly context: SimContext; remove(): void };
    // The wrong adapter: a fresh Word.run, in which it calls remove() on the old handler.
    expect(await codeOf(() => sim.run(async (context: SimContext) => { handler.remove(); await context.sync(); }))).toBe("InvalidObjectPath");
    expect(sim.handlerCount()).toBe(1);
    await sim.run(handler.context, async (context: SimContext) => {
      handler.remove();
      await context.sync();
    });
    expect(sim.handlerCount()).toBe(0);
  });
});

describe("rule: builds before the fix refuse a style name with a space (office-js #3728)", () => {
  it("fails an adapter that adds „BV Abschnitt“ there and counts on it", async () => {
    const sim = new WordSimulator(staleDocument(1));
    sim.addStyleRefusesSpaces = true;
    const wrong = () => sim.run(async (context: SimContext) => void context.document.addStyle("BV Abschnitt", "Paragraph"));
    expect(await codeOf(wrong)).toBe("InvalidArgument");
    expect(await codeOf(() => sim.run(async (context: SimContext) => void context.document.addStyle("BVAbschnitt", "Paragraph")))).toBe("no error");
  });
});

describe("rule: \"After\" the last paragraph inside a control lands after the control (office-js #3176, inferred)", () => {
  it("puts a first clause inserted after a new section's only paragraph outside the section: an adapter that means 'inside' loses it", async () => {
    const sim = new WordSimulator(docxFromBody(renderSection(section("leer", "beschluss"), WIESBADEN, () => "1.")));
    await sim.run(async (context: SimContext) => {
      context.document.body.contentControls.getByTag("bv:abschnitt:leer:beschluss").getFirst().paragraphs.getFirst().insertParagraph("ERSTE", "After");
    });
    const sectionControl = sim.controls((c) => sdtTag(c) === "bv:abschnitt:leer:beschluss")[0] as XmlElement;
    expect(sectionControl.textContent).not.toContain("ERSTE");
    expect(sim.body.textContent).toContain("ERSTE");
  });
});

describe("rule: a selection can span several blocks (Ctrl+A)", () => {
  it("has no parent control and starts in the Kopf: an adapter that inserts after the selection's first paragraph writes into the Kopf", async () => {
    const sim = new WordSimulator(full());
    sim.selectAll();
    await sim.run(async (context: SimContext) => {
      const selection = context.document.getSelection();
      const parent = selection.parentContentControlOrNullObject;
      parent.load("isNullObject");
      await context.sync();
      expect(parent.isNullObject).toBe(true);
      selection.paragraphs.getFirst().insertParagraph("NEU", "After");
    });
    const kopf = sim.controls((c) => sdtTag(c) === "bv:kopf")[0] as XmlElement;
    expect(kopf.textContent).toContain("NEU");
  });
});

describe("rule: a custom property's value is readable only when loaded (application-specific API model)", () => {
  it("gives the keys of a collection loaded with items/key and throws PropertyNotLoaded for the values: an adapter that loads only keys cannot tell our mark's value", async () => {
    const sim = new WordSimulator(staleDocument(1));
    sim.properties.set("Betreff", "Aus dem DMS");
    const read = (load: string) =>
      sim.run(async (context: SimContext) => {
        const props = context.document.properties.customProperties;
        props.load(load);
        await context.sync();
        return props.items.map((p) => [p.key, p.value]);
      });
    await expect(read("items/key")).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    await expect(read("items/key,items/value")).resolves.toEqual([["Betreff", "Aus dem DMS"]]);
    await expect(read("")).resolves.toEqual([["Betreff", "Aus dem DMS"]]);
  });
});

describe("rule: custom property values as each platform keeps them (office-js-docs #861)", () => {
  it("truncates a long value to 255 UTF-16 units on the desktop, splitting a surrogate pair, and keeps it whole on the web: an adapter that writes it unshortened reads back something else", async () => {
    const long = "x".repeat(254) + "😀" + "y".repeat(45);
    const readBack = async (platform: "desktop" | "web"): Promise<unknown> => {
      const sim = new WordSimulator(staleDocument(1));
      sim.platform = platform;
      await sim.run(async (context: SimContext) => void context.document.properties.customProperties.add("Betreff", long));
      return sim.properties.get("Betreff");
    };
    const desktop = (await readBack("desktop")) as string;
    expect(desktop).toHaveLength(255);
    expect(desktop.endsWith("\ud83d")).toBe(true);
    expect(await readBack("web")).toBe(long);
  });
});

describe("rule: Word on the web does not list content controls inside a table (office-js #2040)", () => {
  it("leaves a field in a table cell out of the collections on the web, not on the desktop: an adapter that finds fields by tag misses it there", async () => {
    const cell = `<w:tbl><w:tr><w:tc><w:p><w:sdt><w:sdtPr><w:tag w:val="bv:feld:finanzierung.betrag"/></w:sdtPr><w:sdtContent><w:r><w:t>5.000 €</w:t></w:r></w:sdtContent></w:sdt></w:p></w:tc></w:tr></w:tbl>`;
    const found = async (platform: "desktop" | "web"): Promise<boolean> => {
      const sim = new WordSimulator(docxFromBody(cell + paragraphXml("Ende")));
      sim.platform = platform;
      return sim.run(async (context: SimContext) => {
        const cc = context.document.body.contentControls.getByTag("bv:feld:finanzierung.betrag").getFirstOrNullObject();
        cc.load("isNullObject");
        await context.sync();
        return !cc.isNullObject;
      });
    };
    expect(await found("desktop")).toBe(true);
    expect(await found("web")).toBe(false);
  });
});

describe("rule: Paragraph.spaceBefore is in points; the file keeps twentieths of a point", () => {
  const withSpace = async (value: number): Promise<string> => {
    const sim = new WordSimulator(docxFromBody(paragraphXml("Wiesbaden, 21.03.2024")));
    await sim.run(async (context: SimContext) => {
      const p = (context.document.body.paragraphs as unknown as { getLast(): Word.Paragraph }).getLast();
      p.spaceBefore = value;
      await context.sync();
    });
    return sim.dom.getElementsByTagNameNS(W_NS, "spacing").item(0)?.getAttributeNS(W_NS, "before") ?? "";
  };
  it("gives 24 pt as render-vorlage's 480 twips, and an adapter that passes the twips 20 times the room", async () => {
    expect(await withSpace(24)).toBe("480");
    expect(await withSpace(480)).toBe("9600");
  });
});

describe("rule: Range.insertContentControl wraps the whole range, a block control too", () => {
  it("nests the Verteiler entry in a control made around its whole range; an adapter that wraps its first paragraph instead puts the new control inside the entry", async () => {
    const wrap = async (how: "range" | "paragraph"): Promise<string[]> => {
      const sim = new WordSimulator(docxFromBody(renderBody(reference0057(), WIESBADEN)));
      await sim.run(async (context: SimContext) => {
        const entry = context.document.body.contentControls.getByTag("bv:verteiler:v1").getFirst();
        const made = how === "range" ? entry.getRange("Whole").insertContentControl() : entry.paragraphs.getFirst().insertContentControl();
        made.tag = "bv:neu";
        await context.sync();
      });
      return aroundOf(sim, "bv:verteiler:v1");
    };
    expect(await wrap("range")).toEqual(["bv:zeichnung:z1", "bv:neu"]);
    expect(await wrap("paragraph")).toEqual(["bv:zeichnung:z1"]);
  });
});

describe("rule: the first section's page headers (Section.getHeader, page-headers.ts)", () => {
  const W = `xmlns:w="${W_NS}"`;
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const hdr = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">${body}</w:hdr>`;
  const REV = `w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"`;
  /** A plain document whose first section names header1.xml as its default header and header2.xml as its first-page header. */
  const withHeaders = (primary: string, first: string, sectPrExtra = ""): WordSimulator => {
    const files = unzipSync(docxFromBody(paragraphXml("Text")));
    const doc = new TextDecoder().decode(files["word/document.xml"]);
    const sectPr = `<w:sectPr xmlns:r="${REL}"><w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="first" r:id="rIdH2"/>${sectPrExtra}</w:sectPr>`;
    files["word/document.xml"] = strToU8(doc.includes("<w:sectPr") ? doc.replace(/<w:sectPr[\s\S]*?(<\/w:sectPr>|\/>)/, sectPr) : doc.replace("</w:body>", `${sectPr}</w:body>`));
    const relsName = "word/_rels/document.xml.rels";
    const rels = files[relsName] ? new TextDecoder().decode(files[relsName]) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    files[relsName] = strToU8(rels.replace("</Relationships>", `<Relationship Id="rIdH1" Type="${REL}/header" Target="header1.xml"/><Relationship Id="rIdH2" Type="${REL}/header" Target="/word/header2.xml"/></Relationships>`));
    files["word/header1.xml"] = strToU8(hdr(primary));
    files["word/header2.xml"] = strToU8(hdr(first));
    return new WordSimulator(zipSync(files));
  };
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;

  it("hands over the header the section names, by type, through the main part's relationships", async () => {
    const sim = withHeaders(p("Landeshauptstadt Wiesbaden") + p("Vorlagen-Nr.: 25-V-03-0012"), p("Erste Seite"));
    const [primary, first, even] = await sim.run(async (context: SimContext) => {
      const section = context.document.sections.getFirst();
      const texts = (["Primary", "FirstPage", "EvenPages"] as const).map((t) => section.getHeader(t).load("text"));
      await context.sync();
      return texts.map((h) => h.text);
    });
    expect([primary, first, even]).toEqual(["Landeshauptstadt Wiesbaden\rVorlagen-Nr.: 25-V-03-0012", "Erste Seite", ""]);
  });

  it("refuses a header's text read without load, or before the sync (the naive adapter's bug)", async () => {
    const sim = withHeaders(p("Vorlagen-Nr.: 25-V-03-0012"), "");
    expect(
      await codeOf(() =>
        sim.run(async (context: SimContext) => {
          const header = context.document.sections.getFirst().getHeader("Primary");
          await context.sync();
          return header.text;
        }),
      ),
    ).toBe("PropertyNotLoaded");
    expect(
      await codeOf(() =>
        sim.run(async (context: SimContext) => {
          const current = context.document.sections.getFirst().getHeader("Primary").getReviewedText("Current");
          return current.value;
        }),
      ),
    ).toBe("PropertyNotLoaded");
  });

  it("refuses a header's result read after its Word.run ended (an adapter that reads the header late, in another run)", async () => {
    const sim = withHeaders(p("Vorlagen-Nr.: 25-V-03-0012"), "");
    const late = await sim.run(async (context: SimContext) => {
      const current = context.document.sections.getFirst().getHeader("Primary").getReviewedText("Current");
      await context.sync();
      return current;
    });
    expect(await codeOf(async () => late.value)).toBe("InvalidObjectPath");
  });

  it("costs a round trip per header for an adapter that syncs in a loop; the adapter's read queues them into the body's sync", async () => {
    const sim = withHeaders(p("A"), p("B"));
    const before = sim.syncs;
    await sim.run(async (context: SimContext) => {
      const section = context.document.sections.getFirst();
      for (const type of ["Primary", "FirstPage"] as const) {
        const header = section.getHeader(type).load("text");
        await context.sync();
        void header.text;
      }
    });
    expect(sim.syncs - before).toBe(2);
    const once = sim.syncs;
    await sim.run(async (context: SimContext) => {
      const section = context.document.sections.getFirst();
      const texts = (["Primary", "FirstPage"] as const).map((t) => section.getHeader(t).getReviewedText("Current"));
      context.document.body.getOoxml();
      await context.sync();
      return texts.map((t) => t.value);
    });
    expect(sim.syncs - once).toBe(1);
  });

  it("gives deleted text in `text` and not in getReviewedText('Current'), which Office 2019 (WordApi 1.3) lacks", async () => {
    const sim = withHeaders(`<w:p><w:r><w:t xml:space="preserve">Vorlagen-Nr.: </w:t></w:r><w:del ${REV}><w:r><w:delText>25-V-03-0099</w:delText></w:r></w:del><w:ins ${REV}><w:r><w:t>25-V-03-0012</w:t></w:r></w:ins></w:p>`, "");
    const [text, current, original] = await sim.run(async (context: SimContext) => {
      const header = context.document.sections.getFirst().getHeader("Primary");
      header.load("text");
      const c = header.getReviewedText("Current");
      const o = header.getReviewedText("Original");
      await context.sync();
      return [header.text, c.value, o.value];
    });
    expect([text, current, original]).toEqual(["Vorlagen-Nr.: 25-V-03-009925-V-03-0012", "Vorlagen-Nr.: 25-V-03-0012", "Vorlagen-Nr.: 25-V-03-0099"]);
    sim.setMaxWordApi("1.3");
    expect(await codeOf(() => sim.run(async (context: SimContext) => void context.document.sections.getFirst().getHeader("Primary").getReviewedText("Current")))).toBe("ApiNotFound");
  });

  it("leaves a text box's text out of a header's text (office-js #5282), soft line breaks as \\v", async () => {
    const box = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${p("Im Textfeld")}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${p("Im Textfeld")}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Kopf</w:t><w:br/><w:t>zeile</w:t></w:r></w:p>`;
    const sim = withHeaders(box, "");
    const text = await sim.run(async (context: SimContext) => {
      const header = context.document.sections.getFirst().getHeader("Primary").load("text");
      await context.sync();
      return header.text;
    });
    expect(text).toBe("Kopf\vzeile");
  });
});

describe("rule: a header's and a footer's tracked changes and comments (Body.getTrackedChanges, Body.getComments; page-headers.ts)", () => {
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const REV = `w:author="A" w:date="2025-01-01T00:00:00Z"`;
  const story = (root: "hdr" | "ftr", body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} xmlns:w="${W_NS}">${body}</w:${root}>`;
  /** A plain document whose first section names header1.xml (default) and footer1.xml (first page). */
  const withStories = (header: string, footer: string): WordSimulator => {
    const files = unzipSync(docxFromBody(paragraphXml("Text")));
    const doc = new TextDecoder().decode(files["word/document.xml"]);
    const sectPr = `<w:sectPr xmlns:r="${REL}"><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="first" r:id="rIdF1"/></w:sectPr>`;
    files["word/document.xml"] = strToU8(doc.includes("<w:sectPr") ? doc.replace(/<w:sectPr[\s\S]*?(<\/w:sectPr>|\/>)/, sectPr) : doc.replace("</w:body>", `${sectPr}</w:body>`));
    const relsName = "word/_rels/document.xml.rels";
    const rels = files[relsName] ? new TextDecoder().decode(files[relsName]) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    files[relsName] = strToU8(rels.replace("</Relationships>", `<Relationship Id="rIdH1" Type="${REL}/header" Target="header1.xml"/><Relationship Id="rIdF1" Type="${REL}/footer" Target="footer1.xml"/></Relationships>`));
    files["word/header1.xml"] = strToU8(story("hdr", header));
    files["word/footer1.xml"] = strToU8(story("ftr", footer));
    return new WordSimulator(zipSync(files));
  };
  const changed = `<w:p><w:r><w:t xml:space="preserve">Nr. </w:t></w:r><w:del w:id="1" ${REV}><w:r><w:delText>0099</w:delText></w:r></w:del><w:ins w:id="2" ${REV}><w:r><w:t>0012</w:t></w:r></w:ins></w:p>`;
  const commented = `<w:p><w:commentRangeStart w:id="5"/><w:r><w:t>Seite</w:t></w:r><w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="5"/></w:r></w:p>`;

  it("hands over each story's changes and comments, by the section's references to header and footer", async () => {
    const sim = withStories(changed, commented);
    const got = await sim.run(async (context: SimContext) => {
      const section = context.document.sections.getFirst();
      const header = section.getHeader("Primary").getTrackedChanges().load("items/type");
      const footer = section.getFooter("FirstPage").getComments().load("items/id");
      const none = section.getFooter("Primary").getTrackedChanges().load("items/type");
      await context.sync();
      return [header.items.map((c) => c.type), footer.items.length, none.items.length];
    });
    expect(got).toEqual([["Deleted", "Added"], 1, 0]);
  });

  it("refuses items read without load, or before the sync (the naive adapter's bug)", async () => {
    const sim = withStories(changed, commented);
    expect(
      await codeOf(() =>
        sim.run(async (context: SimContext) => {
          const changes = context.document.sections.getFirst().getHeader("Primary").getTrackedChanges();
          await context.sync();
          return changes.items.length;
        }),
      ),
    ).toBe("PropertyNotLoaded");
    expect(
      await codeOf(() =>
        sim.run(async (context: SimContext) => {
          const comments = context.document.sections.getFirst().getFooter("FirstPage").getComments().load("items/id");
          return comments.items.length;
        }),
      ),
    ).toBe("PropertyNotLoaded");
  });

  it("costs a round trip per story for an adapter that syncs in a loop; queued into one sync, one", async () => {
    const sim = withStories(changed, commented);
    const before = sim.syncs;
    await sim.run(async (context: SimContext) => {
      const section = context.document.sections.getFirst();
      for (const kind of ["Header", "Footer"] as const)
        for (const type of ["Primary", "FirstPage", "EvenPages"] as const) {
          const body = kind === "Header" ? section.getHeader(type) : section.getFooter(type);
          const changes = body.getTrackedChanges().load("items/type");
          await context.sync();
          void changes.items;
        }
    });
    expect(sim.syncs - before).toBe(6);
    const once = sim.syncs;
    await sim.run(async (context: SimContext) => {
      const section = context.document.sections.getFirst();
      const all = (["Primary", "FirstPage", "EvenPages"] as const).flatMap((t) => [section.getHeader(t), section.getFooter(t)].map((b) => b.getTrackedChanges().load("items/type")));
      await context.sync();
      return all.map((c) => c.items.length);
    });
    expect(sim.syncs - once).toBe(1);
  });

  it("has getTrackedChanges from WordApi 1.6 and getComments from 1.4 only", async () => {
    const sim = withStories(changed, commented);
    sim.setMaxWordApi("1.5");
    expect(await codeOf(() => sim.run(async (context: SimContext) => void context.document.sections.getFirst().getHeader("Primary").getTrackedChanges()))).toBe("ApiNotFound");
    sim.setMaxWordApi("1.3");
    expect(await codeOf(() => sim.run(async (context: SimContext) => void context.document.sections.getFirst().getFooter("Primary").getComments()))).toBe("ApiNotFound");
  });
});

describe("rule: Body.paragraphs lists the body's paragraphs after load and the sync (Word.Body reference)", () => {
  const box = `<w:p><w:r><w:t>Vor dem Feld</w:t></w:r><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:t>Im Textfeld</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
  it("gives every paragraph in order, a text box's paragraph not as one of the body's; an adapter that reads the items before the sync fails", async () => {
    const sim = new WordSimulator(docxFromBody(paragraphXml("Erster") + box + paragraphXml("Letzter")));
    const texts = await sim.run(async (context: SimContext) => {
      const all = context.document.body.paragraphs.load("items/text");
      await context.sync();
      return all.items.map((p) => p.text);
    });
    expect(texts).toHaveLength(3);
    expect([texts[0], texts[2]]).toEqual(["Erster", "Letzter"]);
    expect(texts[1]?.startsWith("Vor dem Feld")).toBe(true);
    expect(await codeOf(() => sim.run(async (context: SimContext) => context.document.body.paragraphs.load("items/text").items.length))).toBe("PropertyNotLoaded");
  });
});

describe("rule: sections after the first (SectionCollection.items; ECMA-376 §17.10.5; page-headers.ts)", () => {
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const REV = `w:author="A" w:date="2025-01-01T00:00:00Z"`;
  const hdr = (text: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W_NS}"><w:p><w:ins w:id="1" ${REV}><w:r><w:t>${text}</w:t></w:r></w:ins></w:p></w:hdr>`;
  /** Sections in order, each naming its own default header (header{i}.xml) or none (`null`: it shows the previous one's). */
  const withSections = (own: readonly (string | null)[]): WordSimulator => {
    const sectPr = (i: number, text: string | null) => `<w:sectPr xmlns:r="${REL}">${text === null ? "" : `<w:headerReference w:type="default" r:id="rIdS${i}"/>`}</w:sectPr>`;
    const body = own.map((text, i) => (i < own.length - 1 ? `<w:p><w:pPr>${sectPr(i, text)}</w:pPr><w:r><w:t>Abschnitt ${i + 1}</w:t></w:r></w:p>` : paragraphXml(`Abschnitt ${i + 1}`))).join("");
    const files = unzipSync(docxFromBody(body));
    const doc = new TextDecoder().decode(files["word/document.xml"]);
    const last = sectPr(own.length - 1, own[own.length - 1] ?? null);
    files["word/document.xml"] = strToU8(/<w:sectPr(?![\s\S]*<w:sectPr)[\s\S]*?(<\/w:sectPr>|\/>)(?=\s*<\/w:body>)/.test(doc) ? doc.replace(/<w:sectPr(?![\s\S]*<w:sectPr)[\s\S]*?(<\/w:sectPr>|\/>)(?=\s*<\/w:body>)/, last) : doc.replace("</w:body>", `${last}</w:body>`));
    const relsName = "word/_rels/document.xml.rels";
    const rels = files[relsName] ? new TextDecoder().decode(files[relsName]) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    files[relsName] = strToU8(rels.replace("</Relationships>", `${own.map((text, i) => (text === null ? "" : `<Relationship Id="rIdS${i}" Type="${REL}/header" Target="header${i}.xml"/>`)).join("")}</Relationships>`));
    own.forEach((text, i) => {
      if (text !== null) files[`word/header${i}.xml`] = strToU8(hdr(text));
    });
    return new WordSimulator(zipSync(files));
  };

  it("lists the sections in document order after load and the sync; a later section's header is its own", async () => {
    const sim = withSections(["Erster", "Zweiter", "Dritter"]);
    const texts = await sim.run(async (context: SimContext) => {
      const sections = context.document.sections.load("items");
      await context.sync();
      const reviewed = sections.items.map((s) => s.getHeader("Primary").getReviewedText("Current"));
      await context.sync();
      return reviewed.map((r) => r.value);
    });
    expect(texts).toEqual(["Erster", "Zweiter", "Dritter"]);
  });

  it("refuses the items read without load, or before the sync (the naive adapter's bug)", async () => {
    const sim = withSections(["Erster", "Zweiter"]);
    expect(await codeOf(() => sim.run(async (context: SimContext) => context.document.sections.items.length))).toBe("PropertyNotLoaded");
    expect(await codeOf(() => sim.run(async (context: SimContext) => context.document.sections.load("items").items.length))).toBe("PropertyNotLoaded");
  });

  it("hands over the previous section's header for a section that names none (Link to Previous): an adapter that asks every section counts it twice", async () => {
    const sim = withSections(["Erster", null, null]);
    const counts = await sim.run(async (context: SimContext) => {
      const sections = context.document.sections.load("items");
      await context.sync();
      const changes = sections.items.map((s) => s.getHeader("Primary").getTrackedChanges().load("items/type"));
      await context.sync();
      return changes.map((c) => c.items.length);
    });
    expect(counts).toEqual([1, 1, 1]);
  });

  it("costs a round trip per section for an adapter that syncs in a loop; queued together, one", async () => {
    const sim = withSections(["A", "B", "C", "D"]);
    const syncsOf = async (perSection: boolean): Promise<number> => {
      const before = sim.syncs;
      await sim.run(async (context: SimContext) => {
        const sections = context.document.sections.load("items");
        await context.sync();
        const all = [];
        for (const s of sections.items) {
          all.push(s.getHeader("Primary").getTrackedChanges().load("items/type"));
          if (perSection) await context.sync();
        }
        if (!perSection) await context.sync();
        return all.map((c) => c.items.length);
      });
      return sim.syncs - before;
    };
    expect(await syncsOf(true)).toBe(5);
    expect(await syncsOf(false)).toBe(2);
  });
});

describe("rule (assumption): the body's OOXML carries the notes it references", () => {
  const W = `xmlns:w="${W_NS}"`;
  const withFootnote = (): WordSimulator => {
    const files = unzipSync(docxFromBody(`<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`));
    files["word/footnotes.xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${W}><w:footnote w:id="1"><w:p><w:r><w:t>Fußnote</w:t></w:r></w:p></w:footnote></w:footnotes>`);
    return new WordSimulator(zipSync(files));
  };
  const bodyOoxml = (sim: WordSimulator): Promise<string> =>
    sim.run(async (context: SimContext) => {
      const ooxml = context.document.body.getOoxml();
      await context.sync();
      return ooxml.value;
    });

  it("hands over /word/footnotes.xml with a body that references a footnote; a Word that does not (notesInOoxml false) leaves it out", async () => {
    const sim = withFootnote();
    expect(await bodyOoxml(sim)).toContain('pkg:name="/word/footnotes.xml"');
    sim.notesInOoxml = false;
    expect(await bodyOoxml(sim)).not.toContain("/word/footnotes.xml");
  });

  it("hands over no notes part with a body that references none", async () => {
    const files = unzipSync(docxFromBody(paragraphXml("Text")));
    files["word/footnotes.xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${W}/>`);
    expect(await bodyOoxml(new WordSimulator(zipSync(files)))).not.toContain("/word/footnotes.xml");
  });
});

describe("rule: Range.expandTo covers both ranges; a range over several paragraphs takes one comment and one control (Word.Range reference; office-js #1169)", () => {
  const doc = () => docxFromBody([paragraphXml("Erster"), paragraphXml("Zweiter"), paragraphXml("Dritter"), `<w:sdt><w:sdtPr><w:tag w:val="bv:kopf"/></w:sdtPr><w:sdtContent>${paragraphXml("Im Kopf")}</w:sdtContent></w:sdt>`].join(""));
  const range = (context: SimContext, i: number): SimRange => {
    const all = context.document.body.paragraphs.load("items/text");
    return all.items[i]?.getRange("Whole") as SimRange;
  };
  const bodyXml = (sim: WordSimulator) => new TextDecoder().decode(unzipSync(sim.bytes())["word/document.xml"]);

  it("anchors a comment on the expanded range from the first paragraph's start to the last one's end: an adapter that comments each paragraph makes three comments", async () => {
    const sim = new WordSimulator(doc());
    await sim.run(async (context: SimContext) => {
      context.document.body.paragraphs.load("items/text");
      await context.sync();
      // Expanded backwards: the union is the same.
      range(context, 2).expandTo(range(context, 0)).insertComment("Zu allen dreien");
      await context.sync();
    });
    const xml = bodyXml(sim);
    expect(sim.comments).toHaveLength(1);
    expect(xml.indexOf("commentRangeStart")).toBeLessThan(xml.indexOf("Erster"));
    expect(xml.indexOf("commentRangeEnd")).toBeGreaterThan(xml.indexOf("Dritter"));
    expect(xml.indexOf("commentRangeEnd")).toBeLessThan(xml.indexOf("Im Kopf"));
  });

  it("wraps the paragraphs of an expanded range in one block control; an adapter that wraps each paragraph makes three", async () => {
    const wrap = async (how: "expanded" | "each") => {
      const sim = new WordSimulator(doc());
      await sim.run(async (context: SimContext) => {
        context.document.body.paragraphs.load("items/text");
        await context.sync();
        if (how === "expanded") range(context, 0).expandTo(range(context, 2)).insertContentControl().tag = "bv:neu";
        else for (const i of [0, 1, 2]) range(context, i).insertContentControl().tag = "bv:neu";
        await context.sync();
      });
      const xml = bodyXml(sim);
      const made = xml.slice(xml.indexOf("bv:neu"), xml.indexOf("</w:sdt>"));
      return { controls: xml.match(/<w:sdt>/g)?.length, holdsAll: ["Erster", "Zweiter", "Dritter"].every((t) => made.includes(t)) && !made.includes("Im Kopf") };
    };
    expect(await wrap("expanded")).toEqual({ controls: 2, holdsAll: true });
    expect(await wrap("each")).toEqual({ controls: 4, holdsAll: false });
  });

  it("refuses a control over a range that reaches into another control (GeneralException, office-js #1169), leaving the body as it was", async () => {
    const sim = new WordSimulator(doc());
    const before = bodyXml(sim);
    expect(
      await codeOf(() =>
        sim.run(async (context: SimContext) => {
          context.document.body.paragraphs.load("items/text");
          await context.sync();
          range(context, 1).expandTo(range(context, 3)).insertContentControl();
          await context.sync();
        }),
      ),
    ).toBe("GeneralException");
    expect(bodyXml(sim)).toBe(before);
  });
});
