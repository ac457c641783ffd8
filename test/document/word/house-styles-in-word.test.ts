import { type Element as XmlElement } from "@xmldom/xmldom";
import { clause, section, vorlage } from "../../../src/core/model/builders";
import { sequentialIds } from "../../../src/core/model/ids";
import type { Vorlage } from "../../../src/core/model/vorlage";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { renderSection } from "../../../src/document/ooxml/render-vorlage";
import { WordPort } from "../../../src/document/word/word-port";
import { docxFromBody } from "../../fixtures/docx";
import { WordSimulator } from "../../word-simulator/word-simulator";

/**
 * Clauses, sections and sub-points built with Word's API carry the house's named paragraph
 * styles („BV Ziffer“, „BV Abschnitt“, „BV Unterpunkt“), as the .docx renderer writes them,
 * so that a city restyles in Word without touching code (issue 13, item 1).
 */
const NOW = "2025-05-06T09:00:00Z";
const start = (): Vorlage => vorlage({ sections: [section("s", "beschluss", [{ ...clause("a", "Die Stadt beschließt:"), unterpunkte: [{ id: "u1", text: "erstens" }] }])] });
const portOn = (sim: WordSimulator) => new WordPort(sim.host(), WIESBADEN, sequentialIds("n"));
const sdtTag = (sdt: XmlElement): string => sdt.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttributeNS(W_NS, "val") ?? "";
/** The first paragraph of the control tagged `tag`: its style id and whether it carries direct indents. */
function firstParagraph(sim: WordSimulator, tag: string): { style: string | undefined; indents: boolean } {
  const list = sim.dom.getElementsByTagNameNS(W_NS, "sdt");
  for (let i = 0; i < list.length; i++) {
    const sdt = list.item(i) as XmlElement;
    if (sdtTag(sdt) !== tag) continue;
    const p = sdt.getElementsByTagNameNS(W_NS, "p").item(0) as XmlElement;
    const pPr = p.getElementsByTagNameNS(W_NS, "pPr").item(0);
    return { style: pPr?.getElementsByTagNameNS(W_NS, "pStyle").item(0)?.getAttributeNS(W_NS, "val") ?? undefined, indents: (pPr?.getElementsByTagNameNS(W_NS, "ind").length ?? 0) > 0 };
  }
  throw new Error(`no ${tag}`);
}
function stylesNamed(sim: WordSimulator, name: string): XmlElement[] {
  const list = sim.styles.getElementsByTagNameNS(W_NS, "style");
  return Array.from({ length: list.length }, (_, i) => list.item(i) as XmlElement).filter((s) => s.getElementsByTagNameNS(W_NS, "name").item(0)?.getAttributeNS(W_NS, "val") === name);
}
/** A document without our styles: a section as another program left it (no styles part of ours). */
const unstyled = () => docxFromBody(renderSection(start().sections[0]!, WIESBADEN, () => "1."));

describe("house styles on what Word builds", () => {
  it("gives inserted sections, clauses and sub-points the document's „BV …“ paragraph styles, with no direct indents, and adds no style", async () => {
    const sim = new WordSimulator(DocxDocument.create(start(), WIESBADEN, NOW).save());
    const styles = sim.styles.getElementsByTagNameNS(W_NS, "style").length;
    const port = portOn(sim);
    await port.insertSection(section("t", "beschluss", [clause("t1", "neu")]), { after: "s" });
    await port.insertClause(clause("b", "zweite Ziffer\nmit Absatz"), "s", "a");
    await port.insertUnterpunkt({ id: "u2", text: "zweitens" }, "a", "u1");
    expect(firstParagraph(sim, "bv:abschnitt:t:beschluss")).toEqual({ style: "BVAbschnitt", indents: false });
    expect(firstParagraph(sim, "bv:ziffer:t1")).toEqual({ style: "BVZiffer", indents: false });
    expect(firstParagraph(sim, "bv:ziffer:b")).toEqual({ style: "BVZiffer", indents: false });
    expect(firstParagraph(sim, "bv:unterpunkt:u2")).toEqual({ style: "BVUnterpunkt", indents: false });
    expect(sim.styles.getElementsByTagNameNS(W_NS, "style").length).toBe(styles);
    expect(sim.cost.insertOoxml).toBe(0);
  });

  it("adds a missing style once (Document.addStyle, WordApi 1.5), formatted as the .docx renderer defines it", async () => {
    const sim = new WordSimulator(unstyled());
    const port = portOn(sim);
    await port.insertClause(clause("b", "zwei"), "s");
    await port.insertClause(clause("c", "drei"), "s");
    const added = stylesNamed(sim, "BV Ziffer");
    expect(added).toHaveLength(1);
    const pPr = added[0]?.getElementsByTagNameNS(W_NS, "pPr").item(0);
    const ind = pPr?.getElementsByTagNameNS(W_NS, "ind").item(0);
    expect([ind?.getAttributeNS(W_NS, "left"), ind?.getAttributeNS(W_NS, "hanging")]).toEqual(["567", "567"]);
    expect(pPr?.getElementsByTagNameNS(W_NS, "jc").item(0)?.getAttributeNS(W_NS, "val")).toBe("both");
    expect(pPr?.getElementsByTagNameNS(W_NS, "spacing").item(0)?.getAttributeNS(W_NS, "after")).toBe("120");
    expect(firstParagraph(sim, "bv:ziffer:c")).toEqual({ style: "BVZiffer", indents: false });
    expect(stylesNamed(sim, "BV Abschnitt")).toHaveLength(0); // only what was needed
    expect((await port.read()).vorlage.sections[0]?.clauses.map((c) => [c.writtenNumber, c.text])).toEqual([["1.1", "Die Stadt beschließt:"], ["1.2", "zwei"], ["1.3", "drei"]]);
  });

  it("on Office 2019/2021 (WordApi 1.3/1.4) uses the styles the document has, and keeps direct indents where it has none", async () => {
    const styled = new WordSimulator(DocxDocument.create(start(), WIESBADEN, NOW).save());
    styled.setMaxWordApi("1.3");
    await portOn(styled).insertUnterpunkt({ id: "u2", text: "zweitens" }, "a", "u1");
    expect(firstParagraph(styled, "bv:unterpunkt:u2")).toEqual({ style: "BVUnterpunkt", indents: false });

    const bare = new WordSimulator(unstyled());
    bare.setMaxWordApi("1.4");
    const port = portOn(bare);
    await port.insertClause(clause("b", "zwei"), "s");
    await port.insertUnterpunkt({ id: "u2", text: "zweitens" }, "b");
    expect(firstParagraph(bare, "bv:ziffer:b")).toEqual({ style: undefined, indents: true });
    expect(firstParagraph(bare, "bv:unterpunkt:u2")).toEqual({ style: undefined, indents: true });
    expect(stylesNamed(bare, "BV Ziffer")).toHaveLength(0);
    expect((await port.read()).vorlage.sections[0]?.clauses[1]?.unterpunkte).toEqual([{ id: "u2", text: "zweitens", writtenNumber: "a)" }]);
  });
});
