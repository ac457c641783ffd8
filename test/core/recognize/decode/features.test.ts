import { compileGrammar, featuresOf, numberOf } from "../../../../src/core/recognize/decode/features";
import { DEFAULT_GRAMMAR } from "../../../../src/core/recognize/decode/grammar";
import { toLines, type ParagraphInput } from "../../../../src/core/recognize/lines";

const G = compileGrammar(DEFAULT_GRAMMAR);
const features = (paras: readonly (string | ParagraphInput)[]) => featuresOf(toLines(paras).lines, G, (t) => (/^Beschlussvorschlag:?$/u.test(t) ? { kind: "beschluss", rest: "" } : undefined));

describe("the decoder's features of a line", () => {
  it.each([
    ["1. Die Stadt", "1.", "1."],
    ["1.) Den Eckwerten", "1.)", "1.)"],
    ["1) Ausbau", "1)", "1)"],
    ["(1) Die Satzung", "(1)", "(1)"],
    ["1.1 die Mittel", "1.1", "1.1"],
    ["II. Beschlussvorschlag:", "I.", "II."],
    ["a) Kita-Plätze", "a)", "a)"],
    ["A) Jahresrechnung", "A)", "A)"],
  ])("reads the typed number form of „%s“", (text, form, written) => {
    expect(numberOf(text)).toMatchObject({ form, written });
  });

  it("does not take a date or an ordinal for a number", () => {
    expect(numberOf("1. Juli 2025 tritt die Satzung in Kraft")).toBeUndefined();
    expect(numberOf("4. Quartal")).toBeUndefined();
  });

  it("takes the number Word shows from numbering.xml, and says so", () => {
    const [f] = features([{ text: "Den Eckwerten wird zugestimmt.", label: "1.)\t" }]);
    expect(f?.number).toEqual({ form: "1.)", written: "1.)", fromLabel: true });
    expect(f?.rest).toBe("Den Eckwerten wird zugestimmt.");
  });

  it("makes 1.1 a second level only where 1. stands above it", () => {
    expect(features(["1.1 die Mittel", "1.2 die Umsetzung"]).map((f) => f.level)).toEqual([1, 1]);
    expect(features(["1. Der Rat beschließt", "1.1 die Mittel"]).map((f) => f.level)).toEqual([1, 2]);
  });

  it("reads a label table's row, a label glued to its value, and a number without a colon", () => {
    const [row] = features([
      { text: "Federführendes Amt:", cell: { table: 0, row: 0, col: 0 } },
      { text: "Amt für Finanzen", cell: { table: 0, row: 0, col: 1 } },
    ]);
    expect(row?.label).toEqual({ field: "federfuehrung", label: "Federführendes Amt:", value: "Amt für Finanzen" });
    expect(features(["Federführend:Fachbereich 3 Bearbeiter/-in: Sommer, Jan"])[0]?.label).toMatchObject({ field: "federfuehrung", value: "Fachbereich 3 Bearbeiter/-in: Sommer, Jan" });
    expect(features(["Drucksache DS0412/25"])[0]?.label).toMatchObject({ field: "vorlagenNr", value: "DS0412/25" });
    expect(features(["Drucksache der Fraktion"])[0]?.label).toBeUndefined();
  });

  it("knows a Beratungsfolge table by its column headers, whatever their order", () => {
    const cells = (row: number, ...texts: string[]) => texts.map((text, col) => ({ text, cell: { table: 1, row, col } }));
    const fs = features([...cells(0, "Datum", "Gremium", "Zuständigkeit"), ...cells(1, "17.09.2025", "Bürgerschaft", "Entscheidung")]);
    expect(fs.map((f) => f.beratung)).toEqual(["head", "row"]);
    expect(fs[1]?.columns).toEqual(["Datum", "Gremium", "Zuständigkeit"]);
  });

  it("knows part headings by their words, not prose that starts with them", () => {
    expect(features(["Finanzielle Auswirkungen:"])[0]?.part).toEqual({ part: "fin", rest: "" });
    expect(features(["III. Finanzielle Auswirkungen"])[0]?.part?.part).toBe("fin");
    expect(features(["Begründung: erfolgt mündlich"])[0]?.part).toEqual({ part: "text", rest: "erfolgt mündlich" });
    expect(features(["Finanzierung der Maßnahme erfolgt aus Rücklagen."])[0]?.part).toBeUndefined();
    expect(features(["Anlagen"])[0]?.part?.part).toBe("anl");
  });

  it("sees ticked boxes, page furniture and a place with its date", () => {
    const [box, page, sign] = features(["☒ keine Kosten", "- 2 -", "Kiel, 04.11.2025"]);
    expect(box?.checkbox).toBe(true);
    expect(page?.furniture).toBe(true);
    expect(sign?.placeDate).toBe(true);
  });
});
