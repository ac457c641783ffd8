import type { BodyParagraph } from "../../src/document/ooxml/read-body";
import { fitScale, listNumber, pageBlocks } from "../../src/preview/page-blocks";

const p = (text: string, more: Partial<BodyParagraph> = {}): BodyParagraph => ({ segments: [{ text }], blocks: [], blockKeys: [], foreign: false, ...more });
const cell = (text: string, table: number, row: number, col: number) => p(text, { cell: { table, row, col } });

describe("the preview's page blocks", () => {
  // Tryout 3, item 9: 07's table „Haushaltsjahr | 2026“ showed as one paragraph per cell.
  it("puts a table's paragraphs into rows and cells, and keeps the paragraphs around it", () => {
    const ps = [p("Finanzielle Auswirkungen"), cell("Haushaltsjahr", 0, 0, 0), cell("2026", 0, 0, 1), cell("Betrag", 0, 1, 0), cell("12.400 €", 0, 1, 1), cell("netto", 0, 1, 1), p("Dem Magistrat")];
    expect(pageBlocks(ps)).toEqual([
      { kind: "paragraph", index: 0 },
      { kind: "table", rows: [[[1], [2]], [[3], [4, 5]]] },
      { kind: "paragraph", index: 6 },
    ]);
  });

  it("keeps two tables that follow each other apart", () => {
    expect(pageBlocks([cell("a", 0, 0, 0), cell("b", 1, 0, 0)]).map((b) => b.kind)).toEqual(["table", "table"]);
  });

  it("scales the page down to the room, never up", () => {
    expect(fitScale(864, 1054)).toBeCloseTo(0.82, 2);
    expect(fitScale(2000, 1054)).toBe(1);
    expect(fitScale(0, 1054)).toBe(1);
  });

  // Tryout 3, item 9: Word's numbering.xml (08) and LibreOffice's lists (07) showed no numbers.
  it("shows the list number Word prints, a tab after it as a hanging indent", () => {
    expect(listNumber(p("Es wird beschlossen, dass", { listLabel: "2.\t" }))).toEqual({ text: "2.", tab: true });
    expect(listNumber(p("die Räder", { listLabel: "a) " }))).toEqual({ text: "a) ", tab: false });
    expect(listNumber(p("Text"))).toBeUndefined();
  });
});
